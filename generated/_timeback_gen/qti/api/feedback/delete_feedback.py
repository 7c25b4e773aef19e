"""`DELETE /{id}` (delete_feedback).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "delete_feedback",
    "method": "DELETE",
    "path": "/{id}",
    "summary": "Delete feedback",
    "params": [
        {
            "python": "id",
            "spec": "id",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["MessageResponse"]},
    ],
    "returns": "MessageResponse",
}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
