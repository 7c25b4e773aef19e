from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org import Org


T = TypeVar("T", bound="OrgList")


@_attrs_define
class OrgList:
    """
    Attributes:
        orgs (list[Org]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    orgs: list[Org]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orgs = []
        for orgs_item_data in self.orgs:
            orgs_item = orgs_item_data.to_dict()
            orgs.append(orgs_item)

        total_count = self.total_count

        page_count = self.page_count

        page_number = self.page_number

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgs": orgs,
                "totalCount": total_count,
                "pageCount": page_count,
                "pageNumber": page_number,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.org import Org

        d = dict(src_dict)
        orgs = []
        _orgs = d.pop("orgs")
        for orgs_item_data in _orgs:
            orgs_item = Org.from_dict(orgs_item_data)

            orgs.append(orgs_item)

        total_count = d.pop("totalCount")

        page_count = d.pop("pageCount")

        page_number = d.pop("pageNumber")

        offset = d.pop("offset")

        limit = d.pop("limit")

        org_list = cls(
            orgs=orgs,
            total_count=total_count,
            page_count=page_count,
            page_number=page_number,
            offset=offset,
            limit=limit,
        )

        org_list.additional_properties = d
        return org_list

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
