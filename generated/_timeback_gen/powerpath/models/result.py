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
from ..models.status import Status, check_status
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="Result")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "testId",
        "title",
        "subject",
        "grade",
        "status",
        "source",
        "score",
        "completedAt",
        "masteryTrackProcessed",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _D_source
    _TABLE = _rt.table(
        (
            _rt.Field("testId", "test_id", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("subject", "subject", True, _rt.STR),
            _rt.Field("grade", "grade", True, _rt.INT),
            _rt.Field("status", "status", True, _rt.Enum(check_status, "Status")),
            _rt.Field("source", "source", True, _rt.Const("PLACEMENT")),
            _rt.Field("score", "score", False, _rt.FLOAT),
            _rt.Field("completedAt", "completed_at", False, _rt.STR),
            _rt.Field(
                "masteryTrackProcessed", "mastery_track_processed", False, _rt.BOOL
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_source = _TABLE.fields[5].desc
    _BOUND = True


@_attrs_define
class Result:
    """
    Attributes:
        test_id (str):
        title (str):
        subject (str):
        grade (int):
        status (Status):
        source (Literal['PLACEMENT']):
        score (float | Unset):
        completed_at (str | Unset):
        mastery_track_processed (bool | Unset):
    """

    test_id: str
    title: str
    subject: str
    grade: int
    status: Status
    source: Literal["PLACEMENT"]
    score: float | Unset = UNSET
    completed_at: str | Unset = UNSET
    mastery_track_processed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.test_id is not UNSET:
            field_dict["testId"] = self.test_id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.grade is not UNSET:
            field_dict["grade"] = self.grade
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.source is not UNSET:
            field_dict["source"] = _rt.dump(self.source)
        if self.score is not UNSET:
            field_dict["score"] = self.score
        if self.completed_at is not UNSET:
            field_dict["completedAt"] = self.completed_at
        if self.mastery_track_processed is not UNSET:
            field_dict["masteryTrackProcessed"] = self.mastery_track_processed
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
        test_id = d["testId"]
        if type(test_id) is not str:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        subject = d["subject"]
        if type(subject) is not str:
            raise TypeError

        grade = d["grade"]
        if type(grade) is not int:
            raise TypeError

        status = check_status(d["status"])

        source = _D_source.strict(d["source"])

        score = d.get("score", UNSET)
        if type(score) is not float and type(score) is not int and score is not UNSET:
            raise TypeError

        completed_at = d.get("completedAt", UNSET)
        if type(completed_at) is not str and completed_at is not UNSET:
            raise TypeError

        mastery_track_processed = d.get("masteryTrackProcessed", UNSET)
        if (
            type(mastery_track_processed) is not bool
            and mastery_track_processed is not UNSET
        ):
            raise TypeError

        if cls is Result:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.test_id = test_id
            _obj.title = title
            _obj.subject = subject
            _obj.grade = grade
            _obj.status = status
            _obj.source = source
            _obj.score = score
            _obj.completed_at = completed_at
            _obj.mastery_track_processed = mastery_track_processed
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                test_id,
                title,
                subject,
                grade,
                status,
                source,
                score,
                completed_at,
                mastery_track_processed,
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
