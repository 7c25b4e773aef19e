from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.role import Role, check_role
from ..models.role_type import RoleType, check_role_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_metadata import RoleMetadata
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="UserRoleInput")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global RoleMetadata
    global SourcedIdRef
    global _D_metadata
    from ..models.role_metadata import RoleMetadata
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field(
                "roleType", "role_type", True, _rt.Enum(check_role_type, "RoleType")
            ),
            _rt.Field("role", "role", True, _rt.Enum(check_role, "Role")),
            _rt.Field("org", "org", True, _rt.Model(SourcedIdRef)),
            _rt.Field("userProfile", "user_profile", False, _rt.STR),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(RoleMetadata),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "beginDate",
                "begin_date",
                False,
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
    _F_SourcedIdRef = SourcedIdRef._from_dict_fast
    _D_metadata = _TABLE.fields[4].desc
    _BOUND = True


@_attrs_define
class UserRoleInput:
    """
    Attributes:
        role_type (RoleType):
        role (Role):
        org (SourcedIdRef):
        user_profile (str | Unset):
        metadata (None | RoleMetadata | Unset):
        begin_date (None | str | Unset):
        end_date (None | str | Unset):
    """

    role_type: RoleType
    role: Role
    org: SourcedIdRef
    user_profile: str | Unset = UNSET
    metadata: None | RoleMetadata | Unset = UNSET
    begin_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.role_type is not UNSET:
            field_dict["roleType"] = self.role_type
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.org is not UNSET:
            field_dict["org"] = _rt.dump(self.org)
        if self.user_profile is not UNSET:
            field_dict["userProfile"] = self.user_profile
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.begin_date is not UNSET:
            field_dict["beginDate"] = self.begin_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
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
        role_type = check_role_type(d["roleType"])

        role = check_role(d["role"])

        org = _F_SourcedIdRef(d["org"])

        user_profile = d.get("userProfile", UNSET)
        if type(user_profile) is not str and user_profile is not UNSET:
            raise TypeError

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        begin_date = d.get("beginDate", UNSET)
        if (
            type(begin_date) is not str
            and begin_date is not None
            and begin_date is not UNSET
        ):
            raise TypeError

        end_date = d.get("endDate", UNSET)
        if type(end_date) is not str and end_date is not None and end_date is not UNSET:
            raise TypeError

        if cls is UserRoleInput:
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
