from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.academic_session import AcademicSession


T = TypeVar("T", bound="GradingPeriodList")


@_attrs_define
class GradingPeriodList:
    """
    Attributes:
        grading_periods (list[AcademicSession]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    grading_periods: list[AcademicSession]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grading_periods = []
        for grading_periods_item_data in self.grading_periods:
            grading_periods_item = grading_periods_item_data.to_dict()
            grading_periods.append(grading_periods_item)

        total_count = self.total_count

        page_count = self.page_count

        page_number = self.page_number

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradingPeriods": grading_periods,
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
        from ..models.academic_session import AcademicSession

        d = dict(src_dict)
        grading_periods = []
        _grading_periods = d.pop("gradingPeriods")
        for grading_periods_item_data in _grading_periods:
            grading_periods_item = AcademicSession.from_dict(grading_periods_item_data)

            grading_periods.append(grading_periods_item)

        total_count = d.pop("totalCount")

        page_count = d.pop("pageCount")

        page_number = d.pop("pageNumber")

        offset = d.pop("offset")

        limit = d.pop("limit")

        grading_period_list = cls(
            grading_periods=grading_periods,
            total_count=total_count,
            page_count=page_count,
            page_number=page_number,
            offset=offset,
            limit=limit,
        )

        grading_period_list.additional_properties = d
        return grading_period_list

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
