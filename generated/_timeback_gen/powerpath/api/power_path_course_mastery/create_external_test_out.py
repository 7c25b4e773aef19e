"""`POST /powerpath/createExternalTestOut` (create_external_test_out).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_external_placement_input import CreateExternalPlacementInput
from ...models.create_external_test_out_input import CreateExternalTestOutInput
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_external_test_out",
    "method": "POST",
    "path": "/powerpath/createExternalTestOut",
    "summary": "Create an External TestOut",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CreateExternalPlacementInput | CreateExternalTestOutInput | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": None},
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["CreateExternalPlacementTestResponse200Response"],
        },
    ],
    "returns": "CreateExternalPlacementTestResponse200Response",
}


def _get_kwargs(
    *,
    body: CreateExternalPlacementInput | CreateExternalTestOutInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/createExternalTestOut",
    }

    if isinstance(body, CreateExternalTestOutInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
