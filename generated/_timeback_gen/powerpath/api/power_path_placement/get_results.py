"""`GET /powerpath/screening/results/{userId}` (get_results).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_results",
    "method": "GET",
    "path": "/powerpath/screening/results/{userId}",
    "summary": "Get results",
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
        {"status": "200", "kind": "model", "models": ["GetResultsResponse200"]},
    ],
    "returns": "GetResultsResponse200",
}


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/screening/results/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs
