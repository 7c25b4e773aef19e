from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lesson_type import LessonType, check_lesson_type
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_component_resource_body_component_resource_metadata_type_0 import (
        CreateComponentResourceBodyComponentResourceMetadataType0,
    )
    from ..models.score_scale_class import ScoreScaleClass


T = TypeVar("T", bound="CreateComponentResourceBodyComponentResource")


@_attrs_define
class CreateComponentResourceBodyComponentResource:
    """Represents a resource associated with a course component.

    Attributes:
        sourced_id (str):
        status (StatusType):
        course_component (ScoreScaleClass):
        resource (ScoreScaleClass):
        title (str):
        date_last_modified (datetime.datetime | Unset):
        metadata (CreateComponentResourceBodyComponentResourceMetadataType0 | None | Unset): Additional metadata for the
            object
        sort_order (float | Unset):  Default: 0.0.
        lesson_type (LessonType | None | Unset):
    """

    sourced_id: str
    status: StatusType
    course_component: ScoreScaleClass
    resource: ScoreScaleClass
    title: str
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: (
        CreateComponentResourceBodyComponentResourceMetadataType0 | None | Unset
    ) = UNSET
    sort_order: float | Unset = 0.0
    lesson_type: LessonType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_component_resource_body_component_resource_metadata_type_0 import (
            CreateComponentResourceBodyComponentResourceMetadataType0,
        )

        sourced_id = self.sourced_id

        status: str = self.status

        course_component = self.course_component.to_dict()

        resource = self.resource.to_dict()

        title = self.title

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(
            self.metadata, CreateComponentResourceBodyComponentResourceMetadataType0
        ):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        sort_order = self.sort_order

        lesson_type: None | str | Unset
        if isinstance(self.lesson_type, Unset):
            lesson_type = UNSET
        elif isinstance(self.lesson_type, str):
            lesson_type = self.lesson_type
        else:
            lesson_type = self.lesson_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "courseComponent": course_component,
                "resource": resource,
                "title": title,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if lesson_type is not UNSET:
            field_dict["lessonType"] = lesson_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_component_resource_body_component_resource_metadata_type_0 import (
            CreateComponentResourceBodyComponentResourceMetadataType0,
        )
        from ..models.score_scale_class import ScoreScaleClass

        d = dict(src_dict)
        sourced_id = d.pop("sourcedId")

        status = check_status_type(d.pop("status"))

        course_component = ScoreScaleClass.from_dict(d.pop("courseComponent"))

        resource = ScoreScaleClass.from_dict(d.pop("resource"))

        title = d.pop("title")

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(
            data: object,
        ) -> CreateComponentResourceBodyComponentResourceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = (
                    CreateComponentResourceBodyComponentResourceMetadataType0.from_dict(
                        data
                    )
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateComponentResourceBodyComponentResourceMetadataType0
                | None
                | Unset,
                data,
            )

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        sort_order = d.pop("sortOrder", UNSET)

        def _parse_lesson_type(data: object) -> LessonType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lesson_type_type_0 = check_lesson_type(data)

                return lesson_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LessonType | None | Unset, data)

        lesson_type = _parse_lesson_type(d.pop("lessonType", UNSET))

        create_component_resource_body_component_resource = cls(
            sourced_id=sourced_id,
            status=status,
            course_component=course_component,
            resource=resource,
            title=title,
            date_last_modified=date_last_modified,
            metadata=metadata,
            sort_order=sort_order,
            lesson_type=lesson_type,
        )

        create_component_resource_body_component_resource.additional_properties = d
        return create_component_resource_body_component_resource

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
