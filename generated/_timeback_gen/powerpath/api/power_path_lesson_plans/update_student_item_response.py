"""`POST /powerpath/lessonPlans/updateStudentItemResponse` (update_student_item_response).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.update_student_item_response_body import UpdateStudentItemResponseBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_student_item_response",
    "method": "POST",
    "path": "/powerpath/lessonPlans/updateStudentItemResponse",
    "summary": "Update student item response",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "UpdateStudentItemResponseBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateStudentItemResponseBody",
        },
    ],
    "responses": [
        {
            "status": "201",
            "kind": "model",
            "models": ["UpdateStudentItemResponseResponse201"],
        },
    ],
    "returns": "UpdateStudentItemResponseResponse201",
}


def _get_kwargs(
    *,
    body: UpdateStudentItemResponseBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/lessonPlans/updateStudentItemResponse",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
