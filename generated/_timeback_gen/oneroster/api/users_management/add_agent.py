"""`POST /ims/oneroster/rostering/v1p2/users/{userId}/agents` (add_agent).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.add_agent_body import AddAgentBody

ENDPOINT: dict[str, Any] = {
    "name": "add_agent",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/users/{userId}/agents",
    "summary": "Add an agent for a user",
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
            "annotation": "AddAgentBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "AddAgentBody"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["AddAgentResponse200"]},
    ],
    "returns": "AddAgentResponse200",
}


def _get_kwargs(
    user_id: str,
    *,
    body: AddAgentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/users/{user_id}/agents".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
