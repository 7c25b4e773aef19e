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
from ..models.score_status import ScoreStatus, check_score_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_result_learning_objective_set import (
        AssessmentResultLearningObjectiveSet,
    )
    from ..models.assessment_result_metadata_type_0 import AssessmentResultMetadataType0
    from ..models.score_scale import ScoreScale


T = TypeVar("T", bound="AssessmentResult")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "status",
        "assessmentLineItem",
        "student",
        "scoreDate",
        "scoreStatus",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "score",
        "textScore",
        "scoreScale",
        "scorePercentile",
        "comment",
        "learningObjectiveSet",
        "inProgress",
        "incomplete",
        "late",
        "missing",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_ScoreScale
    global AssessmentResultLearningObjectiveSet
    global AssessmentResultMetadataType0
    global ScoreScale
    global _D_metadata
    global _D_score_scale
    global _D_learning_objective_set
    from ..models.assessment_result_learning_objective_set import (
        AssessmentResultLearningObjectiveSet,
    )
    from ..models.assessment_result_metadata_type_0 import AssessmentResultMetadataType0
    from ..models.score_scale import ScoreScale

    _TABLE = _rt.table(
        (
            _rt.Field(
                "status",
                "status",
                True,
                _rt.Enum(
                    check_lesson_plan_tree_component_status,
                    "LessonPlanTreeComponentStatus",
                ),
            ),
            _rt.Field(
                "assessmentLineItem",
                "assessment_line_item",
                True,
                _rt.Model(ScoreScale),
            ),
            _rt.Field("student", "student", True, _rt.Model(ScoreScale)),
            _rt.Field("scoreDate", "score_date", True, _rt.DATETIME),
            _rt.Field(
                "scoreStatus",
                "score_status",
                True,
                _rt.Enum(check_score_status, "ScoreStatus"),
            ),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(AssessmentResultMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "score",
                "score",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "textScore",
                "text_score",
                False,
                _rt.Union(
                    (
                        _rt.STR,
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
                        _rt.Model(ScoreScale),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "scorePercentile",
                "score_percentile",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "comment",
                "comment",
                False,
                _rt.Union(
                    (
                        _rt.STR,
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
                        _rt.List(_rt.Model(AssessmentResultLearningObjectiveSet)),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "inProgress",
                "in_progress",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "incomplete",
                "incomplete",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "late",
                "late",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "missing",
                "missing",
                False,
                _rt.Union(
                    (
                        _rt.STR,
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
    _F_ScoreScale = ScoreScale._from_dict_fast
    _D_metadata = _TABLE.fields[7].desc
    _D_score_scale = _TABLE.fields[10].desc
    _D_learning_objective_set = _TABLE.fields[13].desc
    _BOUND = True


@_attrs_define
class AssessmentResult:
    """Represents an assessment result.

    Attributes:
        status (LessonPlanTreeComponentStatus):
        assessment_line_item (ScoreScale):
        student (ScoreScale):
        score_date (datetime.datetime):
        score_status (ScoreStatus):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (AssessmentResultMetadataType0 | None | Unset): Additional metadata for the object
        score (float | None | Unset):
        text_score (None | str | Unset):
        score_scale (None | ScoreScale | Unset):
        score_percentile (float | None | Unset):
        comment (None | str | Unset):
        learning_objective_set (list[AssessmentResultLearningObjectiveSet] | None | Unset):
        in_progress (None | str | Unset):
        incomplete (None | str | Unset):
        late (None | str | Unset):
        missing (None | str | Unset):
    """

    status: LessonPlanTreeComponentStatus
    assessment_line_item: ScoreScale
    student: ScoreScale
    score_date: datetime.datetime
    score_status: ScoreStatus
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: AssessmentResultMetadataType0 | None | Unset = UNSET
    score: float | None | Unset = UNSET
    text_score: None | str | Unset = UNSET
    score_scale: None | ScoreScale | Unset = UNSET
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.assessment_line_item is not UNSET:
            field_dict["assessmentLineItem"] = _rt.dump(self.assessment_line_item)
        if self.student is not UNSET:
            field_dict["student"] = _rt.dump(self.student)
        if self.score_date is not UNSET:
            field_dict["scoreDate"] = _rt.dump(self.score_date)
        if self.score_status is not UNSET:
            field_dict["scoreStatus"] = self.score_status
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.score is not UNSET:
            field_dict["score"] = self.score
        if self.text_score is not UNSET:
            field_dict["textScore"] = self.text_score
        if self.score_scale is not UNSET:
            field_dict["scoreScale"] = _rt.dump(self.score_scale)
        if self.score_percentile is not UNSET:
            field_dict["scorePercentile"] = self.score_percentile
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = _rt.dump(self.learning_objective_set)
        if self.in_progress is not UNSET:
            field_dict["inProgress"] = self.in_progress
        if self.incomplete is not UNSET:
            field_dict["incomplete"] = self.incomplete
        if self.late is not UNSET:
            field_dict["late"] = self.late
        if self.missing is not UNSET:
            field_dict["missing"] = self.missing
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
        status = check_lesson_plan_tree_component_status(d["status"])

        assessment_line_item = _F_ScoreScale(d["assessmentLineItem"])

        student = _F_ScoreScale(d["student"])

        score_date = _parse_datetime(d["scoreDate"])

        score_status = check_score_status(d["scoreStatus"])

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        score = d.get("score", UNSET)
        if (
            type(score) is not float
            and type(score) is not int
            and score is not None
            and score is not UNSET
        ):
            raise TypeError

        text_score = d.get("textScore", UNSET)
        if (
            type(text_score) is not str
            and text_score is not None
            and text_score is not UNSET
        ):
            raise TypeError

        _score_scale = d.get("scoreScale", UNSET)
        score_scale = (
            UNSET if _score_scale is UNSET else _D_score_scale.strict(_score_scale)
        )

        score_percentile = d.get("scorePercentile", UNSET)
        if (
            type(score_percentile) is not float
            and type(score_percentile) is not int
            and score_percentile is not None
            and score_percentile is not UNSET
        ):
            raise TypeError

        comment = d.get("comment", UNSET)
        if type(comment) is not str and comment is not None and comment is not UNSET:
            raise TypeError

        _learning_objective_set = d.get("learningObjectiveSet", UNSET)
        learning_objective_set = (
            UNSET
            if _learning_objective_set is UNSET
            else _D_learning_objective_set.strict(_learning_objective_set)
        )

        in_progress = d.get("inProgress", UNSET)
        if (
            type(in_progress) is not str
            and in_progress is not None
            and in_progress is not UNSET
        ):
            raise TypeError

        incomplete = d.get("incomplete", UNSET)
        if (
            type(incomplete) is not str
            and incomplete is not None
            and incomplete is not UNSET
        ):
            raise TypeError

        late = d.get("late", UNSET)
        if type(late) is not str and late is not None and late is not UNSET:
            raise TypeError

        missing = d.get("missing", UNSET)
        if type(missing) is not str and missing is not None and missing is not UNSET:
            raise TypeError

        if cls is AssessmentResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.assessment_line_item = assessment_line_item
            _obj.student = student
            _obj.score_date = score_date
            _obj.score_status = score_status
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.score = score
            _obj.text_score = text_score
            _obj.score_scale = score_scale
            _obj.score_percentile = score_percentile
            _obj.comment = comment
            _obj.learning_objective_set = learning_objective_set
            _obj.in_progress = in_progress
            _obj.incomplete = incomplete
            _obj.late = late
            _obj.missing = missing
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                assessment_line_item,
                student,
                score_date,
                score_status,
                sourced_id,
                date_last_modified,
                metadata,
                score,
                text_score,
                score_scale,
                score_percentile,
                comment,
                learning_objective_set,
                in_progress,
                incomplete,
                late,
                missing,
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
