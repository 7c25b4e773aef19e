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

T = TypeVar("T", bound="MetadataOnboardingValue")
_new_instance = object.__new__


@_attrs_define
class MetadataOnboardingValue:
    """
    Attributes:
        state (Literal['in_progress']):
    """

    state: Literal["in_progress"]

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
        state = cast(Literal["in_progress"], d["state"])
        if state != "in_progress":
            raise ValueError(f"state must match const 'in_progress', got '{state}'")

        if cls is MetadataOnboardingValue:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.state = state
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                state,
            )
        return _obj
