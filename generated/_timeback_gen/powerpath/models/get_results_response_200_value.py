from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..types import NO_EXTRAS

T = TypeVar("T", bound="GetResultsResponse200Value")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "grade",
        "ritScore",
        "testName",
        "completedAt",
    }
)


@_attrs_define
class GetResultsResponse200Value:
    """
    Attributes:
        grade (GradeEnum): Grade levels. -1 is Pre-K, 0 is Kindergarten, 1-12 are grades 1-12, 13 is AP. Example: 3.
        rit_score (float):
        test_name (str):
        completed_at (str):
    """

    grade: GradeEnum
    rit_score: float
    test_name: str
    completed_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade: str = self.grade

        rit_score = self.rit_score

        test_name = self.test_name

        completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade": grade,
                "ritScore": rit_score,
                "testName": test_name,
                "completedAt": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        grade = check_grade_enum(d["grade"])

        rit_score = d["ritScore"]

        test_name = d["testName"]

        completed_at = d["completedAt"]

        if cls is GetResultsResponse200Value:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.grade = grade
            _obj.rit_score = rit_score
            _obj.test_name = test_name
            _obj.completed_at = completed_at
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                grade,
                rit_score,
                test_name,
                completed_at,
            )
        if len(d) != 4:  # else keep NO_EXTRAS
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
