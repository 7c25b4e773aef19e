from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reading_result import ReadingResult
    from ..models.result import Result
    from ..models.rit import RIT


T = TypeVar("T", bound="Reading")


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
        from ..models.reading_result import ReadingResult
        from ..models.result import Result
        from ..models.rit import RIT

        d = dict(src_dict)
        starting_grade = d.pop("startingGrade")

        current_grade = d.pop("currentGrade")

        subject_lowest_grade = d.pop("subjectLowestGrade")

        subject_highest_grade = d.pop("subjectHighestGrade")

        rit = RIT.from_dict(d.pop("RIT"))

        results = []
        _results = d.pop("results")
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

        status = d.pop("status")

        def _parse_next_test_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_test_id = _parse_next_test_id(d.pop("nextTestId"))

        reading = cls(
            starting_grade=starting_grade,
            current_grade=current_grade,
            subject_lowest_grade=subject_lowest_grade,
            subject_highest_grade=subject_highest_grade,
            rit=rit,
            results=results,
            status=status,
            next_test_id=next_test_id,
        )

        reading.additional_properties = d
        return reading

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
