from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateBulkTestAssignmentsResponse200Result")


@_attrs_define
class CreateBulkTestAssignmentsResponse200Result:
    """
    Attributes:
        assignment_id (str): The sourcedId of the test assignment
        lesson_id (str): The sourcedId of the component resource (unlisted lesson)
        resource_id (str): The sourcedId of the resource created
    """

    assignment_id: str
    lesson_id: str
    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_id = self.assignment_id

        lesson_id = self.lesson_id

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignmentId": assignment_id,
                "lessonId": lesson_id,
                "resourceId": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assignment_id = d.pop("assignmentId")

        lesson_id = d.pop("lessonId")

        resource_id = d.pop("resourceId")

        create_bulk_test_assignments_response_200_result = cls(
            assignment_id=assignment_id,
            lesson_id=lesson_id,
            resource_id=resource_id,
        )

        create_bulk_test_assignments_response_200_result.additional_properties = d
        return create_bulk_test_assignments_response_200_result

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
