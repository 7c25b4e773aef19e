from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_grading_period_for_term_body_academic_session_metadata_type_0 import (
        CreateGradingPeriodForTermBodyAcademicSessionMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.typed_guid_ref import TypedGUIDRef


T = TypeVar("T", bound="CreateGradingPeriodForTermBodyAcademicSession")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "title",
        "startDate",
        "endDate",
        "type",
        "schoolYear",
        "org",
        "tenantId",
        "clientAppId",
        "dateLastModified",
        "metadata",
        "parent",
        "children",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CreateGradingPeriodForTermBodyAcademicSessionMetadataType0
    global SourcedIdRef
    global TypedGUIDRef
    from ..models.create_grading_period_for_term_body_academic_session_metadata_type_0 import (
        CreateGradingPeriodForTermBodyAcademicSessionMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.typed_guid_ref import TypedGUIDRef

    _LAZY_BOUND = True


def _parse_metadata(
    data: object,
) -> CreateGradingPeriodForTermBodyAcademicSessionMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = (
            CreateGradingPeriodForTermBodyAcademicSessionMetadataType0.from_dict(data)
        )

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_parent(data: object) -> None | SourcedIdRef | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parent_type_0 = SourcedIdRef.from_dict(data)

        return parent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_children(data: object) -> list[TypedGUIDRef] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, list):
            raise TypeError()
        children_type_0 = []
        _children_type_0 = data
        for children_type_0_item_data in _children_type_0:
            children_type_0_item = TypedGUIDRef.from_dict(children_type_0_item_data)

            children_type_0.append(children_type_0_item)

        return children_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class CreateGradingPeriodForTermBodyAcademicSession:
    """
    Attributes:
        sourced_id (str):
        status (StatusType):
        title (str):
        start_date (str):
        end_date (str):
        type_ (Literal['gradingPeriod']):
        school_year (str):
        org (SourcedIdRef):
        tenant_id (None | str):
        client_app_id (None | str):
        date_last_modified (datetime.datetime | Unset):
        metadata (CreateGradingPeriodForTermBodyAcademicSessionMetadataType0 | None | Unset): Additional metadata for
            the object
        parent (None | SourcedIdRef | Unset):
        children (list[TypedGUIDRef] | None | Unset):
    """

    sourced_id: str
    status: StatusType
    title: str
    start_date: str
    end_date: str
    type_: Literal["gradingPeriod"]
    school_year: str
    org: SourcedIdRef
    tenant_id: None | str
    client_app_id: None | str
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: (
        CreateGradingPeriodForTermBodyAcademicSessionMetadataType0 | None | Unset
    ) = UNSET
    parent: None | SourcedIdRef | Unset = UNSET
    children: list[TypedGUIDRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_grading_period_for_term_body_academic_session_metadata_type_0 import (
            CreateGradingPeriodForTermBodyAcademicSessionMetadataType0,
        )
        from ..models.sourced_id_ref import SourcedIdRef

        sourced_id = self.sourced_id

        status: str = self.status

        title = self.title

        start_date = self.start_date

        end_date = self.end_date

        type_ = self.type_

        school_year = self.school_year

        org = self.org.to_dict()

        tenant_id: None | str
        tenant_id = self.tenant_id

        client_app_id: None | str
        client_app_id = self.client_app_id

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(
            self.metadata, CreateGradingPeriodForTermBodyAcademicSessionMetadataType0
        ):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, SourcedIdRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "title": title,
                "startDate": start_date,
                "endDate": end_date,
                "type": type_,
                "schoolYear": school_year,
                "org": org,
                "tenantId": tenant_id,
                "clientAppId": client_app_id,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent is not UNSET:
            field_dict["parent"] = parent
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        title = d["title"]

        start_date = d["startDate"]

        end_date = d["endDate"]

        type_ = cast(Literal["gradingPeriod"], d["type"])
        if type_ != "gradingPeriod":
            raise ValueError(f"type must match const 'gradingPeriod', got '{type_}'")

        school_year = d["schoolYear"]

        org = SourcedIdRef.from_dict(d["org"])

        tenant_id = d["tenantId"]

        client_app_id = d["clientAppId"]

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        parent = _parse_parent(d.get("parent", UNSET))

        children = _parse_children(d.get("children", UNSET))

        if cls is CreateGradingPeriodForTermBodyAcademicSession:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.title = title
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj.type_ = type_
            _obj.school_year = school_year
            _obj.org = org
            _obj.tenant_id = tenant_id
            _obj.client_app_id = client_app_id
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.parent = parent
            _obj.children = children
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                title,
                start_date,
                end_date,
                type_,
                school_year,
                org,
                tenant_id,
                client_app_id,
                date_last_modified,
                metadata,
                parent,
                children,
            )
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
