"""`POST /assessment-items/{identifier}/process-response` (process_response).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.process_response_body import ProcessResponseBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "process_response",
    "method": "POST",
    "path": "/assessment-items/{identifier}/process-response",
    "summary": "Process a response for an assessment item",
    "params": [
        {
            "python": "identifier",
            "spec": "identifier",
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
            "annotation": "ProcessResponseBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ProcessResponseBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["ProcessResponseResponse200"]},
    ],
    "returns": "ProcessResponseResponse200",
}


def _get_kwargs(
    identifier: str,
    *,
    body: ProcessResponseBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assessment-items/{identifier}/process-response".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
