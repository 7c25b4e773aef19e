from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.type_ import Type, check_type
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="LessonPlanStructureNode")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "type",
        "title",
        "order",
        "skipped",
        "itemId",
        "componentResourceId",
        "componentId",
        "componentResources",
        "subComponents",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_LessonPlanStructureNode
    _TABLE = _rt.table(
        (
            _rt.Field("type", "type_", True, _rt.Enum(check_type, "Type")),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("order", "order", True, _rt.STR),
            _rt.Field("skipped", "skipped", True, _rt.BOOL),
            _rt.Field("itemId", "item_id", True, _rt.STR),
            _rt.Field("componentResourceId", "component_resource_id", False, _rt.STR),
            _rt.Field("componentId", "component_id", False, _rt.STR),
            _rt.Field(
                "componentResources",
                "component_resources",
                False,
                _rt.List(_rt.Model(LessonPlanStructureNode)),
            ),
            _rt.Field(
                "subComponents",
                "sub_components",
                False,
                _rt.List(_rt.Model(LessonPlanStructureNode)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_LessonPlanStructureNode = LessonPlanStructureNode._from_dict_fast
    _BOUND = True


@_attrs_define
class LessonPlanStructureNode:
    """
    Attributes:
        type_ (Type):
        title (str):
        order (str):
        skipped (bool):
        item_id (str):
        component_resource_id (str | Unset):
        component_id (str | Unset):
        component_resources (list[LessonPlanStructureNode] | Unset):
        sub_components (list[LessonPlanStructureNode] | Unset):
    """

    type_: Type
    title: str
    order: str
    skipped: bool
    item_id: str
    component_resource_id: str | Unset = UNSET
    component_id: str | Unset = UNSET
    component_resources: list[LessonPlanStructureNode] | Unset = UNSET
    sub_components: list[LessonPlanStructureNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.order is not UNSET:
            field_dict["order"] = self.order
        if self.skipped is not UNSET:
            field_dict["skipped"] = self.skipped
        if self.item_id is not UNSET:
            field_dict["itemId"] = self.item_id
        if self.component_resource_id is not UNSET:
            field_dict["componentResourceId"] = self.component_resource_id
        if self.component_id is not UNSET:
            field_dict["componentId"] = self.component_id
        if self.component_resources is not UNSET:
            field_dict["componentResources"] = _rt.dump(self.component_resources)
        if self.sub_components is not UNSET:
            field_dict["subComponents"] = _rt.dump(self.sub_components)
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
        type_ = check_type(d["type"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        order = d["order"]
        if type(order) is not str:
            raise TypeError

        skipped = d["skipped"]
        if type(skipped) is not bool:
            raise TypeError

        item_id = d["itemId"]
        if type(item_id) is not str:
            raise TypeError

        component_resource_id = d.get("componentResourceId", UNSET)
        if (
            type(component_resource_id) is not str
            and component_resource_id is not UNSET
        ):
            raise TypeError

        component_id = d.get("componentId", UNSET)
        if type(component_id) is not str and component_id is not UNSET:
            raise TypeError

        _component_resources = d.get("componentResources", UNSET)
        if _component_resources is UNSET:
            component_resources = UNSET
        else:
            if type(_component_resources) is not list:
                raise TypeError
            component_resources = (
                [_F_LessonPlanStructureNode(_item) for _item in _component_resources]
                if _component_resources
                else _component_resources
            )

        _sub_components = d.get("subComponents", UNSET)
        if _sub_components is UNSET:
            sub_components = UNSET
        else:
            if type(_sub_components) is not list:
                raise TypeError
            sub_components = (
                [_F_LessonPlanStructureNode(_item) for _item in _sub_components]
                if _sub_components
                else _sub_components
            )

        if cls is LessonPlanStructureNode:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.type_ = type_
            _obj.title = title
            _obj.order = order
            _obj.skipped = skipped
            _obj.item_id = item_id
            _obj.component_resource_id = component_resource_id
            _obj.component_id = component_id
            _obj.component_resources = component_resources
            _obj.sub_components = sub_components
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                type_,
                title,
                order,
                skipped,
                item_id,
                component_resource_id,
                component_id,
                component_resources,
                sub_components,
            )
        if d.keys() <= _KNOWN_KEYS:
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
