from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.import_external_test_assignment_results_response_200 import (
    ImportExternalTestAssignmentResultsResponse200,
)
from ...models.internal_server_error_response import InternalServerErrorResponse
from ...models.not_found_response import NotFoundResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    student: str,
    lesson: str,
    application_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["lesson"] = lesson

    params["applicationName"] = application_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/importExternalTestAssignmentResults",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | ImportExternalTestAssignmentResultsResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = ImportExternalTestAssignmentResultsResponse200.from_dict(
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
    | ForbiddenResponse
    | ImportExternalTestAssignmentResultsResponse200
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
    application_name: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | ImportExternalTestAssignmentResultsResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Import external test assignment results


    Retrieves and stores the results of the external test assignment:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the stored "toolProvider" of the lesson:
    - For "edulastic":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized, this will start populating the test and question results with
    available data, including question scores and feedback. The test will then be deemed finalized when
    all questions have been answered and the test grade is "GRADED".
    - For "mastery-track":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized and powerpath detects the write-back of results was done, this
    will process the available test and question results data, including question scores and feedback.
    The test will then be deemed finalized when the scoreStatus is "fully graded" and the
    masteryTrackProcessed flag is set to 'true'.

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - Credentials for data consumption are not available in the test result of this student (meaning a
    previous test assignment was not made)
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    The actual test results can be retrieved by using the "getAssessmentProgress" endpoint.

    Notice this may perform a course enrollment for the student if the lesson is a placement test or
    test-out, and the respective subject and grade are mapped to the Subject Track with a valid course
    set. The enrollemnt can be skipped by setting the "skipCourseEnrollment" flag in the
    makeExternalTestAssignment request.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        student (str): The sourcedId of the student
        lesson (str): The sourcedId of the lesson (ComponentResource)
        application_name (str | Unset): The name of the application

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | ImportExternalTestAssignmentResultsResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        lesson=lesson,
        application_name=application_name,
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
    application_name: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | ImportExternalTestAssignmentResultsResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Import external test assignment results


    Retrieves and stores the results of the external test assignment:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the stored "toolProvider" of the lesson:
    - For "edulastic":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized, this will start populating the test and question results with
    available data, including question scores and feedback. The test will then be deemed finalized when
    all questions have been answered and the test grade is "GRADED".
    - For "mastery-track":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized and powerpath detects the write-back of results was done, this
    will process the available test and question results data, including question scores and feedback.
    The test will then be deemed finalized when the scoreStatus is "fully graded" and the
    masteryTrackProcessed flag is set to 'true'.

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - Credentials for data consumption are not available in the test result of this student (meaning a
    previous test assignment was not made)
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    The actual test results can be retrieved by using the "getAssessmentProgress" endpoint.

    Notice this may perform a course enrollment for the student if the lesson is a placement test or
    test-out, and the respective subject and grade are mapped to the Subject Track with a valid course
    set. The enrollemnt can be skipped by setting the "skipCourseEnrollment" flag in the
    makeExternalTestAssignment request.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        student (str): The sourcedId of the student
        lesson (str): The sourcedId of the lesson (ComponentResource)
        application_name (str | Unset): The name of the application

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | ImportExternalTestAssignmentResultsResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        student=student,
        lesson=lesson,
        application_name=application_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    lesson: str,
    application_name: str | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | ImportExternalTestAssignmentResultsResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Import external test assignment results


    Retrieves and stores the results of the external test assignment:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the stored "toolProvider" of the lesson:
    - For "edulastic":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized, this will start populating the test and question results with
    available data, including question scores and feedback. The test will then be deemed finalized when
    all questions have been answered and the test grade is "GRADED".
    - For "mastery-track":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized and powerpath detects the write-back of results was done, this
    will process the available test and question results data, including question scores and feedback.
    The test will then be deemed finalized when the scoreStatus is "fully graded" and the
    masteryTrackProcessed flag is set to 'true'.

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - Credentials for data consumption are not available in the test result of this student (meaning a
    previous test assignment was not made)
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    The actual test results can be retrieved by using the "getAssessmentProgress" endpoint.

    Notice this may perform a course enrollment for the student if the lesson is a placement test or
    test-out, and the respective subject and grade are mapped to the Subject Track with a valid course
    set. The enrollemnt can be skipped by setting the "skipCourseEnrollment" flag in the
    makeExternalTestAssignment request.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        student (str): The sourcedId of the student
        lesson (str): The sourcedId of the lesson (ComponentResource)
        application_name (str | Unset): The name of the application

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | ImportExternalTestAssignmentResultsResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        student=student,
        lesson=lesson,
        application_name=application_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    student: str,
    lesson: str,
    application_name: str | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | ImportExternalTestAssignmentResultsResponse200
    | InternalServerErrorResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Import external test assignment results


    Retrieves and stores the results of the external test assignment:
    - Applies to 'test-out', 'placement', and 'unit-test' lessons.

    This logic changes depending on the stored "toolProvider" of the lesson:
    - For "edulastic":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized, this will start populating the test and question results with
    available data, including question scores and feedback. The test will then be deemed finalized when
    all questions have been answered and the test grade is "GRADED".
    - For "mastery-track":
      - If the lesson is already finalized, no data import is performed.
      - If the lesson is not finalized and powerpath detects the write-back of results was done, this
    will process the available test and question results data, including question scores and feedback.
    The test will then be deemed finalized when the scoreStatus is "fully graded" and the
    masteryTrackProcessed flag is set to 'true'.

    Will fail if:
    - The lesson is not an external "test-out", "placement", or "unit-test", or the student does not
    exist
    - Credentials for data consumption are not available in the test result of this student (meaning a
    previous test assignment was not made)
    - Any other problem on the Edulastic or MasteryTrack API being used that may happen

    The actual test results can be retrieved by using the "getAssessmentProgress" endpoint.

    Notice this may perform a course enrollment for the student if the lesson is a placement test or
    test-out, and the respective subject and grade are mapped to the Subject Track with a valid course
    set. The enrollemnt can be skipped by setting the "skipCourseEnrollment" flag in the
    makeExternalTestAssignment request.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object with lessonType
    = "test-out", "placement", or "unit-test" associated with it.

    Args:
        student (str): The sourcedId of the student
        lesson (str): The sourcedId of the lesson (ComponentResource)
        application_name (str | Unset): The name of the application

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | ImportExternalTestAssignmentResultsResponse200 | InternalServerErrorResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            student=student,
            lesson=lesson,
            application_name=application_name,
        )
    ).parsed
