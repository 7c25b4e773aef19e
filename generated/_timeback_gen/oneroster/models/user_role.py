from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role
from ..models.role_type import RoleType, check_role_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.guid_ref import GUIDRef
    from ..models.user_role_metadata_type_0 import UserRoleMetadataType0


T = TypeVar("T", bound="UserRole")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "roleType",
        "role",
        "org",
        "userProfile",
        "metadata",
        "beginDate",
        "endDate",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global GUIDRef
    global UserRoleMetadataType0
    from ..models.guid_ref import GUIDRef
    from ..models.user_role_metadata_type_0 import UserRoleMetadataType0

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> None | Unset | UserRoleMetadataType0:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = UserRoleMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class UserRole:
    """
    Attributes:
        role_type (RoleType):
        role (Role):
        org (GUIDRef):
        user_profile (str | Unset):
        metadata (None | Unset | UserRoleMetadataType0):
        begin_date (None | str | Unset):
        end_date (None | str | Unset):
    """

    role_type: RoleType
    role: Role
    org: GUIDRef
    user_profile: str | Unset = UNSET
    metadata: None | Unset | UserRoleMetadataType0 = UNSET
    begin_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_role_metadata_type_0 import UserRoleMetadataType0

        role_type: str = self.role_type

        role: str = self.role

        org = self.org.to_dict()

        user_profile = self.user_profile

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UserRoleMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        begin_date: None | str | Unset
        if isinstance(self.begin_date, Unset):
            begin_date = UNSET
        else:
            begin_date = self.begin_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleType": role_type,
                "role": role,
                "org": org,
            }
        )
        if user_profile is not UNSET:
            field_dict["userProfile"] = user_profile
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if begin_date is not UNSET:
            field_dict["beginDate"] = begin_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        role_type = check_role_type(d["roleType"])

        role = check_role(d["role"])

        org = GUIDRef.from_dict(d["org"])

        user_profile = d.get("userProfile", UNSET)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        begin_date = d.get("beginDate", UNSET)

        end_date = d.get("endDate", UNSET)

        if cls is UserRole:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.role_type = role_type
            _obj.role = role
            _obj.org = org
            _obj.user_profile = user_profile
            _obj.metadata = metadata
            _obj.begin_date = begin_date
            _obj.end_date = end_date
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                role_type,
                role,
                org,
                user_profile,
                metadata,
                begin_date,
                end_date,
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
