"""`GET /powerpath/placement/getCurrentLevel` (get_current_level).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.subject_enum import SubjectEnum
from ...types import UNSET

ENDPOINT: dict[str, Any] = {
    "name": "get_current_level",
    "method": "GET",
    "path": "/powerpath/placement/getCurrentLevel",
    "summary": "Get current level",
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
            "python": "subject",
            "spec": "subject",
            "in": "query",
            "required": True,
            "annotation": "SubjectEnum",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetCurrentLevelResponse200"]},
    ],
    "returns": "GetCurrentLevelResponse200",
}


def _get_kwargs(
    *,
    student: str,
    subject: SubjectEnum,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    json_subject: str = subject
    params["subject"] = json_subject

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/placement/getCurrentLevel",
        "params": params,
    }

    return _kwargs
