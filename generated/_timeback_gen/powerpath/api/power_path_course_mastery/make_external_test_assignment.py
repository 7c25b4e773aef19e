from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.make_external_test_assignment_body import MakeExternalTestAssignmentBody
from ...models.make_external_test_assignment_response_200 import (
    MakeExternalTestAssignmentResponse200,
)
from ...models.not_found_response import NotFoundResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MakeExternalTestAssignmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/makeExternalTestAssignment",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | MakeExternalTestAssignmentResponse200
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = MakeExternalTestAssignmentResponse200.from_dict(response.json())

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
    | MakeExternalTestAssignmentResponse200
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
    body: MakeExternalTestAssignmentBody | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | MakeExternalTestAssignmentResponse200
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Make external test assignment


    Makes an external test assignment for the given student:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the provided "toolProvider" value:
    - For "edulastic":
      - Authenticates the student with their email on Edulastic
      - Assigns the test to the student in Edulastic
      - Stores the received "assignmentId" and "classId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test for later results consumption
    - For "mastery-track":
      - Authenticates the student with their email on MasteryTrack
      - Assigns the test to the student in MasteryTrack (using the testId in the request or
    subject+grade from the lesson's Resource metadata)
      - Stores the received "assignmentId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test
      - Waits for a test result write-back to be performed by the MasteryTrack on test end

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - External tool (described in the resource.metadata.toolProvider) is not "edulastic" or "mastery-
    track"
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        body (MakeExternalTestAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | MakeExternalTestAssignmentResponse200 | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
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
    body: MakeExternalTestAssignmentBody | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | MakeExternalTestAssignmentResponse200
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Make external test assignment


    Makes an external test assignment for the given student:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the provided "toolProvider" value:
    - For "edulastic":
      - Authenticates the student with their email on Edulastic
      - Assigns the test to the student in Edulastic
      - Stores the received "assignmentId" and "classId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test for later results consumption
    - For "mastery-track":
      - Authenticates the student with their email on MasteryTrack
      - Assigns the test to the student in MasteryTrack (using the testId in the request or
    subject+grade from the lesson's Resource metadata)
      - Stores the received "assignmentId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test
      - Waits for a test result write-back to be performed by the MasteryTrack on test end

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - External tool (described in the resource.metadata.toolProvider) is not "edulastic" or "mastery-
    track"
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        body (MakeExternalTestAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | MakeExternalTestAssignmentResponse200 | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MakeExternalTestAssignmentBody | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | MakeExternalTestAssignmentResponse200
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Make external test assignment


    Makes an external test assignment for the given student:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the provided "toolProvider" value:
    - For "edulastic":
      - Authenticates the student with their email on Edulastic
      - Assigns the test to the student in Edulastic
      - Stores the received "assignmentId" and "classId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test for later results consumption
    - For "mastery-track":
      - Authenticates the student with their email on MasteryTrack
      - Assigns the test to the student in MasteryTrack (using the testId in the request or
    subject+grade from the lesson's Resource metadata)
      - Stores the received "assignmentId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test
      - Waits for a test result write-back to be performed by the MasteryTrack on test end

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - External tool (described in the resource.metadata.toolProvider) is not "edulastic" or "mastery-
    track"
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        body (MakeExternalTestAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | MakeExternalTestAssignmentResponse200 | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MakeExternalTestAssignmentBody | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | MakeExternalTestAssignmentResponse200
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Make external test assignment


    Makes an external test assignment for the given student:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the provided "toolProvider" value:
    - For "edulastic":
      - Authenticates the student with their email on Edulastic
      - Assigns the test to the student in Edulastic
      - Stores the received "assignmentId" and "classId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test for later results consumption
    - For "mastery-track":
      - Authenticates the student with their email on MasteryTrack
      - Assigns the test to the student in MasteryTrack (using the testId in the request or
    subject+grade from the lesson's Resource metadata)
      - Stores the received "assignmentId" in the lesson's AssessmentResult
      - Returns the test link, credentials, and IDs of the test
      - Waits for a test result write-back to be performed by the MasteryTrack on test end

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - External tool (described in the resource.metadata.toolProvider) is not "edulastic" or "mastery-
    track"
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        body (MakeExternalTestAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | MakeExternalTestAssignmentResponse200 | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
