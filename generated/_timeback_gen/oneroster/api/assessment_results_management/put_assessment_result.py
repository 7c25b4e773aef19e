"""`PUT /ims/oneroster/gradebook/v1p2/assessmentResults/{sourcedId}` (put_assessment_result).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.assessment_result_body import AssessmentResultBody

ENDPOINT: dict[str, Any] = {
    "name": "put_assessment_result",
    "method": "PUT",
    "path": "/ims/oneroster/gradebook/v1p2/assessmentResults/{sourcedId}",
    "summary": "Update or Create an Assessment Result",
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
            "annotation": "AssessmentResultBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "AssessmentResultBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["AssessmentResultBody"]},
    ],
    "returns": "AssessmentResultBody",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: AssessmentResultBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/gradebook/v1p2/assessmentResults/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
