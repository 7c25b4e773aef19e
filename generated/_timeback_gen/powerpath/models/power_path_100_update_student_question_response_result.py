from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_result import ResponseResult


T = TypeVar("T", bound="PowerPath100UpdateStudentQuestionResponseResult")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "powerpathScore",
        "responseResult",
        "accuracy",
        "correctQuestions",
        "totalQuestions",
        "xp",
        "multiplier",
        "questionResult",
        "testResult",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ResponseResult
    from ..models.response_result import ResponseResult

    _LAZY_BOUND = True


@_attrs_define
class PowerPath100UpdateStudentQuestionResponseResult:
    """Represents the result of updating the student's response to the question in the PowerPath100 lesson
    (ComponentResource)

        Attributes:
            lesson_type (Literal['powerpath-100']):
            powerpath_score (float): The updated PowerPath score of the student in this lesson
            response_result (ResponseResult): The result of processing the student's response
            accuracy (float): The accuracy of the student's attempted questions
            correct_questions (float): The number of correct questions the student has answered in the lesson
            total_questions (float): The total number of questions in the lesson
            xp (float | None): The XP the student has earned in the lesson
            multiplier (float | None): The multiplier for the student's XP
            question_result (Any | Unset): The assessment result object for the question (for debugging)
            test_result (Any | Unset): The assessment result object for the test (for debugging)
    """

    lesson_type: Literal["powerpath-100"]
    powerpath_score: float
    response_result: ResponseResult
    accuracy: float
    correct_questions: float
    total_questions: float
    xp: float | None
    multiplier: float | None
    question_result: Any | Unset = UNSET
    test_result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_type = self.lesson_type

        powerpath_score = self.powerpath_score

        response_result = self.response_result.to_dict()

        accuracy = self.accuracy

        correct_questions = self.correct_questions

        total_questions = self.total_questions

        xp: float | None
        xp = self.xp

        multiplier: float | None
        multiplier = self.multiplier

        question_result = self.question_result

        test_result = self.test_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "powerpathScore": powerpath_score,
                "responseResult": response_result,
                "accuracy": accuracy,
                "correctQuestions": correct_questions,
                "totalQuestions": total_questions,
                "xp": xp,
                "multiplier": multiplier,
            }
        )
        if question_result is not UNSET:
            field_dict["questionResult"] = question_result
        if test_result is not UNSET:
            field_dict["testResult"] = test_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lesson_type = cast(Literal["powerpath-100"], d["lessonType"])
        if lesson_type != "powerpath-100":
            raise ValueError(
                f"lessonType must match const 'powerpath-100', got '{lesson_type}'"
            )

        powerpath_score = d["powerpathScore"]

        response_result = ResponseResult.from_dict(d["responseResult"])

        accuracy = d["accuracy"]

        correct_questions = d["correctQuestions"]

        total_questions = d["totalQuestions"]

        xp = d["xp"]

        multiplier = d["multiplier"]

        question_result = d.get("questionResult", UNSET)

        test_result = d.get("testResult", UNSET)

        if cls is PowerPath100UpdateStudentQuestionResponseResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.powerpath_score = powerpath_score
            _obj.response_result = response_result
            _obj.accuracy = accuracy
            _obj.correct_questions = correct_questions
            _obj.total_questions = total_questions
            _obj.xp = xp
            _obj.multiplier = multiplier
            _obj.question_result = question_result
            _obj.test_result = test_result
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                powerpath_score,
                response_result,
                accuracy,
                correct_questions,
                total_questions,
                xp,
                multiplier,
                question_result,
                test_result,
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
