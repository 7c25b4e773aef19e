"""`POST /validate` (validate_xml).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.validate_xml_body import ValidateXmlBody

ENDPOINT: dict[str, Any] = {
    "name": "validate_xml",
    "method": "POST",
    "path": "/validate",
    "summary": "Validate a QTI XML string",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "ValidateXmlBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "ValidateXmlBody",
        },
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["Result"]},
    ],
    "returns": "Result",
}


def _get_kwargs(
    *,
    body: ValidateXmlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
