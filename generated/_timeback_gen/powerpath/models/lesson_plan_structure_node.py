from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.type_ import Type, check_type
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="LessonPlanStructureNode")
_new_instance = object.__new__

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
        type_: str = self.type_

        title = self.title

        order = self.order

        skipped = self.skipped

        item_id = self.item_id

        component_resource_id = self.component_resource_id

        component_id = self.component_id

        component_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.component_resources, Unset):
            component_resources = []
            for component_resources_item_data in self.component_resources:
                component_resources_item = component_resources_item_data.to_dict()
                component_resources.append(component_resources_item)

        sub_components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_components, Unset):
            sub_components = []
            for sub_components_item_data in self.sub_components:
                sub_components_item = sub_components_item_data.to_dict()
                sub_components.append(sub_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "order": order,
                "skipped": skipped,
                "itemId": item_id,
            }
        )
        if component_resource_id is not UNSET:
            field_dict["componentResourceId"] = component_resource_id
        if component_id is not UNSET:
            field_dict["componentId"] = component_id
        if component_resources is not UNSET:
            field_dict["componentResources"] = component_resources
        if sub_components is not UNSET:
            field_dict["subComponents"] = sub_components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = check_type(d["type"])

        title = d["title"]

        order = d["order"]

        skipped = d["skipped"]

        item_id = d["itemId"]

        component_resource_id = d.get("componentResourceId", UNSET)

        component_id = d.get("componentId", UNSET)

        _component_resources = d.get("componentResources", UNSET)
        component_resources = (
            UNSET
            if _component_resources is UNSET
            else [
                LessonPlanStructureNode.from_dict(_item)
                for _item in _component_resources
            ]
        )

        _sub_components = d.get("subComponents", UNSET)
        sub_components = (
            UNSET
            if _sub_components is UNSET
            else [LessonPlanStructureNode.from_dict(_item) for _item in _sub_components]
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
            _obj.additional_properties = NO_EXTRAS
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
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
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
