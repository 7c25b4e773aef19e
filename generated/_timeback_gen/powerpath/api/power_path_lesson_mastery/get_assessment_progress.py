"""`GET /powerpath/getAssessmentProgress` (get_assessment_progress).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "get_assessment_progress",
    "method": "GET",
    "path": "/powerpath/getAssessmentProgress",
    "summary": "Get assessment progress",
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
        {
            "python": "attempt",
            "spec": "attempt",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {
            "status": "200",
            "kind": "union",
            "models": [
                "PowerPath100ProgressResult",
                "GetAssessmentProgressResponse200",
            ],
        },
    ],
    "returns": "GetAssessmentProgressResponse200 | PowerPath100ProgressResult",
}


def _get_kwargs(
    *,
    student: str,
    lesson: str,
    attempt: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["lesson"] = lesson

    params["attempt"] = attempt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/getAssessmentProgress",
        "params": params,
    }

    return _kwargs
