from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global AddCustomResource
    global ChangeItemParent
    global MoveItemAfter
    global MoveItemBefore
    global MoveItemToEnd
    global MoveItemToStart
    global SetSkipped
    from ..models.add_custom_resource import AddCustomResource
    from ..models.change_item_parent import ChangeItemParent
    from ..models.move_item_after import MoveItemAfter
    from ..models.move_item_before import MoveItemBefore
    from ..models.move_item_to_end import MoveItemToEnd
    from ..models.move_item_to_start import MoveItemToStart
    from ..models.set_skipped import SetSkipped

    _LAZY_BOUND = True


def _parse_operation(
    data: object,
) -> (
    AddCustomResource
    | ChangeItemParent
    | MoveItemAfter
    | MoveItemBefore
    | MoveItemToEnd
    | MoveItemToStart
    | SetSkipped
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_0 = SetSkipped.from_dict(data)

        return operation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_1 = AddCustomResource.from_dict(data)

        return operation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_2 = MoveItemBefore.from_dict(data)

        return operation_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_3 = MoveItemAfter.from_dict(data)

        return operation_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_4 = MoveItemToStart.from_dict(data)

        return operation_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_5 = MoveItemToEnd.from_dict(data)

        return operation_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    operation_type_6 = ChangeItemParent.from_dict(data)

    return operation_type_6


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_custom_resource import AddCustomResource
        from ..models.move_item_after import MoveItemAfter
        from ..models.move_item_before import MoveItemBefore
        from ..models.move_item_to_end import MoveItemToEnd
        from ..models.move_item_to_start import MoveItemToStart
        from ..models.set_skipped import SetSkipped

        operation: dict[str, Any]
        if (
            isinstance(self.operation, SetSkipped)
            or isinstance(self.operation, AddCustomResource)
            or isinstance(self.operation, MoveItemBefore)
            or isinstance(self.operation, MoveItemAfter)
            or isinstance(self.operation, MoveItemToStart)
            or isinstance(self.operation, MoveItemToEnd)
        ):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "operation": operation,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        operation = _parse_operation(d["operation"])

        reason = d.get("reason", UNSET)

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
        return _obj
