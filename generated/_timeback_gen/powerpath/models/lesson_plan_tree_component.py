from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
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
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_LessonPlanTreeComponentMetadata
    global _F_ComponentResource
    global _F_LessonPlanTreeComponent
    global ComponentResource
    global LessonPlanTreeComponentMetadata
    from ..models.component_resource import ComponentResource
    from ..models.lesson_plan_tree_component_metadata import (
        LessonPlanTreeComponentMetadata,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("id", "id", True, _rt.STR),
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status",
                "status",
                True,
                _rt.Enum(
                    check_lesson_plan_tree_component_status,
                    "LessonPlanTreeComponentStatus",
                ),
            ),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("sortOrder", "sort_order", False, _rt.STR),
            _rt.Field("unlockDate", "unlock_date", False, _rt.STR),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Model(LessonPlanTreeComponentMetadata),
            ),
            _rt.Field("prerequisites", "prerequisites", False, _rt.List(_rt.STR)),
            _rt.Field("prerequisiteCriteria", "prerequisite_criteria", False, _rt.STR),
            _rt.Field(
                "componentResources",
                "component_resources",
                False,
                _rt.List(_rt.Model(ComponentResource)),
            ),
            _rt.Field(
                "subComponents",
                "sub_components",
                False,
                _rt.List(_rt.Model(LessonPlanTreeComponent)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_LessonPlanTreeComponentMetadata = LessonPlanTreeComponentMetadata._from_dict_fast
    _F_ComponentResource = ComponentResource._from_dict_fast
    _F_LessonPlanTreeComponent = LessonPlanTreeComponent._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.sort_order is not UNSET:
            field_dict["sortOrder"] = self.sort_order
        if self.unlock_date is not UNSET:
            field_dict["unlockDate"] = self.unlock_date
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.prerequisites is not UNSET:
            field_dict["prerequisites"] = _rt.dump(self.prerequisites)
        if self.prerequisite_criteria is not UNSET:
            field_dict["prerequisiteCriteria"] = self.prerequisite_criteria
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
        id = d["id"]
        if type(id) is not str:
            raise TypeError

        sourced_id = d["sourcedId"]
        if type(sourced_id) is not str:
            raise TypeError

        status = check_lesson_plan_tree_component_status(d["status"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        sort_order = d.get("sortOrder", UNSET)
        if type(sort_order) is not str and sort_order is not UNSET:
            raise TypeError

        unlock_date = d.get("unlockDate", UNSET)
        if type(unlock_date) is not str and unlock_date is not UNSET:
            raise TypeError

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else _F_LessonPlanTreeComponentMetadata(_metadata)
        )

        _prerequisites = d.get("prerequisites", UNSET)
        if _prerequisites is UNSET:
            prerequisites = UNSET
        else:
            if type(_prerequisites) is not list:
                raise TypeError
            prerequisites = _prerequisites
            for _item in _prerequisites:
                if type(_item) is not str:
                    raise TypeError

        prerequisite_criteria = d.get("prerequisiteCriteria", UNSET)
        if (
            type(prerequisite_criteria) is not str
            and prerequisite_criteria is not UNSET
        ):
            raise TypeError

        _component_resources = d.get("componentResources", UNSET)
        if _component_resources is UNSET:
            component_resources = UNSET
        else:
            if type(_component_resources) is not list:
                raise TypeError
            component_resources = (
                [_F_ComponentResource(_item) for _item in _component_resources]
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
                [_F_LessonPlanTreeComponent(_item) for _item in _sub_components]
                if _sub_components
                else _sub_components
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
