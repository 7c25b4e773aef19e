"""`POST /validate/batch` (validate_batch).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.validate_batch_body import ValidateBatchBody

ENDPOINT: dict[str, Any] = {
    "name": "validate_batch",
    "method": "POST",
    "path": "/validate/batch",
    "summary": "Validate a batch of QTI XML strings",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "ValidateBatchBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ValidateBatchBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["ValidateBatchResponse200"]},
    ],
    "returns": "ValidateBatchResponse200",
}


def _get_kwargs(
    *,
    body: ValidateBatchBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/validate/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
