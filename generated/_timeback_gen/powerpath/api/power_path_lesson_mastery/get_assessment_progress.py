from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.get_assessment_progress_response_200 import (
    GetAssessmentProgressResponse200,
)
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.power_path_100_progress_result import PowerPath100ProgressResult
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    student: str,
    lesson: str,
    attempt: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["lesson"] = lesson

    params["attempt"] = attempt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/getAssessmentProgress",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetAssessmentProgressResponse200
    | PowerPath100ProgressResult
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GetAssessmentProgressResponse200 | PowerPath100ProgressResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PowerPath100ProgressResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = GetAssessmentProgressResponse200.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
    | GetAssessmentProgressResponse200
    | PowerPath100ProgressResult
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
    lesson: str,
    attempt: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | GetAssessmentProgressResponse200
    | PowerPath100ProgressResult
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get assessment progress


    Returns the progress the student has made in the given PowerPath lesson.

    A 'Lesson' in this context is a ComponentResource object paired with a Resource object representing
    an activity.

    Args:
        student (str): The sourcedId of the student who is answering the question
        lesson (str): The sourcedId of the lesson (ComponentResource)
        attempt (str | Unset): The attempt number of the lesson that the student is answering

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | GetAssessmentProgressResponse200 | PowerPath100ProgressResult | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        lesson=lesson,
        attempt=attempt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    lesson: str,
    attempt: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetAssessmentProgressResponse200
    | PowerPath100ProgressResult
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get assessment progress


    Returns the progress the student has made in the given PowerPath lesson.

    A 'Lesson' in this context is a ComponentResource object paired with a Resource object representing
    an activity.

    Args:
        student (str): The sourcedId of the student who is answering the question
        lesson (str): The sourcedId of the lesson (ComponentResource)
        attempt (str | Unset): The attempt number of the lesson that the student is answering

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | GetAssessmentProgressResponse200 | PowerPath100ProgressResult | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        student=student,
        lesson=lesson,
        attempt=attempt,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    lesson: str,
    attempt: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | GetAssessmentProgressResponse200
    | PowerPath100ProgressResult
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Get assessment progress


    Returns the progress the student has made in the given PowerPath lesson.

    A 'Lesson' in this context is a ComponentResource object paired with a Resource object representing
    an activity.

    Args:
        student (str): The sourcedId of the student who is answering the question
        lesson (str): The sourcedId of the lesson (ComponentResource)
        attempt (str | Unset): The attempt number of the lesson that the student is answering

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | GetAssessmentProgressResponse200 | PowerPath100ProgressResult | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        lesson=lesson,
        attempt=attempt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    lesson: str,
    attempt: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | GetAssessmentProgressResponse200
    | PowerPath100ProgressResult
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Get assessment progress


    Returns the progress the student has made in the given PowerPath lesson.

    A 'Lesson' in this context is a ComponentResource object paired with a Resource object representing
    an activity.

    Args:
        student (str): The sourcedId of the student who is answering the question
        lesson (str): The sourcedId of the lesson (ComponentResource)
        attempt (str | Unset): The attempt number of the lesson that the student is answering

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | GetAssessmentProgressResponse200 | PowerPath100ProgressResult | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            student=student,
            lesson=lesson,
            attempt=attempt,
        )
    ).parsed
