from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_lesson_plan_body import CreateLessonPlanBody
from ...models.forbidden_response import ForbiddenResponse
from ...models.lesson_plan_id_response import LessonPlanIdResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateLessonPlanBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse | None
):
    if response.status_code == 200:
        response_200 = LessonPlanIdResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = LessonPlanIdResponse.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedRequestResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse
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
    body: CreateLessonPlanBody | Unset = UNSET,
) -> Response[
    Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse
]:
    """Create a lesson plan

     Purpose: Create a new lesson plan for a course and student

    When to use:
    - When a new student is enrolled in a course
    - For initial setup of a student's learning path
    - When you need to create a lesson plan from scratch

    What it does:
    - Creates a new lesson plan
    - Associates it with the course and student
    - Optionally, associates it with a class
    - Returns the lesson plan ID
    - If the lesson plan already exists, returns the existing lesson plan ID
    - If the course, user or class is not found, returns a 404 error


    Args:
        body (CreateLessonPlanBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse]
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
    body: CreateLessonPlanBody | Unset = UNSET,
) -> (
    Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse | None
):
    """Create a lesson plan

     Purpose: Create a new lesson plan for a course and student

    When to use:
    - When a new student is enrolled in a course
    - For initial setup of a student's learning path
    - When you need to create a lesson plan from scratch

    What it does:
    - Creates a new lesson plan
    - Associates it with the course and student
    - Optionally, associates it with a class
    - Returns the lesson plan ID
    - If the lesson plan already exists, returns the existing lesson plan ID
    - If the course, user or class is not found, returns a 404 error


    Args:
        body (CreateLessonPlanBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLessonPlanBody | Unset = UNSET,
) -> Response[
    Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse
]:
    """Create a lesson plan

     Purpose: Create a new lesson plan for a course and student

    When to use:
    - When a new student is enrolled in a course
    - For initial setup of a student's learning path
    - When you need to create a lesson plan from scratch

    What it does:
    - Creates a new lesson plan
    - Associates it with the course and student
    - Optionally, associates it with a class
    - Returns the lesson plan ID
    - If the lesson plan already exists, returns the existing lesson plan ID
    - If the course, user or class is not found, returns a 404 error


    Args:
        body (CreateLessonPlanBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLessonPlanBody | Unset = UNSET,
) -> (
    Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse | None
):
    """Create a lesson plan

     Purpose: Create a new lesson plan for a course and student

    When to use:
    - When a new student is enrolled in a course
    - For initial setup of a student's learning path
    - When you need to create a lesson plan from scratch

    What it does:
    - Creates a new lesson plan
    - Associates it with the course and student
    - Optionally, associates it with a class
    - Returns the lesson plan ID
    - If the lesson plan already exists, returns the existing lesson plan ID
    - If the course, user or class is not found, returns a 404 error


    Args:
        body (CreateLessonPlanBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ForbiddenResponse | LessonPlanIdResponse | UnauthorizedRequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
