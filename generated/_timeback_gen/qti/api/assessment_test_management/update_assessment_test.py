from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_test import AssessmentTest
from ...models.create_assessment_test_response_201_response import (
    CreateAssessmentTestResponse201Response,
)
from ...models.error_response import ErrorResponse
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import UNSET, File, Response


def _get_kwargs(
    identifier: str,
    *,
    body: AssessmentTest | File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-tests/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if isinstance(body, AssessmentTest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/xml"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAssessmentTestResponse201Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 200:
        response_200 = CreateAssessmentTestResponse201Response.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = SearchStimuliResponse500Response.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAssessmentTestResponse201Response
    | ErrorResponse
    | SearchStimuliResponse500Response
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentTest | File | Unset = UNSET,
) -> Response[
    CreateAssessmentTestResponse201Response
    | ErrorResponse
    | SearchStimuliResponse500Response
]:
    """Update an entire assessment test

     Update an assessment test by replacing its complete structure. This operation updates the entire
    assessment test including its test parts, sections, and item references. Supports both JSON and XML
    formats. The updated XML structure is automatically regenerated.

    Args:
        identifier (str):
        body (AssessmentTest): Create a new assessment test on the service provider. The test must
            include at least one test part and can optionally include outcome declarations for result
            tracking
        body (File): A QTI 3.0 qti-assessment-test XML document

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssessmentTestResponse201Response | ErrorResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentTest | File | Unset = UNSET,
) -> (
    CreateAssessmentTestResponse201Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | None
):
    """Update an entire assessment test

     Update an assessment test by replacing its complete structure. This operation updates the entire
    assessment test including its test parts, sections, and item references. Supports both JSON and XML
    formats. The updated XML structure is automatically regenerated.

    Args:
        identifier (str):
        body (AssessmentTest): Create a new assessment test on the service provider. The test must
            include at least one test part and can optionally include outcome declarations for result
            tracking
        body (File): A QTI 3.0 qti-assessment-test XML document

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssessmentTestResponse201Response | ErrorResponse | SearchStimuliResponse500Response
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentTest | File | Unset = UNSET,
) -> Response[
    CreateAssessmentTestResponse201Response
    | ErrorResponse
    | SearchStimuliResponse500Response
]:
    """Update an entire assessment test

     Update an assessment test by replacing its complete structure. This operation updates the entire
    assessment test including its test parts, sections, and item references. Supports both JSON and XML
    formats. The updated XML structure is automatically regenerated.

    Args:
        identifier (str):
        body (AssessmentTest): Create a new assessment test on the service provider. The test must
            include at least one test part and can optionally include outcome declarations for result
            tracking
        body (File): A QTI 3.0 qti-assessment-test XML document

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssessmentTestResponse201Response | ErrorResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssessmentTest | File | Unset = UNSET,
) -> (
    CreateAssessmentTestResponse201Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | None
):
    """Update an entire assessment test

     Update an assessment test by replacing its complete structure. This operation updates the entire
    assessment test including its test parts, sections, and item references. Supports both JSON and XML
    formats. The updated XML structure is automatically regenerated.

    Args:
        identifier (str):
        body (AssessmentTest): Create a new assessment test on the service provider. The test must
            include at least one test part and can optionally include outcome declarations for result
            tracking
        body (File): A QTI 3.0 qti-assessment-test XML document

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssessmentTestResponse201Response | ErrorResponse | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
