"""`PUT /ims/oneroster/rostering/v1p2/classes/{sourcedId}` (update_class).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_class_body import UpdateClassBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_class",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/classes/{sourcedId}",
    "summary": "Update a Class",
    "params": [
        {
            "python": "sourced_id",
            "spec": "sourcedId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "UpdateClassBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateClassBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["Class"]},
    ],
    "returns": "Class",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: UpdateClassBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/classes/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
