from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.goals import Goals
    from ..models.metrics import Metrics


T = TypeVar("T", bound="EnrollmentMetadata")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "goals",
        "metrics",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Goals
    global Metrics
    from ..models.goals import Goals
    from ..models.metrics import Metrics

    _LAZY_BOUND = True


@_attrs_define
class EnrollmentMetadata:
    """
    Attributes:
        goals (Goals | Unset):
        metrics (Metrics | Unset):
    """

    goals: Goals | Unset = UNSET
    metrics: Metrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = self.goals.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goals is not UNSET:
            field_dict["goals"] = goals
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _goals = d.get("goals", UNSET)
        goals = UNSET if _goals is UNSET else Goals.from_dict(_goals)

        _metrics = d.get("metrics", UNSET)
        metrics = UNSET if _metrics is UNSET else Metrics.from_dict(_metrics)

        if cls is EnrollmentMetadata:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.goals = goals
            _obj.metrics = metrics
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                goals,
                metrics,
            )
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
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
