from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.store_operation_body import StoreOperationBody
from ...models.store_operation_response_201 import StoreOperationResponse201
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lesson_plan_id: str,
    *,
    body: StoreOperationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/{lesson_plan_id}/operations".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse | None:
    if response.status_code == 201:
        response_201 = StoreOperationResponse201.from_dict(response.json())

        return response_201

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
    ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse
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
    body: StoreOperationBody | Unset = UNSET,
) -> Response[
    ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse
]:
    """Store an operation on a lesson plan

     Purpose: Store a new operation in the lesson plan's operation log

    When to use:
    - Primary endpoint for all lesson plan modifications
    - When students, guides or admins want to customize the learning path
    - For any personalization changes

    Available Operations:

    - set-skipped: Show/hide content for the student
    - move-item-before/after: Reorder content relative to other items
    - move-item-to-start/end: Move to beginning/end of parent
    - add-custom-resource: Add additional resources in the lesson plan
    - change-item-parent: Move content to different sections (components) in the lesson plan



    Args:
        lesson_plan_id (str):
        body (StoreOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        lesson_plan_id=lesson_plan_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoreOperationBody | Unset = UNSET,
) -> ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse | None:
    """Store an operation on a lesson plan

     Purpose: Store a new operation in the lesson plan's operation log

    When to use:
    - Primary endpoint for all lesson plan modifications
    - When students, guides or admins want to customize the learning path
    - For any personalization changes

    Available Operations:

    - set-skipped: Show/hide content for the student
    - move-item-before/after: Reorder content relative to other items
    - move-item-to-start/end: Move to beginning/end of parent
    - add-custom-resource: Add additional resources in the lesson plan
    - change-item-parent: Move content to different sections (components) in the lesson plan



    Args:
        lesson_plan_id (str):
        body (StoreOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse
    """

    return sync_detailed(
        lesson_plan_id=lesson_plan_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoreOperationBody | Unset = UNSET,
) -> Response[
    ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse
]:
    """Store an operation on a lesson plan

     Purpose: Store a new operation in the lesson plan's operation log

    When to use:
    - Primary endpoint for all lesson plan modifications
    - When students, guides or admins want to customize the learning path
    - For any personalization changes

    Available Operations:

    - set-skipped: Show/hide content for the student
    - move-item-before/after: Reorder content relative to other items
    - move-item-to-start/end: Move to beginning/end of parent
    - add-custom-resource: Add additional resources in the lesson plan
    - change-item-parent: Move content to different sections (components) in the lesson plan



    Args:
        lesson_plan_id (str):
        body (StoreOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        lesson_plan_id=lesson_plan_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoreOperationBody | Unset = UNSET,
) -> ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse | None:
    """Store an operation on a lesson plan

     Purpose: Store a new operation in the lesson plan's operation log

    When to use:
    - Primary endpoint for all lesson plan modifications
    - When students, guides or admins want to customize the learning path
    - For any personalization changes

    Available Operations:

    - set-skipped: Show/hide content for the student
    - move-item-before/after: Reorder content relative to other items
    - move-item-to-start/end: Move to beginning/end of parent
    - add-custom-resource: Add additional resources in the lesson plan
    - change-item-parent: Move content to different sections (components) in the lesson plan



    Args:
        lesson_plan_id (str):
        body (StoreOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | StoreOperationResponse201 | UnauthorizedRequestResponse
    """

    return (
        await asyncio_detailed(
            lesson_plan_id=lesson_plan_id,
            client=client,
            body=body,
        )
    ).parsed
