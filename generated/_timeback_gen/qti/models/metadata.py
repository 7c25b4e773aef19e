from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.difficulty import Difficulty, check_difficulty
from ..models.grade import Grade, check_grade
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.learning_objective_set import LearningObjectiveSet


T = TypeVar("T", bound="Metadata")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "subject",
        "grade",
        "difficulty",
        "learningObjectiveSet",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_LearningObjectiveSet
    global LearningObjectiveSet
    from ..models.learning_objective_set import LearningObjectiveSet

    _TABLE = _rt.table(
        (
            _rt.Field("subject", "subject", False, _rt.STR),
            _rt.Field("grade", "grade", False, _rt.Enum(check_grade, "Grade")),
            _rt.Field(
                "difficulty",
                "difficulty",
                False,
                _rt.Enum(check_difficulty, "Difficulty"),
            ),
            _rt.Field(
                "learningObjectiveSet",
                "learning_objective_set",
                False,
                _rt.List(_rt.Model(LearningObjectiveSet)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_LearningObjectiveSet = LearningObjectiveSet._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.grade is not UNSET:
            field_dict["grade"] = self.grade
        if self.difficulty is not UNSET:
            field_dict["difficulty"] = self.difficulty
        if self.learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = _rt.dump(self.learning_objective_set)
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
        subject = d.get("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            raise TypeError

        _grade = d.get("grade", UNSET)
        grade = UNSET if _grade is UNSET else check_grade(_grade)

        _difficulty = d.get("difficulty", UNSET)
        difficulty = UNSET if _difficulty is UNSET else check_difficulty(_difficulty)

        _learning_objective_set = d.get("learningObjectiveSet", UNSET)
        if _learning_objective_set is UNSET:
            learning_objective_set = UNSET
        else:
            if type(_learning_objective_set) is not list:
                raise TypeError
            learning_objective_set = (
                [_F_LearningObjectiveSet(_item) for _item in _learning_objective_set]
                if _learning_objective_set
                else _learning_objective_set
            )

        if cls is Metadata:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.subject = subject
            _obj.grade = grade
            _obj.difficulty = difficulty
            _obj.learning_objective_set = learning_objective_set
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                subject,
                grade,
                difficulty,
                learning_objective_set,
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
