from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.difficulty import Difficulty, check_difficulty
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.content import Content
    from ..models.power_path_test_question_responses import (
        PowerPathTestQuestionResponses,
    )
    from ..models.seen_question_result import SeenQuestionResult


T = TypeVar("T", bound="PowerPathTestQuestion")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "id",
        "index",
        "title",
        "url",
        "difficulty",
        "humanApproved",
        "content",
        "response",
        "responses",
        "correct",
        "result",
        "learningObjectives",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Content
    global _F_PowerPathTestQuestionResponses
    global _F_SeenQuestionResult
    global Content
    global PowerPathTestQuestionResponses
    global SeenQuestionResult
    global _D_response
    from ..models.content import Content
    from ..models.power_path_test_question_responses import (
        PowerPathTestQuestionResponses,
    )
    from ..models.seen_question_result import SeenQuestionResult

    _TABLE = _rt.table(
        (
            _rt.Field("id", "id", True, _rt.STR),
            _rt.Field("index", "index", True, _rt.FLOAT),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("url", "url", True, _rt.STR),
            _rt.Field(
                "difficulty",
                "difficulty",
                True,
                _rt.Enum(check_difficulty, "Difficulty"),
            ),
            _rt.Field(
                "humanApproved",
                "human_approved",
                False,
                _rt.Union(
                    (
                        _rt.BOOL,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("content", "content", False, _rt.Model(Content)),
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
                _rt.Model(PowerPathTestQuestionResponses),
            ),
            _rt.Field("correct", "correct", False, _rt.BOOL),
            _rt.Field("result", "result", False, _rt.Model(SeenQuestionResult)),
            _rt.Field(
                "learningObjectives", "learning_objectives", False, _rt.List(_rt.STR)
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Content = Content._from_dict_fast
    _F_PowerPathTestQuestionResponses = PowerPathTestQuestionResponses._from_dict_fast
    _F_SeenQuestionResult = SeenQuestionResult._from_dict_fast
    _D_response = _TABLE.fields[7].desc
    _BOUND = True


@_attrs_define
class PowerPathTestQuestion:
    """A PowerPath Test Question

    Attributes:
        id (str): The ID that represents the question in the test
        index (float): The index of the question in the test
        title (str): The title of the question
        url (str): The URL of the QTI question
        difficulty (Difficulty): The difficulty of the question
        human_approved (bool | None | Unset): Whether the question has been approved by a human
        content (Content | Unset): The QTI content of the question
        response (list[str] | str | Unset): The student's response to the question
        responses (PowerPathTestQuestionResponses | Unset): The student's responses to the question
        correct (bool | Unset): Whether the student's response is correct
        result (SeenQuestionResult | Unset): The result of the question
        learning_objectives (list[str] | Unset): Array of learning objective IDs associated with the question
    """

    id: str
    index: float
    title: str
    url: str
    difficulty: Difficulty
    human_approved: bool | None | Unset = UNSET
    content: Content | Unset = UNSET
    response: list[str] | str | Unset = UNSET
    responses: PowerPathTestQuestionResponses | Unset = UNSET
    correct: bool | Unset = UNSET
    result: SeenQuestionResult | Unset = UNSET
    learning_objectives: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.index is not UNSET:
            field_dict["index"] = self.index
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.difficulty is not UNSET:
            field_dict["difficulty"] = self.difficulty
        if self.human_approved is not UNSET:
            field_dict["humanApproved"] = self.human_approved
        if self.content is not UNSET:
            field_dict["content"] = _rt.dump(self.content)
        if self.response is not UNSET:
            field_dict["response"] = _rt.dump(self.response)
        if self.responses is not UNSET:
            field_dict["responses"] = _rt.dump(self.responses)
        if self.correct is not UNSET:
            field_dict["correct"] = self.correct
        if self.result is not UNSET:
            field_dict["result"] = _rt.dump(self.result)
        if self.learning_objectives is not UNSET:
            field_dict["learningObjectives"] = _rt.dump(self.learning_objectives)
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
        id = d["id"]
        if type(id) is not str:
            raise TypeError

        index = d["index"]
        if type(index) is not float and type(index) is not int:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        url = d["url"]
        if type(url) is not str:
            raise TypeError

        difficulty = check_difficulty(d["difficulty"])

        human_approved = d.get("humanApproved", UNSET)
        if (
            type(human_approved) is not bool
            and human_approved is not None
            and human_approved is not UNSET
        ):
            raise TypeError

        _content = d.get("content", UNSET)
        content = UNSET if _content is UNSET else _F_Content(_content)

        _response = d.get("response", UNSET)
        response = UNSET if _response is UNSET else _D_response.strict(_response)

        _responses = d.get("responses", UNSET)
        responses = (
            UNSET
            if _responses is UNSET
            else _F_PowerPathTestQuestionResponses(_responses)
        )

        correct = d.get("correct", UNSET)
        if type(correct) is not bool and correct is not UNSET:
            raise TypeError

        _result = d.get("result", UNSET)
        result = UNSET if _result is UNSET else _F_SeenQuestionResult(_result)

        _learning_objectives = d.get("learningObjectives", UNSET)
        if _learning_objectives is UNSET:
            learning_objectives = UNSET
        else:
            if type(_learning_objectives) is not list:
                raise TypeError
            learning_objectives = _learning_objectives
            for _item in _learning_objectives:
                if type(_item) is not str:
                    raise TypeError

        if cls is PowerPathTestQuestion:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.index = index
            _obj.title = title
            _obj.url = url
            _obj.difficulty = difficulty
            _obj.human_approved = human_approved
            _obj.content = content
            _obj.response = response
            _obj.responses = responses
            _obj.correct = correct
            _obj.result = result
            _obj.learning_objectives = learning_objectives
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                index,
                title,
                url,
                difficulty,
                human_approved,
                content,
                response,
                responses,
                correct,
                result,
                learning_objectives,
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
