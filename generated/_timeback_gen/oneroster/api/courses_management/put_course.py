"""`PUT /ims/oneroster/rostering/v1p2/courses/{sourcedId}` (put_course).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.course_body import CourseBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "put_course",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/courses/{sourcedId}",
    "summary": "Update a Course",
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
            "annotation": "CourseBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "CourseBody"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["PutCourseResponse200"]},
    ],
    "returns": "PutCourseResponse200",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: CourseBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/courses/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
