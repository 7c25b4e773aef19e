"""`POST /powerpath/makeExternalTestAssignment` (make_external_test_assignment).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.make_external_test_assignment_body import MakeExternalTestAssignmentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "make_external_test_assignment",
    "method": "POST",
    "path": "/powerpath/makeExternalTestAssignment",
    "summary": "Make external test assignment",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "MakeExternalTestAssignmentBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "MakeExternalTestAssignmentBody",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["MakeExternalTestAssignmentResponse200"],
        },
    ],
    "returns": "MakeExternalTestAssignmentResponse200",
}


def _get_kwargs(
    *,
    body: MakeExternalTestAssignmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/makeExternalTestAssignment",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
