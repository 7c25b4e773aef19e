from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="GetResultsResponse200Value")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "grade",
        "ritScore",
        "testName",
        "completedAt",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("grade", "grade", True, _rt.Enum(check_grade_enum, "GradeEnum")),
            _rt.Field("ritScore", "rit_score", True, _rt.FLOAT),
            _rt.Field("testName", "test_name", True, _rt.STR),
            _rt.Field("completedAt", "completed_at", True, _rt.STR),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.grade is not UNSET:
            field_dict["grade"] = self.grade
        if self.rit_score is not UNSET:
            field_dict["ritScore"] = self.rit_score
        if self.test_name is not UNSET:
            field_dict["testName"] = self.test_name
        if self.completed_at is not UNSET:
            field_dict["completedAt"] = self.completed_at
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
        grade = check_grade_enum(d["grade"])

        rit_score = d["ritScore"]
        if type(rit_score) is not float and type(rit_score) is not int:
            raise TypeError

        test_name = d["testName"]
        if type(test_name) is not str:
            raise TypeError

        completed_at = d["completedAt"]
        if type(completed_at) is not str:
            raise TypeError

        if cls is GetResultsResponse200Value:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.grade = grade
            _obj.rit_score = rit_score
            _obj.test_name = test_name
            _obj.completed_at = completed_at
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                grade,
                rit_score,
                test_name,
                completed_at,
            )
        if len(d) == 4:
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
