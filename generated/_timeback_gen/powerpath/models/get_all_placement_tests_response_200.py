from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.placement_test import PlacementTest


T = TypeVar("T", bound="GetAllPlacementTestsResponse200")


@_attrs_define
class GetAllPlacementTestsResponse200:
    """
    Attributes:
        placement_tests (list[PlacementTest]):
    """

    placement_tests: list[PlacementTest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placement_tests = []
        for placement_tests_item_data in self.placement_tests:
            placement_tests_item = placement_tests_item_data.to_dict()
            placement_tests.append(placement_tests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "placementTests": placement_tests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.placement_test import PlacementTest

        d = dict(src_dict)
        placement_tests = []
        _placement_tests = d.pop("placementTests")
        for placement_tests_item_data in _placement_tests:
            placement_tests_item = PlacementTest.from_dict(placement_tests_item_data)

            placement_tests.append(placement_tests_item)

        get_all_placement_tests_response_200 = cls(
            placement_tests=placement_tests,
        )

        get_all_placement_tests_response_200.additional_properties = d
        return get_all_placement_tests_response_200

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
