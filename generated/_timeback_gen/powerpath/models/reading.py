from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.reading_result import ReadingResult
    from ..models.result import Result
    from ..models.rit import RIT


T = TypeVar("T", bound="Reading")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "startingGrade",
        "currentGrade",
        "subjectLowestGrade",
        "subjectHighestGrade",
        "RIT",
        "results",
        "status",
        "nextTestId",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_RIT
    global ReadingResult
    global Result
    global RIT
    global _D_results
    from ..models.reading_result import ReadingResult
    from ..models.result import Result
    from ..models.rit import RIT

    _TABLE = _rt.table(
        (
            _rt.Field("startingGrade", "starting_grade", True, _rt.INT),
            _rt.Field("currentGrade", "current_grade", True, _rt.INT),
            _rt.Field("subjectLowestGrade", "subject_lowest_grade", True, _rt.INT),
            _rt.Field("subjectHighestGrade", "subject_highest_grade", True, _rt.INT),
            _rt.Field("RIT", "rit", True, _rt.Model(RIT)),
            _rt.Field(
                "results",
                "results",
                True,
                _rt.List(
                    _rt.Union(
                        (
                            _rt.Model(Result),
                            _rt.Model(ReadingResult),
                        )
                    )
                ),
            ),
            _rt.Field("status", "status", True, _rt.STR),
            _rt.Field(
                "nextTestId",
                "next_test_id",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_RIT = RIT._from_dict_fast
    _D_results = _TABLE.fields[5].desc
    _BOUND = True


@_attrs_define
class Reading:
    """
    Attributes:
        starting_grade (int):
        current_grade (int):
        subject_lowest_grade (int):
        subject_highest_grade (int):
        rit (RIT):
        results (list[ReadingResult | Result]):
        status (str):
        next_test_id (None | str):
    """

    starting_grade: int
    current_grade: int
    subject_lowest_grade: int
    subject_highest_grade: int
    rit: RIT
    results: list[ReadingResult | Result]
    status: str
    next_test_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.starting_grade is not UNSET:
            field_dict["startingGrade"] = self.starting_grade
        if self.current_grade is not UNSET:
            field_dict["currentGrade"] = self.current_grade
        if self.subject_lowest_grade is not UNSET:
            field_dict["subjectLowestGrade"] = self.subject_lowest_grade
        if self.subject_highest_grade is not UNSET:
            field_dict["subjectHighestGrade"] = self.subject_highest_grade
        if self.rit is not UNSET:
            field_dict["RIT"] = _rt.dump(self.rit)
        if self.results is not UNSET:
            field_dict["results"] = _rt.dump(self.results)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.next_test_id is not UNSET:
            field_dict["nextTestId"] = self.next_test_id
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
        starting_grade = d["startingGrade"]
        if type(starting_grade) is not int:
            raise TypeError

        current_grade = d["currentGrade"]
        if type(current_grade) is not int:
            raise TypeError

        subject_lowest_grade = d["subjectLowestGrade"]
        if type(subject_lowest_grade) is not int:
            raise TypeError

        subject_highest_grade = d["subjectHighestGrade"]
        if type(subject_highest_grade) is not int:
            raise TypeError

        rit = _F_RIT(d["RIT"])

        _results = d["results"]
        if type(_results) is not list:
            raise TypeError
        results = _D_results.strict(_results)

        status = d["status"]
        if type(status) is not str:
            raise TypeError

        next_test_id = d["nextTestId"]
        if type(next_test_id) is not str and next_test_id is not None:
            raise TypeError

        if cls is Reading:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.starting_grade = starting_grade
            _obj.current_grade = current_grade
            _obj.subject_lowest_grade = subject_lowest_grade
            _obj.subject_highest_grade = subject_highest_grade
            _obj.rit = rit
            _obj.results = results
            _obj.status = status
            _obj.next_test_id = next_test_id
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                starting_grade,
                current_grade,
                subject_lowest_grade,
                subject_highest_grade,
                rit,
                results,
                status,
                next_test_id,
            )
        if len(d) == 8:
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
