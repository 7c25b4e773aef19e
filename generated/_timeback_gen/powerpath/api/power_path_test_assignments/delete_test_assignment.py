"""`DELETE /powerpath/test-assignments/{id}` (delete_test_assignment).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "delete_test_assignment",
    "method": "DELETE",
    "path": "/powerpath/test-assignments/{id}",
    "summary": "Delete a test assignment",
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
        {"status": "204", "kind": "none", "models": []},
    ],
    "returns": "Any",
}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/powerpath/test-assignments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
