from __future__ import annotations

from typing import Literal

CreateFeedbackType = Literal["LESSON", "QUESTION"] | str

CREATE_FEEDBACK_TYPE_VALUES: set[CreateFeedbackType] = {
    "LESSON",
    "QUESTION",
}


def check_create_feedback_type(value: str) -> CreateFeedbackType:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in CREATE_FEEDBACK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FEEDBACK_TYPE_VALUES!r}"
    )
