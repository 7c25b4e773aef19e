from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_metadata_type_0 import AppMetadataType0


T = TypeVar("T", bound="App")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "name",
        "domain",
        "description",
        "metadata",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global AppMetadataType0
    global _D_metadata
    from ..models.app_metadata_type_0 import AppMetadataType0

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field("name", "name", True, _rt.STR),
            _rt.Field("domain", "domain", True, _rt.List(_rt.STR)),
            _rt.Field(
                "description",
                "description",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(AppMetadataType0),
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
    _D_metadata = _TABLE.fields[4].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.domain is not UNSET:
            field_dict["domain"] = _rt.dump(self.domain)
        if self.description is not UNSET:
            field_dict["description"] = self.description
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
        sourced_id = d["sourcedId"]
        if type(sourced_id) is not str:
            raise TypeError

        name = d["name"]
        if type(name) is not str:
            raise TypeError

        _domain = d["domain"]
        if type(_domain) is not list:
            raise TypeError
        domain = _domain
        for _item in _domain:
            if type(_item) is not str:
                raise TypeError

        description = d.get("description", UNSET)
        if (
            type(description) is not str
            and description is not None
            and description is not UNSET
        ):
            raise TypeError

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        if cls is App:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.name = name
            _obj.domain = domain
            _obj.description = description
            _obj.metadata = metadata
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                name,
                domain,
                description,
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
