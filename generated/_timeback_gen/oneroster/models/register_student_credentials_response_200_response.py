from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegisterStudentCredentialsResponse200Response")


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
        d = dict(src_dict)
        user_profile_id = d.pop("userProfileId")

        credential_id = d.pop("credentialId")

        message = d.pop("message")

        register_student_credentials_response_200_response = cls(
            user_profile_id=user_profile_id,
            credential_id=credential_id,
            message=message,
        )

        register_student_credentials_response_200_response.additional_properties = d
        return register_student_credentials_response_200_response

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
