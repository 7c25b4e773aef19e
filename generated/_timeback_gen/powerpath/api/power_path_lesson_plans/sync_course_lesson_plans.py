"""`POST /powerpath/lessonPlans/course/{courseId}/sync` (sync_course_lesson_plans).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "sync_course_lesson_plans",
    "method": "POST",
    "path": "/powerpath/lessonPlans/course/{courseId}/sync",
    "summary": "Sync Lesson Plans for a Course",
    "params": [
        {
            "python": "course_id",
            "spec": "courseId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["SyncCourseLessonPlansResponse200"],
        },
    ],
    "returns": "SyncCourseLessonPlansResponse200",
}


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/course/{course_id}/sync".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs
