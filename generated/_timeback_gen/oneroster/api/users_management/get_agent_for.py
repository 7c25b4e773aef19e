"""`GET /ims/oneroster/rostering/v1p2/users/{userId}/agentFor` (get_agent_for).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_agent_for",
    "method": "GET",
    "path": "/ims/oneroster/rostering/v1p2/users/{userId}/agentFor",
    "summary": "Get users this user is an agent for",
    "params": [
        {
            "python": "user_id",
            "spec": "userId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetAgentForResponse200"]},
    ],
    "returns": "GetAgentForResponse200",
}


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/oneroster/rostering/v1p2/users/{user_id}/agentFor".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs
