from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.base_type import BaseType, check_base_type
from ..models.cardinality import Cardinality, check_cardinality
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.correct_response import CorrectResponse


T = TypeVar("T", bound="ResponseDeclaration")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "cardinality",
        "correctResponse",
        "baseType",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_CorrectResponse
    global CorrectResponse
    from ..models.correct_response import CorrectResponse

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field(
                "cardinality",
                "cardinality",
                True,
                _rt.Enum(check_cardinality, "Cardinality"),
            ),
            _rt.Field(
                "correctResponse", "correct_response", True, _rt.Model(CorrectResponse)
            ),
            _rt.Field(
                "baseType", "base_type", False, _rt.Enum(check_base_type, "BaseType")
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_CorrectResponse = CorrectResponse._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.cardinality is not UNSET:
            field_dict["cardinality"] = self.cardinality
        if self.correct_response is not UNSET:
            field_dict["correctResponse"] = _rt.dump(self.correct_response)
        if self.base_type is not UNSET:
            field_dict["baseType"] = self.base_type
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
        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        cardinality = check_cardinality(d["cardinality"])

        correct_response = _F_CorrectResponse(d["correctResponse"])

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
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                cardinality,
                correct_response,
                base_type,
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
