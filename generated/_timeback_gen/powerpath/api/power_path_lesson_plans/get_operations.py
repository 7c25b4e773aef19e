"""`GET /powerpath/lessonPlans/{lessonPlanId}/operations` (get_operations).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_operations",
    "method": "GET",
    "path": "/powerpath/lessonPlans/{lessonPlanId}/operations",
    "summary": "Get the operations for a lesson plan",
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
        {"status": "200", "kind": "model", "models": ["GetOperationsResponse200"]},
    ],
    "returns": "GetOperationsResponse200",
}


def _get_kwargs(
    lesson_plan_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/{lesson_plan_id}/operations".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    return _kwargs
