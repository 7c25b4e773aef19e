"""`POST /ims/oneroster/gradebook/v1p2/classes/{classSourcedId}/academicSessions/{academicSessionSourcedId}/results` (post_results_for_academic_session_for_class).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.results_body import ResultsBody

ENDPOINT: dict[str, Any] = {
    "name": "post_results_for_academic_session_for_class",
    "method": "POST",
    "path": "/ims/oneroster/gradebook/v1p2/classes/{classSourcedId}/academicSessions/{academicSessionSourcedId}/results",
    "summary": "Create Results for an Academic Session for a Class",
    "params": [
        {
            "python": "class_sourced_id",
            "spec": "classSourcedId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "academic_session_sourced_id",
            "spec": "academicSessionSourcedId",
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
            "annotation": "ResultsBody",
            "default": None,
        },
    ],
    "bodies": [
        {"content_type": "application/json", "kind": "json", "model": "ResultsBody"},
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["SourcedIdPairsResponse"]},
    ],
    "returns": "SourcedIdPairsResponse",
}


def _get_kwargs(
    class_sourced_id: str,
    academic_session_sourced_id: str,
    *,
    body: ResultsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/gradebook/v1p2/classes/{class_sourced_id}/academicSessions/{academic_session_sourced_id}/results".format(
            class_sourced_id=quote(str(class_sourced_id), safe=""),
            academic_session_sourced_id=quote(
                str(academic_session_sourced_id), safe=""
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
