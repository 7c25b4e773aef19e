from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")
_new_instance = object.__new__


@_attrs_define
class Metrics:
    """
    Attributes:
        total_xp (float | Unset):
        total_lessons (float | Unset):
    """

    total_xp: float | Unset = UNSET
    total_lessons: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total_xp = self.total_xp

        total_lessons = self.total_lessons

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if total_xp is not UNSET:
            field_dict["totalXp"] = total_xp
        if total_lessons is not UNSET:
            field_dict["totalLessons"] = total_lessons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        total_xp = d.get("totalXp", UNSET)

        total_lessons = d.get("totalLessons", UNSET)

        if cls is Metrics:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.total_xp = total_xp
            _obj.total_lessons = total_lessons
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                total_xp,
                total_lessons,
            )
        return _obj
