from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_result import ResponseResult


T = TypeVar("T", bound="PowerPath100UpdateStudentQuestionResponseResult")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_ResponseResult
    global ResponseResult
    global _D_lesson_type
    from ..models.response_result import ResponseResult

    _TABLE = _rt.table(
        (
            _rt.Field("lessonType", "lesson_type", True, _rt.Const("powerpath-100")),
            _rt.Field("powerpathScore", "powerpath_score", True, _rt.FLOAT),
            _rt.Field(
                "responseResult", "response_result", True, _rt.Model(ResponseResult)
            ),
            _rt.Field("accuracy", "accuracy", True, _rt.FLOAT),
            _rt.Field("correctQuestions", "correct_questions", True, _rt.FLOAT),
            _rt.Field("totalQuestions", "total_questions", True, _rt.FLOAT),
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
            _rt.Field("questionResult", "question_result", False, _rt.ANY),
            _rt.Field("testResult", "test_result", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_ResponseResult = ResponseResult._from_dict_fast
    _D_lesson_type = _TABLE.fields[0].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = _rt.dump(self.lesson_type)
        if self.powerpath_score is not UNSET:
            field_dict["powerpathScore"] = self.powerpath_score
        if self.response_result is not UNSET:
            field_dict["responseResult"] = _rt.dump(self.response_result)
        if self.accuracy is not UNSET:
            field_dict["accuracy"] = self.accuracy
        if self.correct_questions is not UNSET:
            field_dict["correctQuestions"] = self.correct_questions
        if self.total_questions is not UNSET:
            field_dict["totalQuestions"] = self.total_questions
        if self.xp is not UNSET:
            field_dict["xp"] = self.xp
        if self.multiplier is not UNSET:
            field_dict["multiplier"] = self.multiplier
        if self.question_result is not UNSET:
            field_dict["questionResult"] = self.question_result
        if self.test_result is not UNSET:
            field_dict["testResult"] = self.test_result
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
        lesson_type = _D_lesson_type.strict(d["lessonType"])

        powerpath_score = d["powerpathScore"]
        if type(powerpath_score) is not float and type(powerpath_score) is not int:
            raise TypeError

        response_result = _F_ResponseResult(d["responseResult"])

        accuracy = d["accuracy"]
        if type(accuracy) is not float and type(accuracy) is not int:
            raise TypeError

        correct_questions = d["correctQuestions"]
        if type(correct_questions) is not float and type(correct_questions) is not int:
            raise TypeError

        total_questions = d["totalQuestions"]
        if type(total_questions) is not float and type(total_questions) is not int:
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
