from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.credential import Credential


T = TypeVar("T", bound="UserProfile")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "profileId",
        "profileType",
        "vendorId",
        "applicationId",
        "app",
        "credentials",
        "description",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global App
    global Credential
    from ..models.app import App
    from ..models.credential import Credential

    _LAZY_BOUND = True


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
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        profile_id = d["profileId"]

        profile_type = d["profileType"]

        vendor_id = d["vendorId"]

        application_id = d["applicationId"]

        app = App.from_dict(d["app"])

        credentials = [Credential.from_dict(_item) for _item in d["credentials"]]

        description = d.get("description", UNSET)

        if cls is UserProfile:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.profile_id = profile_id
            _obj.profile_type = profile_type
            _obj.vendor_id = vendor_id
            _obj.application_id = application_id
            _obj.app = app
            _obj.credentials = credentials
            _obj.description = description
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                profile_id,
                profile_type,
                vendor_id,
                application_id,
                app,
                credentials,
                description,
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
