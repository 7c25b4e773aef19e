from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.final_student_assessment_response_response_200_lesson_type import (
    FinalStudentAssessmentResponseResponse200LessonType,
    check_final_student_assessment_response_response_200_lesson_type,
)
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.power_path_test_question import PowerPathTestQuestion


T = TypeVar("T", bound="GetAssessmentProgressResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "finalized",
        "questions",
        "toolProvider",
        "attempt",
        "xp",
        "multiplier",
        "accuracy",
        "correctQuestions",
        "totalQuestions",
        "score",
        "enrollmentFailed",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_PowerPathTestQuestion
    global PowerPathTestQuestion
    from ..models.power_path_test_question import PowerPathTestQuestion

    _TABLE = _rt.table(
        (
            _rt.Field(
                "lessonType",
                "lesson_type",
                True,
                _rt.Enum(
                    check_final_student_assessment_response_response_200_lesson_type,
                    "FinalStudentAssessmentResponseResponse200LessonType",
                ),
            ),
            _rt.Field("finalized", "finalized", True, _rt.BOOL),
            _rt.Field(
                "questions",
                "questions",
                True,
                _rt.List(_rt.Model(PowerPathTestQuestion)),
            ),
            _rt.Field(
                "toolProvider",
                "tool_provider",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("attempt", "attempt", True, _rt.FLOAT),
            _rt.Field(
                "xp",
                "xp",
                True,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "multiplier",
                "multiplier",
                True,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("accuracy", "accuracy", True, _rt.FLOAT),
            _rt.Field("correctQuestions", "correct_questions", True, _rt.FLOAT),
            _rt.Field("totalQuestions", "total_questions", True, _rt.FLOAT),
            _rt.Field("score", "score", False, _rt.FLOAT),
            _rt.Field("enrollmentFailed", "enrollment_failed", False, _rt.BOOL),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_PowerPathTestQuestion = PowerPathTestQuestion._from_dict_fast
    _BOUND = True


@_attrs_define
class GetAssessmentProgressResponse200:
    """
    Attributes:
        lesson_type (FinalStudentAssessmentResponseResponse200LessonType):
        finalized (bool): Whether the lesson has been finalized in the current attempt
        questions (list[PowerPathTestQuestion]):
        tool_provider (None | str): The tool provider of the lesson if external
        attempt (float): The attempt number
        xp (float | None): The XP the student has earned in the lesson
        multiplier (float | None): The multiplier for the student's XP
        accuracy (float): The accuracy of the student's attempted questions
        correct_questions (float): The number of correct questions the student has answered in the lesson
        total_questions (float): The total number of questions in the lesson
        score (float | Unset): The current score for this attempt
        enrollment_failed (bool | Unset): Whether auto-enrollment failed due to missing subject track or enrollment
            error. Only present for finalized external tests.
    """

    lesson_type: FinalStudentAssessmentResponseResponse200LessonType
    finalized: bool
    questions: list[PowerPathTestQuestion]
    tool_provider: None | str
    attempt: float
    xp: float | None
    multiplier: float | None
    accuracy: float
    correct_questions: float
    total_questions: float
    score: float | Unset = UNSET
    enrollment_failed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = self.lesson_type
        if self.finalized is not UNSET:
            field_dict["finalized"] = self.finalized
        if self.questions is not UNSET:
            field_dict["questions"] = _rt.dump(self.questions)
        if self.tool_provider is not UNSET:
            field_dict["toolProvider"] = self.tool_provider
        if self.attempt is not UNSET:
            field_dict["attempt"] = self.attempt
        if self.xp is not UNSET:
            field_dict["xp"] = self.xp
        if self.multiplier is not UNSET:
            field_dict["multiplier"] = self.multiplier
        if self.accuracy is not UNSET:
            field_dict["accuracy"] = self.accuracy
        if self.correct_questions is not UNSET:
            field_dict["correctQuestions"] = self.correct_questions
        if self.total_questions is not UNSET:
            field_dict["totalQuestions"] = self.total_questions
        if self.score is not UNSET:
            field_dict["score"] = self.score
        if self.enrollment_failed is not UNSET:
            field_dict["enrollmentFailed"] = self.enrollment_failed
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
        lesson_type = check_final_student_assessment_response_response_200_lesson_type(
            d["lessonType"]
        )

        finalized = d["finalized"]
        if type(finalized) is not bool:
            raise TypeError

        _questions = d["questions"]
        if type(_questions) is not list:
            raise TypeError
        questions = (
            [_F_PowerPathTestQuestion(_item) for _item in _questions]
            if _questions
            else _questions
        )

        tool_provider = d["toolProvider"]
        if type(tool_provider) is not str and tool_provider is not None:
            raise TypeError

        attempt = d["attempt"]
        if type(attempt) is not float and type(attempt) is not int:
            raise TypeError

        xp = d["xp"]
        if type(xp) is not float and type(xp) is not int and xp is not None:
            raise TypeError

        multiplier = d["multiplier"]
        if (
            type(multiplier) is not float
            and type(multiplier) is not int
            and multiplier is not None
        ):
            raise TypeError

        accuracy = d["accuracy"]
        if type(accuracy) is not float and type(accuracy) is not int:
            raise TypeError

        correct_questions = d["correctQuestions"]
        if type(correct_questions) is not float and type(correct_questions) is not int:
            raise TypeError

        total_questions = d["totalQuestions"]
        if type(total_questions) is not float and type(total_questions) is not int:
            raise TypeError

        score = d.get("score", UNSET)
        if type(score) is not float and type(score) is not int and score is not UNSET:
            raise TypeError

        enrollment_failed = d.get("enrollmentFailed", UNSET)
        if type(enrollment_failed) is not bool and enrollment_failed is not UNSET:
            raise TypeError

        if cls is GetAssessmentProgressResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.finalized = finalized
            _obj.questions = questions
            _obj.tool_provider = tool_provider
            _obj.attempt = attempt
            _obj.xp = xp
            _obj.multiplier = multiplier
            _obj.accuracy = accuracy
            _obj.correct_questions = correct_questions
            _obj.total_questions = total_questions
            _obj.score = score
            _obj.enrollment_failed = enrollment_failed
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                finalized,
                questions,
                tool_provider,
                attempt,
                xp,
                multiplier,
                accuracy,
                correct_questions,
                total_questions,
                score,
                enrollment_failed,
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
