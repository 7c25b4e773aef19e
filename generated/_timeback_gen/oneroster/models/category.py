from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_metadata_type_0 import CategoryMetadataType0


T = TypeVar("T", bound="Category")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "status",
        "title",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "weight",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global CategoryMetadataType0
    global _D_metadata
    from ..models.category_metadata_type_0 import CategoryMetadataType0

    _TABLE = _rt.table(
        (
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(CategoryMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "weight",
                "weight",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
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
class Category:
    """Represents a category.

    Attributes:
        status (StatusType):
        title (str):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (CategoryMetadataType0 | None | Unset): Additional metadata for the object
        weight (float | None | Unset):
    """

    status: StatusType
    title: str
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: CategoryMetadataType0 | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
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
        status = check_status_type(d["status"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        weight = d.get("weight", UNSET)
        if (
            type(weight) is not float
            and type(weight) is not int
            and weight is not None
            and weight is not UNSET
        ):
            raise TypeError

        if cls is Category:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.title = title
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.weight = weight
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                title,
                sourced_id,
                date_last_modified,
                metadata,
                weight,
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
