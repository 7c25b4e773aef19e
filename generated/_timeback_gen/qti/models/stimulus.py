from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_info import CatalogInfo
    from ..models.stimulus_metadata import StimulusMetadata
    from ..models.stylesheet import Stylesheet


T = TypeVar("T", bound="Stimulus")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global CatalogInfo
    global StimulusMetadata
    global Stylesheet
    from ..models.catalog_info import CatalogInfo
    from ..models.stimulus_metadata import StimulusMetadata
    from ..models.stylesheet import Stylesheet

    _LAZY_BOUND = True


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
        identifier = self.identifier

        title = self.title

        content = self.content

        label = self.label

        language = self.language

        stylesheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stylesheet, Unset):
            stylesheet = self.stylesheet.to_dict()

        catalog_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalog_info, Unset):
            catalog_info = []
            for catalog_info_item_data in self.catalog_info:
                catalog_info_item = catalog_info_item_data.to_dict()
                catalog_info.append(catalog_info_item)

        tool_name = self.tool_name

        tool_version = self.tool_version

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "content": content,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if language is not UNSET:
            field_dict["language"] = language
        if stylesheet is not UNSET:
            field_dict["stylesheet"] = stylesheet
        if catalog_info is not UNSET:
            field_dict["catalogInfo"] = catalog_info
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if tool_version is not UNSET:
            field_dict["toolVersion"] = tool_version
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        title = d["title"]

        content = d["content"]

        label = d.get("label", UNSET)

        language = d.get("language", UNSET)

        _stylesheet = d.get("stylesheet", UNSET)
        stylesheet = (
            UNSET if _stylesheet is UNSET else Stylesheet.from_dict(_stylesheet)
        )

        _catalog_info = d.get("catalogInfo", UNSET)
        catalog_info = (
            UNSET
            if _catalog_info is UNSET
            else [CatalogInfo.from_dict(_item) for _item in _catalog_info]
        )

        tool_name = d.get("toolName", UNSET)

        tool_version = d.get("toolVersion", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata = (
            UNSET if _metadata is UNSET else StimulusMetadata.from_dict(_metadata)
        )

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
            _obj.additional_properties = NO_EXTRAS
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
