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

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.power_path_test_question import PowerPathTestQuestion
    from ..models.remaining_questions_per_difficulty import (
        RemainingQuestionsPerDifficulty,
    )


T = TypeVar("T", bound="PowerPath100ProgressResult")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global PowerPathTestQuestion
    global RemainingQuestionsPerDifficulty
    from ..models.power_path_test_question import PowerPathTestQuestion
    from ..models.remaining_questions_per_difficulty import (
        RemainingQuestionsPerDifficulty,
    )

    _LAZY_BOUND = True


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
        lesson_type = self.lesson_type

        remaining_questions_per_difficulty = (
            self.remaining_questions_per_difficulty.to_dict()
        )

        score = self.score

        seen_questions = []
        for seen_questions_item_data in self.seen_questions:
            seen_questions_item = seen_questions_item_data.to_dict()
            seen_questions.append(seen_questions_item)

        attempt = self.attempt

        xp: float | None
        xp = self.xp

        multiplier: float | None
        multiplier = self.multiplier

        accuracy = self.accuracy

        correct_questions = self.correct_questions

        total_questions = self.total_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "remainingQuestionsPerDifficulty": remaining_questions_per_difficulty,
                "score": score,
                "seenQuestions": seen_questions,
                "attempt": attempt,
                "xp": xp,
                "multiplier": multiplier,
                "accuracy": accuracy,
                "correctQuestions": correct_questions,
                "totalQuestions": total_questions,
            }
        )

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

        remaining_questions_per_difficulty = RemainingQuestionsPerDifficulty.from_dict(
            d["remainingQuestionsPerDifficulty"]
        )

        score = d["score"]

        seen_questions = [
            PowerPathTestQuestion.from_dict(_item) for _item in d["seenQuestions"]
        ]

        attempt = d["attempt"]

        xp = d["xp"]

        multiplier = d["multiplier"]

        accuracy = d["accuracy"]

        correct_questions = d["correctQuestions"]

        total_questions = d["totalQuestions"]

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
            _obj.additional_properties = NO_EXTRAS
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
        if len(d) != 10:  # else keep NO_EXTRAS
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
