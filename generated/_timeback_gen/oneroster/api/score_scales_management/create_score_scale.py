"""`POST /ims/oneroster/gradebook/v1p2/scoreScales/` (create_score_scale).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.score_scale_body import ScoreScaleBody

ENDPOINT: dict[str, Any] = {
    "name": "create_score_scale",
    "method": "POST",
    "path": "/ims/oneroster/gradebook/v1p2/scoreScales/",
    "summary": "Create a Score Scale",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "ScoreScaleBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "ScoreScaleBody"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    *,
    body: ScoreScaleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/gradebook/v1p2/scoreScales/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
