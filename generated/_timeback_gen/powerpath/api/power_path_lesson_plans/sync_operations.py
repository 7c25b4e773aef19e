"""`POST /powerpath/lessonPlans/{lessonPlanId}/operations/sync` (sync_operations).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "sync_operations",
    "method": "POST",
    "path": "/powerpath/lessonPlans/{lessonPlanId}/operations/sync",
    "summary": "Sync the operations for a lesson plan",
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
        "url": "/powerpath/lessonPlans/{lesson_plan_id}/operations/sync".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    return _kwargs
