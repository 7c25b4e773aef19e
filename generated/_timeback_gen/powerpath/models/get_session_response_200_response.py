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
from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.assignment import Assignment


T = TypeVar("T", bound="GetSessionResponse200Response")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "nweaStudentId",
        "createdOn",
        "password",
        "name",
        "proctorId",
        "pin",
        "testSessionId",
        "status",
        "assignment",
        "termId",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Assignment
    from ..models.assignment import Assignment

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        nwea_student_id = UUID(d["nweaStudentId"])

        created_on = datetime.datetime.fromisoformat(d["createdOn"])

        password = d["password"]

        name = d["name"]

        proctor_id = UUID(d["proctorId"])

        pin = d["pin"]

        test_session_id = UUID(d["testSessionId"])

        status = check_get_session_response_200_status(d["status"])

        assignment = Assignment.from_dict(d["assignment"])

        term_id = d["termId"]

        if cls is GetSessionResponse200Response:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.nwea_student_id = nwea_student_id
            _obj.created_on = created_on
            _obj.password = password
            _obj.name = name
            _obj.proctor_id = proctor_id
            _obj.pin = pin
            _obj.test_session_id = test_session_id
            _obj.status = status
            _obj.assignment = assignment
            _obj.term_id = term_id
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                nwea_student_id,
                created_on,
                password,
                name,
                proctor_id,
                pin,
                test_session_id,
                status,
                assignment,
                term_id,
            )
        if len(d) != 10:  # else keep NO_EXTRAS
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
