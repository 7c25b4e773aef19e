"""`GET /powerpath/lessonPlans/tree/{lessonPlanId}/structure` (get_lesson_plan_structure).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_lesson_plan_structure",
    "method": "GET",
    "path": "/powerpath/lessonPlans/tree/{lessonPlanId}/structure",
    "summary": "Get a lesson plan tree structure by its ID",
    "params": [
        {
            "python": "lesson_plan_id",
            "spec": "lessonPlanId",
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
            "models": ["GetLessonPlanStructureResponse200"],
        },
    ],
    "returns": "GetLessonPlanStructureResponse200",
}


def _get_kwargs(
    lesson_plan_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/tree/{lesson_plan_id}/structure".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    return _kwargs
