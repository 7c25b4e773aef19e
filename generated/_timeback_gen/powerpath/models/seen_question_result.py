from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.seen_question_result_outcomes import SeenQuestionResultOutcomes


T = TypeVar("T", bound="SeenQuestionResult")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "score",
        "feedback",
        "outcomes",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global SeenQuestionResultOutcomes
    from ..models.seen_question_result_outcomes import SeenQuestionResultOutcomes

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        score = d["score"]

        feedback = d["feedback"]

        _outcomes = d.get("outcomes", UNSET)
        outcomes = (
            UNSET
            if _outcomes is UNSET
            else SeenQuestionResultOutcomes.from_dict(_outcomes)
        )

        if cls is SeenQuestionResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.score = score
            _obj.feedback = feedback
            _obj.outcomes = outcomes
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                score,
                feedback,
                outcomes,
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
