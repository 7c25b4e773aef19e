from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lesson_plan_tree_component_status import (
    LessonPlanTreeComponentStatus,
    check_lesson_plan_tree_component_status,
)
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_resource import ComponentResource
    from ..models.lesson_plan_tree_component_metadata import (
        LessonPlanTreeComponentMetadata,
    )


T = TypeVar("T", bound="LessonPlanTreeComponent")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "sourcedId",
        "status",
        "title",
        "sortOrder",
        "unlockDate",
        "metadata",
        "prerequisites",
        "prerequisiteCriteria",
        "componentResources",
        "subComponents",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ComponentResource
    global LessonPlanTreeComponentMetadata
    from ..models.component_resource import ComponentResource
    from ..models.lesson_plan_tree_component_metadata import (
        LessonPlanTreeComponentMetadata,
    )

    _LAZY_BOUND = True


@_attrs_define
class LessonPlanTreeComponent:
    """
    Attributes:
        id (str): The ID of the lesson plan item
        sourced_id (str): The Sourced ID of the component
        status (LessonPlanTreeComponentStatus):
        title (str):
        sort_order (str | Unset):
        unlock_date (str | Unset):
        metadata (LessonPlanTreeComponentMetadata | Unset):
        prerequisites (list[str] | Unset):
        prerequisite_criteria (str | Unset):
        component_resources (list[ComponentResource] | Unset):
        sub_components (list[LessonPlanTreeComponent] | Unset):
    """

    id: str
    sourced_id: str
    status: LessonPlanTreeComponentStatus
    title: str
    sort_order: str | Unset = UNSET
    unlock_date: str | Unset = UNSET
    metadata: LessonPlanTreeComponentMetadata | Unset = UNSET
    prerequisites: list[str] | Unset = UNSET
    prerequisite_criteria: str | Unset = UNSET
    component_resources: list[ComponentResource] | Unset = UNSET
    sub_components: list[LessonPlanTreeComponent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sourced_id = self.sourced_id

        status: str = self.status

        title = self.title

        sort_order = self.sort_order

        unlock_date = self.unlock_date

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        prerequisites: list[str] | Unset = UNSET
        if not isinstance(self.prerequisites, Unset):
            prerequisites = self.prerequisites

        prerequisite_criteria = self.prerequisite_criteria

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
                "id": id,
                "sourcedId": sourced_id,
                "status": status,
                "title": title,
            }
        )
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if unlock_date is not UNSET:
            field_dict["unlockDate"] = unlock_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if prerequisite_criteria is not UNSET:
            field_dict["prerequisiteCriteria"] = prerequisite_criteria
        if component_resources is not UNSET:
            field_dict["componentResources"] = component_resources
        if sub_components is not UNSET:
            field_dict["subComponents"] = sub_components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        sourced_id = d["sourcedId"]

        status = check_lesson_plan_tree_component_status(d["status"])

        title = d["title"]

        sort_order = d.get("sortOrder", UNSET)

        unlock_date = d.get("unlockDate", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else LessonPlanTreeComponentMetadata.from_dict(_metadata)
        )

        prerequisites = d.get("prerequisites", UNSET)

        prerequisite_criteria = d.get("prerequisiteCriteria", UNSET)

        _component_resources = d.get("componentResources", UNSET)
        component_resources = (
            UNSET
            if _component_resources is UNSET
            else [ComponentResource.from_dict(_item) for _item in _component_resources]
        )

        _sub_components = d.get("subComponents", UNSET)
        sub_components = (
            UNSET
            if _sub_components is UNSET
            else [LessonPlanTreeComponent.from_dict(_item) for _item in _sub_components]
        )

        if cls is LessonPlanTreeComponent:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.title = title
            _obj.sort_order = sort_order
            _obj.unlock_date = unlock_date
            _obj.metadata = metadata
            _obj.prerequisites = prerequisites
            _obj.prerequisite_criteria = prerequisite_criteria
            _obj.component_resources = component_resources
            _obj.sub_components = sub_components
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                sourced_id,
                status,
                title,
                sort_order,
                unlock_date,
                metadata,
                prerequisites,
                prerequisite_criteria,
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
