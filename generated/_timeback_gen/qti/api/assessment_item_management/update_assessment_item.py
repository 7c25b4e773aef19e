"""`PUT /assessment-items/{identifier}` (update_assessment_item).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_assessment_item_body import UpdateAssessmentItemBody

ENDPOINT: dict[str, Any] = {
    "name": "update_assessment_item",
    "method": "PUT",
    "path": "/assessment-items/{identifier}",
    "summary": "Update an assessment item's content and configuration",
    "params": [
        {
            "python": "identifier",
            "spec": "identifier",
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
            "annotation": "UpdateAssessmentItemBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateAssessmentItemBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["Item"]},
    ],
    "returns": "Item",
}


def _get_kwargs(
    identifier: str,
    *,
    body: UpdateAssessmentItemBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-items/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
