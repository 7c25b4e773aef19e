from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enabled_user import EnabledUser, check_enabled_user
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="AddTeacherToClassBodyEnrollment")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "user",
        "primary",
        "beginDate",
        "endDate",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global SourcedIdRef
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
class AddTeacherToClassBodyEnrollment:
    """
    Attributes:
        user (SourcedIdRef):
        primary (bool | EnabledUser | Unset):  Default: False.
        begin_date (str | Unset):  Example: 2024-01-01.
        end_date (str | Unset):  Example: 2024-01-01.
    """

    user: SourcedIdRef
    primary: bool | EnabledUser | Unset = False
    begin_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        primary: bool | str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        elif isinstance(self.primary, str):
            primary = self.primary
        else:
            primary = self.primary

        begin_date = self.begin_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if primary is not UNSET:
            field_dict["primary"] = primary
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
        user = SourcedIdRef.from_dict(d["user"])

        primary = _parse_primary(d.get("primary", UNSET))

        begin_date = d.get("beginDate", UNSET)

        end_date = d.get("endDate", UNSET)

        if cls is AddTeacherToClassBodyEnrollment:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.user = user
            _obj.primary = primary
            _obj.begin_date = begin_date
            _obj.end_date = end_date
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                user,
                primary,
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
