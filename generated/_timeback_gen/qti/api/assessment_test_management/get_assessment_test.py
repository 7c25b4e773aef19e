"""`GET /assessment-tests/{identifier}` (get_assessment_test).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_assessment_test",
    "method": "GET",
    "path": "/assessment-tests/{identifier}",
    "summary": "Get a complete assessment test with full structure",
    "params": [
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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-tests/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs
