"""`GET /powerpath/testOut` (test_out).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...types import UNSET

ENDPOINT: dict[str, Any] = {
    "name": "test_out",
    "method": "GET",
    "path": "/powerpath/testOut",
    "summary": "Test out",
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
            "python": "course",
            "spec": "course",
            "in": "query",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["TestOutResult"]},
    ],
    "returns": "TestOutResult",
}


def _get_kwargs(
    *,
    student: str,
    course: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["course"] = course

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/testOut",
        "params": params,
    }

    return _kwargs
