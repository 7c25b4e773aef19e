"""`POST /ims/oneroster/rostering/v1p2/users/{userId}/credentials/{credentialId}/decrypt` (decrypt_credential).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "decrypt_credential",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/users/{userId}/credentials/{credentialId}/decrypt",
    "summary": "Decrypt a user credential",
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
            "python": "credential_id",
            "spec": "credentialId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["DecryptCredentialResponse200"]},
    ],
    "returns": "DecryptCredentialResponse200",
}


def _get_kwargs(
    user_id: str,
    credential_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/users/{user_id}/credentials/{credential_id}/decrypt".format(
            user_id=quote(str(user_id), safe=""),
            credential_id=quote(str(credential_id), safe=""),
        ),
    }

    return _kwargs
