from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_scale_class import ScoreScaleClass
    from ..models.score_scale_metadata_type_0 import ScoreScaleMetadataType0
    from ..models.score_scale_value import ScoreScaleValue


T = TypeVar("T", bound="ScoreScale")


@_attrs_define
class ScoreScale:
    """Represents a score scale.

    Attributes:
        status (StatusType):
        title (str):
        type_ (str):
        class_ (ScoreScaleClass):
        score_scale_value (list[ScoreScaleValue]):
        sourced_id (str | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (None | ScoreScaleMetadataType0 | Unset): Additional metadata for the object
        course (None | ScoreScaleClass | Unset):
    """

    status: StatusType
    title: str
    type_: str
    class_: ScoreScaleClass
    score_scale_value: list[ScoreScaleValue]
    sourced_id: str | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: None | ScoreScaleMetadataType0 | Unset = UNSET
    course: None | ScoreScaleClass | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.score_scale_class import ScoreScaleClass
        from ..models.score_scale_metadata_type_0 import ScoreScaleMetadataType0

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
        elif isinstance(self.course, ScoreScaleClass):
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
        from ..models.score_scale_class import ScoreScaleClass
        from ..models.score_scale_metadata_type_0 import ScoreScaleMetadataType0
        from ..models.score_scale_value import ScoreScaleValue

        d = dict(src_dict)
        status = check_status_type(d.pop("status"))

        title = d.pop("title")

        type_ = d.pop("type")

        class_ = ScoreScaleClass.from_dict(d.pop("class"))

        score_scale_value = []
        _score_scale_value = d.pop("scoreScaleValue")
        for score_scale_value_item_data in _score_scale_value:
            score_scale_value_item = ScoreScaleValue.from_dict(
                score_scale_value_item_data
            )

            score_scale_value.append(score_scale_value_item)

        sourced_id = d.pop("sourcedId", UNSET)

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(data: object) -> None | ScoreScaleMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ScoreScaleMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreScaleMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_course(data: object) -> None | ScoreScaleClass | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_type_0 = ScoreScaleClass.from_dict(data)

                return course_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreScaleClass | Unset, data)

        course = _parse_course(d.pop("course", UNSET))

        score_scale = cls(
            status=status,
            title=title,
            type_=type_,
            class_=class_,
            score_scale_value=score_scale_value,
            sourced_id=sourced_id,
            date_last_modified=date_last_modified,
            metadata=metadata,
            course=course,
        )

        score_scale.additional_properties = d
        return score_scale

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
