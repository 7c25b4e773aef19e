"""`GET /powerpath/lessonPlans/getCourseProgress/{courseId}/student/{studentId}` (get_course_progress).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "get_course_progress",
    "method": "GET",
    "path": "/powerpath/lessonPlans/getCourseProgress/{courseId}/student/{studentId}",
    "summary": "Get course progress",
    "params": [
        {
            "python": "course_id",
            "spec": "courseId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "student_id",
            "spec": "studentId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "lesson_id",
            "spec": "lessonId",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetCourseProgressResponse200"]},
    ],
    "returns": "GetCourseProgressResponse200",
}


def _get_kwargs(
    course_id: str,
    student_id: str,
    *,
    lesson_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lessonId"] = lesson_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/getCourseProgress/{course_id}/student/{student_id}".format(
            course_id=quote(str(course_id), safe=""),
            student_id=quote(str(student_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
