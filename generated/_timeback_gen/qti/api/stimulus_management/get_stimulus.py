"""`GET /stimuli/{identifier}` (get_stimulus).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_stimulus",
    "method": "GET",
    "path": "/stimuli/{identifier}",
    "summary": "Get a stimulus with its complete content",
    "params": [
        {
            "python": "identifier",
            "spec": "identifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["SearchStimuliResponse200Item"]},
    ],
    "returns": "SearchStimuliResponse200Item",
}


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stimuli/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    return _kwargs
