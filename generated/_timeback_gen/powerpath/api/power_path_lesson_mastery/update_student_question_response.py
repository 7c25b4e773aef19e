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
from ...models.placement_update_student_question_response_result import (
    PlacementUpdateStudentQuestionResponseResult,
)
from ...models.power_path_100_update_student_question_response_result import (
    PowerPath100UpdateStudentQuestionResponseResult,
)
from ...models.quiz_update_student_question_response_result import (
    QuizUpdateStudentQuestionResponseResult,
)
from ...models.test_out_update_student_question_response_result import (
    TestOutUpdateStudentQuestionResponseResult,
)
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...models.unit_test_update_student_question_response_result import (
    UnitTestUpdateStudentQuestionResponseResult,
)
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...models.update_student_question_response_input import (
    UpdateStudentQuestionResponseInput,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateStudentQuestionResponseInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/powerpath/updateStudentQuestionResponse",
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
    | NotFoundResponse
    | PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            PlacementUpdateStudentQuestionResponseResult
            | PowerPath100UpdateStudentQuestionResponseResult
            | QuizUpdateStudentQuestionResponseResult
            | TestOutUpdateStudentQuestionResponseResult
            | UnitTestUpdateStudentQuestionResponseResult
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = (
                    PowerPath100UpdateStudentQuestionResponseResult.from_dict(data)
                )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = QuizUpdateStudentQuestionResponseResult.from_dict(
                    data
                )

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = (
                    TestOutUpdateStudentQuestionResponseResult.from_dict(data)
                )

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_3 = (
                    PlacementUpdateStudentQuestionResponseResult.from_dict(data)
                )

                return response_200_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_4 = UnitTestUpdateStudentQuestionResponseResult.from_dict(
                data
            )

            return response_200_type_4

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
    | InternalServerErrorResponse
    | NotFoundResponse
    | PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
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
    body: UpdateStudentQuestionResponseInput | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Update student question response


    Updates the student's response to a question and returns the updated PowerPath score:
    - Checks the correctness of the response using the QTI question `<qti-response-declaration>` element
    and update the score accordingly.
    - Creates/updates the AssessmentLineItem and AssessmentResult objects for the student/question pair
    if it doesn't exist yet.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object associated with
    it.

    Args:
        body (UpdateStudentQuestionResponseInput | Unset): The input for the
            updateStudentQuestionResponse endpoint

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | PlacementUpdateStudentQuestionResponseResult | PowerPath100UpdateStudentQuestionResponseResult | QuizUpdateStudentQuestionResponseResult | TestOutUpdateStudentQuestionResponseResult | UnitTestUpdateStudentQuestionResponseResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
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
    body: UpdateStudentQuestionResponseInput | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Update student question response


    Updates the student's response to a question and returns the updated PowerPath score:
    - Checks the correctness of the response using the QTI question `<qti-response-declaration>` element
    and update the score accordingly.
    - Creates/updates the AssessmentLineItem and AssessmentResult objects for the student/question pair
    if it doesn't exist yet.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object associated with
    it.

    Args:
        body (UpdateStudentQuestionResponseInput | Unset): The input for the
            updateStudentQuestionResponse endpoint

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | PlacementUpdateStudentQuestionResponseResult | PowerPath100UpdateStudentQuestionResponseResult | QuizUpdateStudentQuestionResponseResult | TestOutUpdateStudentQuestionResponseResult | UnitTestUpdateStudentQuestionResponseResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStudentQuestionResponseInput | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
]:
    """Update student question response


    Updates the student's response to a question and returns the updated PowerPath score:
    - Checks the correctness of the response using the QTI question `<qti-response-declaration>` element
    and update the score accordingly.
    - Creates/updates the AssessmentLineItem and AssessmentResult objects for the student/question pair
    if it doesn't exist yet.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object associated with
    it.

    Args:
        body (UpdateStudentQuestionResponseInput | Unset): The input for the
            updateStudentQuestionResponse endpoint

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | PlacementUpdateStudentQuestionResponseResult | PowerPath100UpdateStudentQuestionResponseResult | QuizUpdateStudentQuestionResponseResult | TestOutUpdateStudentQuestionResponseResult | UnitTestUpdateStudentQuestionResponseResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStudentQuestionResponseInput | Unset = UNSET,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerErrorResponse
    | NotFoundResponse
    | PlacementUpdateStudentQuestionResponseResult
    | PowerPath100UpdateStudentQuestionResponseResult
    | QuizUpdateStudentQuestionResponseResult
    | TestOutUpdateStudentQuestionResponseResult
    | UnitTestUpdateStudentQuestionResponseResult
    | TooManyRequestsResponse
    | UnauthorizedRequestResponse
    | UnprocessableEntityResponse
    | None
):
    """Update student question response


    Updates the student's response to a question and returns the updated PowerPath score:
    - Checks the correctness of the response using the QTI question `<qti-response-declaration>` element
    and update the score accordingly.
    - Creates/updates the AssessmentLineItem and AssessmentResult objects for the student/question pair
    if it doesn't exist yet.

    A 'Lesson' in this context is a ComponentResource object which has a Resource object associated with
    it.

    Args:
        body (UpdateStudentQuestionResponseInput | Unset): The input for the
            updateStudentQuestionResponse endpoint

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerErrorResponse | NotFoundResponse | PlacementUpdateStudentQuestionResponseResult | PowerPath100UpdateStudentQuestionResponseResult | QuizUpdateStudentQuestionResponseResult | TestOutUpdateStudentQuestionResponseResult | UnitTestUpdateStudentQuestionResponseResult | TooManyRequestsResponse | UnauthorizedRequestResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
