"""`GET /assessment-items/{identifier}` (get_assessment_item).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_assessment_item",
    "method": "GET",
    "path": "/assessment-items/{identifier}",
    "summary": "Get an assessment item with complete question content",
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
        {"status": "200", "kind": "model", "models": ["Item"]},
    ],
    "returns": "Item",
}


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-items/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs
