from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qti_card_attributes import QtiCardAttributes
    from ..models.qti_card_qti_html_content import QtiCardQtiHtmlContent


T = TypeVar("T", bound="QtiCard")


@_attrs_define
class QtiCard:
    """
    Attributes:
        field_attributes (QtiCardAttributes):
        qti_html_content (QtiCardQtiHtmlContent):
    """

    field_attributes: QtiCardAttributes
    qti_html_content: QtiCardQtiHtmlContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_attributes = self.field_attributes.to_dict()

        qti_html_content = self.qti_html_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_attributes": field_attributes,
                "qti-html-content": qti_html_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qti_card_attributes import QtiCardAttributes
        from ..models.qti_card_qti_html_content import QtiCardQtiHtmlContent

        d = dict(src_dict)
        field_attributes = QtiCardAttributes.from_dict(d.pop("_attributes"))

        qti_html_content = QtiCardQtiHtmlContent.from_dict(d.pop("qti-html-content"))

        qti_card = cls(
            field_attributes=field_attributes,
            qti_html_content=qti_html_content,
        )

        qti_card.additional_properties = d
        return qti_card

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
