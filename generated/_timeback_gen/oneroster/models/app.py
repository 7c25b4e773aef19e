from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_metadata_type_0 import AppMetadataType0


T = TypeVar("T", bound="App")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "name",
        "domain",
        "description",
        "metadata",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global AppMetadataType0
    from ..models.app_metadata_type_0 import AppMetadataType0

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> AppMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = AppMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class App:
    """
    Attributes:
        sourced_id (str):
        name (str):
        domain (list[str]):
        description (None | str | Unset):
        metadata (AppMetadataType0 | None | Unset):
    """

    sourced_id: str
    name: str
    domain: list[str]
    description: None | str | Unset = UNSET
    metadata: AppMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_metadata_type_0 import AppMetadataType0

        sourced_id = self.sourced_id

        name = self.name

        domain = self.domain

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, AppMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "name": name,
                "domain": domain,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        name = d["name"]

        domain = d["domain"]

        description = d.get("description", UNSET)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        if cls is App:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.name = name
            _obj.domain = domain
            _obj.description = description
            _obj.metadata = metadata
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                name,
                domain,
                description,
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
