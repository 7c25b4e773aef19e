from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stimulus_response_400_response import (
    CreateStimulusResponse400Response,
)
from ...models.navigation_mode import NavigationMode
from ...models.order import Order
from ...models.search_assessment_tests_response_200 import (
    SearchAssessmentTestsResponse200,
)
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...models.sort import Sort
from ...models.submission_mode import SubmissionMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
    navigation_mode: NavigationMode | Unset = UNSET,
    submission_mode: SubmissionMode | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_navigation_mode: str | Unset = UNSET
    if not isinstance(navigation_mode, Unset):
        json_navigation_mode = navigation_mode

    params["navigationMode"] = json_navigation_mode

    json_submission_mode: str | Unset = UNSET
    if not isinstance(submission_mode, Unset):
        json_submission_mode = submission_mode

    params["submissionMode"] = json_submission_mode

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-tests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStimulusResponse400Response
    | SearchAssessmentTestsResponse200
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 200:
        response_200 = SearchAssessmentTestsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateStimulusResponse400Response.from_dict(response.json())

        return response_400

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
    | SearchAssessmentTestsResponse200
    | SearchStimuliResponse500Response
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
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
    navigation_mode: NavigationMode | Unset = UNSET,
    submission_mode: SubmissionMode | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[
    CreateStimulusResponse400Response
    | SearchAssessmentTestsResponse200
    | SearchStimuliResponse500Response
]:
    """Search and filter assessment tests

     Search and retrieve assessment tests with advanced filtering capabilities. Supports text search
    across titles and identifiers, filtering by navigation/submission modes, and pagination. Assessment
    tests are the top-level containers that define complete testing experiences through their test parts
    and sections.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.
        navigation_mode (NavigationMode | Unset): Controls how learners navigate through the test
            part. 'linear' requires items to be responded to in sequence without jumping around, while
            'nonlinear' allows candidates to respond to items in any order they choose.
        submission_mode (SubmissionMode | Unset): Determines how learner responses are submitted
            for response processing. 'individual' allows responses to be submitted as each item is
            completed, while 'simultaneous' means responses for all items are sent when the whole part
            is completed.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='practice' AND createdAt>'2024-01-01'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | SearchAssessmentTestsResponse200 | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        navigation_mode=navigation_mode,
        submission_mode=submission_mode,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
    navigation_mode: NavigationMode | Unset = UNSET,
    submission_mode: SubmissionMode | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> (
    CreateStimulusResponse400Response
    | SearchAssessmentTestsResponse200
    | SearchStimuliResponse500Response
    | None
):
    """Search and filter assessment tests

     Search and retrieve assessment tests with advanced filtering capabilities. Supports text search
    across titles and identifiers, filtering by navigation/submission modes, and pagination. Assessment
    tests are the top-level containers that define complete testing experiences through their test parts
    and sections.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.
        navigation_mode (NavigationMode | Unset): Controls how learners navigate through the test
            part. 'linear' requires items to be responded to in sequence without jumping around, while
            'nonlinear' allows candidates to respond to items in any order they choose.
        submission_mode (SubmissionMode | Unset): Determines how learner responses are submitted
            for response processing. 'individual' allows responses to be submitted as each item is
            completed, while 'simultaneous' means responses for all items are sent when the whole part
            is completed.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='practice' AND createdAt>'2024-01-01'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | SearchAssessmentTestsResponse200 | SearchStimuliResponse500Response
    """

    return sync_detailed(
        client=client,
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        navigation_mode=navigation_mode,
        submission_mode=submission_mode,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
    navigation_mode: NavigationMode | Unset = UNSET,
    submission_mode: SubmissionMode | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[
    CreateStimulusResponse400Response
    | SearchAssessmentTestsResponse200
    | SearchStimuliResponse500Response
]:
    """Search and filter assessment tests

     Search and retrieve assessment tests with advanced filtering capabilities. Supports text search
    across titles and identifiers, filtering by navigation/submission modes, and pagination. Assessment
    tests are the top-level containers that define complete testing experiences through their test parts
    and sections.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.
        navigation_mode (NavigationMode | Unset): Controls how learners navigate through the test
            part. 'linear' requires items to be responded to in sequence without jumping around, while
            'nonlinear' allows candidates to respond to items in any order they choose.
        submission_mode (SubmissionMode | Unset): Determines how learner responses are submitted
            for response processing. 'individual' allows responses to be submitted as each item is
            completed, while 'simultaneous' means responses for all items are sent when the whole part
            is completed.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='practice' AND createdAt>'2024-01-01'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | SearchAssessmentTestsResponse200 | SearchStimuliResponse500Response]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        navigation_mode=navigation_mode,
        submission_mode=submission_mode,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
    navigation_mode: NavigationMode | Unset = UNSET,
    submission_mode: SubmissionMode | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> (
    CreateStimulusResponse400Response
    | SearchAssessmentTestsResponse200
    | SearchStimuliResponse500Response
    | None
):
    """Search and filter assessment tests

     Search and retrieve assessment tests with advanced filtering capabilities. Supports text search
    across titles and identifiers, filtering by navigation/submission modes, and pagination. Assessment
    tests are the top-level containers that define complete testing experiences through their test parts
    and sections.

    Args:
        query (str | Unset): Search title and identifier fields using a search term. This is a
            fuzzy search.
        page (str | Unset): Page number for pagination Default: '1'. Example: 1.
        limit (str | Unset): Number of items per page Default: '10'. Example: 10.
        sort (Sort | Unset): Field to sort by Example: createdAt.
        order (Order | Unset): Sort order Example: desc.
        navigation_mode (NavigationMode | Unset): Controls how learners navigate through the test
            part. 'linear' requires items to be responded to in sequence without jumping around, while
            'nonlinear' allows candidates to respond to items in any order they choose.
        submission_mode (SubmissionMode | Unset): Determines how learner responses are submitted
            for response processing. 'individual' allows responses to be submitted as each item is
            completed, while 'simultaneous' means responses for all items are sent when the whole part
            is completed.
        filter_ (str | Unset): Advanced filter expression using =, !=, >, >=, <, <=, ~ and logical
            AND/OR. Example: type='practice' AND createdAt>'2024-01-01'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | SearchAssessmentTestsResponse200 | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            page=page,
            limit=limit,
            sort=sort,
            order=order,
            navigation_mode=navigation_mode,
            submission_mode=submission_mode,
            filter_=filter_,
        )
    ).parsed
