from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.lesson_plan_response import LessonPlanResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...types import Response


def _get_kwargs(
    lesson_plan_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/tree/{lesson_plan_id}".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse | None:
    if response.status_code == 200:
        response_200 = LessonPlanResponse.from_dict(response.json())

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
) -> Response[ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]:
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
) -> Response[ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]:
    """Get a lesson plan tree by its ID

     Purpose: Get the complete lesson plan tree for a lesson plan.

    When to use:
    - When you need to display the full lesson plan to a student
    - For rendering the personalized learning path

    What it does:
    - Returns the lesson plan in a syllabus-like format
    - Includes only non-skipped items (visible content)
    - Shows the hierarchical structure with components and resources
    - Provides all original metadata needed for UI rendering


    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]
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
) -> ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse | None:
    """Get a lesson plan tree by its ID

     Purpose: Get the complete lesson plan tree for a lesson plan.

    When to use:
    - When you need to display the full lesson plan to a student
    - For rendering the personalized learning path

    What it does:
    - Returns the lesson plan in a syllabus-like format
    - Includes only non-skipped items (visible content)
    - Shows the hierarchical structure with components and resources
    - Provides all original metadata needed for UI rendering


    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
    """

    return sync_detailed(
        lesson_plan_id=lesson_plan_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lesson_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]:
    """Get a lesson plan tree by its ID

     Purpose: Get the complete lesson plan tree for a lesson plan.

    When to use:
    - When you need to display the full lesson plan to a student
    - For rendering the personalized learning path

    What it does:
    - Returns the lesson plan in a syllabus-like format
    - Includes only non-skipped items (visible content)
    - Shows the hierarchical structure with components and resources
    - Provides all original metadata needed for UI rendering


    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]
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
) -> ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse | None:
    """Get a lesson plan tree by its ID

     Purpose: Get the complete lesson plan tree for a lesson plan.

    When to use:
    - When you need to display the full lesson plan to a student
    - For rendering the personalized learning path

    What it does:
    - Returns the lesson plan in a syllabus-like format
    - Includes only non-skipped items (visible content)
    - Shows the hierarchical structure with components and resources
    - Provides all original metadata needed for UI rendering


    Args:
        lesson_plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
    """

    return (
        await asyncio_detailed(
            lesson_plan_id=lesson_plan_id,
            client=client,
        )
    ).parsed
