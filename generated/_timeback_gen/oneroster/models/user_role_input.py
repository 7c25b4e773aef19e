from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role
from ..models.role_type import RoleType, check_role_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_scale_class import ScoreScaleClass


T = TypeVar("T", bound="UserRoleInput")


@_attrs_define
class UserRoleInput:
    """
    Attributes:
        role_type (RoleType):
        role (Role):
        org (ScoreScaleClass):
        user_profile (str | Unset):
        begin_date (None | str | Unset):
        end_date (None | str | Unset):
    """

    role_type: RoleType
    role: Role
    org: ScoreScaleClass
    user_profile: str | Unset = UNSET
    begin_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_type: str = self.role_type

        role: str = self.role

        org = self.org.to_dict()

        user_profile = self.user_profile

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
        if begin_date is not UNSET:
            field_dict["beginDate"] = begin_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.score_scale_class import ScoreScaleClass

        d = dict(src_dict)
        role_type = check_role_type(d.pop("roleType"))

        role = check_role(d.pop("role"))

        org = ScoreScaleClass.from_dict(d.pop("org"))

        user_profile = d.pop("userProfile", UNSET)

        def _parse_begin_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        begin_date = _parse_begin_date(d.pop("beginDate", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        user_role_input = cls(
            role_type=role_type,
            role=role,
            org=org,
            user_profile=user_profile,
            begin_date=begin_date,
            end_date=end_date,
        )

        user_role_input.additional_properties = d
        return user_role_input

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
