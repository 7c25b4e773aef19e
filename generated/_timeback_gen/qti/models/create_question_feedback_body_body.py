from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateQuestionFeedbackBodyBody")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "userId",
        "feedback",
        "lessonId",
        "questionId",
        "humanApproved",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("userId", "user_id", True, _rt.STR),
            _rt.Field("feedback", "feedback", True, _rt.STR),
            _rt.Field("lessonId", "lesson_id", True, _rt.STR),
            _rt.Field("questionId", "question_id", False, _rt.STR),
            _rt.Field("humanApproved", "human_approved", False, _rt.BOOL),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


@_attrs_define
class CreateQuestionFeedbackBodyBody:
    """Schema for creating new feedback (identifier is auto-generated)

    Attributes:
        user_id (str): Identifier of the user who submitted the feedback
        feedback (str): The feedback content provided by the user
        lesson_id (str): Identifier of the lesson this feedback refers to (required)
        question_id (str | Unset): Identifier of the specific question this feedback refers to (optional, for question-
            level feedback)
        human_approved (bool | Unset): Whether the feedback has been reviewed and approved by a human
    """

    user_id: str
    feedback: str
    lesson_id: str
    question_id: str | Unset = UNSET
    human_approved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.feedback is not UNSET:
            field_dict["feedback"] = self.feedback
        if self.lesson_id is not UNSET:
            field_dict["lessonId"] = self.lesson_id
        if self.question_id is not UNSET:
            field_dict["questionId"] = self.question_id
        if self.human_approved is not UNSET:
            field_dict["humanApproved"] = self.human_approved
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
        user_id = d["userId"]
        if type(user_id) is not str:
            raise TypeError

        feedback = d["feedback"]
        if type(feedback) is not str:
            raise TypeError

        lesson_id = d["lessonId"]
        if type(lesson_id) is not str:
            raise TypeError

        question_id = d.get("questionId", UNSET)
        if type(question_id) is not str and question_id is not UNSET:
            raise TypeError

        human_approved = d.get("humanApproved", UNSET)
        if type(human_approved) is not bool and human_approved is not UNSET:
            raise TypeError

        if cls is CreateQuestionFeedbackBodyBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.user_id = user_id
            _obj.feedback = feedback
            _obj.lesson_id = lesson_id
            _obj.question_id = question_id
            _obj.human_approved = human_approved
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                user_id,
                feedback,
                lesson_id,
                question_id,
                human_approved,
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
