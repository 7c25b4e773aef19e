from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_test_metadata import AssessmentTestMetadata
    from ..models.assessment_test_qti_outcome_declaration import (
        AssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.assessment_test_tools_enabled import AssessmentTestToolsEnabled
    from ..models.test_part import TestPart


T = TypeVar("T", bound="AssessmentTest")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "title",
        "qti-test-part",
        "qtiVersion",
        "toolName",
        "toolVersion",
        "timeLimit",
        "maxAttempts",
        "toolsEnabled",
        "metadata",
        "qti-outcome-declaration",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global AssessmentTestMetadata
    global AssessmentTestQtiOutcomeDeclaration
    global AssessmentTestToolsEnabled
    global TestPart
    from ..models.assessment_test_metadata import AssessmentTestMetadata
    from ..models.assessment_test_qti_outcome_declaration import (
        AssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.assessment_test_tools_enabled import AssessmentTestToolsEnabled
    from ..models.test_part import TestPart

    _LAZY_BOUND = True


@_attrs_define
class AssessmentTest:
    """Create a new assessment test on the service provider. The test must include at least one test part and can
    optionally include outcome declarations for result tracking

        Attributes:
            identifier (str): Unique identifier for the entity on the service provider.
            title (str): Human-readable title of the entity on the service provider.
            qti_test_part (list[TestPart]): Array of test parts to include in this assessment test. At least one test part
                is required
            qti_version (str | Unset): Version of the specification used for this assessment test Default: '3.0'.
            tool_name (str | Unset): Name of the authoring tool that created this entity. The tool name characteristic
                allows the tool creating the test to identify itself. Other processing systems may use this information to
                interpret the content of application specific data, such as labels on the elements of the test rubric.
            tool_version (str | Unset): Version of the authoring tool that created this entity. The tool version
                characteristic allows the tool creating the test to identify its version. This value must only be interpreted in
                the context of the tool name.
            time_limit (float | Unset): Time limit for the entire assessment test in seconds. When not specified, there is
                no time limit
            max_attempts (float | Unset): Maximum number of attempts allowed for the assessment test. When not specified,
                unlimited attempts are allowed
            tools_enabled (AssessmentTestToolsEnabled | Unset): Configuration of assessment tools available to candidates.
                Each tool is represented as a key-value pair where the key is the tool name and the value indicates if it's
                enabled
            metadata (AssessmentTestMetadata | Unset): Additional custom metadata for extending entity properties beyond
                standard specification for QTI entities.
            qti_outcome_declaration (list[AssessmentTestQtiOutcomeDeclaration] | Unset): Array of outcome variable
                declarations for storing assessment results and computed values
    """

    identifier: str
    title: str
    qti_test_part: list[TestPart]
    qti_version: str | Unset = "3.0"
    tool_name: str | Unset = UNSET
    tool_version: str | Unset = UNSET
    time_limit: float | Unset = UNSET
    max_attempts: float | Unset = UNSET
    tools_enabled: AssessmentTestToolsEnabled | Unset = UNSET
    metadata: AssessmentTestMetadata | Unset = UNSET
    qti_outcome_declaration: list[AssessmentTestQtiOutcomeDeclaration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        qti_test_part = []
        for qti_test_part_item_data in self.qti_test_part:
            qti_test_part_item = qti_test_part_item_data.to_dict()
            qti_test_part.append(qti_test_part_item)

        qti_version = self.qti_version

        tool_name = self.tool_name

        tool_version = self.tool_version

        time_limit = self.time_limit

        max_attempts = self.max_attempts

        tools_enabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tools_enabled, Unset):
            tools_enabled = self.tools_enabled.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        qti_outcome_declaration: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qti_outcome_declaration, Unset):
            qti_outcome_declaration = []
            for qti_outcome_declaration_item_data in self.qti_outcome_declaration:
                qti_outcome_declaration_item = (
                    qti_outcome_declaration_item_data.to_dict()
                )
                qti_outcome_declaration.append(qti_outcome_declaration_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "qti-test-part": qti_test_part,
            }
        )
        if qti_version is not UNSET:
            field_dict["qtiVersion"] = qti_version
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if tool_version is not UNSET:
            field_dict["toolVersion"] = tool_version
        if time_limit is not UNSET:
            field_dict["timeLimit"] = time_limit
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if tools_enabled is not UNSET:
            field_dict["toolsEnabled"] = tools_enabled
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if qti_outcome_declaration is not UNSET:
            field_dict["qti-outcome-declaration"] = qti_outcome_declaration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        title = d["title"]

        qti_test_part = [TestPart.from_dict(_item) for _item in d["qti-test-part"]]

        qti_version = d.get("qtiVersion", UNSET)

        tool_name = d.get("toolName", UNSET)

        tool_version = d.get("toolVersion", UNSET)

        time_limit = d.get("timeLimit", UNSET)

        max_attempts = d.get("maxAttempts", UNSET)

        _tools_enabled = d.get("toolsEnabled", UNSET)
        tools_enabled = (
            UNSET
            if _tools_enabled is UNSET
            else AssessmentTestToolsEnabled.from_dict(_tools_enabled)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET if _metadata is UNSET else AssessmentTestMetadata.from_dict(_metadata)
        )

        _qti_outcome_declaration = d.get("qti-outcome-declaration", UNSET)
        qti_outcome_declaration = (
            UNSET
            if _qti_outcome_declaration is UNSET
            else [
                AssessmentTestQtiOutcomeDeclaration.from_dict(_item)
                for _item in _qti_outcome_declaration
            ]
        )

        if cls is AssessmentTest:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.title = title
            _obj.qti_test_part = qti_test_part
            _obj.qti_version = qti_version
            _obj.tool_name = tool_name
            _obj.tool_version = tool_version
            _obj.time_limit = time_limit
            _obj.max_attempts = max_attempts
            _obj.tools_enabled = tools_enabled
            _obj.metadata = metadata
            _obj.qti_outcome_declaration = qti_outcome_declaration
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                title,
                qti_test_part,
                qti_version,
                tool_name,
                tool_version,
                time_limit,
                max_attempts,
                tools_enabled,
                metadata,
                qti_outcome_declaration,
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
