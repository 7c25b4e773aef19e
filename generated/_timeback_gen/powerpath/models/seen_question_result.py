from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seen_question_result_outcomes import SeenQuestionResultOutcomes


T = TypeVar("T", bound="SeenQuestionResult")


@_attrs_define
class SeenQuestionResult:
    """The result of the question

    Attributes:
        score (float): The score assigned to the question, considering the student's response
        feedback (str): The feedback for the question
        outcomes (SeenQuestionResultOutcomes | Unset): The outcomes of the question
    """

    score: float
    feedback: str
    outcomes: SeenQuestionResultOutcomes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        feedback = self.feedback

        outcomes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcomes, Unset):
            outcomes = self.outcomes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "feedback": feedback,
            }
        )
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.seen_question_result_outcomes import SeenQuestionResultOutcomes

        d = dict(src_dict)
        score = d.pop("score")

        feedback = d.pop("feedback")

        _outcomes = d.pop("outcomes", UNSET)
        outcomes: SeenQuestionResultOutcomes | Unset
        if isinstance(_outcomes, Unset):
            outcomes = UNSET
        else:
            outcomes = SeenQuestionResultOutcomes.from_dict(_outcomes)

        seen_question_result = cls(
            score=score,
            feedback=feedback,
            outcomes=outcomes,
        )

        seen_question_result.additional_properties = d
        return seen_question_result

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
