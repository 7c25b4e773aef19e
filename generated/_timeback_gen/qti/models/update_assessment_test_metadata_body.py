from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_assessment_test_metadata_body_metadata import (
        UpdateAssessmentTestMetadataBodyMetadata,
    )


T = TypeVar("T", bound="UpdateAssessmentTestMetadataBody")


@_attrs_define
class UpdateAssessmentTestMetadataBody:
    """Update only the metadata fields of an assessment test without affecting its structure. This is a lightweight
    operation for administrative changes to title, description, and other metadata properties

        Attributes:
            metadata (UpdateAssessmentTestMetadataBodyMetadata | Unset): Additional custom metadata for extending entity
                properties beyond standard specification for QTI entities.
    """

    metadata: UpdateAssessmentTestMetadataBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_assessment_test_metadata_body_metadata import (
            UpdateAssessmentTestMetadataBodyMetadata,
        )

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: UpdateAssessmentTestMetadataBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = UpdateAssessmentTestMetadataBodyMetadata.from_dict(_metadata)

        update_assessment_test_metadata_body = cls(
            metadata=metadata,
        )

        update_assessment_test_metadata_body.additional_properties = d
        return update_assessment_test_metadata_body

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
