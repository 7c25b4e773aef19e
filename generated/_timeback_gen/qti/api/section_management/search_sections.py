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
from ...models.error_response import ErrorResponse
from ...models.order import Order
from ...models.search_sections_response_200 import SearchSectionsResponse200
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.sort import Sort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
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
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchSectionsResponse200
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 200:
        response_200 = SearchSectionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateStimulusResponse400Response.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

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
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchSectionsResponse200
    | SearchStimuliResponse500Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_test_identifier: str,
    test_part_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchSectionsResponse200
    | SearchStimuliResponse500Response
]:
    """Search sections within a test part

     Get all sections within a specific test part with support for text search, sorting, and pagination.
    Sections are containers that group related assessment items and define their presentation order.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
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
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchSectionsResponse200 | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
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
    assessment_test_identifier: str,
    test_part_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchSectionsResponse200
    | SearchStimuliResponse500Response
    | None
):
    """Search sections within a test part

     Get all sections within a specific test part with support for text search, sorting, and pagination.
    Sections are containers that group related assessment items and define their presentation order.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
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
        CreateStimulusResponse400Response | ErrorResponse | SearchSectionsResponse200 | SearchStimuliResponse500Response
    """

    return sync_detailed(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        client=client,
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    assessment_test_identifier: str,
    test_part_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchSectionsResponse200
    | SearchStimuliResponse500Response
]:
    """Search sections within a test part

     Get all sections within a specific test part with support for text search, sorting, and pagination.
    Sections are containers that group related assessment items and define their presentation order.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
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
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchSectionsResponse200 | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_test_identifier: str,
    test_part_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchSectionsResponse200
    | SearchStimuliResponse500Response
    | None
):
    """Search sections within a test part

     Get all sections within a specific test part with support for text search, sorting, and pagination.
    Sections are containers that group related assessment items and define their presentation order.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
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
        CreateStimulusResponse400Response | ErrorResponse | SearchSectionsResponse200 | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            assessment_test_identifier=assessment_test_identifier,
            test_part_identifier=test_part_identifier,
            client=client,
            query=query,
            page=page,
            limit=limit,
            sort=sort,
            order=order,
        )
    ).parsed
