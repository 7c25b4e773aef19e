"""`POST /ims/oneroster/gradebook/v1p2/classes/{classSourcedId}/lineItems` (post_line_items_for_class).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.line_items_body import LineItemsBody

ENDPOINT: dict[str, Any] = {
    "name": "post_line_items_for_class",
    "method": "POST",
    "path": "/ims/oneroster/gradebook/v1p2/classes/{classSourcedId}/lineItems",
    "summary": "Create Line Items for a Class",
    "params": [
        {
            "python": "class_sourced_id",
            "spec": "classSourcedId",
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
            "annotation": "LineItemsBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "LineItemsBody"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    class_sourced_id: str,
    *,
    body: LineItemsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/gradebook/v1p2/classes/{class_sourced_id}/lineItems".format(
            class_sourced_id=quote(str(class_sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
