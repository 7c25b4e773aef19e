"""`POST /question` (create_question_feedback).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.create_question_feedback_body_body import CreateQuestionFeedbackBodyBody

ENDPOINT: dict[str, Any] = {
    "name": "create_question_feedback",
    "method": "POST",
    "path": "/question",
    "summary": "Create question feedback",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": True,
            "annotation": "CreateQuestionFeedbackBodyBody",
            "default": None,
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "CreateQuestionFeedbackBodyBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["CreateFeedback"]},
    ],
    "returns": "CreateFeedback",
}


def _get_kwargs(
    *,
    body: CreateQuestionFeedbackBodyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/question",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
