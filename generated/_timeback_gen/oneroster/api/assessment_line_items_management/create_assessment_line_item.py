"""`POST /ims/oneroster/gradebook/v1p2/assessmentLineItems/` (create_assessment_line_item).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.assessment_line_item_body import AssessmentLineItemBody

ENDPOINT: dict[str, Any] = {
    "name": "create_assessment_line_item",
    "method": "POST",
    "path": "/ims/oneroster/gradebook/v1p2/assessmentLineItems/",
    "summary": "Create an Assessment Line Item",
    "params": [
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
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    *,
    body: AssessmentLineItemBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/gradebook/v1p2/assessmentLineItems/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
