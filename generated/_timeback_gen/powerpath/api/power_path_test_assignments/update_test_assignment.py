"""`PUT /powerpath/test-assignments/{id}` (update_test_assignment).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_test_assignment_body import UpdateTestAssignmentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_test_assignment",
    "method": "PUT",
    "path": "/powerpath/test-assignments/{id}",
    "summary": "Update a test assignment",
    "params": [
        {
            "python": "id",
            "spec": "id",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "UpdateTestAssignmentBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateTestAssignmentBody",
        },
    ],
    "responses": [
        {"status": "204", "kind": "none", "models": []},
    ],
    "returns": "Any",
}


def _get_kwargs(
    id: str,
    *,
    body: UpdateTestAssignmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/powerpath/test-assignments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
