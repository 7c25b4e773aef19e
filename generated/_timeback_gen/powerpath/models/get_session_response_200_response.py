from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.get_session_response_200_status import (
    GetSessionResponse200Status,
    check_get_session_response_200_status,
)
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.assignment import Assignment


T = TypeVar("T", bound="GetSessionResponse200Response")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Assignment
    global Assignment
    from ..models.assignment import Assignment

    _TABLE = _rt.table(
        (
            _rt.Field("nweaStudentId", "nwea_student_id", True, _rt.UUID),
            _rt.Field("createdOn", "created_on", True, _rt.DATETIME),
            _rt.Field("password", "password", True, _rt.STR),
            _rt.Field("name", "name", True, _rt.STR),
            _rt.Field("proctorId", "proctor_id", True, _rt.UUID),
            _rt.Field("pin", "pin", True, _rt.STR),
            _rt.Field("testSessionId", "test_session_id", True, _rt.UUID),
            _rt.Field(
                "status",
                "status",
                True,
                _rt.Enum(
                    check_get_session_response_200_status, "GetSessionResponse200Status"
                ),
            ),
            _rt.Field("assignment", "assignment", True, _rt.Model(Assignment)),
            _rt.Field("termId", "term_id", True, _rt.STR),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Assignment = Assignment._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.nwea_student_id is not UNSET:
            field_dict["nweaStudentId"] = _rt.dump(self.nwea_student_id)
        if self.created_on is not UNSET:
            field_dict["createdOn"] = _rt.dump(self.created_on)
        if self.password is not UNSET:
            field_dict["password"] = self.password
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.proctor_id is not UNSET:
            field_dict["proctorId"] = _rt.dump(self.proctor_id)
        if self.pin is not UNSET:
            field_dict["pin"] = self.pin
        if self.test_session_id is not UNSET:
            field_dict["testSessionId"] = _rt.dump(self.test_session_id)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.assignment is not UNSET:
            field_dict["assignment"] = _rt.dump(self.assignment)
        if self.term_id is not UNSET:
            field_dict["termId"] = self.term_id
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
        nwea_student_id = UUID(d["nweaStudentId"])

        created_on = _parse_datetime(d["createdOn"])

        password = d["password"]
        if type(password) is not str:
            raise TypeError

        name = d["name"]
        if type(name) is not str:
            raise TypeError

        proctor_id = UUID(d["proctorId"])

        pin = d["pin"]
        if type(pin) is not str:
            raise TypeError

        test_session_id = UUID(d["testSessionId"])

        status = check_get_session_response_200_status(d["status"])

        assignment = _F_Assignment(d["assignment"])

        term_id = d["termId"]
        if type(term_id) is not str:
            raise TypeError

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
        if len(d) == 10:
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
