from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_resource_metadata import ComponentResourceMetadata
    from ..models.resource import Resource


T = TypeVar("T", bound="ComponentResource")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "tenantId",
        "clientAppId",
        "id",
        "courseComponentSourcedId",
        "resource",
        "sortOrder",
        "metadata",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Resource
    global _F_ComponentResourceMetadata
    global ComponentResourceMetadata
    global Resource
    from ..models.component_resource_metadata import ComponentResourceMetadata
    from ..models.resource import Resource

    _TABLE = _rt.table(
        (
            _rt.Field(
                "tenantId",
                "tenant_id",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "clientAppId",
                "client_app_id",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("id", "id", True, _rt.STR),
            _rt.Field(
                "courseComponentSourcedId", "course_component_sourced_id", True, _rt.STR
            ),
            _rt.Field("resource", "resource", True, _rt.Model(Resource)),
            _rt.Field("sortOrder", "sort_order", False, _rt.STR),
            _rt.Field(
                "metadata", "metadata", False, _rt.Model(ComponentResourceMetadata)
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Resource = Resource._from_dict_fast
    _F_ComponentResourceMetadata = ComponentResourceMetadata._from_dict_fast
    _BOUND = True


@_attrs_define
class ComponentResource:
    """
    Attributes:
        tenant_id (None | str):
        client_app_id (None | str):
        id (str): The ID of the lesson plan item
        course_component_sourced_id (str):
        resource (Resource): Represents a digital resource of some kind.
        sort_order (str | Unset):
        metadata (ComponentResourceMetadata | Unset):
    """

    tenant_id: None | str
    client_app_id: None | str
    id: str
    course_component_sourced_id: str
    resource: Resource
    sort_order: str | Unset = UNSET
    metadata: ComponentResourceMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.tenant_id is not UNSET:
            field_dict["tenantId"] = self.tenant_id
        if self.client_app_id is not UNSET:
            field_dict["clientAppId"] = self.client_app_id
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.course_component_sourced_id is not UNSET:
            field_dict["courseComponentSourcedId"] = self.course_component_sourced_id
        if self.resource is not UNSET:
            field_dict["resource"] = _rt.dump(self.resource)
        if self.sort_order is not UNSET:
            field_dict["sortOrder"] = self.sort_order
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
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
        tenant_id = d["tenantId"]
        if type(tenant_id) is not str and tenant_id is not None:
            raise TypeError

        client_app_id = d["clientAppId"]
        if type(client_app_id) is not str and client_app_id is not None:
            raise TypeError

        id = d["id"]
        if type(id) is not str:
            raise TypeError

        course_component_sourced_id = d["courseComponentSourcedId"]
        if type(course_component_sourced_id) is not str:
            raise TypeError

        resource = _F_Resource(d["resource"])

        sort_order = d.get("sortOrder", UNSET)
        if type(sort_order) is not str and sort_order is not UNSET:
            raise TypeError

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET if _metadata is UNSET else _F_ComponentResourceMetadata(_metadata)
        )

        if cls is ComponentResource:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.tenant_id = tenant_id
            _obj.client_app_id = client_app_id
            _obj.id = id
            _obj.course_component_sourced_id = course_component_sourced_id
            _obj.resource = resource
            _obj.sort_order = sort_order
            _obj.metadata = metadata
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                tenant_id,
                client_app_id,
                id,
                course_component_sourced_id,
                resource,
                sort_order,
                metadata,
            )
        if d.keys() <= _KNOWN_KEYS:
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
