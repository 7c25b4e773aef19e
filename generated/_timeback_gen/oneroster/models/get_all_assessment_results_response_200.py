from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assessment_result import AssessmentResult


T = TypeVar("T", bound="GetAllAssessmentResultsResponse200")


@_attrs_define
class GetAllAssessmentResultsResponse200:
    """
    Attributes:
        assessment_results (list[AssessmentResult]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    assessment_results: list[AssessmentResult]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_results = []
        for assessment_results_item_data in self.assessment_results:
            assessment_results_item = assessment_results_item_data.to_dict()
            assessment_results.append(assessment_results_item)

        total_count = self.total_count

        page_count = self.page_count

        page_number = self.page_number

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessmentResults": assessment_results,
                "totalCount": total_count,
                "pageCount": page_count,
                "pageNumber": page_number,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assessment_result import AssessmentResult

        d = dict(src_dict)
        assessment_results = []
        _assessment_results = d.pop("assessmentResults")
        for assessment_results_item_data in _assessment_results:
            assessment_results_item = AssessmentResult.from_dict(
                assessment_results_item_data
            )

            assessment_results.append(assessment_results_item)

        total_count = d.pop("totalCount")

        page_count = d.pop("pageCount")

        page_number = d.pop("pageNumber")

        offset = d.pop("offset")

        limit = d.pop("limit")

        get_all_assessment_results_response_200 = cls(
            assessment_results=assessment_results,
            total_count=total_count,
            page_count=page_count,
            page_number=page_number,
            offset=offset,
            limit=limit,
        )

        get_all_assessment_results_response_200.additional_properties = d
        return get_all_assessment_results_response_200

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
