"""`POST /ims/oneroster/resources/v1p2/resources/export/{sourceId}` (export_resource_to_common_cartridge).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "export_resource_to_common_cartridge",
    "method": "POST",
    "path": "/ims/oneroster/resources/v1p2/resources/export/{sourceId}",
    "summary": "Export Resource to Common Cartridge",
    "params": [
        {
            "python": "source_id",
            "spec": "sourceId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "file", "models": []},
    ],
    "returns": "File",
}


def _get_kwargs(
    source_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/resources/v1p2/resources/export/{source_id}".format(
            source_id=quote(str(source_id), safe=""),
        ),
    }

    return _kwargs
