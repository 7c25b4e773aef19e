from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="OnboardingValue")
_new_instance = object.__new__


@_attrs_define
class OnboardingValue:
    """
    Attributes:
        state (Literal['not_started']):
    """

    state: Literal["not_started"]

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        state = cast(Literal["not_started"], d["state"])
        if state != "not_started":
            raise ValueError(f"state must match const 'not_started', got '{state}'")

        if cls is OnboardingValue:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.state = state
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                state,
            )
        return _obj
