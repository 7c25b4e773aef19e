from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.get_next_placement_test_response_200 import (
    GetNextPlacementTestResponse200,
)
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.subject_enum import SubjectEnum
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    student: str,
    subject: SubjectEnum,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    json_subject: str = subject
    params["subject"] = json_subject

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/placement/getNextPlacementTest",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetNextPlacementTestResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetNextPlacementTestResponse200.from_dict(response.json())

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
    | GetNextPlacementTestResponse200
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
    *,
    client: AuthenticatedClient | Client,
    student: str,
    subject: SubjectEnum,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | GetNextPlacementTestResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get next placement test


    Returns the next placement test for the student in a subject:
    - If the student has completed all placement tests for the subject, the next test's lesson ID will
    be null. Tests will also be marked as exhausted.
    - If the student hasn't completed a single placement test, returns the first placement test's lesson
    ID for the subject.
    - If the student has completed some placement tests, it will return null for the next test's lesson
    ID if the last completed test had a score smaller than 90.
    - Alternatively, it will return the next available placement test's lesson ID if the score was
    greater than or equal to 90.

    Also returns the 'onboarded' boolean that indicates if the student completed the onboarding process
    for the subject:
    - A 'onboarded = true' means they either completed and passed all placement tests or they have
    gotten a score smaller than 90 in the last completed placement test.
    - A 'onboarded = false' means they haven't completed placement tests yet or have achieved a score of
    90 or greater in the last completed placement test and there are more tests to take.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "placement" associated with it.

    Args:
        student (str): The sourcedId of the student
        subject (SubjectEnum):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | GetNextPlacementTestResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        subject=subject,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    subject: SubjectEnum,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetNextPlacementTestResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get next placement test


    Returns the next placement test for the student in a subject:
    - If the student has completed all placement tests for the subject, the next test's lesson ID will
    be null. Tests will also be marked as exhausted.
    - If the student hasn't completed a single placement test, returns the first placement test's lesson
    ID for the subject.
    - If the student has completed some placement tests, it will return null for the next test's lesson
    ID if the last completed test had a score smaller than 90.
    - Alternatively, it will return the next available placement test's lesson ID if the score was
    greater than or equal to 90.

    Also returns the 'onboarded' boolean that indicates if the student completed the onboarding process
    for the subject:
    - A 'onboarded = true' means they either completed and passed all placement tests or they have
    gotten a score smaller than 90 in the last completed placement test.
    - A 'onboarded = false' means they haven't completed placement tests yet or have achieved a score of
    90 or greater in the last completed placement test and there are more tests to take.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "placement" associated with it.

    Args:
        student (str): The sourcedId of the student
        subject (SubjectEnum):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | GetNextPlacementTestResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        student=student,
        subject=subject,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    subject: SubjectEnum,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | GetNextPlacementTestResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get next placement test


    Returns the next placement test for the student in a subject:
    - If the student has completed all placement tests for the subject, the next test's lesson ID will
    be null. Tests will also be marked as exhausted.
    - If the student hasn't completed a single placement test, returns the first placement test's lesson
    ID for the subject.
    - If the student has completed some placement tests, it will return null for the next test's lesson
    ID if the last completed test had a score smaller than 90.
    - Alternatively, it will return the next available placement test's lesson ID if the score was
    greater than or equal to 90.

    Also returns the 'onboarded' boolean that indicates if the student completed the onboarding process
    for the subject:
    - A 'onboarded = true' means they either completed and passed all placement tests or they have
    gotten a score smaller than 90 in the last completed placement test.
    - A 'onboarded = false' means they haven't completed placement tests yet or have achieved a score of
    90 or greater in the last completed placement test and there are more tests to take.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "placement" associated with it.

    Args:
        student (str): The sourcedId of the student
        subject (SubjectEnum):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | GetNextPlacementTestResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        subject=subject,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    subject: SubjectEnum,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetNextPlacementTestResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get next placement test


    Returns the next placement test for the student in a subject:
    - If the student has completed all placement tests for the subject, the next test's lesson ID will
    be null. Tests will also be marked as exhausted.
    - If the student hasn't completed a single placement test, returns the first placement test's lesson
    ID for the subject.
    - If the student has completed some placement tests, it will return null for the next test's lesson
    ID if the last completed test had a score smaller than 90.
    - Alternatively, it will return the next available placement test's lesson ID if the score was
    greater than or equal to 90.

    Also returns the 'onboarded' boolean that indicates if the student completed the onboarding process
    for the subject:
    - A 'onboarded = true' means they either completed and passed all placement tests or they have
    gotten a score smaller than 90 in the last completed placement test.
    - A 'onboarded = false' means they haven't completed placement tests yet or have achieved a score of
    90 or greater in the last completed placement test and there are more tests to take.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with
    metadata.lessonType = "placement" associated with it.

    Args:
        student (str): The sourcedId of the student
        subject (SubjectEnum):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | GetNextPlacementTestResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            student=student,
            subject=subject,
        )
    ).parsed
