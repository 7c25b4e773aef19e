"""`POST /ims/oneroster/rostering/v1p2/terms/{termSourcedId}/gradingPeriods` (create_grading_period_for_term).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.create_grading_period_for_term_body import CreateGradingPeriodForTermBody

ENDPOINT: dict[str, Any] = {
    "name": "create_grading_period_for_term",
    "method": "POST",
    "path": "/ims/oneroster/rostering/v1p2/terms/{termSourcedId}/gradingPeriods",
    "summary": "Create a new Grading Period for a Term",
    "params": [
        {
            "python": "term_sourced_id",
            "spec": "termSourcedId",
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
            "annotation": "CreateGradingPeriodForTermBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CreateGradingPeriodForTermBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["AcademicSessionResponse"]},
    ],
    "returns": "AcademicSessionResponse",
}


def _get_kwargs(
    term_sourced_id: str,
    *,
    body: CreateGradingPeriodForTermBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/oneroster/rostering/v1p2/terms/{term_sourced_id}/gradingPeriods".format(
            term_sourced_id=quote(str(term_sourced_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
