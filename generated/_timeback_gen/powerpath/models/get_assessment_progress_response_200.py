from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.final_student_assessment_response_response_200_lesson_type import (
    FinalStudentAssessmentResponseResponse200LessonType,
    check_final_student_assessment_response_response_200_lesson_type,
)
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.power_path_test_question import PowerPathTestQuestion


T = TypeVar("T", bound="GetAssessmentProgressResponse200")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global PowerPathTestQuestion
    from ..models.power_path_test_question import PowerPathTestQuestion

    _LAZY_BOUND = True


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
        lesson_type: str = self.lesson_type

        finalized = self.finalized

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        tool_provider: None | str
        tool_provider = self.tool_provider

        attempt = self.attempt

        xp: float | None
        xp = self.xp

        multiplier: float | None
        multiplier = self.multiplier

        accuracy = self.accuracy

        correct_questions = self.correct_questions

        total_questions = self.total_questions

        score = self.score

        enrollment_failed = self.enrollment_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "finalized": finalized,
                "questions": questions,
                "toolProvider": tool_provider,
                "attempt": attempt,
                "xp": xp,
                "multiplier": multiplier,
                "accuracy": accuracy,
                "correctQuestions": correct_questions,
                "totalQuestions": total_questions,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if enrollment_failed is not UNSET:
            field_dict["enrollmentFailed"] = enrollment_failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lesson_type = check_final_student_assessment_response_response_200_lesson_type(
            d["lessonType"]
        )

        finalized = d["finalized"]

        questions = [PowerPathTestQuestion.from_dict(_item) for _item in d["questions"]]

        tool_provider = d["toolProvider"]

        attempt = d["attempt"]

        xp = d["xp"]

        multiplier = d["multiplier"]

        accuracy = d["accuracy"]

        correct_questions = d["correctQuestions"]

        total_questions = d["totalQuestions"]

        score = d.get("score", UNSET)

        enrollment_failed = d.get("enrollmentFailed", UNSET)

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
            _obj.additional_properties = NO_EXTRAS
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
