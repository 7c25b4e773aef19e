from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_response import MessageResponse
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import Response


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections/{identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response | None:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response]:
    """Delete a section and its item references

     Permanently delete a section from a test part. This removes the section and all its assessment item
    references (but not the underlying assessment items). The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response | None:
    """Delete a section and its item references

     Permanently delete a section from a test part. This removes the section and all its assessment item
    references (but not the underlying assessment items). The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response
    """

    return sync_detailed(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response]:
    """Delete a section and its item references

     Permanently delete a section from a test part. This removes the section and all its assessment item
    references (but not the underlying assessment items). The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response | None:
    """Delete a section and its item references

     Permanently delete a section from a test part. This removes the section and all its assessment item
    references (but not the underlying assessment items). The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MessageResponse | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            assessment_test_identifier=assessment_test_identifier,
            test_part_identifier=test_part_identifier,
            identifier=identifier,
            client=client,
        )
    ).parsed
