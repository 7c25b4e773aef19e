from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="TestAssignment")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field("studentSourcedId", "student_sourced_id", True, _rt.STR),
            _rt.Field("studentEmail", "student_email", True, _rt.STR),
            _rt.Field(
                "assignedByUserSourcedId",
                "assigned_by_user_sourced_id",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("subject", "subject", True, _rt.STR),
            _rt.Field("grade", "grade", True, _rt.STR),
            _rt.Field("assignmentStatus", "assignment_status", True, _rt.STR),
            _rt.Field(
                "testName",
                "test_name",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "assignedAt",
                "assigned_at",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "expiresAt",
                "expires_at",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "completedAt",
                "completed_at",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "resourceSourcedId",
                "resource_sourced_id",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "componentResourceSourcedId",
                "component_resource_sourced_id",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.student_sourced_id is not UNSET:
            field_dict["studentSourcedId"] = self.student_sourced_id
        if self.student_email is not UNSET:
            field_dict["studentEmail"] = self.student_email
        if self.assigned_by_user_sourced_id is not UNSET:
            field_dict["assignedByUserSourcedId"] = self.assigned_by_user_sourced_id
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.grade is not UNSET:
            field_dict["grade"] = self.grade
        if self.assignment_status is not UNSET:
            field_dict["assignmentStatus"] = self.assignment_status
        if self.test_name is not UNSET:
            field_dict["testName"] = self.test_name
        if self.assigned_at is not UNSET:
            field_dict["assignedAt"] = self.assigned_at
        if self.expires_at is not UNSET:
            field_dict["expiresAt"] = self.expires_at
        if self.completed_at is not UNSET:
            field_dict["completedAt"] = self.completed_at
        if self.resource_sourced_id is not UNSET:
            field_dict["resourceSourcedId"] = self.resource_sourced_id
        if self.component_resource_sourced_id is not UNSET:
            field_dict["componentResourceSourcedId"] = (
                self.component_resource_sourced_id
            )
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
        sourced_id = d["sourcedId"]
        if type(sourced_id) is not str:
            raise TypeError

        student_sourced_id = d["studentSourcedId"]
        if type(student_sourced_id) is not str:
            raise TypeError

        student_email = d["studentEmail"]
        if type(student_email) is not str:
            raise TypeError

        assigned_by_user_sourced_id = d["assignedByUserSourcedId"]
        if (
            type(assigned_by_user_sourced_id) is not str
            and assigned_by_user_sourced_id is not None
        ):
            raise TypeError

        subject = d["subject"]
        if type(subject) is not str:
            raise TypeError

        grade = d["grade"]
        if type(grade) is not str:
            raise TypeError

        assignment_status = d["assignmentStatus"]
        if type(assignment_status) is not str:
            raise TypeError

        test_name = d.get("testName", UNSET)
        if (
            type(test_name) is not str
            and test_name is not None
            and test_name is not UNSET
        ):
            raise TypeError

        assigned_at = d.get("assignedAt", UNSET)
        if (
            type(assigned_at) is not str
            and assigned_at is not None
            and assigned_at is not UNSET
        ):
            raise TypeError

        expires_at = d.get("expiresAt", UNSET)
        if (
            type(expires_at) is not str
            and expires_at is not None
            and expires_at is not UNSET
        ):
            raise TypeError

        completed_at = d.get("completedAt", UNSET)
        if (
            type(completed_at) is not str
            and completed_at is not None
            and completed_at is not UNSET
        ):
            raise TypeError

        resource_sourced_id = d.get("resourceSourcedId", UNSET)
        if (
            type(resource_sourced_id) is not str
            and resource_sourced_id is not None
            and resource_sourced_id is not UNSET
        ):
            raise TypeError

        component_resource_sourced_id = d.get("componentResourceSourcedId", UNSET)
        if (
            type(component_resource_sourced_id) is not str
            and component_resource_sourced_id is not None
            and component_resource_sourced_id is not UNSET
        ):
            raise TypeError

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
