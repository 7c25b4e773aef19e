from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.enrollment_primary import EnrollmentPrimary, check_enrollment_primary
from ..models.enrollment_role import EnrollmentRole, check_enrollment_role
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0
    from ..models.named_guid_ref import NamedGUIDRef


T = TypeVar("T", bound="Enrollment")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_NamedGUIDRef
    global EnrollmentMetadataType0
    global NamedGUIDRef
    global _D_primary
    global _D_metadata
    from ..models.enrollment_metadata_type_0 import EnrollmentMetadataType0
    from ..models.named_guid_ref import NamedGUIDRef

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field(
                "role", "role", True, _rt.Enum(check_enrollment_role, "EnrollmentRole")
            ),
            _rt.Field(
                "primary",
                "primary",
                True,
                _rt.Union(
                    (
                        _rt.BOOL,
                        _rt.Enum(check_enrollment_primary, "EnrollmentPrimary"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "beginDate",
                "begin_date",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "endDate",
                "end_date",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("user", "user", True, _rt.Model(NamedGUIDRef)),
            _rt.Field("class", "class_", True, _rt.Model(NamedGUIDRef)),
            _rt.Field("school", "school", True, _rt.Model(NamedGUIDRef)),
            _rt.Field("course", "course", True, _rt.Model(NamedGUIDRef)),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(EnrollmentMetadataType0),
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
    _F_NamedGUIDRef = NamedGUIDRef._from_dict_fast
    _D_primary = _TABLE.fields[3].desc
    _D_metadata = _TABLE.fields[11].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.primary is not UNSET:
            field_dict["primary"] = _rt.dump(self.primary)
        if self.begin_date is not UNSET:
            field_dict["beginDate"] = self.begin_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
        if self.user is not UNSET:
            field_dict["user"] = _rt.dump(self.user)
        if self.class_ is not UNSET:
            field_dict["class"] = _rt.dump(self.class_)
        if self.school is not UNSET:
            field_dict["school"] = _rt.dump(self.school)
        if self.course is not UNSET:
            field_dict["course"] = _rt.dump(self.course)
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
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

        status = check_status_type(d["status"])

        role = check_enrollment_role(d["role"])

        primary = _D_primary.strict(d["primary"])

        begin_date = d["beginDate"]
        if type(begin_date) is not str and begin_date is not None:
            raise TypeError

        end_date = d["endDate"]
        if type(end_date) is not str and end_date is not None:
            raise TypeError

        user = _F_NamedGUIDRef(d["user"])

        class_ = _F_NamedGUIDRef(d["class"])

        school = _F_NamedGUIDRef(d["school"])

        course = _F_NamedGUIDRef(d["course"])

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

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
