from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_type import BaseType, check_base_type
from ..models.cardinality import Cardinality, check_cardinality
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.correct_response import CorrectResponse


T = TypeVar("T", bound="ResponseDeclaration")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "cardinality",
        "correctResponse",
        "baseType",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CorrectResponse
    from ..models.correct_response import CorrectResponse

    _LAZY_BOUND = True


@_attrs_define
class ResponseDeclaration:
    """
    Attributes:
        identifier (str): Unique identifier for this response variable within the item; must be distinct from other item
            variables and cannot use reserved names (completionStatus, numAttempts, duration).
        cardinality (Cardinality): Specifies how many values the response variable can hold and whether order matters.
        correct_response (CorrectResponse): Optional model answer; must conform to the variable's cardinality (single =
            one value, multiple/ordered = ordered or unordered list); omit when no optimal answer exists (e.g., essays);
            delivery engines may display it as the solution in review mode.
        base_type (BaseType | Unset): Primitive data type for each answer stored in the variable (e.g., integer, string,
            boolean). Omit when cardinality is 'record', because each field in a record may have its own type.
    """

    identifier: str
    cardinality: Cardinality
    correct_response: CorrectResponse
    base_type: BaseType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        cardinality: str = self.cardinality

        correct_response = self.correct_response.to_dict()

        base_type: str | Unset = UNSET
        if not isinstance(self.base_type, Unset):
            base_type = self.base_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "cardinality": cardinality,
                "correctResponse": correct_response,
            }
        )
        if base_type is not UNSET:
            field_dict["baseType"] = base_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        cardinality = check_cardinality(d["cardinality"])

        correct_response = CorrectResponse.from_dict(d["correctResponse"])

        _base_type = d.get("baseType", UNSET)
        base_type = UNSET if _base_type is UNSET else check_base_type(_base_type)

        if cls is ResponseDeclaration:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.cardinality = cardinality
            _obj.correct_response = correct_response
            _obj.base_type = base_type
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                cardinality,
                correct_response,
                base_type,
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
