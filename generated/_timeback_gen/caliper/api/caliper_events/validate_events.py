from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.send_events_response_200_response import SendEventsResponse200Response
from ...models.send_events_response_400_response import SendEventsResponse400Response
from ...types import Response


def _get_kwargs(
    *,
    body: Envelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/caliper/event/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendEventsResponse200Response | SendEventsResponse400Response | None:
    if response.status_code == 200:
        response_200 = SendEventsResponse200Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SendEventsResponse400Response.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SendEventsResponse200Response | SendEventsResponse400Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Envelope,
) -> Response[SendEventsResponse200Response | SendEventsResponse400Response]:
    """Validate Caliper Events

     Validate Caliper Events

    Args:
        body (Envelope): # Envelope

            Represents a package containing events and entity data for ingestion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendEventsResponse200Response | SendEventsResponse400Response]
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
    body: Envelope,
) -> SendEventsResponse200Response | SendEventsResponse400Response | None:
    """Validate Caliper Events

     Validate Caliper Events

    Args:
        body (Envelope): # Envelope

            Represents a package containing events and entity data for ingestion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendEventsResponse200Response | SendEventsResponse400Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Envelope,
) -> Response[SendEventsResponse200Response | SendEventsResponse400Response]:
    """Validate Caliper Events

     Validate Caliper Events

    Args:
        body (Envelope): # Envelope

            Represents a package containing events and entity data for ingestion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendEventsResponse200Response | SendEventsResponse400Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Envelope,
) -> SendEventsResponse200Response | SendEventsResponse400Response | None:
    """Validate Caliper Events

     Validate Caliper Events

    Args:
        body (Envelope): # Envelope

            Represents a package containing events and entity data for ingestion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendEventsResponse200Response | SendEventsResponse400Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
