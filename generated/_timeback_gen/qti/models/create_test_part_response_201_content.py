from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.content_qti_test_part import ContentQtiTestPart


T = TypeVar("T", bound="CreateTestPartResponse201Content")


@_attrs_define
class CreateTestPartResponse201Content:
    """
    Attributes:
        qti_test_part (ContentQtiTestPart):
    """

    qti_test_part: ContentQtiTestPart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qti_test_part = self.qti_test_part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qti-test-part": qti_test_part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_qti_test_part import ContentQtiTestPart

        d = dict(src_dict)
        qti_test_part = ContentQtiTestPart.from_dict(d.pop("qti-test-part"))

        create_test_part_response_201_content = cls(
            qti_test_part=qti_test_part,
        )

        create_test_part_response_201_content.additional_properties = d
        return create_test_part_response_201_content

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
