from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_student_question_response_input_responses import (
        UpdateStudentQuestionResponseInputResponses,
    )


T = TypeVar("T", bound="UpdateStudentQuestionResponseInput")


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
        from ..models.update_student_question_response_input_responses import (
            UpdateStudentQuestionResponseInputResponses,
        )

        d = dict(src_dict)
        student = d.pop("student")

        question = d.pop("question")

        lesson = d.pop("lesson")

        def _parse_response(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_type_1 = cast(list[str], data)

                return response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        _responses = d.pop("responses", UNSET)
        responses: UpdateStudentQuestionResponseInputResponses | Unset
        if isinstance(_responses, Unset):
            responses = UNSET
        else:
            responses = UpdateStudentQuestionResponseInputResponses.from_dict(
                _responses
            )

        update_student_question_response_input = cls(
            student=student,
            question=question,
            lesson=lesson,
            response=response,
            responses=responses,
        )

        update_student_question_response_input.additional_properties = d
        return update_student_question_response_input

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
