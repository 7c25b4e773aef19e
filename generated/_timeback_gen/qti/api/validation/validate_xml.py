from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.result import Result
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.validate_xml_body import ValidateXmlBody
from ...models.validate_xml_response_404_response import ValidateXmlResponse404Response
from ...types import Response


def _get_kwargs(
    *,
    body: ValidateXmlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response | None:
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

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
    Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response
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
    body: ValidateXmlBody,
) -> Response[
    Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response
]:
    """Validate a QTI XML string

     Validate a QTI XML file against the QTI 3.0 xsd specification.

    Args:
        body (ValidateXmlBody): Validate a QTI XML string against the QTI 3.0 XSD specification.
            You can send Assessment Test, Assessment Item or Stimulus XML strings to be validated. If
            entityId is provided, the xml strings attached will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response]
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
    body: ValidateXmlBody,
) -> Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response | None:
    """Validate a QTI XML string

     Validate a QTI XML file against the QTI 3.0 xsd specification.

    Args:
        body (ValidateXmlBody): Validate a QTI XML string against the QTI 3.0 XSD specification.
            You can send Assessment Test, Assessment Item or Stimulus XML strings to be validated. If
            entityId is provided, the xml strings attached will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateXmlBody,
) -> Response[
    Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response
]:
    """Validate a QTI XML string

     Validate a QTI XML file against the QTI 3.0 xsd specification.

    Args:
        body (ValidateXmlBody): Validate a QTI XML string against the QTI 3.0 XSD specification.
            You can send Assessment Test, Assessment Item or Stimulus XML strings to be validated. If
            entityId is provided, the xml strings attached will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateXmlBody,
) -> Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response | None:
    """Validate a QTI XML string

     Validate a QTI XML file against the QTI 3.0 xsd specification.

    Args:
        body (ValidateXmlBody): Validate a QTI XML string against the QTI 3.0 XSD specification.
            You can send Assessment Test, Assessment Item or Stimulus XML strings to be validated. If
            entityId is provided, the xml strings attached will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Result | SearchStimuliResponse500Response | ValidateXmlResponse404Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
