"""`GET /powerpath/getAttempts` (get_attempts).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...types import UNSET

ENDPOINT: dict[str, Any] = {
    "name": "get_attempts",
    "method": "GET",
    "path": "/powerpath/getAttempts",
    "summary": "Get all attempts",
    "params": [
        {
            "python": "student",
            "spec": "student",
            "in": "query",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "lesson",
            "spec": "lesson",
            "in": "query",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetAttemptsResponse200"]},
    ],
    "returns": "GetAttemptsResponse200",
}


def _get_kwargs(
    *,
    student: str,
    lesson: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["lesson"] = lesson

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/getAttempts",
        "params": params,
    }

    return _kwargs
