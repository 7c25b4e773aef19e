from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_feedback import CreateFeedback
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import Response


def _get_kwargs(
    lesson_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lesson/{lesson_id}".format(
            lesson_id=quote(str(lesson_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchStimuliResponse500Response | list[CreateFeedback] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CreateFeedback.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 500:
        response_500 = SearchStimuliResponse500Response.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchStimuliResponse500Response | list[CreateFeedback]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lesson_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SearchStimuliResponse500Response | list[CreateFeedback]]:
    """Get feedback by lesson ID

     Retrieves all feedback for a specific lesson

    Args:
        lesson_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchStimuliResponse500Response | list[CreateFeedback]]
    """

    kwargs = _get_kwargs(
        lesson_id=lesson_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lesson_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SearchStimuliResponse500Response | list[CreateFeedback] | None:
    """Get feedback by lesson ID

     Retrieves all feedback for a specific lesson

    Args:
        lesson_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchStimuliResponse500Response | list[CreateFeedback]
    """

    return sync_detailed(
        lesson_id=lesson_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lesson_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SearchStimuliResponse500Response | list[CreateFeedback]]:
    """Get feedback by lesson ID

     Retrieves all feedback for a specific lesson

    Args:
        lesson_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchStimuliResponse500Response | list[CreateFeedback]]
    """

    kwargs = _get_kwargs(
        lesson_id=lesson_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lesson_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SearchStimuliResponse500Response | list[CreateFeedback] | None:
    """Get feedback by lesson ID

     Retrieves all feedback for a specific lesson

    Args:
        lesson_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchStimuliResponse500Response | list[CreateFeedback]
    """

    return (
        await asyncio_detailed(
            lesson_id=lesson_id,
            client=client,
        )
    ).parsed
