"""`GET /ims/case/v1p1/CFItems` (get_all_cf_items).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

ENDPOINT: dict[str, Any] = {
    "name": "get_all_cf_items",
    "method": "GET",
    "path": "/ims/case/v1p1/CFItems",
    "summary": "Get All CASE Items",
    "params": [],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetAllCfItemsResponse200"]},
    ],
    "returns": "GetAllCfItemsResponse200",
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/case/v1p1/CFItems",
    }

    return _kwargs
