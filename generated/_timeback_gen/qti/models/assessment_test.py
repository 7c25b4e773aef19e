from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_test_metadata import AssessmentTestMetadata
    from ..models.assessment_test_qti_outcome_declaration import (
        AssessmentTestQtiOutcomeDeclaration,
    )
    from ..models.assessment_test_tools_enabled import AssessmentTestToolsEnabled
    from ..models.test_part import TestPart


T = TypeVar("T", bound="AssessmentTest")


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
        from ..models.assessment_test_metadata import AssessmentTestMetadata
        from ..models.assessment_test_qti_outcome_declaration import (
            AssessmentTestQtiOutcomeDeclaration,
        )
        from ..models.assessment_test_tools_enabled import AssessmentTestToolsEnabled
        from ..models.test_part import TestPart

        d = dict(src_dict)
        identifier = d.pop("identifier")

        title = d.pop("title")

        qti_test_part = []
        _qti_test_part = d.pop("qti-test-part")
        for qti_test_part_item_data in _qti_test_part:
            qti_test_part_item = TestPart.from_dict(qti_test_part_item_data)

            qti_test_part.append(qti_test_part_item)

        qti_version = d.pop("qtiVersion", UNSET)

        tool_name = d.pop("toolName", UNSET)

        tool_version = d.pop("toolVersion", UNSET)

        time_limit = d.pop("timeLimit", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        _tools_enabled = d.pop("toolsEnabled", UNSET)
        tools_enabled: AssessmentTestToolsEnabled | Unset
        if isinstance(_tools_enabled, Unset):
            tools_enabled = UNSET
        else:
            tools_enabled = AssessmentTestToolsEnabled.from_dict(_tools_enabled)

        _metadata = d.pop("metadata", UNSET)
        metadata: AssessmentTestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssessmentTestMetadata.from_dict(_metadata)

        _qti_outcome_declaration = d.pop("qti-outcome-declaration", UNSET)
        qti_outcome_declaration: list[AssessmentTestQtiOutcomeDeclaration] | Unset = (
            UNSET
        )
        if _qti_outcome_declaration is not UNSET:
            qti_outcome_declaration = []
            for qti_outcome_declaration_item_data in _qti_outcome_declaration:
                qti_outcome_declaration_item = (
                    AssessmentTestQtiOutcomeDeclaration.from_dict(
                        qti_outcome_declaration_item_data
                    )
                )

                qti_outcome_declaration.append(qti_outcome_declaration_item)

        assessment_test = cls(
            identifier=identifier,
            title=title,
            qti_test_part=qti_test_part,
            qti_version=qti_version,
            tool_name=tool_name,
            tool_version=tool_version,
            time_limit=time_limit,
            max_attempts=max_attempts,
            tools_enabled=tools_enabled,
            metadata=metadata,
            qti_outcome_declaration=qti_outcome_declaration,
        )

        assessment_test.additional_properties = d
        return assessment_test

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
