"""`POST /stimuli` (create_stimulus).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.stimulus import Stimulus

ENDPOINT: dict[str, Any] = {
    "name": "create_stimulus",
    "method": "POST",
    "path": "/stimuli",
    "summary": "Create a new stimulus",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "Stimulus",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "Stimulus"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SearchStimuliResponse200Item"]},
    ],
    "returns": "SearchStimuliResponse200Item",
}


def _get_kwargs(
    *,
    body: Stimulus,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stimuli",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
