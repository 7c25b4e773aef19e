from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="SetSkippedCommandPayload")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Target
    from ..models.target import Target

    _LAZY_BOUND = True


@_attrs_define
class SetSkippedCommandPayload:
    """
    Attributes:
        target (Target): The target item to set the skipped attribute of
        value (bool): The value to set the skipped attribute to
    """

    target: Target
    value: bool

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target": target,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        target = Target.from_dict(d["target"])

        value = d["value"]

        if cls is SetSkippedCommandPayload:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.target = target
            _obj.value = value
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                target,
                value,
            )
        return _obj
