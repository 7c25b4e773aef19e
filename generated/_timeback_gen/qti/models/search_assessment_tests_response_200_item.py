from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_content import ItemContent
    from ..models.item_qti_outcome_declaration import ItemQtiOutcomeDeclaration
    from ..models.search_assessment_tests_response_200_item_metadata import (
        SearchAssessmentTestsResponse200ItemMetadata,
    )
    from ..models.search_assessment_tests_response_200_item_tools_enabled import (
        SearchAssessmentTestsResponse200ItemToolsEnabled,
    )
    from ..models.test_part import TestPart


T = TypeVar("T", bound="SearchAssessmentTestsResponse200Item")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "title",
        "qtiVersion",
        "qti-test-part",
        "qti-outcome-declaration",
        "rawXml",
        "content",
        "createdAt",
        "updatedAt",
        "timeLimit",
        "maxAttempts",
        "toolsEnabled",
        "metadata",
        "__v",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ItemContent
    global ItemQtiOutcomeDeclaration
    global SearchAssessmentTestsResponse200ItemMetadata
    global SearchAssessmentTestsResponse200ItemToolsEnabled
    global TestPart
    from ..models.item_content import ItemContent
    from ..models.item_qti_outcome_declaration import ItemQtiOutcomeDeclaration
    from ..models.search_assessment_tests_response_200_item_metadata import (
        SearchAssessmentTestsResponse200ItemMetadata,
    )
    from ..models.search_assessment_tests_response_200_item_tools_enabled import (
        SearchAssessmentTestsResponse200ItemToolsEnabled,
    )
    from ..models.test_part import TestPart

    _LAZY_BOUND = True


@_attrs_define
class SearchAssessmentTestsResponse200Item:
    """Complete assessment test data including all test parts, sections, items, and configuration settings

    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        title (str): Human-readable title of the entity on the service provider.
        qti_version (str): Version of the specification used for this assessment test Default: '3.0'.
        qti_test_part (list[TestPart]):
        qti_outcome_declaration (list[ItemQtiOutcomeDeclaration]): Array of outcome variable declarations for storing
            assessment results and computed values
        raw_xml (str): Raw XML representation of the entity, automatically generated from the JSON or XML sent when
            creating entities on the service provider. The rawxml field will contain all content sent when creating the
            entity on the service provider. This field is stable and should be used when working within this QTI API.
        content (ItemContent): Parsed XML content structure for the assessment test. For production use, rawXml is
            recommended over this parsed structure.
        created_at (datetime.datetime): ISO 8601 timestamp when the entity was created
        updated_at (datetime.datetime): ISO 8601 timestamp when the entity was last updated
        time_limit (float | Unset): Time limit for the entire assessment test in seconds. When not specified, there is
            no time limit
        max_attempts (float | Unset): Maximum number of attempts allowed for the assessment test. When not specified,
            unlimited attempts are allowed
        tools_enabled (SearchAssessmentTestsResponse200ItemToolsEnabled | Unset): Configuration of assessment tools
            available to candidates. Each tool is represented as a key-value pair where the key is the tool name and the
            value indicates if it's enabled
        metadata (SearchAssessmentTestsResponse200ItemMetadata | Unset): Additional custom metadata for extending entity
            properties beyond standard specification for QTI entities.
        field_v (float | Unset): MongoDB version key for optimistic concurrency control
    """

    identifier: str
    title: str
    qti_test_part: list[TestPart]
    qti_outcome_declaration: list[ItemQtiOutcomeDeclaration]
    raw_xml: str
    content: ItemContent
    created_at: datetime.datetime
    updated_at: datetime.datetime
    qti_version: str = "3.0"
    time_limit: float | Unset = UNSET
    max_attempts: float | Unset = UNSET
    tools_enabled: SearchAssessmentTestsResponse200ItemToolsEnabled | Unset = UNSET
    metadata: SearchAssessmentTestsResponse200ItemMetadata | Unset = UNSET
    field_v: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        qti_version = self.qti_version

        qti_test_part = []
        for qti_test_part_item_data in self.qti_test_part:
            qti_test_part_item = qti_test_part_item_data.to_dict()
            qti_test_part.append(qti_test_part_item)

        qti_outcome_declaration = []
        for qti_outcome_declaration_item_data in self.qti_outcome_declaration:
            qti_outcome_declaration_item = qti_outcome_declaration_item_data.to_dict()
            qti_outcome_declaration.append(qti_outcome_declaration_item)

        raw_xml = self.raw_xml

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        time_limit = self.time_limit

        max_attempts = self.max_attempts

        tools_enabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tools_enabled, Unset):
            tools_enabled = self.tools_enabled.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_v = self.field_v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "qtiVersion": qti_version,
                "qti-test-part": qti_test_part,
                "qti-outcome-declaration": qti_outcome_declaration,
                "rawXml": raw_xml,
                "content": content,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if time_limit is not UNSET:
            field_dict["timeLimit"] = time_limit
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if tools_enabled is not UNSET:
            field_dict["toolsEnabled"] = tools_enabled
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if field_v is not UNSET:
            field_dict["__v"] = field_v

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        title = d["title"]

        qti_version = d["qtiVersion"]

        qti_test_part = [TestPart.from_dict(_item) for _item in d["qti-test-part"]]

        qti_outcome_declaration = [
            ItemQtiOutcomeDeclaration.from_dict(_item)
            for _item in d["qti-outcome-declaration"]
        ]

        raw_xml = d["rawXml"]

        content = ItemContent.from_dict(d["content"])

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        time_limit = d.get("timeLimit", UNSET)

        max_attempts = d.get("maxAttempts", UNSET)

        _tools_enabled = d.get("toolsEnabled", UNSET)
        tools_enabled = (
            UNSET
            if _tools_enabled is UNSET
            else SearchAssessmentTestsResponse200ItemToolsEnabled.from_dict(
                _tools_enabled
            )
        )

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else SearchAssessmentTestsResponse200ItemMetadata.from_dict(_metadata)
        )

        field_v = d.get("__v", UNSET)

        if cls is SearchAssessmentTestsResponse200Item:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.title = title
            _obj.qti_version = qti_version
            _obj.qti_test_part = qti_test_part
            _obj.qti_outcome_declaration = qti_outcome_declaration
            _obj.raw_xml = raw_xml
            _obj.content = content
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.time_limit = time_limit
            _obj.max_attempts = max_attempts
            _obj.tools_enabled = tools_enabled
            _obj.metadata = metadata
            _obj.field_v = field_v
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                title,
                qti_test_part,
                qti_outcome_declaration,
                raw_xml,
                content,
                created_at,
                updated_at,
                qti_version,
                time_limit,
                max_attempts,
                tools_enabled,
                metadata,
                field_v,
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
