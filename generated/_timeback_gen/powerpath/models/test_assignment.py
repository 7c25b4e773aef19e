from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="TestAssignment")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "studentSourcedId",
        "studentEmail",
        "assignedByUserSourcedId",
        "subject",
        "grade",
        "assignmentStatus",
        "testName",
        "assignedAt",
        "expiresAt",
        "completedAt",
        "resourceSourcedId",
        "componentResourceSourcedId",
    }
)


@_attrs_define
class TestAssignment:
    """
    Attributes:
        sourced_id (str):
        student_sourced_id (str):
        student_email (str):
        assigned_by_user_sourced_id (None | str):
        subject (str):
        grade (str):
        assignment_status (str):
        test_name (None | str | Unset):
        assigned_at (None | str | Unset):
        expires_at (None | str | Unset):
        completed_at (None | str | Unset):
        resource_sourced_id (None | str | Unset):
        component_resource_sourced_id (None | str | Unset):
    """

    sourced_id: str
    student_sourced_id: str
    student_email: str
    assigned_by_user_sourced_id: None | str
    subject: str
    grade: str
    assignment_status: str
    test_name: None | str | Unset = UNSET
    assigned_at: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    resource_sourced_id: None | str | Unset = UNSET
    component_resource_sourced_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sourced_id = self.sourced_id

        student_sourced_id = self.student_sourced_id

        student_email = self.student_email

        assigned_by_user_sourced_id: None | str
        assigned_by_user_sourced_id = self.assigned_by_user_sourced_id

        subject = self.subject

        grade = self.grade

        assignment_status = self.assignment_status

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        assigned_at: None | str | Unset
        if isinstance(self.assigned_at, Unset):
            assigned_at = UNSET
        else:
            assigned_at = self.assigned_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        resource_sourced_id: None | str | Unset
        if isinstance(self.resource_sourced_id, Unset):
            resource_sourced_id = UNSET
        else:
            resource_sourced_id = self.resource_sourced_id

        component_resource_sourced_id: None | str | Unset
        if isinstance(self.component_resource_sourced_id, Unset):
            component_resource_sourced_id = UNSET
        else:
            component_resource_sourced_id = self.component_resource_sourced_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "studentSourcedId": student_sourced_id,
                "studentEmail": student_email,
                "assignedByUserSourcedId": assigned_by_user_sourced_id,
                "subject": subject,
                "grade": grade,
                "assignmentStatus": assignment_status,
            }
        )
        if test_name is not UNSET:
            field_dict["testName"] = test_name
        if assigned_at is not UNSET:
            field_dict["assignedAt"] = assigned_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if resource_sourced_id is not UNSET:
            field_dict["resourceSourcedId"] = resource_sourced_id
        if component_resource_sourced_id is not UNSET:
            field_dict["componentResourceSourcedId"] = component_resource_sourced_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        student_sourced_id = d["studentSourcedId"]

        student_email = d["studentEmail"]

        assigned_by_user_sourced_id = d["assignedByUserSourcedId"]

        subject = d["subject"]

        grade = d["grade"]

        assignment_status = d["assignmentStatus"]

        test_name = d.get("testName", UNSET)

        assigned_at = d.get("assignedAt", UNSET)

        expires_at = d.get("expiresAt", UNSET)

        completed_at = d.get("completedAt", UNSET)

        resource_sourced_id = d.get("resourceSourcedId", UNSET)

        component_resource_sourced_id = d.get("componentResourceSourcedId", UNSET)

        if cls is TestAssignment:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.student_sourced_id = student_sourced_id
            _obj.student_email = student_email
            _obj.assigned_by_user_sourced_id = assigned_by_user_sourced_id
            _obj.subject = subject
            _obj.grade = grade
            _obj.assignment_status = assignment_status
            _obj.test_name = test_name
            _obj.assigned_at = assigned_at
            _obj.expires_at = expires_at
            _obj.completed_at = completed_at
            _obj.resource_sourced_id = resource_sourced_id
            _obj.component_resource_sourced_id = component_resource_sourced_id
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                student_sourced_id,
                student_email,
                assigned_by_user_sourced_id,
                subject,
                grade,
                assignment_status,
                test_name,
                assigned_at,
                expires_at,
                completed_at,
                resource_sourced_id,
                component_resource_sourced_id,
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
