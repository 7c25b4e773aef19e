from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.search_stimuli_response_200 import SearchStimuliResponse200
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.sort import Sort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stimuli",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchStimuliResponse200 | SearchStimuliResponse500Response | None:
    if response.status_code == 200:
        response_200 = SearchStimuliResponse200.from_dict(response.json())

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
) -> Response[SearchStimuliResponse200 | SearchStimuliResponse500Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> Response[SearchStimuliResponse200 | SearchStimuliResponse500Response]:
    """Search and filter stimuli

     Get all stimuli on the service provider. Search with advanced filtering capabilities. Supports text
    search across titles and identifiers, sorting, and pagination.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchStimuliResponse200 | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> SearchStimuliResponse200 | SearchStimuliResponse500Response | None:
    """Search and filter stimuli

     Get all stimuli on the service provider. Search with advanced filtering capabilities. Supports text
    search across titles and identifiers, sorting, and pagination.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchStimuliResponse200 | SearchStimuliResponse500Response
    """

    return sync_detailed(
        client=client,
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> Response[SearchStimuliResponse200 | SearchStimuliResponse500Response]:
    """Search and filter stimuli

     Get all stimuli on the service provider. Search with advanced filtering capabilities. Supports text
    search across titles and identifiers, sorting, and pagination.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchStimuliResponse200 | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> SearchStimuliResponse200 | SearchStimuliResponse500Response | None:
    """Search and filter stimuli

     Get all stimuli on the service provider. Search with advanced filtering capabilities. Supports text
    search across titles and identifiers, sorting, and pagination.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchStimuliResponse200 | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            page=page,
            limit=limit,
            sort=sort,
            order=order,
        )
    ).parsed
