from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enrollment import Enrollment


T = TypeVar("T", bound="GetEnrollmentResponse200")


@_attrs_define
class GetEnrollmentResponse200:
    """
    Attributes:
        enrollment (Enrollment): Represents an enrollment.
    """

    enrollment: Enrollment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrollment = self.enrollment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrollment": enrollment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment import Enrollment

        d = dict(src_dict)
        enrollment = Enrollment.from_dict(d.pop("enrollment"))

        get_enrollment_response_200 = cls(
            enrollment=enrollment,
        )

        get_enrollment_response_200.additional_properties = d
        return get_enrollment_response_200

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
