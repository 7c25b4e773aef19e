from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

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
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "component_resources",
        "resources",
        "resources_metadata",
        "assessment_line_items",
        "assessment_results",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_PlacementTestComponentResources
    global _F_PlacementTestResources
    global _F_PlacementTestResourcesMetadata
    global PlacementTestAssessmentLineItemsType0
    global PlacementTestAssessmentResultsType0Item
    global PlacementTestComponentResources
    global PlacementTestResources
    global PlacementTestResourcesMetadata
    global _D_assessment_line_items
    global _D_assessment_results
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

    _TABLE = _rt.table(
        (
            _rt.Field(
                "component_resources",
                "component_resources",
                True,
                _rt.Model(PlacementTestComponentResources),
            ),
            _rt.Field(
                "resources", "resources", True, _rt.Model(PlacementTestResources)
            ),
            _rt.Field(
                "resources_metadata",
                "resources_metadata",
                True,
                _rt.Model(PlacementTestResourcesMetadata),
            ),
            _rt.Field(
                "assessment_line_items",
                "assessment_line_items",
                True,
                _rt.Union(
                    (
                        _rt.Model(PlacementTestAssessmentLineItemsType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "assessment_results",
                "assessment_results",
                True,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(PlacementTestAssessmentResultsType0Item)),
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_PlacementTestComponentResources = PlacementTestComponentResources._from_dict_fast
    _F_PlacementTestResources = PlacementTestResources._from_dict_fast
    _F_PlacementTestResourcesMetadata = PlacementTestResourcesMetadata._from_dict_fast
    _D_assessment_line_items = _TABLE.fields[3].desc
    _D_assessment_results = _TABLE.fields[4].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.component_resources is not UNSET:
            field_dict["component_resources"] = _rt.dump(self.component_resources)
        if self.resources is not UNSET:
            field_dict["resources"] = _rt.dump(self.resources)
        if self.resources_metadata is not UNSET:
            field_dict["resources_metadata"] = _rt.dump(self.resources_metadata)
        if self.assessment_line_items is not UNSET:
            field_dict["assessment_line_items"] = _rt.dump(self.assessment_line_items)
        if self.assessment_results is not UNSET:
            field_dict["assessment_results"] = _rt.dump(self.assessment_results)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        component_resources = _F_PlacementTestComponentResources(
            d["component_resources"]
        )

        resources = _F_PlacementTestResources(d["resources"])

        resources_metadata = _F_PlacementTestResourcesMetadata(d["resources_metadata"])

        assessment_line_items = _D_assessment_line_items.strict(
            d["assessment_line_items"]
        )

        assessment_results = _D_assessment_results.strict(d["assessment_results"])

        if cls is PlacementTest:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.component_resources = component_resources
            _obj.resources = resources
            _obj.resources_metadata = resources_metadata
            _obj.assessment_line_items = assessment_line_items
            _obj.assessment_results = assessment_results
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                component_resources,
                resources,
                resources_metadata,
                assessment_line_items,
                assessment_results,
            )
        if len(d) == 5:
            _obj.additional_properties = NO_EXTRAS
        else:
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
