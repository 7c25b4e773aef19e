from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.metadata_onboarding_value import MetadataOnboardingValue
    from ..models.onboarding_state_input import OnboardingStateInput
    from ..models.onboarding_value import OnboardingValue


T = TypeVar("T", bound="MetadataOnboarding")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global MetadataOnboardingValue
    global OnboardingStateInput
    global OnboardingValue
    from ..models.metadata_onboarding_value import MetadataOnboardingValue
    from ..models.onboarding_state_input import OnboardingStateInput
    from ..models.onboarding_value import OnboardingValue

    _LAZY_BOUND = True


@_attrs_define
class MetadataOnboarding:
    additional_properties: dict[
        str, MetadataOnboardingValue | OnboardingStateInput | OnboardingValue
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata_onboarding_value import MetadataOnboardingValue
        from ..models.onboarding_value import OnboardingValue

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, OnboardingValue) or isinstance(
                prop, MetadataOnboardingValue
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        if cls is MetadataOnboarding:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls()
        rest = dict(d)
        additional_properties = {}
        for prop_name, prop_dict in rest.items():

            def _parse_additional_property(
                data: object,
            ) -> MetadataOnboardingValue | OnboardingStateInput | OnboardingValue:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = OnboardingValue.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = MetadataOnboardingValue.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_2 = OnboardingStateInput.from_dict(data)

                return additional_property_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> MetadataOnboardingValue | OnboardingStateInput | OnboardingValue:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: MetadataOnboardingValue | OnboardingStateInput | OnboardingValue,
    ) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
