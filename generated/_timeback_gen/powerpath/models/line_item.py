from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.line_item_result import LineItemResult


T = TypeVar("T", bound="LineItem")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "type",
        "assessmentLineItemSourcedId",
        "courseComponentSourcedId",
        "title",
        "results",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_LineItemResult
    global LineItemResult
    global _D_type_
    from ..models.line_item_result import LineItemResult

    _TABLE = _rt.table(
        (
            _rt.Field("type", "type_", True, _rt.Const("component")),
            _rt.Field(
                "assessmentLineItemSourcedId",
                "assessment_line_item_sourced_id",
                True,
                _rt.STR,
            ),
            _rt.Field(
                "courseComponentSourcedId", "course_component_sourced_id", True, _rt.STR
            ),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("results", "results", True, _rt.List(_rt.Model(LineItemResult))),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_LineItemResult = LineItemResult._from_dict_fast
    _D_type_ = _TABLE.fields[0].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = _rt.dump(self.type_)
        if self.assessment_line_item_sourced_id is not UNSET:
            field_dict["assessmentLineItemSourcedId"] = (
                self.assessment_line_item_sourced_id
            )
        if self.course_component_sourced_id is not UNSET:
            field_dict["courseComponentSourcedId"] = self.course_component_sourced_id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.results is not UNSET:
            field_dict["results"] = _rt.dump(self.results)
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
        type_ = _D_type_.strict(d["type"])

        assessment_line_item_sourced_id = d["assessmentLineItemSourcedId"]
        if type(assessment_line_item_sourced_id) is not str:
            raise TypeError

        course_component_sourced_id = d["courseComponentSourcedId"]
        if type(course_component_sourced_id) is not str:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        _results = d["results"]
        if type(_results) is not list:
            raise TypeError
        results = (
            [_F_LineItemResult(_item) for _item in _results] if _results else _results
        )

        if cls is LineItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.type_ = type_
            _obj.assessment_line_item_sourced_id = assessment_line_item_sourced_id
            _obj.course_component_sourced_id = course_component_sourced_id
            _obj.title = title
            _obj.results = results
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                type_,
                assessment_line_item_sourced_id,
                course_component_sourced_id,
                title,
                results,
            )
        if len(d) == 5:
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
