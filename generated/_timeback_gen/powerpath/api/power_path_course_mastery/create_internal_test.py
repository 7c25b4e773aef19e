"""`POST /powerpath/createInternalTest` (create_internal_test).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_internal_assessment_bank_input import (
    CreateInternalAssessmentBankInput,
)
from ...models.create_internal_qti_test_input import CreateInternalQtiTestInput
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "create_internal_test",
    "method": "POST",
    "path": "/powerpath/createInternalTest",
    "summary": "Create an Internal Test",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "CreateInternalAssessmentBankInput | CreateInternalQtiTestInput | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": None},
    ],
    "responses": [
        {"status": "200", "kind": "model", "models": ["CreateInternalTestResponse200"]},
    ],
    "returns": "CreateInternalTestResponse200",
}


def _get_kwargs(
    *,
    body: CreateInternalAssessmentBankInput
    | CreateInternalQtiTestInput
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/powerpath/createInternalTest",
    }

    if isinstance(body, CreateInternalQtiTestInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
