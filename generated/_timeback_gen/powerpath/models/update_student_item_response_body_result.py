from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lesson_plan_tree_component_status import (
    LessonPlanTreeComponentStatus,
    check_lesson_plan_tree_component_status,
)
from ..models.score_status import ScoreStatus, check_score_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_result_learning_objective_set import (
        AssessmentResultLearningObjectiveSet,
    )
    from ..models.update_student_item_response_body_result_metadata_type_0 import (
        UpdateStudentItemResponseBodyResultMetadataType0,
    )


T = TypeVar("T", bound="UpdateStudentItemResponseBodyResult")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "scoreDate",
        "scoreStatus",
        "metadata",
        "score",
        "textScore",
        "scorePercentile",
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
    global AssessmentResultLearningObjectiveSet
    global UpdateStudentItemResponseBodyResultMetadataType0
    from ..models.assessment_result_learning_objective_set import (
        AssessmentResultLearningObjectiveSet,
    )
    from ..models.update_student_item_response_body_result_metadata_type_0 import (
        UpdateStudentItemResponseBodyResultMetadataType0,
    )

    _LAZY_BOUND = True


def _parse_metadata(
    data: object,
) -> None | Unset | UpdateStudentItemResponseBodyResultMetadataType0:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = UpdateStudentItemResponseBodyResultMetadataType0.from_dict(
            data
        )

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_learning_objective_set(
    data: object,
) -> list[AssessmentResultLearningObjectiveSet] | None | Unset:
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
            learning_objective_set_type_0_item = (
                AssessmentResultLearningObjectiveSet.from_dict(
                    learning_objective_set_type_0_item_data
                )
            )

            learning_objective_set_type_0.append(learning_objective_set_type_0_item)

        return learning_objective_set_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class UpdateStudentItemResponseBodyResult:
    """The student's result for the item, either a component or a componentResource

    Attributes:
        status (LessonPlanTreeComponentStatus):
        score_date (datetime.datetime):
        score_status (ScoreStatus):
        metadata (None | Unset | UpdateStudentItemResponseBodyResultMetadataType0): Additional metadata for the object
        score (float | None | Unset):
        text_score (None | str | Unset):
        score_percentile (float | None | Unset):
        comment (None | str | Unset):
        learning_objective_set (list[AssessmentResultLearningObjectiveSet] | None | Unset):
        in_progress (None | str | Unset):
        incomplete (None | str | Unset):
        late (None | str | Unset):
        missing (None | str | Unset):
    """

    status: LessonPlanTreeComponentStatus
    score_date: datetime.datetime
    score_status: ScoreStatus
    metadata: None | Unset | UpdateStudentItemResponseBodyResultMetadataType0 = UNSET
    score: float | None | Unset = UNSET
    text_score: None | str | Unset = UNSET
    score_percentile: float | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    learning_objective_set: (
        list[AssessmentResultLearningObjectiveSet] | None | Unset
    ) = UNSET
    in_progress: None | str | Unset = UNSET
    incomplete: None | str | Unset = UNSET
    late: None | str | Unset = UNSET
    missing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_student_item_response_body_result_metadata_type_0 import (
            UpdateStudentItemResponseBodyResultMetadataType0,
        )

        status: str = self.status

        score_date = self.score_date.isoformat()

        score_status: str = self.score_status

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(
            self.metadata, UpdateStudentItemResponseBodyResultMetadataType0
        ):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        score_percentile: float | None | Unset
        if isinstance(self.score_percentile, Unset):
            score_percentile = UNSET
        else:
            score_percentile = self.score_percentile

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
        field_dict.update(
            {
                "status": status,
                "scoreDate": score_date,
                "scoreStatus": score_status,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if score is not UNSET:
            field_dict["score"] = score
        if text_score is not UNSET:
            field_dict["textScore"] = text_score
        if score_percentile is not UNSET:
            field_dict["scorePercentile"] = score_percentile
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
        status = check_lesson_plan_tree_component_status(d["status"])

        score_date = datetime.datetime.fromisoformat(d["scoreDate"])

        score_status = check_score_status(d["scoreStatus"])

        metadata = _parse_metadata(d.get("metadata", UNSET))

        score = d.get("score", UNSET)

        text_score = d.get("textScore", UNSET)

        score_percentile = d.get("scorePercentile", UNSET)

        comment = d.get("comment", UNSET)

        learning_objective_set = _parse_learning_objective_set(
            d.get("learningObjectiveSet", UNSET)
        )

        in_progress = d.get("inProgress", UNSET)

        incomplete = d.get("incomplete", UNSET)

        late = d.get("late", UNSET)

        missing = d.get("missing", UNSET)

        if cls is UpdateStudentItemResponseBodyResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.score_date = score_date
            _obj.score_status = score_status
            _obj.metadata = metadata
            _obj.score = score
            _obj.text_score = text_score
            _obj.score_percentile = score_percentile
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
                score_date,
                score_status,
                metadata,
                score,
                text_score,
                score_percentile,
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
