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

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.line_item_result import LineItemResult


T = TypeVar("T", bound="LineItem")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "type",
        "assessmentLineItemSourcedId",
        "courseComponentSourcedId",
        "title",
        "results",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global LineItemResult
    from ..models.line_item_result import LineItemResult

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = cast(Literal["component"], d["type"])
        if type_ != "component":
            raise ValueError(f"type must match const 'component', got '{type_}'")

        assessment_line_item_sourced_id = d["assessmentLineItemSourcedId"]

        course_component_sourced_id = d["courseComponentSourcedId"]

        title = d["title"]

        results = [LineItemResult.from_dict(_item) for _item in d["results"]]

        if cls is LineItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.type_ = type_
            _obj.assessment_line_item_sourced_id = assessment_line_item_sourced_id
            _obj.course_component_sourced_id = course_component_sourced_id
            _obj.title = title
            _obj.results = results
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                type_,
                assessment_line_item_sourced_id,
                course_component_sourced_id,
                title,
                results,
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
