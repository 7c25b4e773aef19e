"""`POST /powerpath/createNewAttempt` (create_new_attempt).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_new_attempt_body_body import CreateNewAttemptBodyBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_new_attempt",
    "method": "POST",
    "path": "/powerpath/createNewAttempt",
    "summary": "Create new attempt",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CreateNewAttemptBodyBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CreateNewAttemptBodyBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["CreateNewAttemptResponse200"]},
    ],
    "returns": "CreateNewAttemptResponse200",
}


def _get_kwargs(
    *,
    body: CreateNewAttemptBodyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/createNewAttempt",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
