"""`POST /powerpath/lessonPlans/` (create_lesson_plan).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_lesson_plan_body import CreateLessonPlanBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_lesson_plan",
    "method": "POST",
    "path": "/powerpath/lessonPlans/",
    "summary": "Create a lesson plan",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CreateLessonPlanBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CreateLessonPlanBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["LessonPlanIdResponse"]},
        {"status": "201", "kind": "model", "models": ["LessonPlanIdResponse"]},
    ],
    "returns": "LessonPlanIdResponse",
}


def _get_kwargs(
    *,
    body: CreateLessonPlanBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
