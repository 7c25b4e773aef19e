"""`PUT /ims/oneroster/rostering/v1p2/academicSessions/{sourcedId}` (put_academic_session).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.academic_session_input import AcademicSessionInput
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "put_academic_session",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/academicSessions/{sourcedId}",
    "summary": "Update an Academic Session",
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
            "annotation": "AcademicSessionInput | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "AcademicSessionInput",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["AcademicSession"]},
    ],
    "returns": "AcademicSession",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: AcademicSessionInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/academicSessions/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
