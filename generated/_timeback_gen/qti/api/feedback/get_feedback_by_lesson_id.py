"""`GET /lesson/{lessonId}` (get_feedback_by_lesson_id).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_feedback_by_lesson_id",
    "method": "GET",
    "path": "/lesson/{lessonId}",
    "summary": "Get feedback by lesson ID",
    "params": [
        {
            "python": "lesson_id",
            "spec": "lessonId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "list", "models": ["CreateFeedback"]},
    ],
    "returns": "list[CreateFeedback]",
}


def _get_kwargs(
    lesson_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lesson/{lesson_id}".format(
            lesson_id=quote(str(lesson_id), safe=""),
        ),
    }

    return _kwargs
