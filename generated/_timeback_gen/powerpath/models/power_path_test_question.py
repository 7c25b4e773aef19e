from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.difficulty import Difficulty, check_difficulty
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content import Content
    from ..models.power_path_test_question_responses import (
        PowerPathTestQuestionResponses,
    )
    from ..models.seen_question_result import SeenQuestionResult


T = TypeVar("T", bound="PowerPathTestQuestion")


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
        from ..models.content import Content
        from ..models.power_path_test_question_responses import (
            PowerPathTestQuestionResponses,
        )
        from ..models.seen_question_result import SeenQuestionResult

        d = dict(src_dict)
        id = d.pop("id")

        index = d.pop("index")

        title = d.pop("title")

        url = d.pop("url")

        difficulty = check_difficulty(d.pop("difficulty"))

        def _parse_human_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        human_approved = _parse_human_approved(d.pop("humanApproved", UNSET))

        _content = d.pop("content", UNSET)
        content: Content | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = Content.from_dict(_content)

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
        responses: PowerPathTestQuestionResponses | Unset
        if isinstance(_responses, Unset):
            responses = UNSET
        else:
            responses = PowerPathTestQuestionResponses.from_dict(_responses)

        correct = d.pop("correct", UNSET)

        _result = d.pop("result", UNSET)
        result: SeenQuestionResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = SeenQuestionResult.from_dict(_result)

        learning_objectives = cast(list[str], d.pop("learningObjectives", UNSET))

        power_path_test_question = cls(
            id=id,
            index=index,
            title=title,
            url=url,
            difficulty=difficulty,
            human_approved=human_approved,
            content=content,
            response=response,
            responses=responses,
            correct=correct,
            result=result,
            learning_objectives=learning_objectives,
        )

        power_path_test_question.additional_properties = d
        return power_path_test_question

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
