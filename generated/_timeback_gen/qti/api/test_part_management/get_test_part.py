from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.test_part import TestPart
from ...types import Response


def _get_kwargs(
    assessment_test_identifier: str,
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchStimuliResponse500Response | TestPart | None:
    if response.status_code == 200:
        response_200 = TestPart.from_dict(response.json())

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
) -> Response[ErrorResponse | SearchStimuliResponse500Response | TestPart]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_test_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SearchStimuliResponse500Response | TestPart]:
    """Get a specific test part with all its sections

     Retrieve a test part by identifier including all its sections and their assessment item references.
    Test parts define navigation and submission behaviors for groups of sections. Supports both JSON and
    XML response formats.

    Args:
        assessment_test_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchStimuliResponse500Response | TestPart]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_test_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SearchStimuliResponse500Response | TestPart | None:
    """Get a specific test part with all its sections

     Retrieve a test part by identifier including all its sections and their assessment item references.
    Test parts define navigation and submission behaviors for groups of sections. Supports both JSON and
    XML response formats.

    Args:
        assessment_test_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchStimuliResponse500Response | TestPart
    """

    return sync_detailed(
        assessment_test_identifier=assessment_test_identifier,
        identifier=identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    assessment_test_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SearchStimuliResponse500Response | TestPart]:
    """Get a specific test part with all its sections

     Retrieve a test part by identifier including all its sections and their assessment item references.
    Test parts define navigation and submission behaviors for groups of sections. Supports both JSON and
    XML response formats.

    Args:
        assessment_test_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchStimuliResponse500Response | TestPart]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_test_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SearchStimuliResponse500Response | TestPart | None:
    """Get a specific test part with all its sections

     Retrieve a test part by identifier including all its sections and their assessment item references.
    Test parts define navigation and submission behaviors for groups of sections. Supports both JSON and
    XML response formats.

    Args:
        assessment_test_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchStimuliResponse500Response | TestPart
    """

    return (
        await asyncio_detailed(
            assessment_test_identifier=assessment_test_identifier,
            identifier=identifier,
            client=client,
        )
    ).parsed
