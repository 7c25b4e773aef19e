"""`POST /caliper/event` (send_events).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.envelope import Envelope

ENDPOINT: dict[str, Any] = {
    "name": "send_events",
    "method": "POST",
    "path": "/caliper/event",
    "summary": "Create Caliper Events",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "Envelope",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "Envelope"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["SendEventsResponse200Response"]},
    ],
    "returns": "SendEventsResponse200Response",
}


def _get_kwargs(
    *,
    body: Envelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/caliper/event",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
