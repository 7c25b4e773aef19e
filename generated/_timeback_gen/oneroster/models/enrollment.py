from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrollment_role import EnrollmentRole, check_enrollment_role
from ..models.primary_org_ref import PrimaryOrgRef, check_primary_org_ref
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0
    from ..models.school_ref import SchoolRef


T = TypeVar("T", bound="Enrollment")


@_attrs_define
class Enrollment:
    """Represents an enrollment.

    Attributes:
        sourced_id (str):
        status (StatusType):
        role (EnrollmentRole):
        primary (None | PrimaryOrgRef):
        begin_date (None | str):  Example: 2024-01-01.
        end_date (None | str):  Example: 2024-01-01.
        user (SchoolRef):
        class_ (SchoolRef):
        school (SchoolRef):
        date_last_modified (datetime.datetime | Unset):
        metadata (EnrollmentMetadataType0 | None | Unset): Additional metadata for the object
    """

    sourced_id: str
    status: StatusType
    role: EnrollmentRole
    primary: None | PrimaryOrgRef
    begin_date: None | str
    end_date: None | str
    user: SchoolRef
    class_: SchoolRef
    school: SchoolRef
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: EnrollmentMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0

        sourced_id = self.sourced_id

        status: str = self.status

        role: str = self.role

        primary: None | str
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
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0
        from ..models.school_ref import SchoolRef

        d = dict(src_dict)
        sourced_id = d.pop("sourcedId")

        status = check_status_type(d.pop("status"))

        role = check_enrollment_role(d.pop("role"))

        def _parse_primary(data: object) -> None | PrimaryOrgRef:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                primary_type_0 = check_primary_org_ref(data)

                return primary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrimaryOrgRef, data)

        primary = _parse_primary(d.pop("primary"))

        def _parse_begin_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        begin_date = _parse_begin_date(d.pop("beginDate"))

        def _parse_end_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_date = _parse_end_date(d.pop("endDate"))

        user = SchoolRef.from_dict(d.pop("user"))

        class_ = SchoolRef.from_dict(d.pop("class"))

        school = SchoolRef.from_dict(d.pop("school"))

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(data: object) -> EnrollmentMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = EnrollmentMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrollmentMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        enrollment = cls(
            sourced_id=sourced_id,
            status=status,
            role=role,
            primary=primary,
            begin_date=begin_date,
            end_date=end_date,
            user=user,
            class_=class_,
            school=school,
            date_last_modified=date_last_modified,
            metadata=metadata,
        )

        enrollment.additional_properties = d
        return enrollment

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
