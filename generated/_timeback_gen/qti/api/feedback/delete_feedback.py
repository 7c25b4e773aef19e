from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_assessment_item_response_409_response import (
    CreateAssessmentItemResponse409Response,
)
from ...models.message_response import MessageResponse
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAssessmentItemResponse409Response
    | MessageResponse
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = CreateAssessmentItemResponse409Response.from_dict(
            response.json()
        )

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
    CreateAssessmentItemResponse409Response
    | MessageResponse
    | SearchStimuliResponse500Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CreateAssessmentItemResponse409Response
    | MessageResponse
    | SearchStimuliResponse500Response
]:
    """Delete feedback

     Deletes a specific feedback by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssessmentItemResponse409Response | MessageResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CreateAssessmentItemResponse409Response
    | MessageResponse
    | SearchStimuliResponse500Response
    | None
):
    """Delete feedback

     Deletes a specific feedback by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssessmentItemResponse409Response | MessageResponse | SearchStimuliResponse500Response
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CreateAssessmentItemResponse409Response
    | MessageResponse
    | SearchStimuliResponse500Response
]:
    """Delete feedback

     Deletes a specific feedback by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssessmentItemResponse409Response | MessageResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CreateAssessmentItemResponse409Response
    | MessageResponse
    | SearchStimuliResponse500Response
    | None
):
    """Delete feedback

     Deletes a specific feedback by ID

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssessmentItemResponse409Response | MessageResponse | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
