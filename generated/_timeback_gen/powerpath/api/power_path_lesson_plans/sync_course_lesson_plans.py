from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.sync_course_lesson_plans_response_200 import (
    SyncCourseLessonPlansResponse200,
)
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/course/{course_id}/sync".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ForbiddenResponse
    | SyncCourseLessonPlansResponse200
    | UnauthorizedRequestResponse
    | None
):
    if response.status_code == 200:
        response_200 = SyncCourseLessonPlansResponse200.from_dict(response.json())

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
    ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse
]:
    """Sync Lesson Plans for a Course

     Purpose: Bulk synchronization of all lesson plans for a course.

    When to use:
    - After making significant structural changes to a base course
    - When you need to ensure all students have the latest course content

    What it does:

    - Finds all lesson plans associated with the course
    - Recreates each lesson plan from the base course structure
    - Applies all historical operations to maintain personalizations
    - Return a list of affected lesson plan ID's



    Args:
        course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | SyncCourseLessonPlansResponse200
    | UnauthorizedRequestResponse
    | None
):
    """Sync Lesson Plans for a Course

     Purpose: Bulk synchronization of all lesson plans for a course.

    When to use:
    - After making significant structural changes to a base course
    - When you need to ensure all students have the latest course content

    What it does:

    - Finds all lesson plans associated with the course
    - Recreates each lesson plan from the base course structure
    - Applies all historical operations to maintain personalizations
    - Return a list of affected lesson plan ID's



    Args:
        course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse
]:
    """Sync Lesson Plans for a Course

     Purpose: Bulk synchronization of all lesson plans for a course.

    When to use:
    - After making significant structural changes to a base course
    - When you need to ensure all students have the latest course content

    What it does:

    - Finds all lesson plans associated with the course
    - Recreates each lesson plan from the base course structure
    - Applies all historical operations to maintain personalizations
    - Return a list of affected lesson plan ID's



    Args:
        course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | SyncCourseLessonPlansResponse200
    | UnauthorizedRequestResponse
    | None
):
    """Sync Lesson Plans for a Course

     Purpose: Bulk synchronization of all lesson plans for a course.

    When to use:
    - After making significant structural changes to a base course
    - When you need to ensure all students have the latest course content

    What it does:

    - Finds all lesson plans associated with the course
    - Recreates each lesson plan from the base course structure
    - Applies all historical operations to maintain personalizations
    - Return a list of affected lesson plan ID's



    Args:
        course_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | SyncCourseLessonPlansResponse200 | UnauthorizedRequestResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
