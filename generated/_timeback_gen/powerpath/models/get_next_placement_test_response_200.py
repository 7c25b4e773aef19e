from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..types import NO_EXTRAS

T = TypeVar("T", bound="GetNextPlacementTestResponse200")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "exhaustedTests",
        "gradeLevel",
        "lesson",
        "onboarded",
        "availableTests",
    }
)


def _parse_grade_level(data: object) -> GradeEnum | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        grade_level_type_0 = check_grade_enum(data)

        return grade_level_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


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
        exhausted_tests = self.exhausted_tests

        grade_level: None | str
        if isinstance(self.grade_level, str):
            grade_level = self.grade_level
        else:
            grade_level = self.grade_level

        lesson: None | str
        lesson = self.lesson

        onboarded = self.onboarded

        available_tests = self.available_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exhaustedTests": exhausted_tests,
                "gradeLevel": grade_level,
                "lesson": lesson,
                "onboarded": onboarded,
                "availableTests": available_tests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        exhausted_tests = d["exhaustedTests"]

        grade_level = _parse_grade_level(d["gradeLevel"])

        lesson = d["lesson"]

        onboarded = d["onboarded"]

        available_tests = d["availableTests"]

        if cls is GetNextPlacementTestResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.exhausted_tests = exhausted_tests
            _obj.grade_level = grade_level
            _obj.lesson = lesson
            _obj.onboarded = onboarded
            _obj.available_tests = available_tests
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                exhausted_tests,
                grade_level,
                lesson,
                onboarded,
                available_tests,
            )
        if len(d) != 5:  # else keep NO_EXTRAS
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
