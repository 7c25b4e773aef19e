"""`GET /powerpath/placement/{studentId}` (get_student_placement_data).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "get_student_placement_data",
    "method": "GET",
    "path": "/powerpath/placement/{studentId}",
    "summary": "",
    "params": [
        {
            "python": "student_id",
            "spec": "studentId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {
            "status": "200",
            "kind": "model",
            "models": ["GetStudentPlacementDataResponse200"],
        },
    ],
    "returns": "GetStudentPlacementDataResponse200",
}


def _get_kwargs(
    student_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/placement/{student_id}".format(
            student_id=quote(str(student_id), safe=""),
        ),
    }

    return _kwargs
