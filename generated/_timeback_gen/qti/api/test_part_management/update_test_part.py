"""`PUT /assessment-tests/{assessmentTestIdentifier}/test-parts/{identifier}` (update_test_part).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.test_part import TestPart

ENDPOINT: dict[str, Any] = {
    "name": "update_test_part",
    "method": "PUT",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts/{identifier}",
    "summary": "Update a test part's configuration and sections",
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
            "annotation": "TestPart",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "TestPart"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["TestPart"]},
    ],
    "returns": "TestPart",
}


def _get_kwargs(
    assessment_test_identifier: str,
    identifier: str,
    *,
    body: TestPart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
