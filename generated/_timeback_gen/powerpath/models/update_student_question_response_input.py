from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_student_question_response_input_responses import (
        UpdateStudentQuestionResponseInputResponses,
    )


T = TypeVar("T", bound="UpdateStudentQuestionResponseInput")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "student",
        "question",
        "lesson",
        "response",
        "responses",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global UpdateStudentQuestionResponseInputResponses
    from ..models.update_student_question_response_input_responses import (
        UpdateStudentQuestionResponseInputResponses,
    )

    _LAZY_BOUND = True


def _parse_response(data: object) -> list[str] | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        response_type_1 = cast(list[str], data)

        return response_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class UpdateStudentQuestionResponseInput:
    """The input for the updateStudentQuestionResponse endpoint

    Attributes:
        student (str): The sourcedId of the student who is answering the question
        question (str): The QTI question identifier from the lesson's question bank. This identifier corresponds to a
            specific question fetched from the QTI test URL stored in the lesson's Resource metadata.
        lesson (str): The sourcedId of the lesson (ComponentResource)
        response (list[str] | str | Unset): DEPRECATED: Use 'responses' instead. / The student's response to the
            question. Might be the reference to the choice specified in the QTI structure.
        responses (UpdateStudentQuestionResponseInputResponses | Unset): Object containing response identifiers as keys
            and their corresponding values as strings or arrays of strings
    """

    student: str
    question: str
    lesson: str
    response: list[str] | str | Unset = UNSET
    responses: UpdateStudentQuestionResponseInputResponses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student = self.student

        question = self.question

        lesson = self.lesson

        response: list[str] | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, list):
            response = self.response

        else:
            response = self.response

        responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = self.responses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student": student,
                "question": question,
                "lesson": lesson,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response
        if responses is not UNSET:
            field_dict["responses"] = responses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        student = d["student"]

        question = d["question"]

        lesson = d["lesson"]

        response = _parse_response(d.get("response", UNSET))

        _responses = d.get("responses", UNSET)
        responses = (
            UNSET
            if _responses is UNSET
            else UpdateStudentQuestionResponseInputResponses.from_dict(_responses)
        )

        if cls is UpdateStudentQuestionResponseInput:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.student = student
            _obj.question = question
            _obj.lesson = lesson
            _obj.response = response
            _obj.responses = responses
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                student,
                question,
                lesson,
                response,
                responses,
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
