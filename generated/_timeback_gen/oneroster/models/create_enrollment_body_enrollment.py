from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enabled_user import EnabledUser, check_enabled_user
from ..models.enrollment_role import EnrollmentRole, check_enrollment_role
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_metadata import EnrollmentMetadata
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateEnrollmentBodyEnrollment")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global EnrollmentMetadata
    global SourcedIdRef
    from ..models.enrollment_metadata import EnrollmentMetadata
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_primary(data: object) -> bool | EnabledUser | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        primary_type_1 = check_enabled_user(data)

        return primary_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


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
        role: str = self.role

        user = self.user.to_dict()

        class_ = self.class_.to_dict()

        sourced_id = self.sourced_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        primary: bool | str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        elif isinstance(self.primary, str):
            primary = self.primary
        else:
            primary = self.primary

        begin_date = self.begin_date

        end_date = self.end_date

        school: dict[str, Any] | Unset = UNSET
        if not isinstance(self.school, Unset):
            school = self.school.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "user": user,
                "class": class_,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if primary is not UNSET:
            field_dict["primary"] = primary
        if begin_date is not UNSET:
            field_dict["beginDate"] = begin_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if school is not UNSET:
            field_dict["school"] = school

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        role = check_enrollment_role(d["role"])

        user = SourcedIdRef.from_dict(d["user"])

        class_ = SourcedIdRef.from_dict(d["class"])

        sourced_id = d.get("sourcedId", UNSET)

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET if _metadata is UNSET else EnrollmentMetadata.from_dict(_metadata)
        )

        primary = _parse_primary(d.get("primary", UNSET))

        begin_date = d.get("beginDate", UNSET)

        end_date = d.get("endDate", UNSET)

        _school = d.get("school", UNSET)
        school = UNSET if _school is UNSET else SourcedIdRef.from_dict(_school)

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
            _obj.additional_properties = NO_EXTRAS
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
