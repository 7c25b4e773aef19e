"""`GET /powerpath/test-assignments/admin` (list_all_test_assignments).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.grade_enum import GradeEnum
from ...models.screening_status import ScreeningStatus
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "list_all_test_assignments",
    "method": "GET",
    "path": "/powerpath/test-assignments/admin",
    "summary": "List all test assignments (admin)",
    "params": [
        {
            "python": "limit",
            "spec": "limit",
            "in": "query",
            "required": False,
            "annotation": "int | Unset",
            "default": "100",
        },
        {
            "python": "offset",
            "spec": "offset",
            "in": "query",
            "required": False,
            "annotation": "int | Unset",
            "default": "0",
        },
        {
            "python": "student",
            "spec": "student",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "status",
            "spec": "status",
            "in": "query",
            "required": False,
            "annotation": "ScreeningStatus | Unset",
            "default": "UNSET",
        },
        {
            "python": "subject",
            "spec": "subject",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "grade",
            "spec": "grade",
            "in": "query",
            "required": False,
            "annotation": "GradeEnum | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["TestAssignmentList"]},
    ],
    "returns": "TestAssignmentList",
}


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    student: str | Unset = UNSET,
    status: ScreeningStatus | Unset = UNSET,
    subject: str | Unset = UNSET,
    grade: GradeEnum | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["student"] = student

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["subject"] = subject

    json_grade: str | Unset = UNSET
    if not isinstance(grade, Unset):
        json_grade = grade

    params["grade"] = json_grade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/test-assignments/admin",
        "params": params,
    }

    return _kwargs
