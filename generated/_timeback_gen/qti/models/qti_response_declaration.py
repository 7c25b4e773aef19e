from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attributes import Attributes
    from ..models.qti_correct_response import QtiCorrectResponse


T = TypeVar("T", bound="QtiResponseDeclaration")


@_attrs_define
class QtiResponseDeclaration:
    """
    Attributes:
        field_attributes (Attributes):
        qti_correct_response (QtiCorrectResponse):
    """

    field_attributes: Attributes
    qti_correct_response: QtiCorrectResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_correct_response = self.qti_correct_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
                "qti-correct-response": qti_correct_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attributes import Attributes
        from ..models.qti_correct_response import QtiCorrectResponse

        d = dict(src_dict)
        field_attributes = Attributes.from_dict(d.pop("_attributes"))

        qti_correct_response = QtiCorrectResponse.from_dict(
            d.pop("qti-correct-response")
        )

        qti_response_declaration = cls(
            field_attributes=field_attributes,
            qti_correct_response=qti_correct_response,
        )

        qti_response_declaration.additional_properties = d
        return qti_response_declaration

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
