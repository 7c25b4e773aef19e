from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Content
    global PowerPathTestQuestionResponses
    global SeenQuestionResult
    from ..models.content import Content
    from ..models.power_path_test_question_responses import (
        PowerPathTestQuestionResponses,
    )
    from ..models.seen_question_result import SeenQuestionResult

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
        id = self.id

        index = self.index

        title = self.title

        url = self.url

        difficulty: str = self.difficulty

        human_approved: bool | None | Unset
        if isinstance(self.human_approved, Unset):
            human_approved = UNSET
        else:
            human_approved = self.human_approved

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

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

        correct = self.correct

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        learning_objectives: list[str] | Unset = UNSET
        if not isinstance(self.learning_objectives, Unset):
            learning_objectives = self.learning_objectives

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "index": index,
                "title": title,
                "url": url,
                "difficulty": difficulty,
            }
        )
        if human_approved is not UNSET:
            field_dict["humanApproved"] = human_approved
        if content is not UNSET:
            field_dict["content"] = content
        if response is not UNSET:
            field_dict["response"] = response
        if responses is not UNSET:
            field_dict["responses"] = responses
        if correct is not UNSET:
            field_dict["correct"] = correct
        if result is not UNSET:
            field_dict["result"] = result
        if learning_objectives is not UNSET:
            field_dict["learningObjectives"] = learning_objectives

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        index = d["index"]

        title = d["title"]

        url = d["url"]

        difficulty = check_difficulty(d["difficulty"])

        human_approved = d.get("humanApproved", UNSET)

        _content = d.get("content", UNSET)
        content = UNSET if _content is UNSET else Content.from_dict(_content)

        response = _parse_response(d.get("response", UNSET))

        _responses = d.get("responses", UNSET)
        responses = (
            UNSET
            if _responses is UNSET
            else PowerPathTestQuestionResponses.from_dict(_responses)
        )

        correct = d.get("correct", UNSET)

        _result = d.get("result", UNSET)
        result = UNSET if _result is UNSET else SeenQuestionResult.from_dict(_result)

        learning_objectives = d.get("learningObjectives", UNSET)

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
            _obj.additional_properties = NO_EXTRAS
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
