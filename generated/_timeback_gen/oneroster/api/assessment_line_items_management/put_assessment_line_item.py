"""`PUT /ims/oneroster/gradebook/v1p2/assessmentLineItems/{sourcedId}` (put_assessment_line_item).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.assessment_line_item_body import AssessmentLineItemBody

ENDPOINT: dict[str, Any] = {
    "name": "put_assessment_line_item",
    "method": "PUT",
    "path": "/ims/oneroster/gradebook/v1p2/assessmentLineItems/{sourcedId}",
    "summary": "Update or Create an Assessment Line Item",
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
            "annotation": "AssessmentLineItemBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "AssessmentLineItemBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["AssessmentLineItemBody"]},
    ],
    "returns": "AssessmentLineItemBody",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: AssessmentLineItemBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/gradebook/v1p2/assessmentLineItems/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
