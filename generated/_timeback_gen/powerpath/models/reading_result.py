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
from attrs import field as _attrs_field

from ..models.status import Status, check_status
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="ReadingResult")
_new_instance = object.__new__

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
    }
)


@_attrs_define
class ReadingResult:
    """
    Attributes:
        test_id (str):
        title (str):
        subject (str):
        grade (int):
        status (Status):
        source (Literal['EDULASTIC']):
        score (float | Unset):
        completed_at (str | Unset):
    """

    test_id: str
    title: str
    subject: str
    grade: int
    status: Status
    source: Literal["EDULASTIC"]
    score: float | Unset = UNSET
    completed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        title = self.title

        subject = self.subject

        grade = self.grade

        status: str = self.status

        source = self.source

        score = self.score

        completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "testId": test_id,
                "title": title,
                "subject": subject,
                "grade": grade,
                "status": status,
                "source": source,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        test_id = d["testId"]

        title = d["title"]

        subject = d["subject"]

        grade = d["grade"]

        status = check_status(d["status"])

        source = cast(Literal["EDULASTIC"], d["source"])
        if source != "EDULASTIC":
            raise ValueError(f"source must match const 'EDULASTIC', got '{source}'")

        score = d.get("score", UNSET)

        completed_at = d.get("completedAt", UNSET)

        if cls is ReadingResult:
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
            _obj.additional_properties = NO_EXTRAS
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
