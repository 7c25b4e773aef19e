from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stimulus_response_400_response import (
    CreateStimulusResponse400Response,
)
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import Response


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assessment-tests/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response
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
) -> Response[
    Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response
]:
    """Delete an assessment test

     Permanently delete an assessment test and all its associated data including test parts, sections,
    and item references. This operation cannot be undone. The actual assessment items referenced by this
    test are not deleted.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response | None:
    """Delete an assessment test

     Permanently delete an assessment test and all its associated data including test parts, sections,
    and item references. This operation cannot be undone. The actual assessment items referenced by this
    test are not deleted.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response
]:
    """Delete an assessment test

     Permanently delete an assessment test and all its associated data including test parts, sections,
    and item references. This operation cannot be undone. The actual assessment items referenced by this
    test are not deleted.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response | None:
    """Delete an assessment test

     Permanently delete an assessment test and all its associated data including test parts, sections,
    and item references. This operation cannot be undone. The actual assessment items referenced by this
    test are not deleted.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateStimulusResponse400Response | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
        )
    ).parsed
