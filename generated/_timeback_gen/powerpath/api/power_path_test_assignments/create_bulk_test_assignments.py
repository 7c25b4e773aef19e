"""`POST /powerpath/test-assignments/bulk` (create_bulk_test_assignments).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_bulk_test_assignments_body import CreateBulkTestAssignmentsBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_bulk_test_assignments",
    "method": "POST",
    "path": "/powerpath/test-assignments/bulk",
    "summary": "Create multiple test assignments",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CreateBulkTestAssignmentsBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CreateBulkTestAssignmentsBody",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["CreateBulkTestAssignmentsResponse200Response"],
        },
    ],
    "returns": "CreateBulkTestAssignmentsResponse200Response",
}


def _get_kwargs(
    *,
    body: CreateBulkTestAssignmentsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/test-assignments/bulk",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
