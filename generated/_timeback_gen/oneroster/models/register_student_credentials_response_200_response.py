from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

T = TypeVar("T", bound="RegisterStudentCredentialsResponse200Response")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "userProfileId",
        "credentialId",
        "message",
    }
)


@_attrs_define
class RegisterStudentCredentialsResponse200Response:
    """
    Attributes:
        user_profile_id (str):
        credential_id (str):
        message (str):
    """

    user_profile_id: str
    credential_id: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_profile_id = self.user_profile_id

        credential_id = self.credential_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userProfileId": user_profile_id,
                "credentialId": credential_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        user_profile_id = d["userProfileId"]

        credential_id = d["credentialId"]

        message = d["message"]

        if cls is RegisterStudentCredentialsResponse200Response:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.user_profile_id = user_profile_id
            _obj.credential_id = credential_id
            _obj.message = message
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                user_profile_id,
                credential_id,
                message,
            )
        if len(d) != 3:  # else keep NO_EXTRAS
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
