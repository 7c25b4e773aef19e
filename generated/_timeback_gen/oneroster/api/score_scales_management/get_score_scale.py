"""`GET /ims/oneroster/gradebook/v1p2/scoreScales/{sourcedId}` (get_score_scale).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "get_score_scale",
    "method": "GET",
    "path": "/ims/oneroster/gradebook/v1p2/scoreScales/{sourcedId}",
    "summary": "Get a Score Scale",
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
            "python": "fields",
            "spec": "fields",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["ScoreScaleBody"]},
    ],
    "returns": "ScoreScaleBody",
}


def _get_kwargs(
    sourced_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/oneroster/gradebook/v1p2/scoreScales/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
