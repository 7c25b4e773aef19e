"""`GET /powerpath/placement/getSubjectProgress` (get_subject_progress).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.subject_enum import SubjectEnum
from ...types import UNSET

ENDPOINT: dict[str, Any] = {
    "name": "get_subject_progress",
    "method": "GET",
    "path": "/powerpath/placement/getSubjectProgress",
    "summary": "Get subject progress",
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
        {"status": "200", "kind": "model", "models": ["GetSubjectProgressResponse200"]},
    ],
    "returns": "GetSubjectProgressResponse200",
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
        "url": "/powerpath/placement/getSubjectProgress",
        "params": params,
    }

    return _kwargs
