from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_resource_metadata import ComponentResourceMetadata
    from ..models.resource import Resource


T = TypeVar("T", bound="ComponentResource")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ComponentResourceMetadata
    global Resource
    from ..models.component_resource_metadata import ComponentResourceMetadata
    from ..models.resource import Resource

    _LAZY_BOUND = True


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
        tenant_id: None | str
        tenant_id = self.tenant_id

        client_app_id: None | str
        client_app_id = self.client_app_id

        id = self.id

        course_component_sourced_id = self.course_component_sourced_id

        resource = self.resource.to_dict()

        sort_order = self.sort_order

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "clientAppId": client_app_id,
                "id": id,
                "courseComponentSourcedId": course_component_sourced_id,
                "resource": resource,
            }
        )
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tenant_id = d["tenantId"]

        client_app_id = d["clientAppId"]

        id = d["id"]

        course_component_sourced_id = d["courseComponentSourcedId"]

        resource = Resource.from_dict(d["resource"])

        sort_order = d.get("sortOrder", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else ComponentResourceMetadata.from_dict(_metadata)
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
            _obj.additional_properties = NO_EXTRAS
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
