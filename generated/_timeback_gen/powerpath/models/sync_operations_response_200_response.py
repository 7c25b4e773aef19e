from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_result import OperationResult


T = TypeVar("T", bound="SyncOperationsResponse200Response")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "success",
        "operationCount",
        "operationResults",
        "message",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global OperationResult
    from ..models.operation_result import OperationResult

    _LAZY_BOUND = True


@_attrs_define
class SyncOperationsResponse200Response:
    """
    Attributes:
        success (bool):
        operation_count (float):
        operation_results (list[OperationResult]):
        message (str | Unset):
    """

    success: bool
    operation_count: float
    operation_results: list[OperationResult]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        operation_count = self.operation_count

        operation_results = []
        for operation_results_item_data in self.operation_results:
            operation_results_item = operation_results_item_data.to_dict()
            operation_results.append(operation_results_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "operationCount": operation_count,
                "operationResults": operation_results,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        success = d["success"]

        operation_count = d["operationCount"]

        operation_results = [
            OperationResult.from_dict(_item) for _item in d["operationResults"]
        ]

        message = d.get("message", UNSET)

        if cls is SyncOperationsResponse200Response:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.success = success
            _obj.operation_count = operation_count
            _obj.operation_results = operation_results
            _obj.message = message
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                success,
                operation_count,
                operation_results,
                message,
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
