from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.line_item_metadata_type_0 import LineItemMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="LineItem")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "title",
        "assignDate",
        "dueDate",
        "class",
        "school",
        "category",
        "sourcedId",
        "status",
        "dateLastModified",
        "metadata",
        "description",
        "gradingPeriod",
        "academicSession",
        "scoreScale",
        "resultValueMin",
        "resultValueMax",
        "learningObjectiveSet",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global LineItemLearningObjectiveSet
    global LineItemMetadataType0
    global SourcedIdRef
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.line_item_metadata_type_0 import LineItemMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> LineItemMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = LineItemMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_grading_period(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        grading_period_type_0 = SourcedIdRef.from_dict(data)

        return grading_period_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_academic_session(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        academic_session_type_0 = SourcedIdRef.from_dict(data)

        return academic_session_type_0
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


@_attrs_define
class LineItem:
    """Represents a line item.

    Attributes:
        title (str):
        assign_date (datetime.datetime):
        due_date (datetime.datetime):
        class_ (SourcedIdRef):
        school (SourcedIdRef):
        category (SourcedIdRef):
        sourced_id (str | Unset):
        status (LineItemStatus | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (LineItemMetadataType0 | None | Unset): Additional metadata for the object
        description (None | str | Unset):
        grading_period (None | SourcedIdRef | Unset):
        academic_session (None | SourcedIdRef | Unset):
        score_scale (None | SourcedIdRef | Unset):
        result_value_min (float | None | Unset):
        result_value_max (float | None | Unset):
        learning_objective_set (list[LineItemLearningObjectiveSet] | None | Unset):
    """

    title: str
    assign_date: datetime.datetime
    due_date: datetime.datetime
    class_: SourcedIdRef
    school: SourcedIdRef
    category: SourcedIdRef
    sourced_id: str | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: LineItemMetadataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    grading_period: None | SourcedIdRef | Unset = UNSET
    academic_session: None | SourcedIdRef | Unset = UNSET
    score_scale: None | SourcedIdRef | Unset = UNSET
    result_value_min: float | None | Unset = UNSET
    result_value_max: float | None | Unset = UNSET
    learning_objective_set: list[LineItemLearningObjectiveSet] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.line_item_metadata_type_0 import LineItemMetadataType0
        from ..models.sourced_id_ref import SourcedIdRef

        title = self.title

        assign_date = self.assign_date.isoformat()

        due_date = self.due_date.isoformat()

        class_ = self.class_.to_dict()

        school = self.school.to_dict()

        category = self.category.to_dict()

        sourced_id = self.sourced_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, LineItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        grading_period: dict[str, Any] | None | Unset
        if isinstance(self.grading_period, Unset):
            grading_period = UNSET
        elif isinstance(self.grading_period, SourcedIdRef):
            grading_period = self.grading_period.to_dict()
        else:
            grading_period = self.grading_period

        academic_session: dict[str, Any] | None | Unset
        if isinstance(self.academic_session, Unset):
            academic_session = UNSET
        elif isinstance(self.academic_session, SourcedIdRef):
            academic_session = self.academic_session.to_dict()
        else:
            academic_session = self.academic_session

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "assignDate": assign_date,
                "dueDate": due_date,
                "class": class_,
                "school": school,
                "category": category,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if status is not UNSET:
            field_dict["status"] = status
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if description is not UNSET:
            field_dict["description"] = description
        if grading_period is not UNSET:
            field_dict["gradingPeriod"] = grading_period
        if academic_session is not UNSET:
            field_dict["academicSession"] = academic_session
        if score_scale is not UNSET:
            field_dict["scoreScale"] = score_scale
        if result_value_min is not UNSET:
            field_dict["resultValueMin"] = result_value_min
        if result_value_max is not UNSET:
            field_dict["resultValueMax"] = result_value_max
        if learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = learning_objective_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        title = d["title"]

        assign_date = datetime.datetime.fromisoformat(d["assignDate"])

        due_date = datetime.datetime.fromisoformat(d["dueDate"])

        class_ = SourcedIdRef.from_dict(d["class"])

        school = SourcedIdRef.from_dict(d["school"])

        category = SourcedIdRef.from_dict(d["category"])

        sourced_id = d.get("sourcedId", UNSET)

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        description = d.get("description", UNSET)

        grading_period = _parse_grading_period(d.get("gradingPeriod", UNSET))

        academic_session = _parse_academic_session(d.get("academicSession", UNSET))

        score_scale = _parse_score_scale(d.get("scoreScale", UNSET))

        result_value_min = d.get("resultValueMin", UNSET)

        result_value_max = d.get("resultValueMax", UNSET)

        learning_objective_set = _parse_learning_objective_set(
            d.get("learningObjectiveSet", UNSET)
        )

        if cls is LineItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.title = title
            _obj.assign_date = assign_date
            _obj.due_date = due_date
            _obj.class_ = class_
            _obj.school = school
            _obj.category = category
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.description = description
            _obj.grading_period = grading_period
            _obj.academic_session = academic_session
            _obj.score_scale = score_scale
            _obj.result_value_min = result_value_min
            _obj.result_value_max = result_value_max
            _obj.learning_objective_set = learning_objective_set
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                title,
                assign_date,
                due_date,
                class_,
                school,
                category,
                sourced_id,
                status,
                date_last_modified,
                metadata,
                description,
                grading_period,
                academic_session,
                score_scale,
                result_value_min,
                result_value_max,
                learning_objective_set,
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
