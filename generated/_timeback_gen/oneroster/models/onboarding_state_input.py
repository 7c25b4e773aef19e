from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnboardingStateInput")
_new_instance = object.__new__


@_attrs_define
class OnboardingStateInput:
    """
    Attributes:
        state (Literal['completed']):
        completed_at (str | Unset):
        course_id (None | str | Unset):
    """

    state: Literal["completed"]
    completed_at: str | Unset = UNSET
    course_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        completed_at = self.completed_at

        course_id: None | str | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "state": state,
            }
        )
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if course_id is not UNSET:
            field_dict["courseId"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        state = cast(Literal["completed"], d["state"])
        if state != "completed":
            raise ValueError(f"state must match const 'completed', got '{state}'")

        completed_at = d.get("completedAt", UNSET)

        course_id = d.get("courseId", UNSET)

        if cls is OnboardingStateInput:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.state = state
            _obj.completed_at = completed_at
            _obj.course_id = course_id
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                state,
                completed_at,
                course_id,
            )
        return _obj
