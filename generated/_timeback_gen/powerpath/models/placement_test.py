from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.placement_test_assessment_line_items_type_0 import (
        PlacementTestAssessmentLineItemsType0,
    )
    from ..models.placement_test_assessment_results_type_0_item import (
        PlacementTestAssessmentResultsType0Item,
    )
    from ..models.placement_test_component_resources import (
        PlacementTestComponentResources,
    )
    from ..models.placement_test_resources import PlacementTestResources
    from ..models.placement_test_resources_metadata import (
        PlacementTestResourcesMetadata,
    )


T = TypeVar("T", bound="PlacementTest")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "component_resources",
        "resources",
        "resources_metadata",
        "assessment_line_items",
        "assessment_results",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global PlacementTestAssessmentLineItemsType0
    global PlacementTestAssessmentResultsType0Item
    global PlacementTestComponentResources
    global PlacementTestResources
    global PlacementTestResourcesMetadata
    from ..models.placement_test_assessment_line_items_type_0 import (
        PlacementTestAssessmentLineItemsType0,
    )
    from ..models.placement_test_assessment_results_type_0_item import (
        PlacementTestAssessmentResultsType0Item,
    )
    from ..models.placement_test_component_resources import (
        PlacementTestComponentResources,
    )
    from ..models.placement_test_resources import PlacementTestResources
    from ..models.placement_test_resources_metadata import (
        PlacementTestResourcesMetadata,
    )

    _LAZY_BOUND = True


def _parse_assessment_line_items(
    data: object,
) -> None | PlacementTestAssessmentLineItemsType0:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        assessment_line_items_type_0 = PlacementTestAssessmentLineItemsType0.from_dict(
            data
        )

        return assessment_line_items_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_assessment_results(
    data: object,
) -> list[PlacementTestAssessmentResultsType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        assessment_results_type_0 = []
        _assessment_results_type_0 = data
        for assessment_results_type_0_item_data in _assessment_results_type_0:
            assessment_results_type_0_item = (
                PlacementTestAssessmentResultsType0Item.from_dict(
                    assessment_results_type_0_item_data
                )
            )

            assessment_results_type_0.append(assessment_results_type_0_item)

        return assessment_results_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class PlacementTest:
    """
    Attributes:
        component_resources (PlacementTestComponentResources):
        resources (PlacementTestResources):
        resources_metadata (PlacementTestResourcesMetadata):
        assessment_line_items (None | PlacementTestAssessmentLineItemsType0):
        assessment_results (list[PlacementTestAssessmentResultsType0Item] | None):
    """

    component_resources: PlacementTestComponentResources
    resources: PlacementTestResources
    resources_metadata: PlacementTestResourcesMetadata
    assessment_line_items: None | PlacementTestAssessmentLineItemsType0
    assessment_results: list[PlacementTestAssessmentResultsType0Item] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.placement_test_assessment_line_items_type_0 import (
            PlacementTestAssessmentLineItemsType0,
        )

        component_resources = self.component_resources.to_dict()

        resources = self.resources.to_dict()

        resources_metadata = self.resources_metadata.to_dict()

        assessment_line_items: dict[str, Any] | None
        if isinstance(
            self.assessment_line_items, PlacementTestAssessmentLineItemsType0
        ):
            assessment_line_items = self.assessment_line_items.to_dict()
        else:
            assessment_line_items = self.assessment_line_items

        assessment_results: list[dict[str, Any]] | None
        if isinstance(self.assessment_results, list):
            assessment_results = []
            for assessment_results_type_0_item_data in self.assessment_results:
                assessment_results_type_0_item = (
                    assessment_results_type_0_item_data.to_dict()
                )
                assessment_results.append(assessment_results_type_0_item)

        else:
            assessment_results = self.assessment_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component_resources": component_resources,
                "resources": resources,
                "resources_metadata": resources_metadata,
                "assessment_line_items": assessment_line_items,
                "assessment_results": assessment_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        component_resources = PlacementTestComponentResources.from_dict(
            d["component_resources"]
        )

        resources = PlacementTestResources.from_dict(d["resources"])

        resources_metadata = PlacementTestResourcesMetadata.from_dict(
            d["resources_metadata"]
        )

        assessment_line_items = _parse_assessment_line_items(d["assessment_line_items"])

        assessment_results = _parse_assessment_results(d["assessment_results"])

        if cls is PlacementTest:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.component_resources = component_resources
            _obj.resources = resources
            _obj.resources_metadata = resources_metadata
            _obj.assessment_line_items = assessment_line_items
            _obj.assessment_results = assessment_results
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                component_resources,
                resources,
                resources_metadata,
                assessment_line_items,
                assessment_results,
            )
        if len(d) != 5:  # else keep NO_EXTRAS
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
