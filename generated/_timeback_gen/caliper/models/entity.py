from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_extensions import EntityExtensions
    from ..models.entity_other_identifiers_item_type_1 import (
        EntityOtherIdentifiersItemType1,
    )


T = TypeVar("T", bound="Entity")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "@context",
        "name",
        "description",
        "dateCreated",
        "dateModified",
        "extensions",
        "otherIdentifiers",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_EntityExtensions
    global EntityExtensions
    global EntityOtherIdentifiersItemType1
    global _D_other_identifiers
    from ..models.entity_extensions import EntityExtensions
    from ..models.entity_other_identifiers_item_type_1 import (
        EntityOtherIdentifiersItemType1,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("id", "id", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.STR),
            _rt.Field("@context", "context", False, _rt.STR),
            _rt.Field("name", "name", False, _rt.STR),
            _rt.Field("description", "description", False, _rt.STR),
            _rt.Field("dateCreated", "date_created", False, _rt.DATETIME),
            _rt.Field("dateModified", "date_modified", False, _rt.DATETIME),
            _rt.Field("extensions", "extensions", False, _rt.Model(EntityExtensions)),
            _rt.Field(
                "otherIdentifiers",
                "other_identifiers",
                False,
                _rt.List(
                    _rt.Union(
                        (
                            _rt.STR,
                            _rt.Model(EntityOtherIdentifiersItemType1),
                        )
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_EntityExtensions = EntityExtensions._from_dict_fast
    _D_other_identifiers = _TABLE.fields[8].desc
    _BOUND = True


@_attrs_define
class Entity:
    """# Entity

    Represents a generic Caliper Entity that participates in learning-related activities.
    Can be provided in an envelope for context.

        Attributes:
            id (str): The unique identifier for this entity. Must be a valid IRI and should be dereferenceable Example:
                https://example.edu/entity/554433.
            type_ (str): The type of this entity. Must match the term specified in the Caliper information model Example:
                Entity.
            context (str | Unset): The context of the Caliper entity data Default:
                'http://purl.imsglobal.org/ctx/caliper/v1p2'. Example: http://purl.imsglobal.org/ctx/caliper/v1p2.
            name (str | Unset): A word or phrase by which the entity is known Example: John Doe.
            description (str | Unset): A brief, written representation of the entity Example: A student at Example
                University.
            date_created (datetime.datetime | Unset): ISO 8601 datetime when this entity was created Example:
                2023-08-15T14:12:00.000Z.
            date_modified (datetime.datetime | Unset): ISO 8601 datetime when this entity was last modified Example:
                2023-08-15T14:12:00.000Z.
            extensions (EntityExtensions | Unset): Additional attributes not defined by the model Example: {'customField':
                'customValue'}.
            other_identifiers (list[EntityOtherIdentifiersItemType1 | str] | Unset):
    """

    id: str
    type_: str
    context: str | Unset = "http://purl.imsglobal.org/ctx/caliper/v1p2"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_modified: datetime.datetime | Unset = UNSET
    extensions: EntityExtensions | Unset = UNSET
    other_identifiers: list[EntityOtherIdentifiersItemType1 | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.context is not UNSET:
            field_dict["@context"] = self.context
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.date_created is not UNSET:
            field_dict["dateCreated"] = _rt.dump(self.date_created)
        if self.date_modified is not UNSET:
            field_dict["dateModified"] = _rt.dump(self.date_modified)
        if self.extensions is not UNSET:
            field_dict["extensions"] = _rt.dump(self.extensions)
        if self.other_identifiers is not UNSET:
            field_dict["otherIdentifiers"] = _rt.dump(self.other_identifiers)
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
        id = d["id"]
        if type(id) is not str:
            raise TypeError

        type_ = d["type"]
        if type(type_) is not str:
            raise TypeError

        context = d.get("@context", UNSET)
        if type(context) is not str and context is not UNSET:
            raise TypeError

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError

        _date_created = d.get("dateCreated", UNSET)
        date_created = (
            UNSET if _date_created is UNSET else _parse_datetime(_date_created)
        )

        _date_modified = d.get("dateModified", UNSET)
        date_modified = (
            UNSET if _date_modified is UNSET else _parse_datetime(_date_modified)
        )

        _extensions = d.get("extensions", UNSET)
        extensions = UNSET if _extensions is UNSET else _F_EntityExtensions(_extensions)

        _other_identifiers = d.get("otherIdentifiers", UNSET)
        if _other_identifiers is UNSET:
            other_identifiers = UNSET
        else:
            if type(_other_identifiers) is not list:
                raise TypeError
            other_identifiers = _D_other_identifiers.strict(_other_identifiers)

        if cls is Entity:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.context = context
            _obj.name = name
            _obj.description = description
            _obj.date_created = date_created
            _obj.date_modified = date_modified
            _obj.extensions = extensions
            _obj.other_identifiers = other_identifiers
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                type_,
                context,
                name,
                description,
                date_created,
                date_modified,
                extensions,
                other_identifiers,
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
