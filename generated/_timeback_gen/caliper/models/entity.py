from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_extensions import EntityExtensions
    from ..models.entity_other_identifiers_item_type_1 import (
        EntityOtherIdentifiersItemType1,
    )


T = TypeVar("T", bound="Entity")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global EntityExtensions
    global EntityOtherIdentifiersItemType1
    from ..models.entity_extensions import EntityExtensions
    from ..models.entity_other_identifiers_item_type_1 import (
        EntityOtherIdentifiersItemType1,
    )

    _LAZY_BOUND = True


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_other_identifiers_item_type_1 import (
            EntityOtherIdentifiersItemType1,
        )

        id = self.id

        type_ = self.type_

        context = self.context

        name = self.name

        description = self.description

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        other_identifiers: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.other_identifiers, Unset):
            other_identifiers = []
            for other_identifiers_item_data in self.other_identifiers:
                other_identifiers_item: dict[str, Any] | str
                if isinstance(
                    other_identifiers_item_data, EntityOtherIdentifiersItemType1
                ):
                    other_identifiers_item = other_identifiers_item_data.to_dict()
                else:
                    other_identifiers_item = other_identifiers_item_data
                other_identifiers.append(other_identifiers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if other_identifiers is not UNSET:
            field_dict["otherIdentifiers"] = other_identifiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        type_ = d["type"]

        context = d.get("@context", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _date_created = d.get("dateCreated", UNSET)
        date_created = (
            UNSET
            if _date_created is UNSET
            else datetime.datetime.fromisoformat(_date_created)
        )

        _date_modified = d.get("dateModified", UNSET)
        date_modified = (
            UNSET
            if _date_modified is UNSET
            else datetime.datetime.fromisoformat(_date_modified)
        )

        _extensions = d.get("extensions", UNSET)
        extensions = (
            UNSET if _extensions is UNSET else EntityExtensions.from_dict(_extensions)
        )

        _other_identifiers = d.get("otherIdentifiers", UNSET)
        other_identifiers: list[EntityOtherIdentifiersItemType1 | str] | Unset = UNSET
        if _other_identifiers is not UNSET:
            other_identifiers = []
            for other_identifiers_item_data in _other_identifiers:

                def _parse_other_identifiers_item(
                    data: object,
                ) -> EntityOtherIdentifiersItemType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        other_identifiers_item_type_1 = (
                            EntityOtherIdentifiersItemType1.from_dict(data)
                        )

                        return other_identifiers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(EntityOtherIdentifiersItemType1 | str, data)

                other_identifiers_item = _parse_other_identifiers_item(
                    other_identifiers_item_data
                )

                other_identifiers.append(other_identifiers_item)

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
        return _obj
