from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_scale_metadata_type_0 import ScoreScaleMetadataType0
    from ..models.score_scale_value import ScoreScaleValue
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="ScoreScale")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "status",
        "title",
        "type",
        "class",
        "scoreScaleValue",
        "sourcedId",
        "dateLastModified",
        "metadata",
        "course",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ScoreScaleMetadataType0
    global ScoreScaleValue
    global SourcedIdRef
    from ..models.score_scale_metadata_type_0 import ScoreScaleMetadataType0
    from ..models.score_scale_value import ScoreScaleValue
    from ..models.sourced_id_ref import SourcedIdRef

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> None | ScoreScaleMetadataType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ScoreScaleMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_course(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        course_type_0 = SourcedIdRef.from_dict(data)

        return course_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class ScoreScale:
    """Represents a score scale.

    Attributes:
        status (StatusType):
        title (str):
        type_ (str):
        class_ (SourcedIdRef):
        score_scale_value (list[ScoreScaleValue]):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (None | ScoreScaleMetadataType0 | Unset): Additional metadata for the object
        course (None | SourcedIdRef | Unset):
    """

    status: StatusType
    title: str
    type_: str
    class_: SourcedIdRef
    score_scale_value: list[ScoreScaleValue]
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: None | ScoreScaleMetadataType0 | Unset = UNSET
    course: None | SourcedIdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.score_scale_metadata_type_0 import ScoreScaleMetadataType0
        from ..models.sourced_id_ref import SourcedIdRef

        status: str = self.status

        title = self.title

        type_ = self.type_

        class_ = self.class_.to_dict()

        score_scale_value = []
        for score_scale_value_item_data in self.score_scale_value:
            score_scale_value_item = score_scale_value_item_data.to_dict()
            score_scale_value.append(score_scale_value_item)

        sourced_id = self.sourced_id

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ScoreScaleMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, SourcedIdRef):
            course = self.course.to_dict()
        else:
            course = self.course

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "title": title,
                "type": type_,
                "class": class_,
                "scoreScaleValue": score_scale_value,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if course is not UNSET:
            field_dict["course"] = course

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status = check_status_type(d["status"])

        title = d["title"]

        type_ = d["type"]

        class_ = SourcedIdRef.from_dict(d["class"])

        score_scale_value = [
            ScoreScaleValue.from_dict(_item) for _item in d["scoreScaleValue"]
        ]

        sourced_id = d.get("sourcedId", UNSET)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        course = _parse_course(d.get("course", UNSET))

        if cls is ScoreScale:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.title = title
            _obj.type_ = type_
            _obj.class_ = class_
            _obj.score_scale_value = score_scale_value
            _obj.sourced_id = sourced_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.course = course
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                title,
                type_,
                class_,
                score_scale_value,
                sourced_id,
                date_last_modified,
                metadata,
                course,
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
