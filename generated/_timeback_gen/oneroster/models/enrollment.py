from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrollment_primary import EnrollmentPrimary, check_enrollment_primary
from ..models.enrollment_role import EnrollmentRole, check_enrollment_role
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0
    from ..models.named_guid_ref import NamedGUIDRef


T = TypeVar("T", bound="Enrollment")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "role",
        "primary",
        "beginDate",
        "endDate",
        "user",
        "class",
        "school",
        "course",
        "dateLastModified",
        "metadata",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global EnrollmentMetadataType0
    global NamedGUIDRef
    from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0
    from ..models.named_guid_ref import NamedGUIDRef

    _LAZY_BOUND = True


def _parse_primary(data: object) -> bool | EnrollmentPrimary | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        primary_type_1_type_0 = check_enrollment_primary(data)

        return primary_type_1_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_metadata(data: object) -> EnrollmentMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = EnrollmentMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Enrollment:
    """Represents an enrollment.

    Attributes:
        sourced_id (str):
        status (StatusType):
        role (EnrollmentRole):
        primary (bool | EnrollmentPrimary | None):
        begin_date (None | str):  Example: 2024-01-01.
        end_date (None | str):  Example: 2024-01-01.
        user (NamedGUIDRef):
        class_ (NamedGUIDRef):
        school (NamedGUIDRef):
        course (NamedGUIDRef):
        date_last_modified (datetime.datetime | Unset):
        metadata (EnrollmentMetadataType0 | None | Unset): Additional metadata for the object
    """

    sourced_id: str
    status: StatusType
    role: EnrollmentRole
    primary: bool | EnrollmentPrimary | None
    begin_date: None | str
    end_date: None | str
    user: NamedGUIDRef
    class_: NamedGUIDRef
    school: NamedGUIDRef
    course: NamedGUIDRef
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: EnrollmentMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0

        sourced_id = self.sourced_id

        status: str = self.status

        role: str = self.role

        primary: bool | None | str
        if isinstance(self.primary, str):
            primary = self.primary
        else:
            primary = self.primary

        begin_date: None | str
        begin_date = self.begin_date

        end_date: None | str
        end_date = self.end_date

        user = self.user.to_dict()

        class_ = self.class_.to_dict()

        school = self.school.to_dict()

        course = self.course.to_dict()

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, EnrollmentMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "role": role,
                "primary": primary,
                "beginDate": begin_date,
                "endDate": end_date,
                "user": user,
                "class": class_,
                "school": school,
                "course": course,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        role = check_enrollment_role(d["role"])

        primary = _parse_primary(d["primary"])

        begin_date = d["beginDate"]

        end_date = d["endDate"]

        user = NamedGUIDRef.from_dict(d["user"])

        class_ = NamedGUIDRef.from_dict(d["class"])

        school = NamedGUIDRef.from_dict(d["school"])

        course = NamedGUIDRef.from_dict(d["course"])

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        if cls is Enrollment:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.role = role
            _obj.primary = primary
            _obj.begin_date = begin_date
            _obj.end_date = end_date
            _obj.user = user
            _obj.class_ = class_
            _obj.school = school
            _obj.course = course
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                role,
                primary,
                begin_date,
                end_date,
                user,
                class_,
                school,
                course,
                date_last_modified,
                metadata,
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
