from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.search_assessment_items_response_200 import (
    SearchAssessmentItemsResponse200,
)
from ...models.search_assessment_items_response_400_response import (
    SearchAssessmentItemsResponse400Response,
)
from ...models.search_assessment_items_sort import (
    SearchAssessmentItemsSort,
)
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: SearchAssessmentItemsSort | Unset = "createdAt",
    order: Order | Unset = UNSET,
    filter_: str | Unset = UNSET,
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

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SearchAssessmentItemsResponse200
    | SearchAssessmentItemsResponse400Response
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 200:
        response_200 = SearchAssessmentItemsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SearchAssessmentItemsResponse400Response.from_dict(
            response.json()
        )

        return response_400

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
    SearchAssessmentItemsResponse200
    | SearchAssessmentItemsResponse400Response
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
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: SearchAssessmentItemsSort | Unset = "createdAt",
    order: Order | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[
    SearchAssessmentItemsResponse200
    | SearchAssessmentItemsResponse400Response
    | SearchStimuliResponse500Response
]:
    """Search and filter assessment items

     Search and retrieve assessment items (questions) with advanced filtering capabilities. Supports text
    search across titles and identifiers, filtering by type, sorting, and pagination. Assessment items
    are the core content units that contain questions, answer choices, and scoring logic.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (SearchAssessmentItemsSort | Unset): Field to sort by Default: 'createdAt'. Example:
            createdAt.
        order (Order | Unset): Sort order Example: desc.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='choice' Example: type='choice'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAssessmentItemsResponse200 | SearchAssessmentItemsResponse400Response | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        filter_=filter_,
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
    sort: SearchAssessmentItemsSort | Unset = "createdAt",
    order: Order | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> (
    SearchAssessmentItemsResponse200
    | SearchAssessmentItemsResponse400Response
    | SearchStimuliResponse500Response
    | None
):
    """Search and filter assessment items

     Search and retrieve assessment items (questions) with advanced filtering capabilities. Supports text
    search across titles and identifiers, filtering by type, sorting, and pagination. Assessment items
    are the core content units that contain questions, answer choices, and scoring logic.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (SearchAssessmentItemsSort | Unset): Field to sort by Default: 'createdAt'. Example:
            createdAt.
        order (Order | Unset): Sort order Example: desc.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='choice' Example: type='choice'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAssessmentItemsResponse200 | SearchAssessmentItemsResponse400Response | SearchStimuliResponse500Response
    """

    return sync_detailed(
        client=client,
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: SearchAssessmentItemsSort | Unset = "createdAt",
    order: Order | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[
    SearchAssessmentItemsResponse200
    | SearchAssessmentItemsResponse400Response
    | SearchStimuliResponse500Response
]:
    """Search and filter assessment items

     Search and retrieve assessment items (questions) with advanced filtering capabilities. Supports text
    search across titles and identifiers, filtering by type, sorting, and pagination. Assessment items
    are the core content units that contain questions, answer choices, and scoring logic.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (SearchAssessmentItemsSort | Unset): Field to sort by Default: 'createdAt'. Example:
            createdAt.
        order (Order | Unset): Sort order Example: desc.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='choice' Example: type='choice'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAssessmentItemsResponse200 | SearchAssessmentItemsResponse400Response | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: SearchAssessmentItemsSort | Unset = "createdAt",
    order: Order | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> (
    SearchAssessmentItemsResponse200
    | SearchAssessmentItemsResponse400Response
    | SearchStimuliResponse500Response
    | None
):
    """Search and filter assessment items

     Search and retrieve assessment items (questions) with advanced filtering capabilities. Supports text
    search across titles and identifiers, filtering by type, sorting, and pagination. Assessment items
    are the core content units that contain questions, answer choices, and scoring logic.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (SearchAssessmentItemsSort | Unset): Field to sort by Default: 'createdAt'. Example:
            createdAt.
        order (Order | Unset): Sort order Example: desc.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='choice' Example: type='choice'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAssessmentItemsResponse200 | SearchAssessmentItemsResponse400Response | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            page=page,
            limit=limit,
            sort=sort,
            order=order,
            filter_=filter_,
        )
    ).parsed
