from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.grade_enum import GradeEnum
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.screening_status import ScreeningStatus
from ...models.test_assignment_list import TestAssignmentList
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    student: str,
    status: ScreeningStatus | Unset = UNSET,
    subject: str | Unset = UNSET,
    grade: GradeEnum | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["student"] = student

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["subject"] = subject

    json_grade: str | Unset = UNSET
    if not isinstance(grade, Unset):
        json_grade = grade

    params["grade"] = json_grade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/test-assignments",
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
    | TestAssignmentList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = TestAssignmentList.from_dict(response.json())

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
    | TestAssignmentList
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    student: str,
    status: ScreeningStatus | Unset = UNSET,
    subject: str | Unset = UNSET,
    grade: GradeEnum | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestAssignmentList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """List test assignments for a student

     Returns a paginated list of test assignments filtered by student with optional filters for status,
    subject, and grade.

    Args:
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        student (str): The sourcedId of the student
        status (ScreeningStatus | Unset):
        subject (str | Unset):
        grade (GradeEnum | Unset): Grade levels. -1 is Pre-K, 0 is Kindergarten, 1-12 are grades
            1-12, 13 is AP. Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestAssignmentList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        student=student,
        status=status,
        subject=subject,
        grade=grade,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    student: str,
    status: ScreeningStatus | Unset = UNSET,
    subject: str | Unset = UNSET,
    grade: GradeEnum | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestAssignmentList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """List test assignments for a student

     Returns a paginated list of test assignments filtered by student with optional filters for status,
    subject, and grade.

    Args:
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        student (str): The sourcedId of the student
        status (ScreeningStatus | Unset):
        subject (str | Unset):
        grade (GradeEnum | Unset): Grade levels. -1 is Pre-K, 0 is Kindergarten, 1-12 are grades
            1-12, 13 is AP. Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestAssignmentList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        student=student,
        status=status,
        subject=subject,
        grade=grade,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    student: str,
    status: ScreeningStatus | Unset = UNSET,
    subject: str | Unset = UNSET,
    grade: GradeEnum | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestAssignmentList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """List test assignments for a student

     Returns a paginated list of test assignments filtered by student with optional filters for status,
    subject, and grade.

    Args:
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        student (str): The sourcedId of the student
        status (ScreeningStatus | Unset):
        subject (str | Unset):
        grade (GradeEnum | Unset): Grade levels. -1 is Pre-K, 0 is Kindergarten, 1-12 are grades
            1-12, 13 is AP. Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestAssignmentList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        student=student,
        status=status,
        subject=subject,
        grade=grade,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    student: str,
    status: ScreeningStatus | Unset = UNSET,
    subject: str | Unset = UNSET,
    grade: GradeEnum | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TestAssignmentList
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """List test assignments for a student

     Returns a paginated list of test assignments filtered by student with optional filters for status,
    subject, and grade.

    Args:
        limit (int | Unset): The maximum number of items to return in the paginated response.
            While the OneRoster specification does not define a maximum limit, this implementation
            enforces a maximum of 3000 to prevent abuse and ensure optimal performance. Default: 100.
            Example: 100.
        offset (int | Unset): The number of items to skip in the paginated response Default: 0.
            Example: 0.
        student (str): The sourcedId of the student
        status (ScreeningStatus | Unset):
        subject (str | Unset):
        grade (GradeEnum | Unset): Grade levels. -1 is Pre-K, 0 is Kindergarten, 1-12 are grades
            1-12, 13 is AP. Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TestAssignmentList | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            student=student,
            status=status,
            subject=subject,
            grade=grade,
        )
    ).parsed
