"""`PUT /ims/oneroster/rostering/v1p2/enrollments/{sourcedId}` (update_enrollment).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_enrollment_body import UpdateEnrollmentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_enrollment",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/enrollments/{sourcedId}",
    "summary": "Update an Enrollment",
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
            "annotation": "UpdateEnrollmentBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateEnrollmentBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["UpdateEnrollmentResponse201"]},
    ],
    "returns": "UpdateEnrollmentResponse201",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: UpdateEnrollmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/enrollments/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
