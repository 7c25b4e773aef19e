from __future__ import annotations

from typing import Literal

LessonPlanTreeComponentStatus = Literal["active", "tobedeleted"] | str

LESSON_PLAN_TREE_COMPONENT_STATUS_VALUES: set[LessonPlanTreeComponentStatus] = {
    "active",
    "tobedeleted",
}


def check_lesson_plan_tree_component_status(
    value: str,
) -> LessonPlanTreeComponentStatus:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in LESSON_PLAN_TREE_COMPONENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LESSON_PLAN_TREE_COMPONENT_STATUS_VALUES!r}"
    )
