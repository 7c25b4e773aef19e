from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.create_external_placement_input import CreateExternalPlacementInput
from ...models.create_external_placement_test_response_200_response import (
    CreateExternalPlacementTestResponse200Response,
)
from ...models.create_external_test_out_input import CreateExternalTestOutInput
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateExternalPlacementInput | CreateExternalTestOutInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/createExternalPlacementTest",
    }

    if isinstance(body, CreateExternalTestOutInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | CreateExternalPlacementTestResponse200Response
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = CreateExternalPlacementTestResponse200Response.from_dict(
            response.json()
        )

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
    | CreateExternalPlacementTestResponse200Response
    | ForbiddenResponse
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
    body: CreateExternalPlacementInput | CreateExternalTestOutInput | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | CreateExternalPlacementTestResponse200Response
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Create an External Placement Test


    Creates or updates a ComponentResource to act as a Placement Test lesson in a course.
    This allows integrating with external test-taking platforms (like Edulastic) for content delivery.

    The endpoint creates or updates (if they already exist) the following entities:
    - A CourseComponent for the course to hold the Placement Test lesson
    - A Resource with lessonType = "placement" and the external service details as metadata
    - A ComponentResource acting as the Placement Test lesson

    A test assignment is mandatory in order to obtain access credentials for this test on the external
    platform, as well as to obtain the IDs necessary for fetching test results later on:
    - For test assignments, use the "makeExternalTestAssignment" endpoint.
    - For test results retrieval, use the "importExternalTestAssignmentResults" endpoint.

    If a 'courseIdOnFail' parameter is supplied, its Course's sourcedId will be used to automatically
    enroll the student when the placement test is completed with a score below 90 %. When the parameter
    is omitted (or set to null), no automatic enrollment will happen.

    This request fails if:
    - The 'course' provided does not exist, or a non-null 'courseIdOnFail' references a non-existent
    course
    - An existing Placement Test lesson in the course, targeting the same grade, has a different
    toolProvider than the one provided (need to perform an update to the Resource first, altering the
    "toolProvider", before trying again)

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "placement" associated with it.

    Args:
        body (CreateExternalPlacementInput | CreateExternalTestOutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateExternalPlacementTestResponse200Response | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
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
    body: CreateExternalPlacementInput | CreateExternalTestOutInput | Unset = UNSET,
) -> (
    BadRequestResponse
    | CreateExternalPlacementTestResponse200Response
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Create an External Placement Test


    Creates or updates a ComponentResource to act as a Placement Test lesson in a course.
    This allows integrating with external test-taking platforms (like Edulastic) for content delivery.

    The endpoint creates or updates (if they already exist) the following entities:
    - A CourseComponent for the course to hold the Placement Test lesson
    - A Resource with lessonType = "placement" and the external service details as metadata
    - A ComponentResource acting as the Placement Test lesson

    A test assignment is mandatory in order to obtain access credentials for this test on the external
    platform, as well as to obtain the IDs necessary for fetching test results later on:
    - For test assignments, use the "makeExternalTestAssignment" endpoint.
    - For test results retrieval, use the "importExternalTestAssignmentResults" endpoint.

    If a 'courseIdOnFail' parameter is supplied, its Course's sourcedId will be used to automatically
    enroll the student when the placement test is completed with a score below 90 %. When the parameter
    is omitted (or set to null), no automatic enrollment will happen.

    This request fails if:
    - The 'course' provided does not exist, or a non-null 'courseIdOnFail' references a non-existent
    course
    - An existing Placement Test lesson in the course, targeting the same grade, has a different
    toolProvider than the one provided (need to perform an update to the Resource first, altering the
    "toolProvider", before trying again)

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "placement" associated with it.

    Args:
        body (CreateExternalPlacementInput | CreateExternalTestOutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateExternalPlacementTestResponse200Response | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExternalPlacementInput | CreateExternalTestOutInput | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | CreateExternalPlacementTestResponse200Response
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Create an External Placement Test


    Creates or updates a ComponentResource to act as a Placement Test lesson in a course.
    This allows integrating with external test-taking platforms (like Edulastic) for content delivery.

    The endpoint creates or updates (if they already exist) the following entities:
    - A CourseComponent for the course to hold the Placement Test lesson
    - A Resource with lessonType = "placement" and the external service details as metadata
    - A ComponentResource acting as the Placement Test lesson

    A test assignment is mandatory in order to obtain access credentials for this test on the external
    platform, as well as to obtain the IDs necessary for fetching test results later on:
    - For test assignments, use the "makeExternalTestAssignment" endpoint.
    - For test results retrieval, use the "importExternalTestAssignmentResults" endpoint.

    If a 'courseIdOnFail' parameter is supplied, its Course's sourcedId will be used to automatically
    enroll the student when the placement test is completed with a score below 90 %. When the parameter
    is omitted (or set to null), no automatic enrollment will happen.

    This request fails if:
    - The 'course' provided does not exist, or a non-null 'courseIdOnFail' references a non-existent
    course
    - An existing Placement Test lesson in the course, targeting the same grade, has a different
    toolProvider than the one provided (need to perform an update to the Resource first, altering the
    "toolProvider", before trying again)

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "placement" associated with it.

    Args:
        body (CreateExternalPlacementInput | CreateExternalTestOutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateExternalPlacementTestResponse200Response | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExternalPlacementInput | CreateExternalTestOutInput | Unset = UNSET,
) -> (
    BadRequestResponse
    | CreateExternalPlacementTestResponse200Response
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Create an External Placement Test


    Creates or updates a ComponentResource to act as a Placement Test lesson in a course.
    This allows integrating with external test-taking platforms (like Edulastic) for content delivery.

    The endpoint creates or updates (if they already exist) the following entities:
    - A CourseComponent for the course to hold the Placement Test lesson
    - A Resource with lessonType = "placement" and the external service details as metadata
    - A ComponentResource acting as the Placement Test lesson

    A test assignment is mandatory in order to obtain access credentials for this test on the external
    platform, as well as to obtain the IDs necessary for fetching test results later on:
    - For test assignments, use the "makeExternalTestAssignment" endpoint.
    - For test results retrieval, use the "importExternalTestAssignmentResults" endpoint.

    If a 'courseIdOnFail' parameter is supplied, its Course's sourcedId will be used to automatically
    enroll the student when the placement test is completed with a score below 90 %. When the parameter
    is omitted (or set to null), no automatic enrollment will happen.

    This request fails if:
    - The 'course' provided does not exist, or a non-null 'courseIdOnFail' references a non-existent
    course
    - An existing Placement Test lesson in the course, targeting the same grade, has a different
    toolProvider than the one provided (need to perform an update to the Resource first, altering the
    "toolProvider", before trying again)

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "placement" associated with it.

    Args:
        body (CreateExternalPlacementInput | CreateExternalTestOutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateExternalPlacementTestResponse200Response | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
