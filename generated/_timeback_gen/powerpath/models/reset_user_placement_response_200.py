from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

T = TypeVar("T", bound="ResetUserPlacementResponse200")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "success",
        "placementResultsDeleted",
        "onboardingReset",
    }
)


@_attrs_define
class ResetUserPlacementResponse200:
    """
    Attributes:
        success (bool): Whether the reset operation was successful
        placement_results_deleted (float): Number of placement results soft-deleted
        onboarding_reset (bool): Whether onboarding state was reset
    """

    success: bool
    placement_results_deleted: float
    onboarding_reset: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        placement_results_deleted = self.placement_results_deleted

        onboarding_reset = self.onboarding_reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "placementResultsDeleted": placement_results_deleted,
                "onboardingReset": onboarding_reset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        success = d["success"]

        placement_results_deleted = d["placementResultsDeleted"]

        onboarding_reset = d["onboardingReset"]

        if cls is ResetUserPlacementResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.success = success
            _obj.placement_results_deleted = placement_results_deleted
            _obj.onboarding_reset = onboarding_reset
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                success,
                placement_results_deleted,
                onboarding_reset,
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
