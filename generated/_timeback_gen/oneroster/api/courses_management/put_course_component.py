"""`PUT /ims/oneroster/rostering/v1p2/courses/components/{sourcedId}` (put_course_component).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.course_component_body import CourseComponentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "put_course_component",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/courses/components/{sourcedId}",
    "summary": "Update a Course Component",
    "params": [
        {
            "python": "sourced_id",
            "spec": "sourcedId",
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
        {"status": "200", "kind": "model", "models": ["PutCourseComponentResponse200"]},
    ],
    "returns": "PutCourseComponentResponse200",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: CourseComponentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/courses/components/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
