from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
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
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_PatchAssessmentLineItemBodyAssessmentLineItemMetadata
    global LineItemLearningObjectiveSet
    global PatchAssessmentLineItemBodyAssessmentLineItemMetadata
    global SourcedIdRef
    global _D_class_
    global _D_parent_assessment_line_item
    global _D_score_scale
    global _D_component
    global _D_component_resource
    global _D_learning_objective_set
    global _D_course
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.patch_assessment_line_item_body_assessment_line_item_metadata import (
        PatchAssessmentLineItemBodyAssessmentLineItemMetadata,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field(
                "status", "status", False, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Model(PatchAssessmentLineItemBodyAssessmentLineItemMetadata),
            ),
            _rt.Field("title", "title", False, _rt.STR),
            _rt.Field(
                "description",
                "description",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "class",
                "class_",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "parentAssessmentLineItem",
                "parent_assessment_line_item",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "scoreScale",
                "score_scale",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "resultValueMin",
                "result_value_min",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "resultValueMax",
                "result_value_max",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "component",
                "component",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "componentResource",
                "component_resource",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "learningObjectiveSet",
                "learning_objective_set",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(LineItemLearningObjectiveSet)),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "course",
                "course",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_PatchAssessmentLineItemBodyAssessmentLineItemMetadata = (
        PatchAssessmentLineItemBodyAssessmentLineItemMetadata._from_dict_fast
    )
    _D_class_ = _TABLE.fields[4].desc
    _D_parent_assessment_line_item = _TABLE.fields[5].desc
    _D_score_scale = _TABLE.fields[6].desc
    _D_component = _TABLE.fields[9].desc
    _D_component_resource = _TABLE.fields[10].desc
    _D_learning_objective_set = _TABLE.fields[11].desc
    _D_course = _TABLE.fields[12].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.class_ is not UNSET:
            field_dict["class"] = _rt.dump(self.class_)
        if self.parent_assessment_line_item is not UNSET:
            field_dict["parentAssessmentLineItem"] = _rt.dump(
                self.parent_assessment_line_item
            )
        if self.score_scale is not UNSET:
            field_dict["scoreScale"] = _rt.dump(self.score_scale)
        if self.result_value_min is not UNSET:
            field_dict["resultValueMin"] = self.result_value_min
        if self.result_value_max is not UNSET:
            field_dict["resultValueMax"] = self.result_value_max
        if self.component is not UNSET:
            field_dict["component"] = _rt.dump(self.component)
        if self.component_resource is not UNSET:
            field_dict["componentResource"] = _rt.dump(self.component_resource)
        if self.learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = _rt.dump(self.learning_objective_set)
        if self.course is not UNSET:
            field_dict["course"] = _rt.dump(self.course)
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
        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_status_type(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else _F_PatchAssessmentLineItemBodyAssessmentLineItemMetadata(_metadata)
        )

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise TypeError

        description = d.get("description", UNSET)
        if (
            type(description) is not str
            and description is not None
            and description is not UNSET
        ):
            raise TypeError

        _class_ = d.get("class", UNSET)
        class_ = UNSET if _class_ is UNSET else _D_class_.strict(_class_)

        _parent_assessment_line_item = d.get("parentAssessmentLineItem", UNSET)
        parent_assessment_line_item = (
            UNSET
            if _parent_assessment_line_item is UNSET
            else _D_parent_assessment_line_item.strict(_parent_assessment_line_item)
        )

        _score_scale = d.get("scoreScale", UNSET)
        score_scale = (
            UNSET if _score_scale is UNSET else _D_score_scale.strict(_score_scale)
        )

        result_value_min = d.get("resultValueMin", UNSET)
        if (
            type(result_value_min) is not float
            and type(result_value_min) is not int
            and result_value_min is not None
            and result_value_min is not UNSET
        ):
            raise TypeError

        result_value_max = d.get("resultValueMax", UNSET)
        if (
            type(result_value_max) is not float
            and type(result_value_max) is not int
            and result_value_max is not None
            and result_value_max is not UNSET
        ):
            raise TypeError

        _component = d.get("component", UNSET)
        component = UNSET if _component is UNSET else _D_component.strict(_component)

        _component_resource = d.get("componentResource", UNSET)
        component_resource = (
            UNSET
            if _component_resource is UNSET
            else _D_component_resource.strict(_component_resource)
        )

        _learning_objective_set = d.get("learningObjectiveSet", UNSET)
        learning_objective_set = (
            UNSET
            if _learning_objective_set is UNSET
            else _D_learning_objective_set.strict(_learning_objective_set)
        )

        _course = d.get("course", UNSET)
        course = UNSET if _course is UNSET else _D_course.strict(_course)

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
