from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
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
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_TestPart
    global _F_AssessmentTestToolsEnabled
    global _F_AssessmentTestMetadata
    global _F_AssessmentTestQtiOutcomeDeclaration
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

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field(
                "qti-test-part", "qti_test_part", True, _rt.List(_rt.Model(TestPart))
            ),
            _rt.Field("qtiVersion", "qti_version", False, _rt.STR),
            _rt.Field("toolName", "tool_name", False, _rt.STR),
            _rt.Field("toolVersion", "tool_version", False, _rt.STR),
            _rt.Field("timeLimit", "time_limit", False, _rt.FLOAT),
            _rt.Field("maxAttempts", "max_attempts", False, _rt.FLOAT),
            _rt.Field(
                "toolsEnabled",
                "tools_enabled",
                False,
                _rt.Model(AssessmentTestToolsEnabled),
            ),
            _rt.Field("metadata", "metadata", False, _rt.Model(AssessmentTestMetadata)),
            _rt.Field(
                "qti-outcome-declaration",
                "qti_outcome_declaration",
                False,
                _rt.List(_rt.Model(AssessmentTestQtiOutcomeDeclaration)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_TestPart = TestPart._from_dict_fast
    _F_AssessmentTestToolsEnabled = AssessmentTestToolsEnabled._from_dict_fast
    _F_AssessmentTestMetadata = AssessmentTestMetadata._from_dict_fast
    _F_AssessmentTestQtiOutcomeDeclaration = (
        AssessmentTestQtiOutcomeDeclaration._from_dict_fast
    )
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.qti_test_part is not UNSET:
            field_dict["qti-test-part"] = _rt.dump(self.qti_test_part)
        if self.qti_version is not UNSET:
            field_dict["qtiVersion"] = self.qti_version
        if self.tool_name is not UNSET:
            field_dict["toolName"] = self.tool_name
        if self.tool_version is not UNSET:
            field_dict["toolVersion"] = self.tool_version
        if self.time_limit is not UNSET:
            field_dict["timeLimit"] = self.time_limit
        if self.max_attempts is not UNSET:
            field_dict["maxAttempts"] = self.max_attempts
        if self.tools_enabled is not UNSET:
            field_dict["toolsEnabled"] = _rt.dump(self.tools_enabled)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.qti_outcome_declaration is not UNSET:
            field_dict["qti-outcome-declaration"] = _rt.dump(
                self.qti_outcome_declaration
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        _qti_test_part = d["qti-test-part"]
        if type(_qti_test_part) is not list:
            raise TypeError
        qti_test_part = (
            [_F_TestPart(_item) for _item in _qti_test_part]
            if _qti_test_part
            else _qti_test_part
        )

        qti_version = d.get("qtiVersion", UNSET)
        if type(qti_version) is not str and qti_version is not UNSET:
            raise TypeError

        tool_name = d.get("toolName", UNSET)
        if type(tool_name) is not str and tool_name is not UNSET:
            raise TypeError

        tool_version = d.get("toolVersion", UNSET)
        if type(tool_version) is not str and tool_version is not UNSET:
            raise TypeError

        time_limit = d.get("timeLimit", UNSET)
        if (
            type(time_limit) is not float
            and type(time_limit) is not int
            and time_limit is not UNSET
        ):
            raise TypeError

        max_attempts = d.get("maxAttempts", UNSET)
        if (
            type(max_attempts) is not float
            and type(max_attempts) is not int
            and max_attempts is not UNSET
        ):
            raise TypeError

        _tools_enabled = d.get("toolsEnabled", UNSET)
        tools_enabled = (
            UNSET
            if _tools_enabled is UNSET
            else _F_AssessmentTestToolsEnabled(_tools_enabled)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _F_AssessmentTestMetadata(_metadata)

        _qti_outcome_declaration = d.get("qti-outcome-declaration", UNSET)
        if _qti_outcome_declaration is UNSET:
            qti_outcome_declaration = UNSET
        else:
            if type(_qti_outcome_declaration) is not list:
                raise TypeError
            qti_outcome_declaration = (
                [
                    _F_AssessmentTestQtiOutcomeDeclaration(_item)
                    for _item in _qti_outcome_declaration
                ]
                if _qti_outcome_declaration
                else _qti_outcome_declaration
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
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
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
