from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.score_status import ScoreStatus, check_score_status
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="Attempt")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _D_started_at
    global _D_completed_at
    _TABLE = _rt.table(
        (
            _rt.Field(
                "attempt",
                "attempt",
                True,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("score", "score", True, _rt.FLOAT),
            _rt.Field(
                "scoreStatus",
                "score_status",
                True,
                _rt.Enum(check_score_status, "ScoreStatus"),
            ),
            _rt.Field(
                "xp",
                "xp",
                True,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "startedAt",
                "started_at",
                True,
                _rt.Union(
                    (
                        _rt.DATETIME,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "completedAt",
                "completed_at",
                True,
                _rt.Union(
                    (
                        _rt.DATETIME,
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
    _D_started_at = _TABLE.fields[4].desc
    _D_completed_at = _TABLE.fields[5].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.attempt is not UNSET:
            field_dict["attempt"] = self.attempt
        if self.score is not UNSET:
            field_dict["score"] = self.score
        if self.score_status is not UNSET:
            field_dict["scoreStatus"] = self.score_status
        if self.xp is not UNSET:
            field_dict["xp"] = self.xp
        if self.started_at is not UNSET:
            field_dict["startedAt"] = _rt.dump(self.started_at)
        if self.completed_at is not UNSET:
            field_dict["completedAt"] = _rt.dump(self.completed_at)
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
        attempt = d["attempt"]
        if (
            type(attempt) is not float
            and type(attempt) is not int
            and attempt is not None
        ):
            raise TypeError

        score = d["score"]
        if type(score) is not float and type(score) is not int:
            raise TypeError

        score_status = check_score_status(d["scoreStatus"])

        xp = d["xp"]
        if type(xp) is not float and type(xp) is not int and xp is not None:
            raise TypeError

        started_at = _D_started_at.strict(d["startedAt"])

        completed_at = _D_completed_at.strict(d["completedAt"])

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
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                attempt,
                score,
                score_status,
                xp,
                started_at,
                completed_at,
            )
        if len(d) == 6:
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
