"""`GET /powerpath/importExternalTestAssignmentResults` (import_external_test_assignment_results).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "import_external_test_assignment_results",
    "method": "GET",
    "path": "/powerpath/importExternalTestAssignmentResults",
    "summary": "Import external test assignment results",
    "params": [
        {
            "python": "student",
            "spec": "student",
            "in": "query",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "lesson",
            "spec": "lesson",
            "in": "query",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "application_name",
            "spec": "applicationName",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["ImportExternalTestAssignmentResultsResponse200"],
        },
    ],
    "returns": "ImportExternalTestAssignmentResultsResponse200",
}


def _get_kwargs(
    *,
    student: str,
    lesson: str,
    application_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["student"] = student

    params["lesson"] = lesson

    params["applicationName"] = application_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/importExternalTestAssignmentResults",
        "params": params,
    }

    return _kwargs
