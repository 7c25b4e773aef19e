from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_onboarding import MetadataOnboarding


T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """
    Attributes:
        onboarding (MetadataOnboarding | Unset):
    """

    onboarding: MetadataOnboarding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onboarding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.onboarding, Unset):
            onboarding = self.onboarding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onboarding is not UNSET:
            field_dict["onboarding"] = onboarding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_onboarding import MetadataOnboarding

        d = dict(src_dict)
        _onboarding = d.pop("onboarding", UNSET)
        onboarding: MetadataOnboarding | Unset
        if isinstance(_onboarding, Unset):
            onboarding = UNSET
        else:
            onboarding = MetadataOnboarding.from_dict(_onboarding)

        metadata = cls(
            onboarding=onboarding,
        )

        metadata.additional_properties = d
        return metadata

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
