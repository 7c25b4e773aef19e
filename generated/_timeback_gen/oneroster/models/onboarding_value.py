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

        _obj = cls(
            state,
        )
        return _obj
