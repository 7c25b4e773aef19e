from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateTestAssignmentBody")
_new_instance = object.__new__


@_attrs_define
class UpdateTestAssignmentBody:
    """
    Attributes:
        test_name (str):
    """

    test_name: str

    def to_dict(self) -> dict[str, Any]:
        test_name = self.test_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "testName": test_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        test_name = d["testName"]

        if cls is UpdateTestAssignmentBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.test_name = test_name
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                test_name,
            )
        return _obj
