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
        d = dict(src_dict)
        state = cast(Literal["not_started"], d.pop("state"))
        if state != "not_started":
            raise ValueError(f"state must match const 'not_started', got '{state}'")

        onboarding_value = cls(
            state=state,
        )

        return onboarding_value
