"""`PATCH /ims/oneroster/gradebook/v1p2/assessmentLineItems/{sourcedId}` (patch_assessment_line_item).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.patch_assessment_line_item_body import PatchAssessmentLineItemBody

ENDPOINT: dict[str, Any] = {
    "name": "patch_assessment_line_item",
    "method": "PATCH",
    "path": "/ims/oneroster/gradebook/v1p2/assessmentLineItems/{sourcedId}",
    "summary": "Partially Update an Assessment Line Item",
    "params": [
        {
            "python": "sourced_id",
            "spec": "sourcedId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "PatchAssessmentLineItemBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "PatchAssessmentLineItemBody",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["PatchAssessmentLineItemResponse200"],
        },
    ],
    "returns": "PatchAssessmentLineItemResponse200",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: PatchAssessmentLineItemBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/ims/oneroster/gradebook/v1p2/assessmentLineItems/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
