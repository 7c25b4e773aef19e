"""`POST /ims/oneroster/rostering/v1p2/classes/{classSourcedId}/students` (add_student_to_class).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.enrollment_body import EnrollmentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "add_student_to_class",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/classes/{classSourcedId}/students",
    "summary": "Add a student to a Class",
    "params": [
        {
            "python": "class_sourced_id",
            "spec": "classSourcedId",
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
            "annotation": "EnrollmentBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "EnrollmentBody"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    class_sourced_id: str,
    *,
    body: EnrollmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/classes/{class_sourced_id}/students".format(
            class_sourced_id=quote(str(class_sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
