from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.patch_assessment_line_item_body_assessment_line_item_metadata import (
        PatchAssessmentLineItemBodyAssessmentLineItemMetadata,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="PatchAssessmentLineItemBodyAssessmentLineItem")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "metadata",
        "title",
        "description",
        "class",
        "parentAssessmentLineItem",
        "scoreScale",
        "resultValueMin",
        "resultValueMax",
        "component",
        "componentResource",
        "learningObjectiveSet",
        "course",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global LineItemLearningObjectiveSet
    global PatchAssessmentLineItemBodyAssessmentLineItemMetadata
    global SourcedIdRef
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.patch_assessment_line_item_body_assessment_line_item_metadata import (
        PatchAssessmentLineItemBodyAssessmentLineItemMetadata,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_class_(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        class_type_0 = SourcedIdRef.from_dict(data)

        return class_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_parent_assessment_line_item(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parent_assessment_line_item_type_0 = SourcedIdRef.from_dict(data)

        return parent_assessment_line_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_score_scale(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        score_scale_type_0 = SourcedIdRef.from_dict(data)

        return score_scale_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_component(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        component_type_0 = SourcedIdRef.from_dict(data)

        return component_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_component_resource(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        component_resource_type_0 = SourcedIdRef.from_dict(data)

        return component_resource_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_learning_objective_set(
    data: object,
) -> list[LineItemLearningObjectiveSet] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        learning_objective_set_type_0 = []
        _learning_objective_set_type_0 = data
        for learning_objective_set_type_0_item_data in _learning_objective_set_type_0:
            learning_objective_set_type_0_item = LineItemLearningObjectiveSet.from_dict(
                learning_objective_set_type_0_item_data
            )

            learning_objective_set_type_0.append(learning_objective_set_type_0_item)

        return learning_objective_set_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_course(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        course_type_0 = SourcedIdRef.from_dict(data)

        return course_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class PatchAssessmentLineItemBodyAssessmentLineItem:
    """
    Attributes:
        status (StatusType | Unset):
        metadata (PatchAssessmentLineItemBodyAssessmentLineItemMetadata | Unset):
        title (str | Unset):
        description (None | str | Unset):
        class_ (None | SourcedIdRef | Unset):
        parent_assessment_line_item (None | SourcedIdRef | Unset):
        score_scale (None | SourcedIdRef | Unset):
        result_value_min (float | None | Unset):
        result_value_max (float | None | Unset):
        component (None | SourcedIdRef | Unset):
        component_resource (None | SourcedIdRef | Unset):
        learning_objective_set (list[LineItemLearningObjectiveSet] | None | Unset):
        course (None | SourcedIdRef | Unset):
    """

    status: StatusType | Unset = UNSET
    metadata: PatchAssessmentLineItemBodyAssessmentLineItemMetadata | Unset = UNSET
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    class_: None | SourcedIdRef | Unset = UNSET
    parent_assessment_line_item: None | SourcedIdRef | Unset = UNSET
    score_scale: None | SourcedIdRef | Unset = UNSET
    result_value_min: float | None | Unset = UNSET
    result_value_max: float | None | Unset = UNSET
    component: None | SourcedIdRef | Unset = UNSET
    component_resource: None | SourcedIdRef | Unset = UNSET
    learning_objective_set: list[LineItemLearningObjectiveSet] | None | Unset = UNSET
    course: None | SourcedIdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sourced_id_ref import SourcedIdRef

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        class_: dict[str, Any] | None | Unset
        if isinstance(self.class_, Unset):
            class_ = UNSET
        elif isinstance(self.class_, SourcedIdRef):
            class_ = self.class_.to_dict()
        else:
            class_ = self.class_

        parent_assessment_line_item: dict[str, Any] | None | Unset
        if isinstance(self.parent_assessment_line_item, Unset):
            parent_assessment_line_item = UNSET
        elif isinstance(self.parent_assessment_line_item, SourcedIdRef):
            parent_assessment_line_item = self.parent_assessment_line_item.to_dict()
        else:
            parent_assessment_line_item = self.parent_assessment_line_item

        score_scale: dict[str, Any] | None | Unset
        if isinstance(self.score_scale, Unset):
            score_scale = UNSET
        elif isinstance(self.score_scale, SourcedIdRef):
            score_scale = self.score_scale.to_dict()
        else:
            score_scale = self.score_scale

        result_value_min: float | None | Unset
        if isinstance(self.result_value_min, Unset):
            result_value_min = UNSET
        else:
            result_value_min = self.result_value_min

        result_value_max: float | None | Unset
        if isinstance(self.result_value_max, Unset):
            result_value_max = UNSET
        else:
            result_value_max = self.result_value_max

        component: dict[str, Any] | None | Unset
        if isinstance(self.component, Unset):
            component = UNSET
        elif isinstance(self.component, SourcedIdRef):
            component = self.component.to_dict()
        else:
            component = self.component

        component_resource: dict[str, Any] | None | Unset
        if isinstance(self.component_resource, Unset):
            component_resource = UNSET
        elif isinstance(self.component_resource, SourcedIdRef):
            component_resource = self.component_resource.to_dict()
        else:
            component_resource = self.component_resource

        learning_objective_set: list[dict[str, Any]] | None | Unset
        if isinstance(self.learning_objective_set, Unset):
            learning_objective_set = UNSET
        elif isinstance(self.learning_objective_set, list):
            learning_objective_set = []
            for learning_objective_set_type_0_item_data in self.learning_objective_set:
                learning_objective_set_type_0_item = (
                    learning_objective_set_type_0_item_data.to_dict()
                )
                learning_objective_set.append(learning_objective_set_type_0_item)

        else:
            learning_objective_set = self.learning_objective_set

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, SourcedIdRef):
            course = self.course.to_dict()
        else:
            course = self.course

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if class_ is not UNSET:
            field_dict["class"] = class_
        if parent_assessment_line_item is not UNSET:
            field_dict["parentAssessmentLineItem"] = parent_assessment_line_item
        if score_scale is not UNSET:
            field_dict["scoreScale"] = score_scale
        if result_value_min is not UNSET:
            field_dict["resultValueMin"] = result_value_min
        if result_value_max is not UNSET:
            field_dict["resultValueMax"] = result_value_max
        if component is not UNSET:
            field_dict["component"] = component
        if component_resource is not UNSET:
            field_dict["componentResource"] = component_resource
        if learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = learning_objective_set
        if course is not UNSET:
            field_dict["course"] = course

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_status_type(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else PatchAssessmentLineItemBodyAssessmentLineItemMetadata.from_dict(
                _metadata
            )
        )

        title = d.get("title", UNSET)

        description = d.get("description", UNSET)

        class_ = _parse_class_(d.get("class", UNSET))

        parent_assessment_line_item = _parse_parent_assessment_line_item(
            d.get("parentAssessmentLineItem", UNSET)
        )

        score_scale = _parse_score_scale(d.get("scoreScale", UNSET))

        result_value_min = d.get("resultValueMin", UNSET)

        result_value_max = d.get("resultValueMax", UNSET)

        component = _parse_component(d.get("component", UNSET))

        component_resource = _parse_component_resource(
            d.get("componentResource", UNSET)
        )

        learning_objective_set = _parse_learning_objective_set(
            d.get("learningObjectiveSet", UNSET)
        )

        course = _parse_course(d.get("course", UNSET))

        if cls is PatchAssessmentLineItemBodyAssessmentLineItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.metadata = metadata
            _obj.title = title
            _obj.description = description
            _obj.class_ = class_
            _obj.parent_assessment_line_item = parent_assessment_line_item
            _obj.score_scale = score_scale
            _obj.result_value_min = result_value_min
            _obj.result_value_max = result_value_max
            _obj.component = component
            _obj.component_resource = component_resource
            _obj.learning_objective_set = learning_objective_set
            _obj.course = course
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                metadata,
                title,
                description,
                class_,
                parent_assessment_line_item,
                score_scale,
                result_value_min,
                result_value_max,
                component,
                component_resource,
                learning_objective_set,
                course,
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
