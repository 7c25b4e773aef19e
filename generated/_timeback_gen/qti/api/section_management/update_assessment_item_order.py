"""`PUT /assessment-tests/{assessmentTestIdentifier}/test-parts/{testPartIdentifier}/sections/{identifier}/items/order` (update_assessment_item_order).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_assessment_item_order_body import UpdateAssessmentItemOrderBody

ENDPOINT: dict[str, Any] = {
    "name": "update_assessment_item_order",
    "method": "PUT",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts/{testPartIdentifier}/sections/{identifier}/items/order",
    "summary": "Reorder assessment items within a section",
    "params": [
        {
            "python": "assessment_test_identifier",
            "spec": "assessmentTestIdentifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "test_part_identifier",
            "spec": "testPartIdentifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
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
            "annotation": "UpdateAssessmentItemOrderBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateAssessmentItemOrderBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["Section"]},
    ],
    "returns": "Section",
}


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    *,
    body: UpdateAssessmentItemOrderBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections/{identifier}/items/order".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
