"""`POST /ims/oneroster/gradebook/v1p2/results/` (create_result).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.result_body import ResultBody

ENDPOINT: dict[str, Any] = {
    "name": "create_result",
    "method": "POST",
    "path": "/ims/oneroster/gradebook/v1p2/results/",
    "summary": "Create a Result",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "ResultBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "ResultBody"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    *,
    body: ResultBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/gradebook/v1p2/results/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
