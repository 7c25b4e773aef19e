from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.order_by import OrderBy
from ...models.result_list import ResultList
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    sort: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    filter_: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["offset"] = offset

    params["sort"] = sort

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["filter"] = filter_

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/oneroster/gradebook/v1p2/results/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | ResultList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = ResultList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedRequestResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | ResultList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
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
    fields: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    sort: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    filter_: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | ResultList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get all Results

     Get all of the results on the service provider.

    Args:
        fields (str | Unset): Comma-separated list of fields to include in the response Example:
            sourcedId,name.
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        sort (str | Unset): The field to sort the response by
        order_by (OrderBy | Unset): The order to sort the response by
        filter_ (str | Unset): The filter to apply to the response Example: status='active'.
        search (str | Unset): PROPRIETARY EXTENSION: Free-text search across multiple fields.
            Provides convenient text-based querying beyond the standard OneRoster filter parameter.
            Example: john.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | ResultList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        offset=offset,
        sort=sort,
        order_by=order_by,
        filter_=filter_,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    sort: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    filter_: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | ResultList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get all Results

     Get all of the results on the service provider.

    Args:
        fields (str | Unset): Comma-separated list of fields to include in the response Example:
            sourcedId,name.
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        sort (str | Unset): The field to sort the response by
        order_by (OrderBy | Unset): The order to sort the response by
        filter_ (str | Unset): The filter to apply to the response Example: status='active'.
        search (str | Unset): PROPRIETARY EXTENSION: Free-text search across multiple fields.
            Provides convenient text-based querying beyond the standard OneRoster filter parameter.
            Example: john.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | ResultList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        fields=fields,
        limit=limit,
        offset=offset,
        sort=sort,
        order_by=order_by,
        filter_=filter_,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    sort: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    filter_: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | ResultList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get all Results

     Get all of the results on the service provider.

    Args:
        fields (str | Unset): Comma-separated list of fields to include in the response Example:
            sourcedId,name.
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        sort (str | Unset): The field to sort the response by
        order_by (OrderBy | Unset): The order to sort the response by
        filter_ (str | Unset): The filter to apply to the response Example: status='active'.
        search (str | Unset): PROPRIETARY EXTENSION: Free-text search across multiple fields.
            Provides convenient text-based querying beyond the standard OneRoster filter parameter.
            Example: john.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | ResultList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        offset=offset,
        sort=sort,
        order_by=order_by,
        filter_=filter_,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    sort: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    filter_: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | ResultList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get all Results

     Get all of the results on the service provider.

    Args:
        fields (str | Unset): Comma-separated list of fields to include in the response Example:
            sourcedId,name.
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        sort (str | Unset): The field to sort the response by
        order_by (OrderBy | Unset): The order to sort the response by
        filter_ (str | Unset): The filter to apply to the response Example: status='active'.
        search (str | Unset): PROPRIETARY EXTENSION: Free-text search across multiple fields.
            Provides convenient text-based querying beyond the standard OneRoster filter parameter.
            Example: john.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | ResultList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            limit=limit,
            offset=offset,
            sort=sort,
            order_by=order_by,
            filter_=filter_,
            search=search,
        )
    ).parsed
