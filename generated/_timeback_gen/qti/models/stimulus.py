from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_info import CatalogInfo
    from ..models.stimulus_metadata import StimulusMetadata
    from ..models.stylesheet import Stylesheet


T = TypeVar("T", bound="Stimulus")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "title",
        "content",
        "label",
        "language",
        "stylesheet",
        "catalogInfo",
        "toolName",
        "toolVersion",
        "metadata",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Stylesheet
    global _F_CatalogInfo
    global _F_StimulusMetadata
    global CatalogInfo
    global StimulusMetadata
    global Stylesheet
    from ..models.catalog_info import CatalogInfo
    from ..models.stimulus_metadata import StimulusMetadata
    from ..models.stylesheet import Stylesheet

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("content", "content", True, _rt.STR),
            _rt.Field("label", "label", False, _rt.STR),
            _rt.Field("language", "language", False, _rt.STR),
            _rt.Field("stylesheet", "stylesheet", False, _rt.Model(Stylesheet)),
            _rt.Field(
                "catalogInfo", "catalog_info", False, _rt.List(_rt.Model(CatalogInfo))
            ),
            _rt.Field("toolName", "tool_name", False, _rt.STR),
            _rt.Field("toolVersion", "tool_version", False, _rt.STR),
            _rt.Field("metadata", "metadata", False, _rt.Model(StimulusMetadata)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Stylesheet = Stylesheet._from_dict_fast
    _F_CatalogInfo = CatalogInfo._from_dict_fast
    _F_StimulusMetadata = StimulusMetadata._from_dict_fast
    _BOUND = True


@_attrs_define
class Stimulus:
    """Create or update a stimulus on the service provider with HTML content and optional configuration

    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        title (str): Human-readable title of the entity on the service provider.
        content (str): HTML content of the stimulus provided as a string when creating or updating a stimulus. When the
            rawXml is generated, this content is used to create teh qti-stimulus-body that lives on the xml.
        label (str | Unset): A human readable label that can be used to describe the Stimulus.
        language (str | Unset): The default language for the Stimulus. Default: 'en'.
        stylesheet (Stylesheet | Unset): The set of external style sheets that are associated with the Stimulus. The
            order of definition is significant.
        catalog_info (list[CatalogInfo] | Unset): Array of catalog cards.
        tool_name (str | Unset): The tool name characteristic allows the tool creating the stimulus to identify itself.
            Other processing systems may use this information to interpret the content of application specific data, such as
            labels on the elements of the stimulus's stimulus body.
        tool_version (str | Unset): The tool version characteristic allows the tool creating the item to identify its
            version. This value must only be interpreted in the context of the tool-name.
        metadata (StimulusMetadata | Unset): Additional custom metadata for extending entity properties beyond standard
            specification for QTI entities.
    """

    identifier: str
    title: str
    content: str
    label: str | Unset = UNSET
    language: str | Unset = "en"
    stylesheet: Stylesheet | Unset = UNSET
    catalog_info: list[CatalogInfo] | Unset = UNSET
    tool_name: str | Unset = UNSET
    tool_version: str | Unset = UNSET
    metadata: StimulusMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.stylesheet is not UNSET:
            field_dict["stylesheet"] = _rt.dump(self.stylesheet)
        if self.catalog_info is not UNSET:
            field_dict["catalogInfo"] = _rt.dump(self.catalog_info)
        if self.tool_name is not UNSET:
            field_dict["toolName"] = self.tool_name
        if self.tool_version is not UNSET:
            field_dict["toolVersion"] = self.tool_version
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
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

        content = d["content"]
        if type(content) is not str:
            raise TypeError

        label = d.get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            raise TypeError

        language = d.get("language", UNSET)
        if type(language) is not str and language is not UNSET:
            raise TypeError

        _stylesheet = d.get("stylesheet", UNSET)
        stylesheet = UNSET if _stylesheet is UNSET else _F_Stylesheet(_stylesheet)

        _catalog_info = d.get("catalogInfo", UNSET)
        if _catalog_info is UNSET:
            catalog_info = UNSET
        else:
            if type(_catalog_info) is not list:
                raise TypeError
            catalog_info = (
                [_F_CatalogInfo(_item) for _item in _catalog_info]
                if _catalog_info
                else _catalog_info
            )

        tool_name = d.get("toolName", UNSET)
        if type(tool_name) is not str and tool_name is not UNSET:
            raise TypeError

        tool_version = d.get("toolVersion", UNSET)
        if type(tool_version) is not str and tool_version is not UNSET:
            raise TypeError

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _F_StimulusMetadata(_metadata)

        if cls is Stimulus:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.title = title
            _obj.content = content
            _obj.label = label
            _obj.language = language
            _obj.stylesheet = stylesheet
            _obj.catalog_info = catalog_info
            _obj.tool_name = tool_name
            _obj.tool_version = tool_version
            _obj.metadata = metadata
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                title,
                content,
                label,
                language,
                stylesheet,
                catalog_info,
                tool_name,
                tool_version,
                metadata,
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
