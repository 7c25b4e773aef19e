"""`POST /powerpath/lessonPlans/startTestOut` (start_test_out).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.start_test_out_body import StartTestOutBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "start_test_out",
    "method": "POST",
    "path": "/powerpath/lessonPlans/startTestOut",
    "summary": "Start a test-out assignment for a student",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "StartTestOutBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "StartTestOutBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["StartTestOutResponse200"]},
    ],
    "returns": "StartTestOutResponse200",
}


def _get_kwargs(
    *,
    body: StartTestOutBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/startTestOut",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
