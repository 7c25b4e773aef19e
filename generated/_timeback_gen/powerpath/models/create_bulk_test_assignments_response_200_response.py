from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_bulk_test_assignments_response_200_result import (
        CreateBulkTestAssignmentsResponse200Result,
    )
    from ..models.error import Error


T = TypeVar("T", bound="CreateBulkTestAssignmentsResponse200Response")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CreateBulkTestAssignmentsResponse200Result
    global Error
    from ..models.create_bulk_test_assignments_response_200_result import (
        CreateBulkTestAssignmentsResponse200Result,
    )
    from ..models.error import Error

    _LAZY_BOUND = True


@_attrs_define
class CreateBulkTestAssignmentsResponse200Response:
    """
    Attributes:
        success (bool): Whether all assignments were created successfully
        results (list[CreateBulkTestAssignmentsResponse200Result]): Array of successfully created test assignments
        errors (list[Error]): Array of errors that occurred during processing
    """

    success: bool
    results: list[CreateBulkTestAssignmentsResponse200Result]
    errors: list[Error]

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "success": success,
                "results": results,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        success = d["success"]

        results = [
            CreateBulkTestAssignmentsResponse200Result.from_dict(_item)
            for _item in d["results"]
        ]

        errors = [Error.from_dict(_item) for _item in d["errors"]]

        if cls is CreateBulkTestAssignmentsResponse200Response:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.success = success
            _obj.results = results
            _obj.errors = errors
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                success,
                results,
                errors,
            )
        return _obj
