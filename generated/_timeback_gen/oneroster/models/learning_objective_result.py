from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="LearningObjectiveResult")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "learningObjectiveId",
        "score",
        "textScore",
    }
)


@_attrs_define
class LearningObjectiveResult:
    """
    Attributes:
        learning_objective_id (str):
        score (float | Unset):
        text_score (str | Unset):
    """

    learning_objective_id: str
    score: float | Unset = UNSET
    text_score: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learning_objective_id = self.learning_objective_id

        score = self.score

        text_score = self.text_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "learningObjectiveId": learning_objective_id,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if text_score is not UNSET:
            field_dict["textScore"] = text_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        learning_objective_id = d["learningObjectiveId"]

        score = d.get("score", UNSET)

        text_score = d.get("textScore", UNSET)

        if cls is LearningObjectiveResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.learning_objective_id = learning_objective_id
            _obj.score = score
            _obj.text_score = text_score
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                learning_objective_id,
                score,
                text_score,
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
