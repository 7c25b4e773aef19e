"""`DELETE /ims/oneroster/resources/v1p2/resources/{sourcedId}` (delete_resource).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "delete_resource",
    "method": "DELETE",
    "path": "/ims/oneroster/resources/v1p2/resources/{sourcedId}",
    "summary": "Delete a resource",
    "params": [
        {
            "python": "sourced_id",
            "spec": "sourcedId",
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
    sourced_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/ims/oneroster/resources/v1p2/resources/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    return _kwargs
