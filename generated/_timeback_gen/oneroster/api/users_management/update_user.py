"""`PUT /ims/oneroster/rostering/v1p2/users/{sourcedId}` (update_user).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.user_body import UserBody

ENDPOINT: dict[str, Any] = {
    "name": "update_user",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/users/{sourcedId}",
    "summary": "Update an existing User",
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
            "required": True,
            "annotation": "UserBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "UserBody"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["UserResponse"]},
    ],
    "returns": "UserResponse",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: UserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/users/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
