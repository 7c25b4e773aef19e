"""`POST /powerpath/screening/session/reset` (reset_session).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.reset_session_body import ResetSessionBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "reset_session",
    "method": "POST",
    "path": "/powerpath/screening/session/reset",
    "summary": "Reset session",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "ResetSessionBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ResetSessionBody",
        },
    ],
    "responses": [
        {"status": "204", "kind": "none", "models": []},
    ],
    "returns": "Any",
}


def _get_kwargs(
    *,
    body: ResetSessionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/screening/session/reset",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
