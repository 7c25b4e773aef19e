from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assessment_test_response_201_response_metadata import (
        CreateAssessmentTestResponse201ResponseMetadata,
    )
    from ..models.create_assessment_test_response_201_response_tools_enabled import (
        CreateAssessmentTestResponse201ResponseToolsEnabled,
    )
    from ..models.item_content import ItemContent
    from ..models.item_qti_outcome_declaration import ItemQtiOutcomeDeclaration
    from ..models.test_part import TestPart


T = TypeVar("T", bound="CreateAssessmentTestResponse201Response")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
        "isValidXml",
        "timeLimit",
        "maxAttempts",
        "toolsEnabled",
        "metadata",
        "__v",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_TestPart
    global _F_ItemQtiOutcomeDeclaration
    global _F_ItemContent
    global _F_CreateAssessmentTestResponse201ResponseToolsEnabled
    global _F_CreateAssessmentTestResponse201ResponseMetadata
    global CreateAssessmentTestResponse201ResponseMetadata
    global CreateAssessmentTestResponse201ResponseToolsEnabled
    global ItemContent
    global ItemQtiOutcomeDeclaration
    global TestPart
    from ..models.create_assessment_test_response_201_response_metadata import (
        CreateAssessmentTestResponse201ResponseMetadata,
    )
    from ..models.create_assessment_test_response_201_response_tools_enabled import (
        CreateAssessmentTestResponse201ResponseToolsEnabled,
    )
    from ..models.item_content import ItemContent
    from ..models.item_qti_outcome_declaration import ItemQtiOutcomeDeclaration
    from ..models.test_part import TestPart

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("qtiVersion", "qti_version", True, _rt.STR),
            _rt.Field(
                "qti-test-part", "qti_test_part", True, _rt.List(_rt.Model(TestPart))
            ),
            _rt.Field(
                "qti-outcome-declaration",
                "qti_outcome_declaration",
                True,
                _rt.List(_rt.Model(ItemQtiOutcomeDeclaration)),
            ),
            _rt.Field("rawXml", "raw_xml", True, _rt.STR),
            _rt.Field("content", "content", True, _rt.Model(ItemContent)),
            _rt.Field("createdAt", "created_at", True, _rt.DATETIME),
            _rt.Field("updatedAt", "updated_at", True, _rt.DATETIME),
            _rt.Field("isValidXml", "is_valid_xml", True, _rt.BOOL),
            _rt.Field("timeLimit", "time_limit", False, _rt.FLOAT),
            _rt.Field("maxAttempts", "max_attempts", False, _rt.FLOAT),
            _rt.Field(
                "toolsEnabled",
                "tools_enabled",
                False,
                _rt.Model(CreateAssessmentTestResponse201ResponseToolsEnabled),
            ),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Model(CreateAssessmentTestResponse201ResponseMetadata),
            ),
            _rt.Field("__v", "field_v", False, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_TestPart = TestPart._from_dict_fast
    _F_ItemQtiOutcomeDeclaration = ItemQtiOutcomeDeclaration._from_dict_fast
    _F_ItemContent = ItemContent._from_dict_fast
    _F_CreateAssessmentTestResponse201ResponseToolsEnabled = (
        CreateAssessmentTestResponse201ResponseToolsEnabled._from_dict_fast
    )
    _F_CreateAssessmentTestResponse201ResponseMetadata = (
        CreateAssessmentTestResponse201ResponseMetadata._from_dict_fast
    )
    _BOUND = True


@_attrs_define
class CreateAssessmentTestResponse201Response:
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
        is_valid_xml (bool): Indicates whether the generated XML is valid according to schema validation
        time_limit (float | Unset): Time limit for the entire assessment test in seconds. When not specified, there is
            no time limit
        max_attempts (float | Unset): Maximum number of attempts allowed for the assessment test. When not specified,
            unlimited attempts are allowed
        tools_enabled (CreateAssessmentTestResponse201ResponseToolsEnabled | Unset): Configuration of assessment tools
            available to candidates. Each tool is represented as a key-value pair where the key is the tool name and the
            value indicates if it's enabled
        metadata (CreateAssessmentTestResponse201ResponseMetadata | Unset): Additional custom metadata for extending
            entity properties beyond standard specification for QTI entities.
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
    is_valid_xml: bool
    qti_version: str = "3.0"
    time_limit: float | Unset = UNSET
    max_attempts: float | Unset = UNSET
    tools_enabled: CreateAssessmentTestResponse201ResponseToolsEnabled | Unset = UNSET
    metadata: CreateAssessmentTestResponse201ResponseMetadata | Unset = UNSET
    field_v: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.qti_version is not UNSET:
            field_dict["qtiVersion"] = self.qti_version
        if self.qti_test_part is not UNSET:
            field_dict["qti-test-part"] = _rt.dump(self.qti_test_part)
        if self.qti_outcome_declaration is not UNSET:
            field_dict["qti-outcome-declaration"] = _rt.dump(
                self.qti_outcome_declaration
            )
        if self.raw_xml is not UNSET:
            field_dict["rawXml"] = self.raw_xml
        if self.content is not UNSET:
            field_dict["content"] = _rt.dump(self.content)
        if self.created_at is not UNSET:
            field_dict["createdAt"] = _rt.dump(self.created_at)
        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = _rt.dump(self.updated_at)
        if self.is_valid_xml is not UNSET:
            field_dict["isValidXml"] = self.is_valid_xml
        if self.time_limit is not UNSET:
            field_dict["timeLimit"] = self.time_limit
        if self.max_attempts is not UNSET:
            field_dict["maxAttempts"] = self.max_attempts
        if self.tools_enabled is not UNSET:
            field_dict["toolsEnabled"] = _rt.dump(self.tools_enabled)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.field_v is not UNSET:
            field_dict["__v"] = self.field_v
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

        qti_version = d["qtiVersion"]
        if type(qti_version) is not str:
            raise TypeError

        _qti_test_part = d["qti-test-part"]
        if type(_qti_test_part) is not list:
            raise TypeError
        qti_test_part = (
            [_F_TestPart(_item) for _item in _qti_test_part]
            if _qti_test_part
            else _qti_test_part
        )

        _qti_outcome_declaration = d["qti-outcome-declaration"]
        if type(_qti_outcome_declaration) is not list:
            raise TypeError
        qti_outcome_declaration = (
            [_F_ItemQtiOutcomeDeclaration(_item) for _item in _qti_outcome_declaration]
            if _qti_outcome_declaration
            else _qti_outcome_declaration
        )

        raw_xml = d["rawXml"]
        if type(raw_xml) is not str:
            raise TypeError

        content = _F_ItemContent(d["content"])

        created_at = _parse_datetime(d["createdAt"])

        updated_at = _parse_datetime(d["updatedAt"])

        is_valid_xml = d["isValidXml"]
        if type(is_valid_xml) is not bool:
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
            else _F_CreateAssessmentTestResponse201ResponseToolsEnabled(_tools_enabled)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET
            if _metadata is UNSET
            else _F_CreateAssessmentTestResponse201ResponseMetadata(_metadata)
        )

        field_v = d.get("__v", UNSET)
        if (
            type(field_v) is not float
            and type(field_v) is not int
            and field_v is not UNSET
        ):
            raise TypeError

        if cls is CreateAssessmentTestResponse201Response:
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
            _obj.is_valid_xml = is_valid_xml
            _obj.time_limit = time_limit
            _obj.max_attempts = max_attempts
            _obj.tools_enabled = tools_enabled
            _obj.metadata = metadata
            _obj.field_v = field_v
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
                is_valid_xml,
                qti_version,
                time_limit,
                max_attempts,
                tools_enabled,
                metadata,
                field_v,
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
