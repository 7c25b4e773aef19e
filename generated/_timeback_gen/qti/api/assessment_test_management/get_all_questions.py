"""`GET /assessment-tests/{identifier}/questions` (get_all_questions).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_all_questions",
    "method": "GET",
    "path": "/assessment-tests/{identifier}/questions",
    "summary": "Get all assessment items referenced by an assessment test",
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
        {"status": "200", "kind": "model", "models": ["GetAllQuestionsResponse200"]},
    ],
    "returns": "GetAllQuestionsResponse200",
}


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-tests/{identifier}/questions".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs
