from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.start_test_out_body import StartTestOutBody
from ...models.start_test_out_response_200 import StartTestOutResponse200
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StartTestOutBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/startTestOut",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ForbiddenResponse
    | InternalServerErrorResponse
    | StartTestOutResponse200
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = StartTestOutResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedRequestResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
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
    Any
    | ForbiddenResponse
    | InternalServerErrorResponse
    | StartTestOutResponse200
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
    body: StartTestOutBody | Unset = UNSET,
) -> Response[
    Any
    | ForbiddenResponse
    | InternalServerErrorResponse
    | StartTestOutResponse200
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Start a test-out assignment for a student


    Creates an on-demand test-out assignment for a student in a course.

    ---

    This endpoint:
    - Validates that the student is eligible for test-out (enrolled in matching subject+grade, no prior
    completed/failed attempts)
    - Creates an unlisted test assignment (or reuses existing active assignment if one exists)
    - Returns the assignment info so the frontend can proceed to launch the external test

    **Does NOT start the external test.** After calling this endpoint, the frontend should call `POST
    /powerpath/makeExternalTestAssignment` to start the test with the provider (Edulastic or
    MasteryTrack).

    **Eligibility Requirements:**
    - Course must have a supported subject+grade combination
    - Student must be actively enrolled in a course with that subject+grade
    - Student must not have a completed or failed test-out for this subject+grade

    **Returns:**
    - `status: "created"` - A new test assignment was created
    - `status: "existing"` - An existing active assignment was reused (idempotent behavior)

    In both cases, returns `assignmentId`, `lessonId`, and `resourceId` for use in subsequent API calls.


    Args:
        body (StartTestOutBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ForbiddenResponse | InternalServerErrorResponse | StartTestOutResponse200 | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
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
    body: StartTestOutBody | Unset = UNSET,
) -> (
    Any
    | ForbiddenResponse
    | InternalServerErrorResponse
    | StartTestOutResponse200
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Start a test-out assignment for a student


    Creates an on-demand test-out assignment for a student in a course.

    ---

    This endpoint:
    - Validates that the student is eligible for test-out (enrolled in matching subject+grade, no prior
    completed/failed attempts)
    - Creates an unlisted test assignment (or reuses existing active assignment if one exists)
    - Returns the assignment info so the frontend can proceed to launch the external test

    **Does NOT start the external test.** After calling this endpoint, the frontend should call `POST
    /powerpath/makeExternalTestAssignment` to start the test with the provider (Edulastic or
    MasteryTrack).

    **Eligibility Requirements:**
    - Course must have a supported subject+grade combination
    - Student must be actively enrolled in a course with that subject+grade
    - Student must not have a completed or failed test-out for this subject+grade

    **Returns:**
    - `status: "created"` - A new test assignment was created
    - `status: "existing"` - An existing active assignment was reused (idempotent behavior)

    In both cases, returns `assignmentId`, `lessonId`, and `resourceId` for use in subsequent API calls.


    Args:
        body (StartTestOutBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ForbiddenResponse | InternalServerErrorResponse | StartTestOutResponse200 | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartTestOutBody | Unset = UNSET,
) -> Response[
    Any
    | ForbiddenResponse
    | InternalServerErrorResponse
    | StartTestOutResponse200
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Start a test-out assignment for a student


    Creates an on-demand test-out assignment for a student in a course.

    ---

    This endpoint:
    - Validates that the student is eligible for test-out (enrolled in matching subject+grade, no prior
    completed/failed attempts)
    - Creates an unlisted test assignment (or reuses existing active assignment if one exists)
    - Returns the assignment info so the frontend can proceed to launch the external test

    **Does NOT start the external test.** After calling this endpoint, the frontend should call `POST
    /powerpath/makeExternalTestAssignment` to start the test with the provider (Edulastic or
    MasteryTrack).

    **Eligibility Requirements:**
    - Course must have a supported subject+grade combination
    - Student must be actively enrolled in a course with that subject+grade
    - Student must not have a completed or failed test-out for this subject+grade

    **Returns:**
    - `status: "created"` - A new test assignment was created
    - `status: "existing"` - An existing active assignment was reused (idempotent behavior)

    In both cases, returns `assignmentId`, `lessonId`, and `resourceId` for use in subsequent API calls.


    Args:
        body (StartTestOutBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ForbiddenResponse | InternalServerErrorResponse | StartTestOutResponse200 | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartTestOutBody | Unset = UNSET,
) -> (
    Any
    | ForbiddenResponse
    | InternalServerErrorResponse
    | StartTestOutResponse200
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Start a test-out assignment for a student


    Creates an on-demand test-out assignment for a student in a course.

    ---

    This endpoint:
    - Validates that the student is eligible for test-out (enrolled in matching subject+grade, no prior
    completed/failed attempts)
    - Creates an unlisted test assignment (or reuses existing active assignment if one exists)
    - Returns the assignment info so the frontend can proceed to launch the external test

    **Does NOT start the external test.** After calling this endpoint, the frontend should call `POST
    /powerpath/makeExternalTestAssignment` to start the test with the provider (Edulastic or
    MasteryTrack).

    **Eligibility Requirements:**
    - Course must have a supported subject+grade combination
    - Student must be actively enrolled in a course with that subject+grade
    - Student must not have a completed or failed test-out for this subject+grade

    **Returns:**
    - `status: "created"` - A new test assignment was created
    - `status: "existing"` - An existing active assignment was reused (idempotent behavior)

    In both cases, returns `assignmentId`, `lessonId`, and `resourceId` for use in subsequent API calls.


    Args:
        body (StartTestOutBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ForbiddenResponse | InternalServerErrorResponse | StartTestOutResponse200 | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
