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
from ...models.process_response_body import ProcessResponseBody
from ...models.process_response_response_200 import ProcessResponseResponse200
from ...models.search_stimuli_response_500_response import (
    SearchStimuliResponse500Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    body: ProcessResponseBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assessment-items/{identifier}/process-response".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStimulusResponse400Response
    | ProcessResponseResponse200
    | SearchStimuliResponse500Response
    | None
):
    if response.status_code == 200:
        response_200 = ProcessResponseResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = CreateStimulusResponse400Response.from_dict(response.json())

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
    | ProcessResponseResponse200
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
    body: ProcessResponseBody | Unset = UNSET,
) -> Response[
    CreateStimulusResponse400Response
    | ProcessResponseResponse200
    | SearchStimuliResponse500Response
]:
    """Process a response for an assessment item

     Process a response for an assessment item. This operation validates the response and returns the
    result as well as the feedback identifier and the feedback value.

    Args:
        identifier (str):
        body (ProcessResponseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ProcessResponseResponse200 | SearchStimuliResponse500Response]
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
    body: ProcessResponseBody | Unset = UNSET,
) -> (
    CreateStimulusResponse400Response
    | ProcessResponseResponse200
    | SearchStimuliResponse500Response
    | None
):
    """Process a response for an assessment item

     Process a response for an assessment item. This operation validates the response and returns the
    result as well as the feedback identifier and the feedback value.

    Args:
        identifier (str):
        body (ProcessResponseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ProcessResponseResponse200 | SearchStimuliResponse500Response
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
    body: ProcessResponseBody | Unset = UNSET,
) -> Response[
    CreateStimulusResponse400Response
    | ProcessResponseResponse200
    | SearchStimuliResponse500Response
]:
    """Process a response for an assessment item

     Process a response for an assessment item. This operation validates the response and returns the
    result as well as the feedback identifier and the feedback value.

    Args:
        identifier (str):
        body (ProcessResponseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStimulusResponse400Response | ProcessResponseResponse200 | SearchStimuliResponse500Response]
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
    body: ProcessResponseBody | Unset = UNSET,
) -> (
    CreateStimulusResponse400Response
    | ProcessResponseResponse200
    | SearchStimuliResponse500Response
    | None
):
    """Process a response for an assessment item

     Process a response for an assessment item. This operation validates the response and returns the
    result as well as the feedback identifier and the feedback value.

    Args:
        identifier (str):
        body (ProcessResponseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStimulusResponse400Response | ProcessResponseResponse200 | SearchStimuliResponse500Response
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
