from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.score_status import ScoreStatus, check_score_status
from ..types import NO_EXTRAS

T = TypeVar("T", bound="Attempt")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "attempt",
        "score",
        "scoreStatus",
        "xp",
        "startedAt",
        "completedAt",
    }
)


def _parse_started_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        started_at_type_0 = datetime.datetime.fromisoformat(data)

        return started_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_completed_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_at_type_0 = datetime.datetime.fromisoformat(data)

        return completed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Attempt:
    """
    Attributes:
        attempt (float | None): The attempt number
        score (float): The current score for this attempt
        score_status (ScoreStatus):
        xp (float | None): The XP earned in this attempt
        started_at (datetime.datetime | None): When this attempt was started
        completed_at (datetime.datetime | None): When this attempt was completed
    """

    attempt: float | None
    score: float
    score_status: ScoreStatus
    xp: float | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt: float | None
        attempt = self.attempt

        score = self.score

        score_status: str = self.score_status

        xp: float | None
        xp = self.xp

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "score": score,
                "scoreStatus": score_status,
                "xp": xp,
                "startedAt": started_at,
                "completedAt": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        attempt = d["attempt"]

        score = d["score"]

        score_status = check_score_status(d["scoreStatus"])

        xp = d["xp"]

        started_at = _parse_started_at(d["startedAt"])

        completed_at = _parse_completed_at(d["completedAt"])

        if cls is Attempt:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.attempt = attempt
            _obj.score = score
            _obj.score_status = score_status
            _obj.xp = xp
            _obj.started_at = started_at
            _obj.completed_at = completed_at
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                attempt,
                score,
                score_status,
                xp,
                started_at,
                completed_at,
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
