from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stimulus_response_400_response import (
    CreateStimulusResponse400Response,
)
from ...models.error_response import ErrorResponse
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.test_part import TestPart
from ...types import Response


def _get_kwargs(
    assessment_test_identifier: str,
    *,
    body: TestPart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | TestPart
    | None
):
    if response.status_code == 201:
        response_201 = TestPart.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateStimulusResponse400Response.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | TestPart
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_test_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPart,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | TestPart
]:
    """Create a new test part in an assessment test

     Create a new test part within an assessment test. Test parts organize sections and define navigation
    behaviors (linear/nonlinear) and submission modes. The assessment test's XML structure is
    automatically updated to include the new test part.

    Args:
        assessment_test_identifier (str):
        body (TestPart): Complete test part structure as parsed from XML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | TestPart]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_test_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPart,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | TestPart
    | None
):
    """Create a new test part in an assessment test

     Create a new test part within an assessment test. Test parts organize sections and define navigation
    behaviors (linear/nonlinear) and submission modes. The assessment test's XML structure is
    automatically updated to include the new test part.

    Args:
        assessment_test_identifier (str):
        body (TestPart): Complete test part structure as parsed from XML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | TestPart
    """

    return sync_detailed(
        assessment_test_identifier=assessment_test_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assessment_test_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPart,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | TestPart
]:
    """Create a new test part in an assessment test

     Create a new test part within an assessment test. Test parts organize sections and define navigation
    behaviors (linear/nonlinear) and submission modes. The assessment test's XML structure is
    automatically updated to include the new test part.

    Args:
        assessment_test_identifier (str):
        body (TestPart): Complete test part structure as parsed from XML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | TestPart]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_test_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: TestPart,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | TestPart
    | None
):
    """Create a new test part in an assessment test

     Create a new test part within an assessment test. Test parts organize sections and define navigation
    behaviors (linear/nonlinear) and submission modes. The assessment test's XML structure is
    automatically updated to include the new test part.

    Args:
        assessment_test_identifier (str):
        body (TestPart): Complete test part structure as parsed from XML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | TestPart
    """

    return (
        await asyncio_detailed(
            assessment_test_identifier=assessment_test_identifier,
            client=client,
            body=body,
        )
    ).parsed
