from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="OnboardingStateInput")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "state",
        "completedAt",
        "courseId",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _D_state
    _TABLE = _rt.table(
        (
            _rt.Field("state", "state", True, _rt.Const("completed")),
            _rt.Field("completedAt", "completed_at", False, _rt.STR),
            _rt.Field(
                "courseId",
                "course_id",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_state = _TABLE.fields[0].desc
    _BOUND = True


@_attrs_define
class OnboardingStateInput:
    """
    Attributes:
        state (Literal['completed']):
        completed_at (str | Unset):
        course_id (None | str | Unset):
    """

    state: Literal["completed"]
    completed_at: str | Unset = UNSET
    course_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.state is not UNSET:
            field_dict["state"] = _rt.dump(self.state)
        if self.completed_at is not UNSET:
            field_dict["completedAt"] = self.completed_at
        if self.course_id is not UNSET:
            field_dict["courseId"] = self.course_id
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
        state = _D_state.strict(d["state"])

        completed_at = d.get("completedAt", UNSET)
        if type(completed_at) is not str and completed_at is not UNSET:
            raise TypeError

        course_id = d.get("courseId", UNSET)
        if (
            type(course_id) is not str
            and course_id is not None
            and course_id is not UNSET
        ):
            raise TypeError

        if cls is OnboardingStateInput:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.state = state
            _obj.completed_at = completed_at
            _obj.course_id = course_id
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                state,
                completed_at,
                course_id,
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
