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
from ...models.section import Section
from ...models.update_assessment_item_order_body import UpdateAssessmentItemOrderBody
from ...types import Response


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    body: UpdateAssessmentItemOrderBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections/{identifier}/items/order".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
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
    | Section
    | None
):
    if response.status_code == 200:
        response_200 = Section.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateStimulusResponse400Response.from_dict(response.json())

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
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | Section
]:
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
    body: UpdateAssessmentItemOrderBody,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | Section
]:
    """Reorder assessment items within a section

     Update the presentation order of assessment item references within a section. This affects the
    sequence in which items are presented to test takers. All specified items must exist in the section.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        body (UpdateAssessmentItemOrderBody): Update the presentation order of assessment item
            references within a section. All specified items must exist in the section on the service
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | Section]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        body=body,
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
    body: UpdateAssessmentItemOrderBody,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | Section
    | None
):
    """Reorder assessment items within a section

     Update the presentation order of assessment item references within a section. This affects the
    sequence in which items are presented to test takers. All specified items must exist in the section.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        body (UpdateAssessmentItemOrderBody): Update the presentation order of assessment item
            references within a section. All specified items must exist in the section on the service
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | Section
    """

    return sync_detailed(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAssessmentItemOrderBody,
) -> Response[
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | Section
]:
    """Reorder assessment items within a section

     Update the presentation order of assessment item references within a section. This affects the
    sequence in which items are presented to test takers. All specified items must exist in the section.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        body (UpdateAssessmentItemOrderBody): Update the presentation order of assessment item
            references within a section. All specified items must exist in the section on the service
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | Section]
    """

    kwargs = _get_kwargs(
        assessment_test_identifier=assessment_test_identifier,
        test_part_identifier=test_part_identifier,
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAssessmentItemOrderBody,
) -> (
    CreateStimulusResponse400Response
    | ErrorResponse
    | SearchStimuliResponse500Response
    | Section
    | None
):
    """Reorder assessment items within a section

     Update the presentation order of assessment item references within a section. This affects the
    sequence in which items are presented to test takers. All specified items must exist in the section.

    Args:
        assessment_test_identifier (str):
        test_part_identifier (str):
        identifier (str):
        body (UpdateAssessmentItemOrderBody): Update the presentation order of assessment item
            references within a section. All specified items must exist in the section on the service
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ErrorResponse | SearchStimuliResponse500Response | Section
    """

    return (
        await asyncio_detailed(
            assessment_test_identifier=assessment_test_identifier,
            test_part_identifier=test_part_identifier,
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
