from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import Response


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    item_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections/{identifier}/items/{item_identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
            item_identifier=quote(str(item_identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SearchStimuliResponse500Response | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse | SearchStimuliResponse500Response]:
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
    item_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | SearchStimuliResponse500Response]:
    """Remove an assessment item reference from a section

     Remove an assessment item reference from a section. This only removes the reference link; the actual
    assessment item remains in the assessment-items collection. The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        item_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        item_identifier=item_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    item_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | SearchStimuliResponse500Response | None:
    """Remove an assessment item reference from a section

     Remove an assessment item reference from a section. This only removes the reference link; the actual
    assessment item remains in the assessment-items collection. The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        item_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SearchStimuliResponse500Response
    """

    return sync_detailed(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        item_identifier=item_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    item_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | SearchStimuliResponse500Response]:
    """Remove an assessment item reference from a section

     Remove an assessment item reference from a section. This only removes the reference link; the actual
    assessment item remains in the assessment-items collection. The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        item_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        item_identifier=item_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    item_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | SearchStimuliResponse500Response | None:
    """Remove an assessment item reference from a section

     Remove an assessment item reference from a section. This only removes the reference link; the actual
    assessment item remains in the assessment-items collection. The assessment test's XML structure is
    automatically updated.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        item_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            assessment_test_identifier=assessment_test_identifier,
            test_part_identifier=test_part_identifier,
            identifier=identifier,
            item_identifier=item_identifier,
            client=client,
        )
    ).parsed
