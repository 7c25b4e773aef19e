"""`POST /ims/oneroster/rostering/v1p2/enrollments/` (create_enrollment).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_enrollment_body import CreateEnrollmentBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_enrollment",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/enrollments/",
    "summary": "Create a new Enrollment",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CreateEnrollmentBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CreateEnrollmentBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    *,
    body: CreateEnrollmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/enrollments/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
