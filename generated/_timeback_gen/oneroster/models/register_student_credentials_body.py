from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="RegisterStudentCredentialsBody")


@_attrs_define
class RegisterStudentCredentialsBody:
    """
    Attributes:
        application_name (str):
        credentials (Credentials):
    """

    application_name: str
    credentials: Credentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationName": application_name,
                "credentials": credentials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credentials import Credentials

        d = dict(src_dict)
        application_name = d.pop("applicationName")

        credentials = Credentials.from_dict(d.pop("credentials"))

        register_student_credentials_body = cls(
            application_name=application_name,
            credentials=credentials,
        )

        register_student_credentials_body.additional_properties = d
        return register_student_credentials_body

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
