from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.start_test_out_response_200_status import (
    StartTestOutResponse200Status,
    check_start_test_out_response_200_status,
)
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="StartTestOutResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "assignmentId",
        "lessonId",
        "resourceId",
        "status",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("assignmentId", "assignment_id", True, _rt.STR),
            _rt.Field("lessonId", "lesson_id", True, _rt.STR),
            _rt.Field("resourceId", "resource_id", True, _rt.STR),
            _rt.Field(
                "status",
                "status",
                True,
                _rt.Enum(
                    check_start_test_out_response_200_status,
                    "StartTestOutResponse200Status",
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


@_attrs_define
class StartTestOutResponse200:
    """
    Attributes:
        assignment_id (str): The test assignment ID
        lesson_id (str): The component resource ID (lesson)
        resource_id (str): The resource ID
        status (StartTestOutResponse200Status): Whether a new assignment was created or an existing active assignment
            was reused
    """

    assignment_id: str
    lesson_id: str
    resource_id: str
    status: StartTestOutResponse200Status
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.assignment_id is not UNSET:
            field_dict["assignmentId"] = self.assignment_id
        if self.lesson_id is not UNSET:
            field_dict["lessonId"] = self.lesson_id
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
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
        assignment_id = d["assignmentId"]
        if type(assignment_id) is not str:
            raise TypeError

        lesson_id = d["lessonId"]
        if type(lesson_id) is not str:
            raise TypeError

        resource_id = d["resourceId"]
        if type(resource_id) is not str:
            raise TypeError

        status = check_start_test_out_response_200_status(d["status"])

        if cls is StartTestOutResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.assignment_id = assignment_id
            _obj.lesson_id = lesson_id
            _obj.resource_id = resource_id
            _obj.status = status
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                assignment_id,
                lesson_id,
                resource_id,
                status,
            )
        if len(d) == 4:
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
