"""`POST /powerpath/lessonPlans/{lessonPlanId}/recreate` (recreate_lesson_plan).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "recreate_lesson_plan",
    "method": "POST",
    "path": "/powerpath/lessonPlans/{lessonPlanId}/recreate",
    "summary": "Recreate a lesson plan from a course and apply all operations",
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
            "models": ["SyncOperationsResponse200Response"],
        },
    ],
    "returns": "SyncOperationsResponse200Response",
}


def _get_kwargs(
    lesson_plan_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/{lesson_plan_id}/recreate".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    return _kwargs
