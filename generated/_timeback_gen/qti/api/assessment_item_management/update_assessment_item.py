from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stimulus_response_400_response import (
    CreateStimulusResponse400Response,
)
from ...models.item import Item
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.update_assessment_item_body import UpdateAssessmentItemBody
from ...types import Response


def _get_kwargs(
    identifier: str,
    *,
    body: UpdateAssessmentItemBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-items/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response | None:
    if response.status_code == 200:
        response_200 = Item.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateStimulusResponse400Response.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CreateStimulusResponse400Response.from_dict(response.json())

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
    CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAssessmentItemBody,
) -> Response[
    CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response
]:
    """Update an assessment item's content and configuration

     Update an assessment item including its question content, interactions, response processing, and
    scoring logic. This operation regenerates the QTI XML structure and validates all content.
    Assessment tests that reference this item will automatically use the updated version.

    Args:
        identifier (str):
        body (UpdateAssessmentItemBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAssessmentItemBody,
) -> CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response | None:
    """Update an assessment item's content and configuration

     Update an assessment item including its question content, interactions, response processing, and
    scoring logic. This operation regenerates the QTI XML structure and validates all content.
    Assessment tests that reference this item will automatically use the updated version.

    Args:
        identifier (str):
        body (UpdateAssessmentItemBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAssessmentItemBody,
) -> Response[
    CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response
]:
    """Update an assessment item's content and configuration

     Update an assessment item including its question content, interactions, response processing, and
    scoring logic. This operation regenerates the QTI XML structure and validates all content.
    Assessment tests that reference this item will automatically use the updated version.

    Args:
        identifier (str):
        body (UpdateAssessmentItemBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAssessmentItemBody,
) -> CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response | None:
    """Update an assessment item's content and configuration

     Update an assessment item including its question content, interactions, response processing, and
    scoring logic. This operation regenerates the QTI XML structure and validates all content.
    Assessment tests that reference this item will automatically use the updated version.

    Args:
        identifier (str):
        body (UpdateAssessmentItemBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | Item | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
