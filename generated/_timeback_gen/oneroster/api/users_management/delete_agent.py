"""`DELETE /ims/oneroster/rostering/v1p2/users/{userId}/agents/{agentSourcedId}` (delete_agent).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "delete_agent",
    "method": "DELETE",
    "path": "/ims/oneroster/rostering/v1p2/users/{userId}/agents/{agentSourcedId}",
    "summary": "Delete an agent for a user",
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
            "python": "agent_sourced_id",
            "spec": "agentSourcedId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["DeleteAgentResponse200"]},
    ],
    "returns": "DeleteAgentResponse200",
}


def _get_kwargs(
    user_id: str,
    agent_sourced_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/ims/oneroster/rostering/v1p2/users/{user_id}/agents/{agent_sourced_id}".format(
            user_id=quote(str(user_id), safe=""),
            agent_sourced_id=quote(str(agent_sourced_id), safe=""),
        ),
    }

    return _kwargs
