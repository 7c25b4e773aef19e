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
    from ..models.patch_assessment_result_body_assessment_result_metadata import (
        PatchAssessmentResultBodyAssessmentResultMetadata,
    )
    from ..models.result_learning_objective_set import ResultLearningObjectiveSet
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="PatchAssessmentResultBodyAssessmentResult")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "metadata",
        "assessmentLineItem",
        "student",
        "score",
        "textScore",
        "scoreDate",
        "scoreScale",
        "scorePercentile",
        "scoreStatus",
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
    global PatchAssessmentResultBodyAssessmentResultMetadata
    global ResultLearningObjectiveSet
    global SourcedIdRef
    from ..models.patch_assessment_result_body_assessment_result_metadata import (
        PatchAssessmentResultBodyAssessmentResultMetadata,
    )
    from ..models.result_learning_objective_set import ResultLearningObjectiveSet
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


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
class PatchAssessmentResultBodyAssessmentResult:
    """
    Attributes:
        status (StatusType | Unset):
        metadata (PatchAssessmentResultBodyAssessmentResultMetadata | Unset):
        assessment_line_item (SourcedIdRef | Unset):
        student (SourcedIdRef | Unset):
        score (float | None | Unset):
        text_score (None | str | Unset):
        score_date (datetime.datetime | Unset):
        score_scale (None | SourcedIdRef | Unset):
        score_percentile (float | None | Unset):
        score_status (ScoreStatus | Unset):
        comment (None | str | Unset):
        learning_objective_set (list[ResultLearningObjectiveSet] | None | Unset):
        in_progress (None | str | Unset):
        incomplete (None | str | Unset):
        late (None | str | Unset):
        missing (None | str | Unset):
    """

    status: StatusType | Unset = UNSET
    metadata: PatchAssessmentResultBodyAssessmentResultMetadata | Unset = UNSET
    assessment_line_item: SourcedIdRef | Unset = UNSET
    student: SourcedIdRef | Unset = UNSET
    score: float | None | Unset = UNSET
    text_score: None | str | Unset = UNSET
    score_date: datetime.datetime | Unset = UNSET
    score_scale: None | SourcedIdRef | Unset = UNSET
    score_percentile: float | None | Unset = UNSET
    score_status: ScoreStatus | Unset = UNSET
    comment: None | str | Unset = UNSET
    learning_objective_set: list[ResultLearningObjectiveSet] | None | Unset = UNSET
    in_progress: None | str | Unset = UNSET
    incomplete: None | str | Unset = UNSET
    late: None | str | Unset = UNSET
    missing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sourced_id_ref import SourcedIdRef

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        assessment_line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assessment_line_item, Unset):
            assessment_line_item = self.assessment_line_item.to_dict()

        student: dict[str, Any] | Unset = UNSET
        if not isinstance(self.student, Unset):
            student = self.student.to_dict()

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

        score_date: str | Unset = UNSET
        if not isinstance(self.score_date, Unset):
            score_date = self.score_date.isoformat()

        score_scale: dict[str, Any] | None | Unset
        if isinstance(self.score_scale, Unset):
            score_scale = UNSET
        elif isinstance(self.score_scale, SourcedIdRef):
            score_scale = self.score_scale.to_dict()
        else:
            score_scale = self.score_scale

        score_percentile: float | None | Unset
        if isinstance(self.score_percentile, Unset):
            score_percentile = UNSET
        else:
            score_percentile = self.score_percentile

        score_status: str | Unset = UNSET
        if not isinstance(self.score_status, Unset):
            score_status = self.score_status

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

        in_progress: None | str | Unset
        if isinstance(self.in_progress, Unset):
            in_progress = UNSET
        else:
            in_progress = self.in_progress

        incomplete: None | str | Unset
        if isinstance(self.incomplete, Unset):
            incomplete = UNSET
        else:
            incomplete = self.incomplete

        late: None | str | Unset
        if isinstance(self.late, Unset):
            late = UNSET
        else:
            late = self.late

        missing: None | str | Unset
        if isinstance(self.missing, Unset):
            missing = UNSET
        else:
            missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if assessment_line_item is not UNSET:
            field_dict["assessmentLineItem"] = assessment_line_item
        if student is not UNSET:
            field_dict["student"] = student
        if score is not UNSET:
            field_dict["score"] = score
        if text_score is not UNSET:
            field_dict["textScore"] = text_score
        if score_date is not UNSET:
            field_dict["scoreDate"] = score_date
        if score_scale is not UNSET:
            field_dict["scoreScale"] = score_scale
        if score_percentile is not UNSET:
            field_dict["scorePercentile"] = score_percentile
        if score_status is not UNSET:
            field_dict["scoreStatus"] = score_status
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
        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_status_type(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else PatchAssessmentResultBodyAssessmentResultMetadata.from_dict(_metadata)
        )

        _assessment_line_item = d.get("assessmentLineItem", UNSET)
        assessment_line_item = (
            UNSET
            if _assessment_line_item is UNSET
            else SourcedIdRef.from_dict(_assessment_line_item)
        )

        _student = d.get("student", UNSET)
        student = UNSET if _student is UNSET else SourcedIdRef.from_dict(_student)

        score = d.get("score", UNSET)

        text_score = d.get("textScore", UNSET)

        _score_date = d.get("scoreDate", UNSET)
        score_date = (
            UNSET
            if _score_date is UNSET
            else datetime.datetime.fromisoformat(_score_date)
        )

        score_scale = _parse_score_scale(d.get("scoreScale", UNSET))

        score_percentile = d.get("scorePercentile", UNSET)

        _score_status = d.get("scoreStatus", UNSET)
        score_status = (
            UNSET if _score_status is UNSET else check_score_status(_score_status)
        )

        comment = d.get("comment", UNSET)

        learning_objective_set = _parse_learning_objective_set(
            d.get("learningObjectiveSet", UNSET)
        )

        in_progress = d.get("inProgress", UNSET)

        incomplete = d.get("incomplete", UNSET)

        late = d.get("late", UNSET)

        missing = d.get("missing", UNSET)

        if cls is PatchAssessmentResultBodyAssessmentResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.metadata = metadata
            _obj.assessment_line_item = assessment_line_item
            _obj.student = student
            _obj.score = score
            _obj.text_score = text_score
            _obj.score_date = score_date
            _obj.score_scale = score_scale
            _obj.score_percentile = score_percentile
            _obj.score_status = score_status
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
                metadata,
                assessment_line_item,
                student,
                score,
                text_score,
                score_date,
                score_scale,
                score_percentile,
                score_status,
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
