"""`PUT /ims/oneroster/gradebook/v1p2/categories/{sourcedId}` (put_category).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.category_body import CategoryBody

ENDPOINT: dict[str, Any] = {
    "name": "put_category",
    "method": "PUT",
    "path": "/ims/oneroster/gradebook/v1p2/categories/{sourcedId}",
    "summary": "Update or Create a Category",
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
            "annotation": "CategoryBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "CategoryBody"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["CategoryBody"]},
    ],
    "returns": "CategoryBody",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: CategoryBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/gradebook/v1p2/categories/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
