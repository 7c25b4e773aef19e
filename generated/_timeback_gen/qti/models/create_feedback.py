from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_feedback_type import CreateFeedbackType, check_create_feedback_type
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateFeedback")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "userId",
        "feedback",
        "type",
        "lessonId",
        "questionId",
        "humanApproved",
    }
)


@_attrs_define
class CreateFeedback:
    """Schema for creating new feedback (identifier is auto-generated)

    Attributes:
        user_id (str): Identifier of the user who submitted the feedback
        feedback (str): The feedback content provided by the user
        type_ (CreateFeedbackType): Type of feedback - either for a specific question or for the entire lesson
        lesson_id (str): Identifier of the lesson this feedback refers to (required)
        question_id (str | Unset): Identifier of the specific question this feedback refers to (optional, for question-
            level feedback)
        human_approved (bool | Unset): Whether the feedback has been reviewed and approved by a human
    """

    user_id: str
    feedback: str
    type_: CreateFeedbackType
    lesson_id: str
    question_id: str | Unset = UNSET
    human_approved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        feedback = self.feedback

        type_: str = self.type_

        lesson_id = self.lesson_id

        question_id = self.question_id

        human_approved = self.human_approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "feedback": feedback,
                "type": type_,
                "lessonId": lesson_id,
            }
        )
        if question_id is not UNSET:
            field_dict["questionId"] = question_id
        if human_approved is not UNSET:
            field_dict["humanApproved"] = human_approved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        user_id = d["userId"]

        feedback = d["feedback"]

        type_ = check_create_feedback_type(d["type"])

        lesson_id = d["lessonId"]

        question_id = d.get("questionId", UNSET)

        human_approved = d.get("humanApproved", UNSET)

        if cls is CreateFeedback:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.user_id = user_id
            _obj.feedback = feedback
            _obj.type_ = type_
            _obj.lesson_id = lesson_id
            _obj.question_id = question_id
            _obj.human_approved = human_approved
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                user_id,
                feedback,
                type_,
                lesson_id,
                question_id,
                human_approved,
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
