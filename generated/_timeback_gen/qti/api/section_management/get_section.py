"""`GET /assessment-tests/{assessmentTestIdentifier}/test-parts/{testPartIdentifier}/sections/{identifier}` (get_section).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_section",
    "method": "GET",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts/{testPartIdentifier}/sections/{identifier}",
    "summary": "Get a section with all its assessment item references",
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
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["Section"]},
    ],
    "returns": "Section",
}


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections/{identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs
