"""`GET /caliper/events` (list_events).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "list_events",
    "method": "GET",
    "path": "/caliper/events",
    "summary": "List Caliper Events",
    "params": [
        {
            "python": "limit",
            "spec": "limit",
            "in": "query",
            "required": False,
            "annotation": "float | Unset",
            "default": "UNSET",
        },
        {
            "python": "offset",
            "spec": "offset",
            "in": "query",
            "required": False,
            "annotation": "float | Unset",
            "default": "UNSET",
        },
        {
            "python": "sensor",
            "spec": "sensor",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "start_date",
            "spec": "startDate",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "end_date",
            "spec": "endDate",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "actor_id",
            "spec": "actorId",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "actor_email",
            "spec": "actorEmail",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["ListEventsResponse200"]},
    ],
    "returns": "ListEventsResponse200",
}


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
