"""`PUT /assessment-tests/{identifier}` (update_assessment_test).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.assessment_test import AssessmentTest
from ...types import UNSET, File, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_assessment_test",
    "method": "PUT",
    "path": "/assessment-tests/{identifier}",
    "summary": "Update an entire assessment test",
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
            "required": False,
            "annotation": "AssessmentTest | File | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "AssessmentTest"},
        {"content_type": "application/xml", "kind": "content", "model": None},
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["CreateAssessmentTestResponse201Response"],
        },
    ],
    "returns": "CreateAssessmentTestResponse201Response",
}


def _get_kwargs(
    identifier: str,
    *,
    body: AssessmentTest | File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-tests/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if isinstance(body, AssessmentTest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/xml"

    _kwargs["headers"] = headers
    return _kwargs
