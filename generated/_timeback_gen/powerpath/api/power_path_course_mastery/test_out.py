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
from ...models.test_out_result import TestOutResult
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    student: str,
    course: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["course"] = course

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/testOut",
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
    | TestOutResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = TestOutResult.from_dict(response.json())

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
    | TestOutResult
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
    student: str,
    course: str,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestOutResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Test out


    **⚠️ DEPRECATED:** This endpoint is deprecated and will be removed in a future version.

    **Migration:** Use `GET /powerpath/lessonPlans/getCourseProgress/:courseId/student/:studentId`
    instead. The response now includes a `testOut` field with comprehensive status information.

    ---

    **Legacy Behavior:**

    Returns the testOut lesson reference for the given student and course.

    - TestOut is a lesson that represents the end-of-course test, covering the entire course content.
    - The testOut should be specified by a Resource with metadata.lessonType = "test-out".

    Details:
    - Returns a null lessonId in case no Resource with metadata.lessonType = "test-out" is found in the
    course.
    - In case student has already taken the TestOut, this will return the "finalized" flag set to true.
    - In case this is an external TestOut, also return external access credentials, if available (i.e.
    test was previously assigned to student).

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "test-out" associated with it.

    Args:
        student (str): The sourcedId of the student to retrieve the testOut for
        course (str): The sourcedId of the Course to retrieve the testOut from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestOutResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        course=course,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    course: str,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestOutResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Test out


    **⚠️ DEPRECATED:** This endpoint is deprecated and will be removed in a future version.

    **Migration:** Use `GET /powerpath/lessonPlans/getCourseProgress/:courseId/student/:studentId`
    instead. The response now includes a `testOut` field with comprehensive status information.

    ---

    **Legacy Behavior:**

    Returns the testOut lesson reference for the given student and course.

    - TestOut is a lesson that represents the end-of-course test, covering the entire course content.
    - The testOut should be specified by a Resource with metadata.lessonType = "test-out".

    Details:
    - Returns a null lessonId in case no Resource with metadata.lessonType = "test-out" is found in the
    course.
    - In case student has already taken the TestOut, this will return the "finalized" flag set to true.
    - In case this is an external TestOut, also return external access credentials, if available (i.e.
    test was previously assigned to student).

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "test-out" associated with it.

    Args:
        student (str): The sourcedId of the student to retrieve the testOut for
        course (str): The sourcedId of the Course to retrieve the testOut from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestOutResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        student=student,
        course=course,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    course: str,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestOutResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Test out


    **⚠️ DEPRECATED:** This endpoint is deprecated and will be removed in a future version.

    **Migration:** Use `GET /powerpath/lessonPlans/getCourseProgress/:courseId/student/:studentId`
    instead. The response now includes a `testOut` field with comprehensive status information.

    ---

    **Legacy Behavior:**

    Returns the testOut lesson reference for the given student and course.

    - TestOut is a lesson that represents the end-of-course test, covering the entire course content.
    - The testOut should be specified by a Resource with metadata.lessonType = "test-out".

    Details:
    - Returns a null lessonId in case no Resource with metadata.lessonType = "test-out" is found in the
    course.
    - In case student has already taken the TestOut, this will return the "finalized" flag set to true.
    - In case this is an external TestOut, also return external access credentials, if available (i.e.
    test was previously assigned to student).

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "test-out" associated with it.

    Args:
        student (str): The sourcedId of the student to retrieve the testOut for
        course (str): The sourcedId of the Course to retrieve the testOut from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestOutResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        course=course,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    course: str,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestOutResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Test out


    **⚠️ DEPRECATED:** This endpoint is deprecated and will be removed in a future version.

    **Migration:** Use `GET /powerpath/lessonPlans/getCourseProgress/:courseId/student/:studentId`
    instead. The response now includes a `testOut` field with comprehensive status information.

    ---

    **Legacy Behavior:**

    Returns the testOut lesson reference for the given student and course.

    - TestOut is a lesson that represents the end-of-course test, covering the entire course content.
    - The testOut should be specified by a Resource with metadata.lessonType = "test-out".

    Details:
    - Returns a null lessonId in case no Resource with metadata.lessonType = "test-out" is found in the
    course.
    - In case student has already taken the TestOut, this will return the "finalized" flag set to true.
    - In case this is an external TestOut, also return external access credentials, if available (i.e.
    test was previously assigned to student).

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "test-out" associated with it.

    Args:
        student (str): The sourcedId of the student to retrieve the testOut for
        course (str): The sourcedId of the Course to retrieve the testOut from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestOutResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            student=student,
            course=course,
        )
    ).parsed
