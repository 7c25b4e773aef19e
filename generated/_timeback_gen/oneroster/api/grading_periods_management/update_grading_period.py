"""`PUT /ims/oneroster/rostering/v1p2/gradingPeriods/{sourcedId}` (update_grading_period).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.academic_session_body import AcademicSessionBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_grading_period",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/gradingPeriods/{sourcedId}",
    "summary": "Update a Grading Period",
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
            "annotation": "AcademicSessionBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "AcademicSessionBody",
        },
    ],
    "responses": [
        {
            "status": "201",
            "kind": "model",
            "models": ["UpdateGradingPeriodResponse201"],
        },
    ],
    "returns": "UpdateGradingPeriodResponse201",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: AcademicSessionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/gradingPeriods/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
