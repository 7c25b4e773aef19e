from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_item_result import LineItemResult


T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """
    Attributes:
        type_ (Literal['component']):
        assessment_line_item_sourced_id (str):
        course_component_sourced_id (str):
        title (str):
        results (list[LineItemResult]): Assessment results for the component and student
    """

    type_: Literal["component"]
    assessment_line_item_sourced_id: str
    course_component_sourced_id: str
    title: str
    results: list[LineItemResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        assessment_line_item_sourced_id = self.assessment_line_item_sourced_id

        course_component_sourced_id = self.course_component_sourced_id

        title = self.title

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "assessmentLineItemSourcedId": assessment_line_item_sourced_id,
                "courseComponentSourcedId": course_component_sourced_id,
                "title": title,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item_result import LineItemResult

        d = dict(src_dict)
        type_ = cast(Literal["component"], d.pop("type"))
        if type_ != "component":
            raise ValueError(f"type must match const 'component', got '{type_}'")

        assessment_line_item_sourced_id = d.pop("assessmentLineItemSourcedId")

        course_component_sourced_id = d.pop("courseComponentSourcedId")

        title = d.pop("title")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = LineItemResult.from_dict(results_item_data)

            results.append(results_item)

        line_item = cls(
            type_=type_,
            assessment_line_item_sourced_id=assessment_line_item_sourced_id,
            course_component_sourced_id=course_component_sourced_id,
            title=title,
            results=results,
        )

        line_item.additional_properties = d
        return line_item

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
