"""`POST /ims/oneroster/rostering/v1p2/courses/components` (create_course_component).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.course_component_body import CourseComponentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_course_component",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/courses/components",
    "summary": "Create Course Component",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CourseComponentBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CourseComponentBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    *,
    body: CourseComponentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/courses/components",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
