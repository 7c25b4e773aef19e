"""`GET /ims/case/v1p1/CFDocuments` (get_all_cf_documents).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

ENDPOINT: dict[str, Any] = {
    "name": "get_all_cf_documents",
    "method": "GET",
    "path": "/ims/case/v1p1/CFDocuments",
    "summary": "Get All CASE Documents",
    "params": [],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetAllCfDocumentsResponse200"]},
    ],
    "returns": "GetAllCfDocumentsResponse200",
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/case/v1p1/CFDocuments",
    }

    return _kwargs
