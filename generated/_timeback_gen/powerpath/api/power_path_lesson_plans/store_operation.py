"""`POST /powerpath/lessonPlans/{lessonPlanId}/operations` (store_operation).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.store_operation_body import StoreOperationBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "store_operation",
    "method": "POST",
    "path": "/powerpath/lessonPlans/{lessonPlanId}/operations",
    "summary": "Store an operation on a lesson plan",
    "params": [
        {
            "python": "lesson_plan_id",
            "spec": "lessonPlanId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "StoreOperationBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "StoreOperationBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["StoreOperationResponse201"]},
    ],
    "returns": "StoreOperationResponse201",
}


def _get_kwargs(
    lesson_plan_id: str,
    *,
    body: StoreOperationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/{lesson_plan_id}/operations".format(
            lesson_plan_id=quote(str(lesson_plan_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
