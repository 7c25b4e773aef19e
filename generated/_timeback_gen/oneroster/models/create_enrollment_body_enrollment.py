from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.enabled_user import EnabledUser, check_enabled_user
from ..models.enrollment_role import EnrollmentRole, check_enrollment_role
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_metadata import EnrollmentMetadata
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateEnrollmentBodyEnrollment")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "role",
        "user",
        "class",
        "sourcedId",
        "status",
        "metadata",
        "primary",
        "beginDate",
        "endDate",
        "school",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global _F_EnrollmentMetadata
    global EnrollmentMetadata
    global SourcedIdRef
    global _D_primary
    from ..models.enrollment_metadata import EnrollmentMetadata
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field(
                "role", "role", True, _rt.Enum(check_enrollment_role, "EnrollmentRole")
            ),
            _rt.Field("user", "user", True, _rt.Model(SourcedIdRef)),
            _rt.Field("class", "class_", True, _rt.Model(SourcedIdRef)),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field(
                "status",
                "status",
                False,
                _rt.Enum(check_line_item_status, "LineItemStatus"),
            ),
            _rt.Field("metadata", "metadata", False, _rt.Model(EnrollmentMetadata)),
            _rt.Field(
                "primary",
                "primary",
                False,
                _rt.Union(
                    (
                        _rt.BOOL,
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                    )
                ),
            ),
            _rt.Field("beginDate", "begin_date", False, _rt.STR),
            _rt.Field("endDate", "end_date", False, _rt.STR),
            _rt.Field("school", "school", False, _rt.Model(SourcedIdRef)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_SourcedIdRef = SourcedIdRef._from_dict_fast
    _F_EnrollmentMetadata = EnrollmentMetadata._from_dict_fast
    _D_primary = _TABLE.fields[6].desc
    _BOUND = True


@_attrs_define
class CreateEnrollmentBodyEnrollment:
    """
    Attributes:
        role (EnrollmentRole):
        user (SourcedIdRef):
        class_ (SourcedIdRef):
        sourced_id (str | Unset):
        status (LineItemStatus | Unset):
        metadata (EnrollmentMetadata | Unset):
        primary (bool | EnabledUser | Unset):  Default: False.
        begin_date (str | Unset):  Example: 2024-01-01.
        end_date (str | Unset):  Example: 2024-01-01.
        school (SourcedIdRef | Unset):
    """

    role: EnrollmentRole
    user: SourcedIdRef
    class_: SourcedIdRef
    sourced_id: str | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    metadata: EnrollmentMetadata | Unset = UNSET
    primary: bool | EnabledUser | Unset = False
    begin_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    school: SourcedIdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.user is not UNSET:
            field_dict["user"] = _rt.dump(self.user)
        if self.class_ is not UNSET:
            field_dict["class"] = _rt.dump(self.class_)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.primary is not UNSET:
            field_dict["primary"] = _rt.dump(self.primary)
        if self.begin_date is not UNSET:
            field_dict["beginDate"] = self.begin_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
        if self.school is not UNSET:
            field_dict["school"] = _rt.dump(self.school)
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
        role = check_enrollment_role(d["role"])

        user = _F_SourcedIdRef(d["user"])

        class_ = _F_SourcedIdRef(d["class"])

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _F_EnrollmentMetadata(_metadata)

        _primary = d.get("primary", UNSET)
        primary = UNSET if _primary is UNSET else _D_primary.strict(_primary)

        begin_date = d.get("beginDate", UNSET)
        if type(begin_date) is not str and begin_date is not UNSET:
            raise TypeError

        end_date = d.get("endDate", UNSET)
        if type(end_date) is not str and end_date is not UNSET:
            raise TypeError

        _school = d.get("school", UNSET)
        school = UNSET if _school is UNSET else _F_SourcedIdRef(_school)

        if cls is CreateEnrollmentBodyEnrollment:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.role = role
            _obj.user = user
            _obj.class_ = class_
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.metadata = metadata
            _obj.primary = primary
            _obj.begin_date = begin_date
            _obj.end_date = end_date
            _obj.school = school
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                role,
                user,
                class_,
                sourced_id,
                status,
                metadata,
                primary,
                begin_date,
                end_date,
                school,
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
