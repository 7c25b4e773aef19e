"""`PUT /stimuli/{identifier}` (update_stimulus).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.stimulus import Stimulus

ENDPOINT: dict[str, Any] = {
    "name": "update_stimulus",
    "method": "PUT",
    "path": "/stimuli/{identifier}",
    "summary": "Update a stimulus and its content",
    "params": [
        {
            "python": "identifier",
            "spec": "identifier",
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
            "annotation": "Stimulus",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "Stimulus"},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["SearchStimuliResponse200Item"]},
    ],
    "returns": "SearchStimuliResponse200Item",
}


def _get_kwargs(
    identifier: str,
    *,
    body: Stimulus,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/stimuli/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
