"""`POST /ims/oneroster/rostering/v1p2/orgs/` (create_org).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.org_input import OrgInput
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_org",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/orgs/",
    "summary": "Create an Organization",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "OrgInput | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "OrgInput"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    *,
    body: OrgInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/orgs/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
