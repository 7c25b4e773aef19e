from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stimulus_response_400_response import (
    CreateStimulusResponse400Response,
)
from ...models.error_response import ErrorResponse
from ...models.search_stimuli_response_200_item import SearchStimuliResponse200Item
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.stimulus import Stimulus
from ...types import Response


def _get_kwargs(
    *,
    body: Stimulus,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stimuli",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse200Item
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 201:
        response_201 = SearchStimuliResponse200Item.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateStimulusResponse400Response.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse200Item
    | SearchStimuliResponse500Response
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
    body: Stimulus,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse200Item
    | SearchStimuliResponse500Response
]:
    """Create a new stimulus

     Create a new Stimulus on the service provider. Stimuli can be referenced by Assessment Items.

    Args:
        body (Stimulus): Create or update a stimulus on the service provider with HTML content and
            optional configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse200Item | SearchStimuliResponse500Response]
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
    body: Stimulus,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse200Item
    | SearchStimuliResponse500Response
    | None
):
    """Create a new stimulus

     Create a new Stimulus on the service provider. Stimuli can be referenced by Assessment Items.

    Args:
        body (Stimulus): Create or update a stimulus on the service provider with HTML content and
            optional configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse200Item | SearchStimuliResponse500Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Stimulus,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse200Item
    | SearchStimuliResponse500Response
]:
    """Create a new stimulus

     Create a new Stimulus on the service provider. Stimuli can be referenced by Assessment Items.

    Args:
        body (Stimulus): Create or update a stimulus on the service provider with HTML content and
            optional configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse200Item | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Stimulus,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse200Item
    | SearchStimuliResponse500Response
    | None
):
    """Create a new stimulus

     Create a new Stimulus on the service provider. Stimuli can be referenced by Assessment Items.

    Args:
        body (Stimulus): Create or update a stimulus on the service provider with HTML content and
            optional configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse200Item | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
