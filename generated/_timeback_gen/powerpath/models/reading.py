from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.reading_result import ReadingResult
    from ..models.result import Result
    from ..models.rit import RIT


T = TypeVar("T", bound="Reading")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ReadingResult
    global Result
    global RIT
    from ..models.reading_result import ReadingResult
    from ..models.result import Result
    from ..models.rit import RIT

    _LAZY_BOUND = True


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
        from ..models.result import Result

        starting_grade = self.starting_grade

        current_grade = self.current_grade

        subject_lowest_grade = self.subject_lowest_grade

        subject_highest_grade = self.subject_highest_grade

        rit = self.rit.to_dict()

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, Result):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        status = self.status

        next_test_id: None | str
        next_test_id = self.next_test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startingGrade": starting_grade,
                "currentGrade": current_grade,
                "subjectLowestGrade": subject_lowest_grade,
                "subjectHighestGrade": subject_highest_grade,
                "RIT": rit,
                "results": results,
                "status": status,
                "nextTestId": next_test_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        starting_grade = d["startingGrade"]

        current_grade = d["currentGrade"]

        subject_lowest_grade = d["subjectLowestGrade"]

        subject_highest_grade = d["subjectHighestGrade"]

        rit = RIT.from_dict(d["RIT"])

        results = []
        _results = d["results"]
        for results_item_data in _results:

            def _parse_results_item(data: object) -> ReadingResult | Result:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_0 = Result.from_dict(data)

                    return results_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                results_item_type_1 = ReadingResult.from_dict(data)

                return results_item_type_1

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        status = d["status"]

        next_test_id = d["nextTestId"]

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
            _obj.additional_properties = NO_EXTRAS
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
        if len(d) != 8:  # else keep NO_EXTRAS
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
