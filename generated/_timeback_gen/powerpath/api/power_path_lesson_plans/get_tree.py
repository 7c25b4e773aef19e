"""`GET /powerpath/lessonPlans/{courseId}/{userId}` (get_tree).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_tree",
    "method": "GET",
    "path": "/powerpath/lessonPlans/{courseId}/{userId}",
    "summary": "Returns the lesson plan tree for a course and student",
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
            "python": "user_id",
            "spec": "userId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["LessonPlanResponse"]},
    ],
    "returns": "LessonPlanResponse",
}


def _get_kwargs(
    course_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/{course_id}/{user_id}".format(
            course_id=quote(str(course_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs
