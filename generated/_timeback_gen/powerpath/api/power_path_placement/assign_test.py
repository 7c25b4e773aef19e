"""`POST /powerpath/screening/tests/assign` (assign_test).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.assign_test_body import AssignTestBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "assign_test",
    "method": "POST",
    "path": "/powerpath/screening/tests/assign",
    "summary": "Assign test",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "AssignTestBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "AssignTestBody"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetSessionResponse200Response"]},
    ],
    "returns": "GetSessionResponse200Response",
}


def _get_kwargs(
    *,
    body: AssignTestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/screening/tests/assign",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
