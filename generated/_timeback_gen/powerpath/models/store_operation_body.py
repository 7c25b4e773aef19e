from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_custom_resource import AddCustomResource
    from ..models.change_item_parent import ChangeItemParent
    from ..models.move_item_after import MoveItemAfter
    from ..models.move_item_before import MoveItemBefore
    from ..models.move_item_to_end import MoveItemToEnd
    from ..models.move_item_to_start import MoveItemToStart
    from ..models.set_skipped import SetSkipped


T = TypeVar("T", bound="StoreOperationBody")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "operation",
        "reason",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global AddCustomResource
    global ChangeItemParent
    global MoveItemAfter
    global MoveItemBefore
    global MoveItemToEnd
    global MoveItemToStart
    global SetSkipped
    global _D_operation
    from ..models.add_custom_resource import AddCustomResource
    from ..models.change_item_parent import ChangeItemParent
    from ..models.move_item_after import MoveItemAfter
    from ..models.move_item_before import MoveItemBefore
    from ..models.move_item_to_end import MoveItemToEnd
    from ..models.move_item_to_start import MoveItemToStart
    from ..models.set_skipped import SetSkipped

    _TABLE = _rt.table(
        (
            _rt.Field(
                "operation",
                "operation",
                True,
                _rt.Union(
                    (
                        _rt.Model(SetSkipped),
                        _rt.Model(AddCustomResource),
                        _rt.Model(MoveItemBefore),
                        _rt.Model(MoveItemAfter),
                        _rt.Model(MoveItemToStart),
                        _rt.Model(MoveItemToEnd),
                        _rt.Model(ChangeItemParent),
                    )
                ),
            ),
            _rt.Field("reason", "reason", False, _rt.STR),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_operation = _TABLE.fields[0].desc
    _BOUND = True


@_attrs_define
class StoreOperationBody:
    """
    Attributes:
        operation (AddCustomResource | ChangeItemParent | MoveItemAfter | MoveItemBefore | MoveItemToEnd |
            MoveItemToStart | SetSkipped):
        reason (str | Unset): The reason for the operation
    """

    operation: (
        AddCustomResource
        | ChangeItemParent
        | MoveItemAfter
        | MoveItemBefore
        | MoveItemToEnd
        | MoveItemToStart
        | SetSkipped
    )
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.operation is not UNSET:
            field_dict["operation"] = _rt.dump(self.operation)
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
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
        operation = _D_operation.strict(d["operation"])

        reason = d.get("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            raise TypeError

        if cls is StoreOperationBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.operation = operation
            _obj.reason = reason
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                operation,
                reason,
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
