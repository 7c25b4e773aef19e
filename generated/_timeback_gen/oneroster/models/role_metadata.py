from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeback_role import TimebackRole, check_timeback_role
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="RoleMetadata")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "timebackRole",
        "alphaLevelAccess",
    }
)


@_attrs_define
class RoleMetadata:
    """
    Attributes:
        timeback_role (TimebackRole | Unset):
        alpha_level_access (list[str] | Unset):
    """

    timeback_role: TimebackRole | Unset = UNSET
    alpha_level_access: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeback_role: str | Unset = UNSET
        if not isinstance(self.timeback_role, Unset):
            timeback_role = self.timeback_role

        alpha_level_access: list[str] | Unset = UNSET
        if not isinstance(self.alpha_level_access, Unset):
            alpha_level_access = self.alpha_level_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeback_role is not UNSET:
            field_dict["timebackRole"] = timeback_role
        if alpha_level_access is not UNSET:
            field_dict["alphaLevelAccess"] = alpha_level_access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _timeback_role = d.get("timebackRole", UNSET)
        timeback_role = (
            UNSET if _timeback_role is UNSET else check_timeback_role(_timeback_role)
        )

        alpha_level_access = d.get("alphaLevelAccess", UNSET)

        if cls is RoleMetadata:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.timeback_role = timeback_role
            _obj.alpha_level_access = alpha_level_access
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                timeback_role,
                alpha_level_access,
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
