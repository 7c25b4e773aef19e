"""`POST /powerpath/test-assignments` (create_test_assignment).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.item import Item
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_test_assignment",
    "method": "POST",
    "path": "/powerpath/test-assignments",
    "summary": "Create an individual test assignment (unlisted test-out)",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "Item | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "Item"},
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["CreateBulkTestAssignmentsResponse200Result"],
        },
    ],
    "returns": "CreateBulkTestAssignmentsResponse200Result",
}


def _get_kwargs(
    *,
    body: Item | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/test-assignments",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
