"""`PUT /powerpath/updateStudentQuestionResponse` (update_student_question_response).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.update_student_question_response_input import (
    UpdateStudentQuestionResponseInput,
)
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "update_student_question_response",
    "method": "PUT",
    "path": "/powerpath/updateStudentQuestionResponse",
    "summary": "Update student question response",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "UpdateStudentQuestionResponseInput | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UpdateStudentQuestionResponseInput",
        },
    ],
    "responses": [
        {
            "status": "200",
            "kind": "union",
            "models": [
                "PowerPath100UpdateStudentQuestionResponseResult",
                "QuizUpdateStudentQuestionResponseResult",
                "TestOutUpdateStudentQuestionResponseResult",
                "PlacementUpdateStudentQuestionResponseResult",
                "UnitTestUpdateStudentQuestionResponseResult",
            ],
        },
    ],
    "returns": "PlacementUpdateStudentQuestionResponseResult | PowerPath100UpdateStudentQuestionResponseResult | QuizUpdateStudentQuestionResponseResult | TestOutUpdateStudentQuestionResponseResult | UnitTestUpdateStudentQuestionResponseResult",
}


def _get_kwargs(
    *,
    body: UpdateStudentQuestionResponseInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/powerpath/updateStudentQuestionResponse",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
