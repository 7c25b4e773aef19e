"""`GET /powerpath/syllabus/{courseSourcedId}` (get_course_syllabus).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_course_syllabus",
    "method": "GET",
    "path": "/powerpath/syllabus/{courseSourcedId}",
    "summary": "Get course syllabus",
    "params": [
        {
            "python": "course_sourced_id",
            "spec": "courseSourcedId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetCourseSyllabusResponse200"]},
    ],
    "returns": "GetCourseSyllabusResponse200",
}


def _get_kwargs(
    course_sourced_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/syllabus/{course_sourced_id}".format(
            course_sourced_id=quote(str(course_sourced_id), safe=""),
        ),
    }

    return _kwargs
