from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="Goals")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "dailyXp",
        "dailyLessons",
        "dailyActiveMinutes",
        "dailyAccuracy",
        "dailyMasteredUnits",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("dailyXp", "daily_xp", False, _rt.FLOAT),
            _rt.Field("dailyLessons", "daily_lessons", False, _rt.FLOAT),
            _rt.Field("dailyActiveMinutes", "daily_active_minutes", False, _rt.FLOAT),
            _rt.Field("dailyAccuracy", "daily_accuracy", False, _rt.FLOAT),
            _rt.Field("dailyMasteredUnits", "daily_mastered_units", False, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.daily_xp is not UNSET:
            field_dict["dailyXp"] = self.daily_xp
        if self.daily_lessons is not UNSET:
            field_dict["dailyLessons"] = self.daily_lessons
        if self.daily_active_minutes is not UNSET:
            field_dict["dailyActiveMinutes"] = self.daily_active_minutes
        if self.daily_accuracy is not UNSET:
            field_dict["dailyAccuracy"] = self.daily_accuracy
        if self.daily_mastered_units is not UNSET:
            field_dict["dailyMasteredUnits"] = self.daily_mastered_units
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        daily_xp = d.get("dailyXp", UNSET)
        if (
            type(daily_xp) is not float
            and type(daily_xp) is not int
            and daily_xp is not UNSET
        ):
            raise TypeError

        daily_lessons = d.get("dailyLessons", UNSET)
        if (
            type(daily_lessons) is not float
            and type(daily_lessons) is not int
            and daily_lessons is not UNSET
        ):
            raise TypeError

        daily_active_minutes = d.get("dailyActiveMinutes", UNSET)
        if (
            type(daily_active_minutes) is not float
            and type(daily_active_minutes) is not int
            and daily_active_minutes is not UNSET
        ):
            raise TypeError

        daily_accuracy = d.get("dailyAccuracy", UNSET)
        if (
            type(daily_accuracy) is not float
            and type(daily_accuracy) is not int
            and daily_accuracy is not UNSET
        ):
            raise TypeError

        daily_mastered_units = d.get("dailyMasteredUnits", UNSET)
        if (
            type(daily_mastered_units) is not float
            and type(daily_mastered_units) is not int
            and daily_mastered_units is not UNSET
        ):
            raise TypeError

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
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
