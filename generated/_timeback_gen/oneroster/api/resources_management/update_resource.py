"""`PUT /ims/oneroster/resources/v1p2/resources/{sourcedId}` (update_resource).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_resource_body import UpdateResourceBody

ENDPOINT: dict[str, Any] = {
    "name": "update_resource",
    "method": "PUT",
    "path": "/ims/oneroster/resources/v1p2/resources/{sourcedId}",
    "summary": "Update an existing Resource",
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
            "annotation": "UpdateResourceBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateResourceBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["UpdateResourceResponse200"]},
    ],
    "returns": "UpdateResourceResponse200",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: UpdateResourceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/resources/v1p2/resources/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
