from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.score_status import ScoreStatus, check_score_status
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_learning_objective_set import ResultLearningObjectiveSet
    from ..models.result_metadata_type_0 import ResultMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="Result")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "lineItem",
        "student",
        "scoreStatus",
        "scoreDate",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "class",
        "scoreScale",
        "score",
        "textScore",
        "comment",
        "learningObjectiveSet",
        "inProgress",
        "incomplete",
        "late",
        "missing",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ResultLearningObjectiveSet
    global ResultMetadataType0
    global SourcedIdRef
    from ..models.result_learning_objective_set import ResultLearningObjectiveSet
    from ..models.result_metadata_type_0 import ResultMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> None | ResultMetadataType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ResultMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


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
) -> list[ResultLearningObjectiveSet] | None | Unset:
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
            learning_objective_set_type_0_item = ResultLearningObjectiveSet.from_dict(
                learning_objective_set_type_0_item_data
            )

            learning_objective_set_type_0.append(learning_objective_set_type_0_item)

        return learning_objective_set_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Result:
    """Represents a result.

    Attributes:
        status (StatusType):
        line_item (SourcedIdRef):
        student (SourcedIdRef):
        score_status (ScoreStatus):
        score_date (datetime.datetime):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (None | ResultMetadataType0 | Unset): Additional metadata for the object
        class_ (None | SourcedIdRef | Unset):
        score_scale (None | SourcedIdRef | Unset):
        score (float | None | Unset):
        text_score (None | str | Unset):
        comment (None | str | Unset):
        learning_objective_set (list[ResultLearningObjectiveSet] | None | Unset):
        in_progress (str | Unset):
        incomplete (str | Unset):
        late (str | Unset):
        missing (str | Unset):
    """

    status: StatusType
    line_item: SourcedIdRef
    student: SourcedIdRef
    score_status: ScoreStatus
    score_date: datetime.datetime
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: None | ResultMetadataType0 | Unset = UNSET
    class_: None | SourcedIdRef | Unset = UNSET
    score_scale: None | SourcedIdRef | Unset = UNSET
    score: float | None | Unset = UNSET
    text_score: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    learning_objective_set: list[ResultLearningObjectiveSet] | None | Unset = UNSET
    in_progress: str | Unset = UNSET
    incomplete: str | Unset = UNSET
    late: str | Unset = UNSET
    missing: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_metadata_type_0 import ResultMetadataType0
        from ..models.sourced_id_ref import SourcedIdRef

        status: str = self.status

        line_item = self.line_item.to_dict()

        student = self.student.to_dict()

        score_status: str = self.score_status

        score_date = self.score_date.isoformat()

        sourced_id = self.sourced_id

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResultMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        class_: dict[str, Any] | None | Unset
        if isinstance(self.class_, Unset):
            class_ = UNSET
        elif isinstance(self.class_, SourcedIdRef):
            class_ = self.class_.to_dict()
        else:
            class_ = self.class_

        score_scale: dict[str, Any] | None | Unset
        if isinstance(self.score_scale, Unset):
            score_scale = UNSET
        elif isinstance(self.score_scale, SourcedIdRef):
            score_scale = self.score_scale.to_dict()
        else:
            score_scale = self.score_scale

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        text_score: None | str | Unset
        if isinstance(self.text_score, Unset):
            text_score = UNSET
        else:
            text_score = self.text_score

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

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

        in_progress = self.in_progress

        incomplete = self.incomplete

        late = self.late

        missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "lineItem": line_item,
                "student": student,
                "scoreStatus": score_status,
                "scoreDate": score_date,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if class_ is not UNSET:
            field_dict["class"] = class_
        if score_scale is not UNSET:
            field_dict["scoreScale"] = score_scale
        if score is not UNSET:
            field_dict["score"] = score
        if text_score is not UNSET:
            field_dict["textScore"] = text_score
        if comment is not UNSET:
            field_dict["comment"] = comment
        if learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = learning_objective_set
        if in_progress is not UNSET:
            field_dict["inProgress"] = in_progress
        if incomplete is not UNSET:
            field_dict["incomplete"] = incomplete
        if late is not UNSET:
            field_dict["late"] = late
        if missing is not UNSET:
            field_dict["missing"] = missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status = check_status_type(d["status"])

        line_item = SourcedIdRef.from_dict(d["lineItem"])

        student = SourcedIdRef.from_dict(d["student"])

        score_status = check_score_status(d["scoreStatus"])

        score_date = datetime.datetime.fromisoformat(d["scoreDate"])

        sourced_id = d.get("sourcedId", UNSET)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        class_ = _parse_class_(d.get("class", UNSET))

        score_scale = _parse_score_scale(d.get("scoreScale", UNSET))

        score = d.get("score", UNSET)

        text_score = d.get("textScore", UNSET)

        comment = d.get("comment", UNSET)

        learning_objective_set = _parse_learning_objective_set(
            d.get("learningObjectiveSet", UNSET)
        )

        in_progress = d.get("inProgress", UNSET)

        incomplete = d.get("incomplete", UNSET)

        late = d.get("late", UNSET)

        missing = d.get("missing", UNSET)

        if cls is Result:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.line_item = line_item
            _obj.student = student
            _obj.score_status = score_status
            _obj.score_date = score_date
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.class_ = class_
            _obj.score_scale = score_scale
            _obj.score = score
            _obj.text_score = text_score
            _obj.comment = comment
            _obj.learning_objective_set = learning_objective_set
            _obj.in_progress = in_progress
            _obj.incomplete = incomplete
            _obj.late = late
            _obj.missing = missing
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                line_item,
                student,
                score_status,
                score_date,
                sourced_id,
                date_last_modified,
                metadata,
                class_,
                score_scale,
                score,
                text_score,
                comment,
                learning_objective_set,
                in_progress,
                incomplete,
                late,
                missing,
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
