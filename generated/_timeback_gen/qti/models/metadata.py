from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.difficulty import Difficulty, check_difficulty
from ..models.grade import Grade, check_grade
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.learning_objective_set import LearningObjectiveSet


T = TypeVar("T", bound="Metadata")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "subject",
        "grade",
        "difficulty",
        "learningObjectiveSet",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global LearningObjectiveSet
    from ..models.learning_objective_set import LearningObjectiveSet

    _LAZY_BOUND = True


@_attrs_define
class Metadata:
    """Additional custom metadata for assessment items with validation for specific fields used by external applications

    Attributes:
        subject (str | Unset): Subject area for the assessment item Example: Math.
        grade (Grade | Unset): Grade level for the assessment item. Must use a value from K-12 Example: 10.
        difficulty (Difficulty | Unset): Difficulty level of the assessment item Example: easy.
        learning_objective_set (list[LearningObjectiveSet] | Unset): Learning objectives associated with this assessment
            item Example: [{'source': 'CASE', 'learningObjectiveIds': ['id-123', 'id-456', 'id-789']}].
    """

    subject: str | Unset = UNSET
    grade: Grade | Unset = UNSET
    difficulty: Difficulty | Unset = UNSET
    learning_objective_set: list[LearningObjectiveSet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        grade: str | Unset = UNSET
        if not isinstance(self.grade, Unset):
            grade = self.grade

        difficulty: str | Unset = UNSET
        if not isinstance(self.difficulty, Unset):
            difficulty = self.difficulty

        learning_objective_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.learning_objective_set, Unset):
            learning_objective_set = []
            for learning_objective_set_item_data in self.learning_objective_set:
                learning_objective_set_item = learning_objective_set_item_data.to_dict()
                learning_objective_set.append(learning_objective_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if grade is not UNSET:
            field_dict["grade"] = grade
        if difficulty is not UNSET:
            field_dict["difficulty"] = difficulty
        if learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = learning_objective_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subject = d.get("subject", UNSET)

        _grade = d.get("grade", UNSET)
        grade = UNSET if _grade is UNSET else check_grade(_grade)

        _difficulty = d.get("difficulty", UNSET)
        difficulty = UNSET if _difficulty is UNSET else check_difficulty(_difficulty)

        _learning_objective_set = d.get("learningObjectiveSet", UNSET)
        learning_objective_set = (
            UNSET
            if _learning_objective_set is UNSET
            else [
                LearningObjectiveSet.from_dict(_item)
                for _item in _learning_objective_set
            ]
        )

        if cls is Metadata:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.subject = subject
            _obj.grade = grade
            _obj.difficulty = difficulty
            _obj.learning_objective_set = learning_objective_set
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                subject,
                grade,
                difficulty,
                learning_objective_set,
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
