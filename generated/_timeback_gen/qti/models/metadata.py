from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.difficulty import Difficulty, check_difficulty
from ..models.grade import Grade, check_grade
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learning_objective_set import LearningObjectiveSet


T = TypeVar("T", bound="Metadata")


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
        from ..models.learning_objective_set import LearningObjectiveSet

        d = dict(src_dict)
        subject = d.pop("subject", UNSET)

        _grade = d.pop("grade", UNSET)
        grade: Grade | Unset
        if isinstance(_grade, Unset):
            grade = UNSET
        else:
            grade = check_grade(_grade)

        _difficulty = d.pop("difficulty", UNSET)
        difficulty: Difficulty | Unset
        if isinstance(_difficulty, Unset):
            difficulty = UNSET
        else:
            difficulty = check_difficulty(_difficulty)

        _learning_objective_set = d.pop("learningObjectiveSet", UNSET)
        learning_objective_set: list[LearningObjectiveSet] | Unset = UNSET
        if _learning_objective_set is not UNSET:
            learning_objective_set = []
            for learning_objective_set_item_data in _learning_objective_set:
                learning_objective_set_item = LearningObjectiveSet.from_dict(
                    learning_objective_set_item_data
                )

                learning_objective_set.append(learning_objective_set_item)

        metadata = cls(
            subject=subject,
            grade=grade,
            difficulty=difficulty,
            learning_objective_set=learning_objective_set,
        )

        metadata.additional_properties = d
        return metadata

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
