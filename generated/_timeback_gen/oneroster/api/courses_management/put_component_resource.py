"""`PUT /ims/oneroster/rostering/v1p2/courses/component-resources/{sourcedId}` (put_component_resource).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.component_resource_body import ComponentResourceBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "put_component_resource",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/courses/component-resources/{sourcedId}",
    "summary": "Update a Component Resource",
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
            "annotation": "ComponentResourceBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ComponentResourceBody",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["PutComponentResourceResponse200"],
        },
    ],
    "returns": "PutComponentResourceResponse200",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: ComponentResourceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/courses/component-resources/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
