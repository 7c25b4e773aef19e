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
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.power_path_test_question import PowerPathTestQuestion
    from ..models.remaining_questions_per_difficulty import (
        RemainingQuestionsPerDifficulty,
    )


T = TypeVar("T", bound="PowerPath100ProgressResult")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "remainingQuestionsPerDifficulty",
        "score",
        "seenQuestions",
        "attempt",
        "xp",
        "multiplier",
        "accuracy",
        "correctQuestions",
        "totalQuestions",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_RemainingQuestionsPerDifficulty
    global _F_PowerPathTestQuestion
    global PowerPathTestQuestion
    global RemainingQuestionsPerDifficulty
    global _D_lesson_type
    from ..models.power_path_test_question import PowerPathTestQuestion
    from ..models.remaining_questions_per_difficulty import (
        RemainingQuestionsPerDifficulty,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("lessonType", "lesson_type", True, _rt.Const("powerpath-100")),
            _rt.Field(
                "remainingQuestionsPerDifficulty",
                "remaining_questions_per_difficulty",
                True,
                _rt.Model(RemainingQuestionsPerDifficulty),
            ),
            _rt.Field("score", "score", True, _rt.FLOAT),
            _rt.Field(
                "seenQuestions",
                "seen_questions",
                True,
                _rt.List(_rt.Model(PowerPathTestQuestion)),
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
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_RemainingQuestionsPerDifficulty = RemainingQuestionsPerDifficulty._from_dict_fast
    _F_PowerPathTestQuestion = PowerPathTestQuestion._from_dict_fast
    _D_lesson_type = _TABLE.fields[0].desc
    _BOUND = True


@_attrs_define
class PowerPath100ProgressResult:
    """Represents the progress of the student in the PowerPath100 lesson

    Attributes:
        lesson_type (Literal['powerpath-100']):
        remaining_questions_per_difficulty (RemainingQuestionsPerDifficulty):
        score (float): The current score for this attempt
        seen_questions (list[PowerPathTestQuestion]):
        attempt (float): The attempt number
        xp (float | None): The XP the student has earned in the lesson
        multiplier (float | None): The multiplier for the student's XP
        accuracy (float): The accuracy of the student's attempted questions
        correct_questions (float): The number of correct questions the student has answered in the lesson
        total_questions (float): The total number of questions in the lesson
    """

    lesson_type: Literal["powerpath-100"]
    remaining_questions_per_difficulty: RemainingQuestionsPerDifficulty
    score: float
    seen_questions: list[PowerPathTestQuestion]
    attempt: float
    xp: float | None
    multiplier: float | None
    accuracy: float
    correct_questions: float
    total_questions: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = _rt.dump(self.lesson_type)
        if self.remaining_questions_per_difficulty is not UNSET:
            field_dict["remainingQuestionsPerDifficulty"] = _rt.dump(
                self.remaining_questions_per_difficulty
            )
        if self.score is not UNSET:
            field_dict["score"] = self.score
        if self.seen_questions is not UNSET:
            field_dict["seenQuestions"] = _rt.dump(self.seen_questions)
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

        remaining_questions_per_difficulty = _F_RemainingQuestionsPerDifficulty(
            d["remainingQuestionsPerDifficulty"]
        )

        score = d["score"]
        if type(score) is not float and type(score) is not int:
            raise TypeError

        _seen_questions = d["seenQuestions"]
        if type(_seen_questions) is not list:
            raise TypeError
        seen_questions = (
            [_F_PowerPathTestQuestion(_item) for _item in _seen_questions]
            if _seen_questions
            else _seen_questions
        )

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

        if cls is PowerPath100ProgressResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.remaining_questions_per_difficulty = remaining_questions_per_difficulty
            _obj.score = score
            _obj.seen_questions = seen_questions
            _obj.attempt = attempt
            _obj.xp = xp
            _obj.multiplier = multiplier
            _obj.accuracy = accuracy
            _obj.correct_questions = correct_questions
            _obj.total_questions = total_questions
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                remaining_questions_per_difficulty,
                score,
                seen_questions,
                attempt,
                xp,
                multiplier,
                accuracy,
                correct_questions,
                total_questions,
            )
        if len(d) == 10:
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
