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

if TYPE_CHECKING:
    from ..models.power_path_test_question import PowerPathTestQuestion
    from ..models.remaining_questions_per_difficulty import (
        RemainingQuestionsPerDifficulty,
    )


T = TypeVar("T", bound="PowerPath100ProgressResult")


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
        from ..models.power_path_test_question import PowerPathTestQuestion
        from ..models.remaining_questions_per_difficulty import (
            RemainingQuestionsPerDifficulty,
        )

        d = dict(src_dict)
        lesson_type = cast(Literal["powerpath-100"], d.pop("lessonType"))
        if lesson_type != "powerpath-100":
            raise ValueError(
                f"lessonType must match const 'powerpath-100', got '{lesson_type}'"
            )

        remaining_questions_per_difficulty = RemainingQuestionsPerDifficulty.from_dict(
            d.pop("remainingQuestionsPerDifficulty")
        )

        score = d.pop("score")

        seen_questions = []
        _seen_questions = d.pop("seenQuestions")
        for seen_questions_item_data in _seen_questions:
            seen_questions_item = PowerPathTestQuestion.from_dict(
                seen_questions_item_data
            )

            seen_questions.append(seen_questions_item)

        attempt = d.pop("attempt")

        def _parse_xp(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        xp = _parse_xp(d.pop("xp"))

        def _parse_multiplier(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        multiplier = _parse_multiplier(d.pop("multiplier"))

        accuracy = d.pop("accuracy")

        correct_questions = d.pop("correctQuestions")

        total_questions = d.pop("totalQuestions")

        power_path_100_progress_result = cls(
            lesson_type=lesson_type,
            remaining_questions_per_difficulty=remaining_questions_per_difficulty,
            score=score,
            seen_questions=seen_questions,
            attempt=attempt,
            xp=xp,
            multiplier=multiplier,
            accuracy=accuracy,
            correct_questions=correct_questions,
            total_questions=total_questions,
        )

        power_path_100_progress_result.additional_properties = d
        return power_path_100_progress_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
