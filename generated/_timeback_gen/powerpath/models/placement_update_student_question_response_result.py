from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="PlacementUpdateStudentQuestionResponseResult")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "questionResult",
    }
)


@_attrs_define
class PlacementUpdateStudentQuestionResponseResult:
    """Represents the result of updating the student's response to the question in the PowerPath Placement test

    Attributes:
        lesson_type (Literal['placement']):
        question_result (Any | Unset): The assessment result object for the question (for debugging)
    """

    lesson_type: Literal["placement"]
    question_result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_type = self.lesson_type

        question_result = self.question_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
            }
        )
        if question_result is not UNSET:
            field_dict["questionResult"] = question_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lesson_type = cast(Literal["placement"], d["lessonType"])
        if lesson_type != "placement":
            raise ValueError(
                f"lessonType must match const 'placement', got '{lesson_type}'"
            )

        question_result = d.get("questionResult", UNSET)

        if cls is PlacementUpdateStudentQuestionResponseResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.question_result = question_result
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                question_result,
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
