from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.validate_batch_body import ValidateBatchBody
from ...models.validate_batch_response_200 import ValidateBatchResponse200
from ...models.validate_xml_response_404_response import ValidateXmlResponse404Response
from ...types import Response


def _get_kwargs(
    *,
    body: ValidateBatchBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/validate/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SearchStimuliResponse500Response
    | ValidateBatchResponse200
    | ValidateXmlResponse404Response
    | None
):
    if response.status_code == 200:
        response_200 = ValidateBatchResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ValidateXmlResponse404Response.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = SearchStimuliResponse500Response.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SearchStimuliResponse500Response
    | ValidateBatchResponse200
    | ValidateXmlResponse404Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateBatchBody,
) -> Response[
    SearchStimuliResponse500Response
    | ValidateBatchResponse200
    | ValidateXmlResponse404Response
]:
    """Validate a batch of QTI XML strings

     Validate a batch of QTI XML strings against the QTI 3.0 xsd specification.

    Args:
        body (ValidateBatchBody): Validate a batch of QTI XML strings against the QTI 3.0 XSD
            specification. You can send Assessment Test, Assessment Item or Stimulus XML strings to be
            validated along with its schema type of either 'test', 'item', or 'stimulus'. If entityIds
            are provided, the xml strings attached will be ignored and the rawXml string will be
            returned as xmlContent from the database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchStimuliResponse500Response | ValidateBatchResponse200 | ValidateXmlResponse404Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateBatchBody,
) -> (
    SearchStimuliResponse500Response
    | ValidateBatchResponse200
    | ValidateXmlResponse404Response
    | None
):
    """Validate a batch of QTI XML strings

     Validate a batch of QTI XML strings against the QTI 3.0 xsd specification.

    Args:
        body (ValidateBatchBody): Validate a batch of QTI XML strings against the QTI 3.0 XSD
            specification. You can send Assessment Test, Assessment Item or Stimulus XML strings to be
            validated along with its schema type of either 'test', 'item', or 'stimulus'. If entityIds
            are provided, the xml strings attached will be ignored and the rawXml string will be
            returned as xmlContent from the database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchStimuliResponse500Response | ValidateBatchResponse200 | ValidateXmlResponse404Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateBatchBody,
) -> Response[
    SearchStimuliResponse500Response
    | ValidateBatchResponse200
    | ValidateXmlResponse404Response
]:
    """Validate a batch of QTI XML strings

     Validate a batch of QTI XML strings against the QTI 3.0 xsd specification.

    Args:
        body (ValidateBatchBody): Validate a batch of QTI XML strings against the QTI 3.0 XSD
            specification. You can send Assessment Test, Assessment Item or Stimulus XML strings to be
            validated along with its schema type of either 'test', 'item', or 'stimulus'. If entityIds
            are provided, the xml strings attached will be ignored and the rawXml string will be
            returned as xmlContent from the database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchStimuliResponse500Response | ValidateBatchResponse200 | ValidateXmlResponse404Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateBatchBody,
) -> (
    SearchStimuliResponse500Response
    | ValidateBatchResponse200
    | ValidateXmlResponse404Response
    | None
):
    """Validate a batch of QTI XML strings

     Validate a batch of QTI XML strings against the QTI 3.0 xsd specification.

    Args:
        body (ValidateBatchBody): Validate a batch of QTI XML strings against the QTI 3.0 XSD
            specification. You can send Assessment Test, Assessment Item or Stimulus XML strings to be
            validated along with its schema type of either 'test', 'item', or 'stimulus'. If entityIds
            are provided, the xml strings attached will be ignored and the rawXml string will be
            returned as xmlContent from the database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchStimuliResponse500Response | ValidateBatchResponse200 | ValidateXmlResponse404Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
