"""`PUT /assessment-tests/{identifier}/metadata` (update_assessment_test_metadata).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.update_assessment_test_metadata_body import (
    UpdateAssessmentTestMetadataBody,
)

ENDPOINT: dict[str, Any] = {
    "name": "update_assessment_test_metadata",
    "method": "PUT",
    "path": "/assessment-tests/{identifier}/metadata",
    "summary": "Update assessment test metadata only",
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
            "annotation": "UpdateAssessmentTestMetadataBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateAssessmentTestMetadataBody",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["SearchAssessmentTestsResponse200Item"],
        },
    ],
    "returns": "SearchAssessmentTestsResponse200Item",
}


def _get_kwargs(
    identifier: str,
    *,
    body: UpdateAssessmentTestMetadataBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessment-tests/{identifier}/metadata".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
