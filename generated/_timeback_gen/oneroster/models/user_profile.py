from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.credential import Credential


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """
    Attributes:
        profile_id (str):
        profile_type (str):
        vendor_id (str):
        application_id (str):
        app (App):
        credentials (list[Credential]):
        description (None | str | Unset):
    """

    profile_id: str
    profile_type: str
    vendor_id: str
    application_id: str
    app: App
    credentials: list[Credential]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        profile_type = self.profile_type

        vendor_id = self.vendor_id

        application_id = self.application_id

        app = self.app.to_dict()

        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileId": profile_id,
                "profileType": profile_type,
                "vendorId": vendor_id,
                "applicationId": application_id,
                "app": app,
                "credentials": credentials,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app import App
        from ..models.credential import Credential

        d = dict(src_dict)
        profile_id = d.pop("profileId")

        profile_type = d.pop("profileType")

        vendor_id = d.pop("vendorId")

        application_id = d.pop("applicationId")

        app = App.from_dict(d.pop("app"))

        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in _credentials:
            credentials_item = Credential.from_dict(credentials_item_data)

            credentials.append(credentials_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        user_profile = cls(
            profile_id=profile_id,
            profile_type=profile_type,
            vendor_id=vendor_id,
            application_id=application_id,
            app=app,
            credentials=credentials,
            description=description,
        )

        user_profile.additional_properties = d
        return user_profile

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
