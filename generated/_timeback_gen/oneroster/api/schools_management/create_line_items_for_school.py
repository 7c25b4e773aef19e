"""`POST /ims/oneroster/gradebook/v1p2/schools/{sourcedId}/lineItems` (create_line_items_for_school).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.line_items_body import LineItemsBody

ENDPOINT: dict[str, Any] = {
    "name": "create_line_items_for_school",
    "method": "POST",
    "path": "/ims/oneroster/gradebook/v1p2/schools/{sourcedId}/lineItems",
    "summary": "Create Line Items for a School",
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
    sourced_id: str,
    *,
    body: LineItemsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/gradebook/v1p2/schools/{sourced_id}/lineItems".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
