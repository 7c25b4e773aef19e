from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_external_test_assignment_results_response_200_lesson_type import (
    ImportExternalTestAssignmentResultsResponse200LessonType,
    check_import_external_test_assignment_results_response_200_lesson_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="ImportExternalTestAssignmentResultsResponse200")


@_attrs_define
class ImportExternalTestAssignmentResultsResponse200:
    """
    Attributes:
        lesson_type (ImportExternalTestAssignmentResultsResponse200LessonType):
        lesson_id (None | str): The sourcedId of the lesson (ComponentResource)
        tool_provider (None | str): The tool provider for the lesson (ComponentResource)
        finalized (bool): Whether the Test has been finalized in the current attempt
        attempt (float): The attempt number
        credentials (Credentials | Unset): The credentials for accessing the assigned test on external tool
        assignment_id (str | Unset): The id of the assignment on external tool for results retrieval
        class_id (str | Unset): The id of the class on external tool for results retrieval (may be empty for some tools)
        test_url (str | Unset): The URL of the test on external tool
        test_id (str | Unset): The id of the test on external tool (may be assignment ID for some tools)
    """

    lesson_type: ImportExternalTestAssignmentResultsResponse200LessonType
    lesson_id: None | str
    tool_provider: None | str
    finalized: bool
    attempt: float
    credentials: Credentials | Unset = UNSET
    assignment_id: str | Unset = UNSET
    class_id: str | Unset = UNSET
    test_url: str | Unset = UNSET
    test_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lesson_type: str = self.lesson_type

        lesson_id: None | str
        lesson_id = self.lesson_id

        tool_provider: None | str
        tool_provider = self.tool_provider

        finalized = self.finalized

        attempt = self.attempt

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        assignment_id = self.assignment_id

        class_id = self.class_id

        test_url = self.test_url

        test_id = self.test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "lessonId": lesson_id,
                "toolProvider": tool_provider,
                "finalized": finalized,
                "attempt": attempt,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if assignment_id is not UNSET:
            field_dict["assignmentId"] = assignment_id
        if class_id is not UNSET:
            field_dict["classId"] = class_id
        if test_url is not UNSET:
            field_dict["testUrl"] = test_url
        if test_id is not UNSET:
            field_dict["testId"] = test_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credentials import Credentials

        d = dict(src_dict)
        lesson_type = (
            check_import_external_test_assignment_results_response_200_lesson_type(
                d.pop("lessonType")
            )
        )

        def _parse_lesson_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lesson_id = _parse_lesson_id(d.pop("lessonId"))

        def _parse_tool_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tool_provider = _parse_tool_provider(d.pop("toolProvider"))

        finalized = d.pop("finalized")

        attempt = d.pop("attempt")

        _credentials = d.pop("credentials", UNSET)
        credentials: Credentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = Credentials.from_dict(_credentials)

        assignment_id = d.pop("assignmentId", UNSET)

        class_id = d.pop("classId", UNSET)

        test_url = d.pop("testUrl", UNSET)

        test_id = d.pop("testId", UNSET)

        import_external_test_assignment_results_response_200 = cls(
            lesson_type=lesson_type,
            lesson_id=lesson_id,
            tool_provider=tool_provider,
            finalized=finalized,
            attempt=attempt,
            credentials=credentials,
            assignment_id=assignment_id,
            class_id=class_id,
            test_url=test_url,
            test_id=test_id,
        )

        import_external_test_assignment_results_response_200.additional_properties = d
        return import_external_test_assignment_results_response_200

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
