from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_session_response_200_status import (
    GetSessionResponse200Status,
    check_get_session_response_200_status,
)

if TYPE_CHECKING:
    from ..models.assignment import Assignment


T = TypeVar("T", bound="GetSessionResponse200Response")


@_attrs_define
class GetSessionResponse200Response:
    """
    Attributes:
        nwea_student_id (UUID):
        created_on (datetime.datetime):
        password (str):
        name (str):
        proctor_id (UUID):
        pin (str):
        test_session_id (UUID):
        status (GetSessionResponse200Status):
        assignment (Assignment):
        term_id (str):
    """

    nwea_student_id: UUID
    created_on: datetime.datetime
    password: str
    name: str
    proctor_id: UUID
    pin: str
    test_session_id: UUID
    status: GetSessionResponse200Status
    assignment: Assignment
    term_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nwea_student_id = str(self.nwea_student_id)

        created_on = self.created_on.isoformat()

        password = self.password

        name = self.name

        proctor_id = str(self.proctor_id)

        pin = self.pin

        test_session_id = str(self.test_session_id)

        status: str = self.status

        assignment = self.assignment.to_dict()

        term_id = self.term_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nweaStudentId": nwea_student_id,
                "createdOn": created_on,
                "password": password,
                "name": name,
                "proctorId": proctor_id,
                "pin": pin,
                "testSessionId": test_session_id,
                "status": status,
                "assignment": assignment,
                "termId": term_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assignment import Assignment

        d = dict(src_dict)
        nwea_student_id = UUID(d.pop("nweaStudentId"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        password = d.pop("password")

        name = d.pop("name")

        proctor_id = UUID(d.pop("proctorId"))

        pin = d.pop("pin")

        test_session_id = UUID(d.pop("testSessionId"))

        status = check_get_session_response_200_status(d.pop("status"))

        assignment = Assignment.from_dict(d.pop("assignment"))

        term_id = d.pop("termId")

        get_session_response_200_response = cls(
            nwea_student_id=nwea_student_id,
            created_on=created_on,
            password=password,
            name=name,
            proctor_id=proctor_id,
            pin=pin,
            test_session_id=test_session_id,
            status=status,
            assignment=assignment,
            term_id=term_id,
        )

        get_session_response_200_response.additional_properties = d
        return get_session_response_200_response

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
