from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.question import Question


T = TypeVar("T", bound="GetAllQuestionsResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "assessmentTest",
        "title",
        "totalQuestions",
        "questions",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Question
    global Question
    from ..models.question import Question

    _TABLE = _rt.table(
        (
            _rt.Field("assessmentTest", "assessment_test", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("totalQuestions", "total_questions", True, _rt.FLOAT),
            _rt.Field("questions", "questions", True, _rt.List(_rt.Model(Question))),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Question = Question._from_dict_fast
    _BOUND = True


@_attrs_define
class GetAllQuestionsResponse200:
    """All questions from the assessment test with their complete data and reference context

    Attributes:
        assessment_test (str): Identifier of the assessment test
        title (str): Title of the assessment test
        total_questions (float): Total number of questions in the assessment test
        questions (list[Question]): Array of questions with their reference information and complete item data
    """

    assessment_test: str
    title: str
    total_questions: float
    questions: list[Question]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.assessment_test is not UNSET:
            field_dict["assessmentTest"] = self.assessment_test
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.total_questions is not UNSET:
            field_dict["totalQuestions"] = self.total_questions
        if self.questions is not UNSET:
            field_dict["questions"] = _rt.dump(self.questions)
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
        assessment_test = d["assessmentTest"]
        if type(assessment_test) is not str:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        total_questions = d["totalQuestions"]
        if type(total_questions) is not float and type(total_questions) is not int:
            raise TypeError

        _questions = d["questions"]
        if type(_questions) is not list:
            raise TypeError
        questions = (
            [_F_Question(_item) for _item in _questions] if _questions else _questions
        )

        if cls is GetAllQuestionsResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.assessment_test = assessment_test
            _obj.title = title
            _obj.total_questions = total_questions
            _obj.questions = questions
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                assessment_test,
                title,
                total_questions,
                questions,
            )
        if len(d) == 4:
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
