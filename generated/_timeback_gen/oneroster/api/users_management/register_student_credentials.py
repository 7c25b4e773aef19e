"""`POST /ims/oneroster/rostering/v1p2/users/{userId}/credentials` (register_student_credentials).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.register_student_credentials_body import RegisterStudentCredentialsBody

ENDPOINT: dict[str, Any] = {
    "name": "register_student_credentials",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/users/{userId}/credentials",
    "summary": "Register student credentials for third-party applications",
    "params": [
        {
            "python": "user_id",
            "spec": "userId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "RegisterStudentCredentialsBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "RegisterStudentCredentialsBody",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["RegisterStudentCredentialsResponse200Response"],
        },
        {
            "status": "201",
            "kind": "model",
            "models": ["RegisterStudentCredentialsResponse200Response"],
        },
    ],
    "returns": "RegisterStudentCredentialsResponse200Response",
}


def _get_kwargs(
    user_id: str,
    *,
    body: RegisterStudentCredentialsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/users/{user_id}/credentials".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
