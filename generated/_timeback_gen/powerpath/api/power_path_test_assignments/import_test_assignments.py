"""`POST /powerpath/test-assignments/import` (import_test_assignments).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.import_test_assignments_body import ImportTestAssignmentsBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "import_test_assignments",
    "method": "POST",
    "path": "/powerpath/test-assignments/import",
    "summary": "Import test assignments from Google Sheets",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "ImportTestAssignmentsBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ImportTestAssignmentsBody",
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
    body: ImportTestAssignmentsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/test-assignments/import",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
