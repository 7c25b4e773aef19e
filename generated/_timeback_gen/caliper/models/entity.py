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
        from ..models.entity_extensions import EntityExtensions
        from ..models.entity_other_identifiers_item_type_1 import (
            EntityOtherIdentifiersItemType1,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        context = d.pop("@context", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("dateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _extensions = d.pop("extensions", UNSET)
        extensions: EntityExtensions | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = EntityExtensions.from_dict(_extensions)

        _other_identifiers = d.pop("otherIdentifiers", UNSET)
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

        entity = cls(
            id=id,
            type_=type_,
            context=context,
            name=name,
            description=description,
            date_created=date_created,
            date_modified=date_modified,
            extensions=extensions,
            other_identifiers=other_identifiers,
        )

        return entity
