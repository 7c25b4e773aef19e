"""`POST /assessment-items/metadata` (update_metadata).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.assessment_item import AssessmentItem
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_metadata",
    "method": "POST",
    "path": "/assessment-items/metadata",
    "summary": "Update metadata for a list of assessment items",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "AssessmentItem | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "AssessmentItem"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["Item"]},
    ],
    "returns": "Item",
}


def _get_kwargs(
    *,
    body: AssessmentItem | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assessment-items/metadata",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
