"""`POST /powerpath/placement/resetUserPlacement` (reset_user_placement).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.reset_user_placement_body import ResetUserPlacementBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "reset_user_placement",
    "method": "POST",
    "path": "/powerpath/placement/resetUserPlacement",
    "summary": "Reset user placement for subject",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "ResetUserPlacementBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ResetUserPlacementBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["ResetUserPlacementResponse200"]},
    ],
    "returns": "ResetUserPlacementResponse200",
}


def _get_kwargs(
    *,
    body: ResetUserPlacementBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/placement/resetUserPlacement",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
