from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.sync_operations_response_200_response import (
    SyncOperationsResponse200Response,
)
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...types import Response


def _get_kwargs(
    lesson_plan_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/{lesson_plan_id}/recreate".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ForbiddenResponse
    | SyncOperationsResponse200Response
    | UnauthorizedRequestResponse
    | None
):
    if response.status_code == 200:
        response_200 = SyncOperationsResponse200Response.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedRequestResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse
]:
    """Recreate a lesson plan from a course and apply all operations

     Purpose: Recreate a lesson plan from scratch using it's operation log

    When to use:
    - When a lesson plan becomes corrupted or out of sync
    - For testing or debugging purposes
    - After detecting and correcting inconsistencies

    What it does:
    - Deletes all current lesson plan items
    - Rebuilds from the base course structure
    - Applies all operations from the operation log in sequence
    - Returns the operation results for monitoring and inspection

    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        lesson_plan_id=lesson_plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | SyncOperationsResponse200Response
    | UnauthorizedRequestResponse
    | None
):
    """Recreate a lesson plan from a course and apply all operations

     Purpose: Recreate a lesson plan from scratch using it's operation log

    When to use:
    - When a lesson plan becomes corrupted or out of sync
    - For testing or debugging purposes
    - After detecting and correcting inconsistencies

    What it does:
    - Deletes all current lesson plan items
    - Rebuilds from the base course structure
    - Applies all operations from the operation log in sequence
    - Returns the operation results for monitoring and inspection

    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse
    """

    return sync_detailed(
        lesson_plan_id=lesson_plan_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse
]:
    """Recreate a lesson plan from a course and apply all operations

     Purpose: Recreate a lesson plan from scratch using it's operation log

    When to use:
    - When a lesson plan becomes corrupted or out of sync
    - For testing or debugging purposes
    - After detecting and correcting inconsistencies

    What it does:
    - Deletes all current lesson plan items
    - Rebuilds from the base course structure
    - Applies all operations from the operation log in sequence
    - Returns the operation results for monitoring and inspection

    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        lesson_plan_id=lesson_plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | SyncOperationsResponse200Response
    | UnauthorizedRequestResponse
    | None
):
    """Recreate a lesson plan from a course and apply all operations

     Purpose: Recreate a lesson plan from scratch using it's operation log

    When to use:
    - When a lesson plan becomes corrupted or out of sync
    - For testing or debugging purposes
    - After detecting and correcting inconsistencies

    What it does:
    - Deletes all current lesson plan items
    - Rebuilds from the base course structure
    - Applies all operations from the operation log in sequence
    - Returns the operation results for monitoring and inspection

    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | SyncOperationsResponse200Response | UnauthorizedRequestResponse
    """

    return (
        await asyncio_detailed(
            lesson_plan_id=lesson_plan_id,
            client=client,
        )
    ).parsed
