"""`GET /ims/case/v1p1/CFAssociations/{sourcedId}` (get_cf_association).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_cf_association",
    "method": "GET",
    "path": "/ims/case/v1p1/CFAssociations/{sourcedId}",
    "summary": "Get CASE Association by ID",
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
        {"status": "200", "kind": "model", "models": ["GetCfAssociationResponse200"]},
    ],
    "returns": "GetCfAssociationResponse200",
}


def _get_kwargs(
    sourced_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/case/v1p1/CFAssociations/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    return _kwargs
