from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_type import ClassType, check_class_type
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_scale_class import ScoreScaleClass
    from ..models.update_class_body_class_metadata_type_0 import (
        UpdateClassBodyClassMetadataType0,
    )


T = TypeVar("T", bound="UpdateClassBodyClass")


@_attrs_define
class UpdateClassBodyClass:
    """
    Attributes:
        status (StatusType | Unset):
        metadata (None | Unset | UpdateClassBodyClassMetadataType0):
        title (str | Unset):
        class_code (None | str | Unset):
        class_type (ClassType | Unset):
        location (None | str | Unset):
        grades (list[str] | Unset):
        subjects (list[str] | Unset):
        subject_codes (list[str] | Unset):
        periods (list[str] | Unset):
        resources (list[ScoreScaleClass] | Unset):
        terms (list[ScoreScaleClass] | Unset):
    """

    status: StatusType | Unset = UNSET
    metadata: None | Unset | UpdateClassBodyClassMetadataType0 = UNSET
    title: str | Unset = UNSET
    class_code: None | str | Unset = UNSET
    class_type: ClassType | Unset = UNSET
    location: None | str | Unset = UNSET
    grades: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    subject_codes: list[str] | Unset = UNSET
    periods: list[str] | Unset = UNSET
    resources: list[ScoreScaleClass] | Unset = UNSET
    terms: list[ScoreScaleClass] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_class_body_class_metadata_type_0 import (
            UpdateClassBodyClassMetadataType0,
        )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateClassBodyClassMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        title = self.title

        class_code: None | str | Unset
        if isinstance(self.class_code, Unset):
            class_code = UNSET
        else:
            class_code = self.class_code

        class_type: str | Unset = UNSET
        if not isinstance(self.class_type, Unset):
            class_type = self.class_type

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        grades: list[str] | Unset = UNSET
        if not isinstance(self.grades, Unset):
            grades = self.grades

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        subject_codes: list[str] | Unset = UNSET
        if not isinstance(self.subject_codes, Unset):
            subject_codes = self.subject_codes

        periods: list[str] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = self.periods

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title
        if class_code is not UNSET:
            field_dict["classCode"] = class_code
        if class_type is not UNSET:
            field_dict["classType"] = class_type
        if location is not UNSET:
            field_dict["location"] = location
        if grades is not UNSET:
            field_dict["grades"] = grades
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if subject_codes is not UNSET:
            field_dict["subjectCodes"] = subject_codes
        if periods is not UNSET:
            field_dict["periods"] = periods
        if resources is not UNSET:
            field_dict["resources"] = resources
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.score_scale_class import ScoreScaleClass
        from ..models.update_class_body_class_metadata_type_0 import (
            UpdateClassBodyClassMetadataType0,
        )

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: StatusType | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status_type(_status)

        def _parse_metadata(
            data: object,
        ) -> None | Unset | UpdateClassBodyClassMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateClassBodyClassMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateClassBodyClassMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        title = d.pop("title", UNSET)

        def _parse_class_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        class_code = _parse_class_code(d.pop("classCode", UNSET))

        _class_type = d.pop("classType", UNSET)
        class_type: ClassType | Unset
        if isinstance(_class_type, Unset):
            class_type = UNSET
        else:
            class_type = check_class_type(_class_type)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        grades = cast(list[str], d.pop("grades", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        subject_codes = cast(list[str], d.pop("subjectCodes", UNSET))

        periods = cast(list[str], d.pop("periods", UNSET))

        _resources = d.pop("resources", UNSET)
        resources: list[ScoreScaleClass] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ScoreScaleClass.from_dict(resources_item_data)

                resources.append(resources_item)

        _terms = d.pop("terms", UNSET)
        terms: list[ScoreScaleClass] | Unset = UNSET
        if _terms is not UNSET:
            terms = []
            for terms_item_data in _terms:
                terms_item = ScoreScaleClass.from_dict(terms_item_data)

                terms.append(terms_item)

        update_class_body_class = cls(
            status=status,
            metadata=metadata,
            title=title,
            class_code=class_code,
            class_type=class_type,
            location=location,
            grades=grades,
            subjects=subjects,
            subject_codes=subject_codes,
            periods=periods,
            resources=resources,
            terms=terms,
        )

        update_class_body_class.additional_properties = d
        return update_class_body_class

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
