"""`DELETE /powerpath/lessonPlans/{courseId}/deleteAll` (delete_lesson_plans_by_course_id).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "delete_lesson_plans_by_course_id",
    "method": "DELETE",
    "path": "/powerpath/lessonPlans/{courseId}/deleteAll",
    "summary": "Delete all lesson plans for a course",
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
        {"status": "204", "kind": "none", "models": []},
    ],
    "returns": "Any",
}


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/powerpath/lessonPlans/{course_id}/deleteAll".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs
