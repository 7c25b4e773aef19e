from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.get_course_progress_response_200 import GetCourseProgressResponse200
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    student_id: str,
    *,
    lesson_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lessonId"] = lesson_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/getCourseProgress/{course_id}/student/{student_id}".format(
            course_id=quote(str(course_id), safe=""),
            student_id=quote(str(student_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetCourseProgressResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetCourseProgressResponse200.from_dict(response.json())

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
    | GetCourseProgressResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
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
    course_id: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
    lesson_id: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | GetCourseProgressResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get course progress


    Get the course progress for a student in a course.

    ---

    Returns a list of **assessment line items** for the **course** and **student**.

    A type "**component**" indicates a component of the lesson plan such as a unit or lesson.

    A type "**resource**" indicates a resource such as a video, audio,
    or document file as well as a quiz or question.

    Each **line item** contains a list of assessment results in the **results** attribute, related to
    student and course.

    **Filtering by Lesson**

    You can optionally filter the results to only include line items for a specific lesson by providing
    the `lessonId` query parameter with the component resource ID.


    Args:
        course_id (str):
        student_id (str):
        lesson_id (str | Unset): Optional component resource ID to filter results by a specific
            lesson Example: lesson-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | GetCourseProgressResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        student_id=student_id,
        lesson_id=lesson_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
    lesson_id: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetCourseProgressResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get course progress


    Get the course progress for a student in a course.

    ---

    Returns a list of **assessment line items** for the **course** and **student**.

    A type "**component**" indicates a component of the lesson plan such as a unit or lesson.

    A type "**resource**" indicates a resource such as a video, audio,
    or document file as well as a quiz or question.

    Each **line item** contains a list of assessment results in the **results** attribute, related to
    student and course.

    **Filtering by Lesson**

    You can optionally filter the results to only include line items for a specific lesson by providing
    the `lessonId` query parameter with the component resource ID.


    Args:
        course_id (str):
        student_id (str):
        lesson_id (str | Unset): Optional component resource ID to filter results by a specific
            lesson Example: lesson-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | GetCourseProgressResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        course_id=course_id,
        student_id=student_id,
        client=client,
        lesson_id=lesson_id,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
    lesson_id: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | GetCourseProgressResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get course progress


    Get the course progress for a student in a course.

    ---

    Returns a list of **assessment line items** for the **course** and **student**.

    A type "**component**" indicates a component of the lesson plan such as a unit or lesson.

    A type "**resource**" indicates a resource such as a video, audio,
    or document file as well as a quiz or question.

    Each **line item** contains a list of assessment results in the **results** attribute, related to
    student and course.

    **Filtering by Lesson**

    You can optionally filter the results to only include line items for a specific lesson by providing
    the `lessonId` query parameter with the component resource ID.


    Args:
        course_id (str):
        student_id (str):
        lesson_id (str | Unset): Optional component resource ID to filter results by a specific
            lesson Example: lesson-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | GetCourseProgressResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        student_id=student_id,
        lesson_id=lesson_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
    lesson_id: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetCourseProgressResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get course progress


    Get the course progress for a student in a course.

    ---

    Returns a list of **assessment line items** for the **course** and **student**.

    A type "**component**" indicates a component of the lesson plan such as a unit or lesson.

    A type "**resource**" indicates a resource such as a video, audio,
    or document file as well as a quiz or question.

    Each **line item** contains a list of assessment results in the **results** attribute, related to
    student and course.

    **Filtering by Lesson**

    You can optionally filter the results to only include line items for a specific lesson by providing
    the `lessonId` query parameter with the component resource ID.


    Args:
        course_id (str):
        student_id (str):
        lesson_id (str | Unset): Optional component resource ID to filter results by a specific
            lesson Example: lesson-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | GetCourseProgressResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            student_id=student_id,
            client=client,
            lesson_id=lesson_id,
        )
    ).parsed
