"""`DELETE /assessment-tests/{assessmentTestIdentifier}/test-parts/{identifier}` (delete_test_part).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "delete_test_part",
    "method": "DELETE",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts/{identifier}",
    "summary": "Delete a test part and all its sections",
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
    ],
    "bodies": [],
    "responses": [
        {"status": "204", "kind": "none", "models": []},
    ],
    "returns": "Any",
}


def _get_kwargs(
    assessment_test_identifier: str,
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs
