"""`POST /assessment-tests/{assessmentTestIdentifier}/test-parts` (create_test_part).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.test_part import TestPart

ENDPOINT: dict[str, Any] = {
    "name": "create_test_part",
    "method": "POST",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts",
    "summary": "Create a new test part in an assessment test",
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
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "TestPart",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "TestPart"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["TestPart"]},
    ],
    "returns": "TestPart",
}


def _get_kwargs(
    assessment_test_identifier: str,
    *,
    body: TestPart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
