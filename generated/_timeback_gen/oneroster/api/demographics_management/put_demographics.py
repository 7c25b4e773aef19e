"""`PUT /ims/oneroster/rostering/v1p2/demographics/{sourcedId}` (put_demographics).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.demographics_body import DemographicsBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "put_demographics",
    "method": "PUT",
    "path": "/ims/oneroster/rostering/v1p2/demographics/{sourcedId}",
    "summary": "Update a Demographic record",
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
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "DemographicsBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "DemographicsBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["Demographics"]},
    ],
    "returns": "Demographics",
}


def _get_kwargs(
    sourced_id: str,
    *,
    body: DemographicsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/oneroster/rostering/v1p2/demographics/{sourced_id}".format(
            sourced_id=quote(str(sourced_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
