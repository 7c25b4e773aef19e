"""`GET /powerpath/getNextQuestion` (get_next_question).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...types import UNSET

ENDPOINT: dict[str, Any] = {
    "name": "get_next_question",
    "method": "GET",
    "path": "/powerpath/getNextQuestion",
    "summary": "Get next question",
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
        {"status": "200", "kind": "model", "models": ["GetNextQuestionResponse200"]},
    ],
    "returns": "GetNextQuestionResponse200",
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
        "url": "/powerpath/getNextQuestion",
        "params": params,
    }

    return _kwargs
