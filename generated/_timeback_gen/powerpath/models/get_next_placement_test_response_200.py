from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="GetNextPlacementTestResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "exhaustedTests",
        "gradeLevel",
        "lesson",
        "onboarded",
        "availableTests",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _D_grade_level
    _TABLE = _rt.table(
        (
            _rt.Field("exhaustedTests", "exhausted_tests", True, _rt.BOOL),
            _rt.Field(
                "gradeLevel",
                "grade_level",
                True,
                _rt.Union(
                    (
                        _rt.Enum(check_grade_enum, "GradeEnum"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "lesson",
                "lesson",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("onboarded", "onboarded", True, _rt.BOOL),
            _rt.Field("availableTests", "available_tests", True, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_grade_level = _TABLE.fields[1].desc
    _BOUND = True


@_attrs_define
class GetNextPlacementTestResponse200:
    """
    Attributes:
        exhausted_tests (bool): Whether the student has exhausted all placement tests
        grade_level (GradeEnum | None): The grade level of the next placement test
        lesson (None | str): The sourcedId of the next placement test (ComponentResource)
        onboarded (bool): Whether the student has completed the onboarding process for the subject
        available_tests (float): The number of placement tests available for the subject
    """

    exhausted_tests: bool
    grade_level: GradeEnum | None
    lesson: None | str
    onboarded: bool
    available_tests: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exhausted_tests is not UNSET:
            field_dict["exhaustedTests"] = self.exhausted_tests
        if self.grade_level is not UNSET:
            field_dict["gradeLevel"] = _rt.dump(self.grade_level)
        if self.lesson is not UNSET:
            field_dict["lesson"] = self.lesson
        if self.onboarded is not UNSET:
            field_dict["onboarded"] = self.onboarded
        if self.available_tests is not UNSET:
            field_dict["availableTests"] = self.available_tests
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
        exhausted_tests = d["exhaustedTests"]
        if type(exhausted_tests) is not bool:
            raise TypeError

        grade_level = _D_grade_level.strict(d["gradeLevel"])

        lesson = d["lesson"]
        if type(lesson) is not str and lesson is not None:
            raise TypeError

        onboarded = d["onboarded"]
        if type(onboarded) is not bool:
            raise TypeError

        available_tests = d["availableTests"]
        if type(available_tests) is not float and type(available_tests) is not int:
            raise TypeError

        if cls is GetNextPlacementTestResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.exhausted_tests = exhausted_tests
            _obj.grade_level = grade_level
            _obj.lesson = lesson
            _obj.onboarded = onboarded
            _obj.available_tests = available_tests
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                exhausted_tests,
                grade_level,
                lesson,
                onboarded,
                available_tests,
            )
        if len(d) == 5:
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
