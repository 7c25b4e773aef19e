from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.test_assignment import TestAssignment


T = TypeVar("T", bound="TestAssignmentList")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "testAssignments",
        "totalCount",
        "pageCount",
        "pageNumber",
        "offset",
        "limit",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global TestAssignment
    from ..models.test_assignment import TestAssignment

    _LAZY_BOUND = True


@_attrs_define
class TestAssignmentList:
    """
    Attributes:
        test_assignments (list[TestAssignment]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    test_assignments: list[TestAssignment]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_assignments = []
        for test_assignments_item_data in self.test_assignments:
            test_assignments_item = test_assignments_item_data.to_dict()
            test_assignments.append(test_assignments_item)

        total_count = self.total_count

        page_count = self.page_count

        page_number = self.page_number

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "testAssignments": test_assignments,
                "totalCount": total_count,
                "pageCount": page_count,
                "pageNumber": page_number,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        test_assignments = [
            TestAssignment.from_dict(_item) for _item in d["testAssignments"]
        ]

        total_count = d["totalCount"]

        page_count = d["pageCount"]

        page_number = d["pageNumber"]

        offset = d["offset"]

        limit = d["limit"]

        if cls is TestAssignmentList:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.test_assignments = test_assignments
            _obj.total_count = total_count
            _obj.page_count = page_count
            _obj.page_number = page_number
            _obj.offset = offset
            _obj.limit = limit
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                test_assignments,
                total_count,
                page_count,
                page_number,
                offset,
                limit,
            )
        if len(d) != 6:  # else keep NO_EXTRAS
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
