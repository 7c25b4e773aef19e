from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_events_response_200_response import SendEventsResponse200Response
from ...models.send_events_response_400_response import SendEventsResponse400Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    sensor: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["sensor"] = sensor

    params["startDate"] = start_date

    params["endDate"] = end_date

    params["actorId"] = actor_id

    params["actorEmail"] = actor_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/caliper/events",
        "params": params,
    }

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
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    sensor: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_email: str | Unset = UNSET,
) -> Response[SendEventsResponse200Response | SendEventsResponse400Response]:
    """List Caliper Events

     List Caliper Events

    Args:
        limit (float | Unset):
        offset (float | Unset):
        sensor (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        actor_id (str | Unset):
        actor_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendEventsResponse200Response | SendEventsResponse400Response]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        sensor=sensor,
        start_date=start_date,
        end_date=end_date,
        actor_id=actor_id,
        actor_email=actor_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    sensor: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_email: str | Unset = UNSET,
) -> SendEventsResponse200Response | SendEventsResponse400Response | None:
    """List Caliper Events

     List Caliper Events

    Args:
        limit (float | Unset):
        offset (float | Unset):
        sensor (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        actor_id (str | Unset):
        actor_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendEventsResponse200Response | SendEventsResponse400Response
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        sensor=sensor,
        start_date=start_date,
        end_date=end_date,
        actor_id=actor_id,
        actor_email=actor_email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    sensor: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_email: str | Unset = UNSET,
) -> Response[SendEventsResponse200Response | SendEventsResponse400Response]:
    """List Caliper Events

     List Caliper Events

    Args:
        limit (float | Unset):
        offset (float | Unset):
        sensor (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        actor_id (str | Unset):
        actor_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendEventsResponse200Response | SendEventsResponse400Response]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        sensor=sensor,
        start_date=start_date,
        end_date=end_date,
        actor_id=actor_id,
        actor_email=actor_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    sensor: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_email: str | Unset = UNSET,
) -> SendEventsResponse200Response | SendEventsResponse400Response | None:
    """List Caliper Events

     List Caliper Events

    Args:
        limit (float | Unset):
        offset (float | Unset):
        sensor (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        actor_id (str | Unset):
        actor_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendEventsResponse200Response | SendEventsResponse400Response
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            sensor=sensor,
            start_date=start_date,
            end_date=end_date,
            actor_id=actor_id,
            actor_email=actor_email,
        )
    ).parsed
