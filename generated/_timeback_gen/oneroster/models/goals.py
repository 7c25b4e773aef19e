from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Goals")
_new_instance = object.__new__


@_attrs_define
class Goals:
    """
    Attributes:
        daily_xp (float | Unset):
        daily_lessons (float | Unset):
        daily_active_minutes (float | Unset):
        daily_accuracy (float | Unset):
        daily_mastered_units (float | Unset):
    """

    daily_xp: float | Unset = UNSET
    daily_lessons: float | Unset = UNSET
    daily_active_minutes: float | Unset = UNSET
    daily_accuracy: float | Unset = UNSET
    daily_mastered_units: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        daily_xp = self.daily_xp

        daily_lessons = self.daily_lessons

        daily_active_minutes = self.daily_active_minutes

        daily_accuracy = self.daily_accuracy

        daily_mastered_units = self.daily_mastered_units

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if daily_xp is not UNSET:
            field_dict["dailyXp"] = daily_xp
        if daily_lessons is not UNSET:
            field_dict["dailyLessons"] = daily_lessons
        if daily_active_minutes is not UNSET:
            field_dict["dailyActiveMinutes"] = daily_active_minutes
        if daily_accuracy is not UNSET:
            field_dict["dailyAccuracy"] = daily_accuracy
        if daily_mastered_units is not UNSET:
            field_dict["dailyMasteredUnits"] = daily_mastered_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        daily_xp = d.get("dailyXp", UNSET)

        daily_lessons = d.get("dailyLessons", UNSET)

        daily_active_minutes = d.get("dailyActiveMinutes", UNSET)

        daily_accuracy = d.get("dailyAccuracy", UNSET)

        daily_mastered_units = d.get("dailyMasteredUnits", UNSET)

        if cls is Goals:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.daily_xp = daily_xp
            _obj.daily_lessons = daily_lessons
            _obj.daily_active_minutes = daily_active_minutes
            _obj.daily_accuracy = daily_accuracy
            _obj.daily_mastered_units = daily_mastered_units
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                daily_xp,
                daily_lessons,
                daily_active_minutes,
                daily_accuracy,
                daily_mastered_units,
            )
        return _obj
