from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_grading_period_body_academic_session import (
        CreateGradingPeriodBodyAcademicSession,
    )


T = TypeVar("T", bound="AcademicSessionBody")


@_attrs_define
class AcademicSessionBody:
    """
    Attributes:
        academic_session (CreateGradingPeriodBodyAcademicSession):
    """

    academic_session: CreateGradingPeriodBodyAcademicSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        academic_session = self.academic_session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "academicSession": academic_session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_grading_period_body_academic_session import (
            CreateGradingPeriodBodyAcademicSession,
        )

        d = dict(src_dict)
        academic_session = CreateGradingPeriodBodyAcademicSession.from_dict(
            d.pop("academicSession")
        )

        academic_session_body = cls(
            academic_session=academic_session,
        )

        academic_session_body.additional_properties = d
        return academic_session_body

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
