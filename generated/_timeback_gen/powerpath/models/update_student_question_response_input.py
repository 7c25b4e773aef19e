from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_student_question_response_input_responses import (
        UpdateStudentQuestionResponseInputResponses,
    )


T = TypeVar("T", bound="UpdateStudentQuestionResponseInput")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "student",
        "question",
        "lesson",
        "response",
        "responses",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_UpdateStudentQuestionResponseInputResponses
    global UpdateStudentQuestionResponseInputResponses
    global _D_response
    from ..models.update_student_question_response_input_responses import (
        UpdateStudentQuestionResponseInputResponses,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("student", "student", True, _rt.STR),
            _rt.Field("question", "question", True, _rt.STR),
            _rt.Field("lesson", "lesson", True, _rt.STR),
            _rt.Field(
                "response",
                "response",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.List(_rt.STR),
                    )
                ),
            ),
            _rt.Field(
                "responses",
                "responses",
                False,
                _rt.Model(UpdateStudentQuestionResponseInputResponses),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_UpdateStudentQuestionResponseInputResponses = (
        UpdateStudentQuestionResponseInputResponses._from_dict_fast
    )
    _D_response = _TABLE.fields[3].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.student is not UNSET:
            field_dict["student"] = self.student
        if self.question is not UNSET:
            field_dict["question"] = self.question
        if self.lesson is not UNSET:
            field_dict["lesson"] = self.lesson
        if self.response is not UNSET:
            field_dict["response"] = _rt.dump(self.response)
        if self.responses is not UNSET:
            field_dict["responses"] = _rt.dump(self.responses)
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
        student = d["student"]
        if type(student) is not str:
            raise TypeError

        question = d["question"]
        if type(question) is not str:
            raise TypeError

        lesson = d["lesson"]
        if type(lesson) is not str:
            raise TypeError

        _response = d.get("response", UNSET)
        response = UNSET if _response is UNSET else _D_response.strict(_response)

        _responses = d.get("responses", UNSET)
        responses = (
            UNSET
            if _responses is UNSET
            else _F_UpdateStudentQuestionResponseInputResponses(_responses)
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
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                student,
                question,
                lesson,
                response,
                responses,
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
