from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_content_value_child_groups import (
        StructuredContentValueChildGroups,
    )
    from ..models.structured_content_value_extensions_type_0 import (
        StructuredContentValueExtensionsType0,
    )
    from ..models.subject_uri import SubjectURI


T = TypeVar("T", bound="StructuredContentValue")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "fullStatement",
        "CFItemType",
        "uri",
        "lastChangeDateTime",
        "alternativeLabel",
        "humanCodingScheme",
        "listEnumeration",
        "abbreviatedStatement",
        "conceptKeywords",
        "conceptKeywordsURI",
        "notes",
        "subject",
        "subjectURI",
        "language",
        "educationLevel",
        "CFItemTypeURI",
        "licenseURI",
        "statusStartDate",
        "statusEndDate",
        "extensions",
        "CFDocumentURI",
        "childGroups",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_StructuredContentValueChildGroups
    global StructuredContentValueChildGroups
    global StructuredContentValueExtensionsType0
    global SubjectURI
    global _D_concept_keywords
    global _D_concept_keywords_uri
    global _D_subject
    global _D_subject_uri
    global _D_education_level
    global _D_cf_item_type_uri
    global _D_license_uri
    global _D_status_start_date
    global _D_status_end_date
    global _D_extensions
    global _D_cf_document_uri
    from ..models.structured_content_value_child_groups import (
        StructuredContentValueChildGroups,
    )
    from ..models.structured_content_value_extensions_type_0 import (
        StructuredContentValueExtensionsType0,
    )
    from ..models.subject_uri import SubjectURI

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.UUID),
            _rt.Field("fullStatement", "full_statement", True, _rt.STR),
            _rt.Field("CFItemType", "cf_item_type", True, _rt.STR),
            _rt.Field("uri", "uri", True, _rt.STR),
            _rt.Field(
                "lastChangeDateTime", "last_change_date_time", True, _rt.DATETIME
            ),
            _rt.Field(
                "alternativeLabel",
                "alternative_label",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "humanCodingScheme",
                "human_coding_scheme",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "listEnumeration",
                "list_enumeration",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "abbreviatedStatement",
                "abbreviated_statement",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "conceptKeywords",
                "concept_keywords",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.STR),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "conceptKeywordsURI",
                "concept_keywords_uri",
                False,
                _rt.Union(
                    (
                        _rt.Model(SubjectURI),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "notes",
                "notes",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "subject",
                "subject",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.STR),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "subjectURI",
                "subject_uri",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(SubjectURI)),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "language",
                "language",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "educationLevel",
                "education_level",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.STR),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "CFItemTypeURI",
                "cf_item_type_uri",
                False,
                _rt.Union(
                    (
                        _rt.Model(SubjectURI),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "licenseURI",
                "license_uri",
                False,
                _rt.Union(
                    (
                        _rt.Model(SubjectURI),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "statusStartDate",
                "status_start_date",
                False,
                _rt.Union(
                    (
                        _rt.DATE,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "statusEndDate",
                "status_end_date",
                False,
                _rt.Union(
                    (
                        _rt.DATE,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "extensions",
                "extensions",
                False,
                _rt.Union(
                    (
                        _rt.Model(StructuredContentValueExtensionsType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "CFDocumentURI",
                "cf_document_uri",
                False,
                _rt.Union(
                    (
                        _rt.Model(SubjectURI),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "childGroups",
                "child_groups",
                False,
                _rt.Model(StructuredContentValueChildGroups),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_StructuredContentValueChildGroups = (
        StructuredContentValueChildGroups._from_dict_fast
    )
    _D_concept_keywords = _TABLE.fields[9].desc
    _D_concept_keywords_uri = _TABLE.fields[10].desc
    _D_subject = _TABLE.fields[12].desc
    _D_subject_uri = _TABLE.fields[13].desc
    _D_education_level = _TABLE.fields[15].desc
    _D_cf_item_type_uri = _TABLE.fields[16].desc
    _D_license_uri = _TABLE.fields[17].desc
    _D_status_start_date = _TABLE.fields[18].desc
    _D_status_end_date = _TABLE.fields[19].desc
    _D_extensions = _TABLE.fields[20].desc
    _D_cf_document_uri = _TABLE.fields[21].desc
    _BOUND = True


@_attrs_define
class StructuredContentValue:
    """Represents an item in a competency framework.

    Attributes:
        sourced_id (UUID):
        full_statement (str):
        cf_item_type (str):
        uri (str):
        last_change_date_time (datetime.datetime):
        alternative_label (None | str | Unset):
        human_coding_scheme (None | str | Unset):
        list_enumeration (None | str | Unset):
        abbreviated_statement (None | str | Unset):
        concept_keywords (list[str] | None | Unset):
        concept_keywords_uri (None | SubjectURI | Unset):
        notes (None | str | Unset):
        subject (list[str] | None | Unset):
        subject_uri (list[SubjectURI] | None | Unset):
        language (None | str | Unset):
        education_level (list[str] | None | Unset):
        cf_item_type_uri (None | SubjectURI | Unset):
        license_uri (None | SubjectURI | Unset):
        status_start_date (datetime.date | None | Unset):
        status_end_date (datetime.date | None | Unset):
        extensions (None | StructuredContentValueExtensionsType0 | Unset):
        cf_document_uri (None | SubjectURI | Unset):
        child_groups (StructuredContentValueChildGroups | Unset):
    """

    sourced_id: UUID
    full_statement: str
    cf_item_type: str
    uri: str
    last_change_date_time: datetime.datetime
    alternative_label: None | str | Unset = UNSET
    human_coding_scheme: None | str | Unset = UNSET
    list_enumeration: None | str | Unset = UNSET
    abbreviated_statement: None | str | Unset = UNSET
    concept_keywords: list[str] | None | Unset = UNSET
    concept_keywords_uri: None | SubjectURI | Unset = UNSET
    notes: None | str | Unset = UNSET
    subject: list[str] | None | Unset = UNSET
    subject_uri: list[SubjectURI] | None | Unset = UNSET
    language: None | str | Unset = UNSET
    education_level: list[str] | None | Unset = UNSET
    cf_item_type_uri: None | SubjectURI | Unset = UNSET
    license_uri: None | SubjectURI | Unset = UNSET
    status_start_date: datetime.date | None | Unset = UNSET
    status_end_date: datetime.date | None | Unset = UNSET
    extensions: None | StructuredContentValueExtensionsType0 | Unset = UNSET
    cf_document_uri: None | SubjectURI | Unset = UNSET
    child_groups: StructuredContentValueChildGroups | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = _rt.dump(self.sourced_id)
        if self.full_statement is not UNSET:
            field_dict["fullStatement"] = self.full_statement
        if self.cf_item_type is not UNSET:
            field_dict["CFItemType"] = self.cf_item_type
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.last_change_date_time is not UNSET:
            field_dict["lastChangeDateTime"] = _rt.dump(self.last_change_date_time)
        if self.alternative_label is not UNSET:
            field_dict["alternativeLabel"] = self.alternative_label
        if self.human_coding_scheme is not UNSET:
            field_dict["humanCodingScheme"] = self.human_coding_scheme
        if self.list_enumeration is not UNSET:
            field_dict["listEnumeration"] = self.list_enumeration
        if self.abbreviated_statement is not UNSET:
            field_dict["abbreviatedStatement"] = self.abbreviated_statement
        if self.concept_keywords is not UNSET:
            field_dict["conceptKeywords"] = _rt.dump(self.concept_keywords)
        if self.concept_keywords_uri is not UNSET:
            field_dict["conceptKeywordsURI"] = _rt.dump(self.concept_keywords_uri)
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.subject is not UNSET:
            field_dict["subject"] = _rt.dump(self.subject)
        if self.subject_uri is not UNSET:
            field_dict["subjectURI"] = _rt.dump(self.subject_uri)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.education_level is not UNSET:
            field_dict["educationLevel"] = _rt.dump(self.education_level)
        if self.cf_item_type_uri is not UNSET:
            field_dict["CFItemTypeURI"] = _rt.dump(self.cf_item_type_uri)
        if self.license_uri is not UNSET:
            field_dict["licenseURI"] = _rt.dump(self.license_uri)
        if self.status_start_date is not UNSET:
            field_dict["statusStartDate"] = _rt.dump(self.status_start_date)
        if self.status_end_date is not UNSET:
            field_dict["statusEndDate"] = _rt.dump(self.status_end_date)
        if self.extensions is not UNSET:
            field_dict["extensions"] = _rt.dump(self.extensions)
        if self.cf_document_uri is not UNSET:
            field_dict["CFDocumentURI"] = _rt.dump(self.cf_document_uri)
        if self.child_groups is not UNSET:
            field_dict["childGroups"] = _rt.dump(self.child_groups)
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
        sourced_id = UUID(d["sourcedId"])

        full_statement = d["fullStatement"]
        if type(full_statement) is not str:
            raise TypeError

        cf_item_type = d["CFItemType"]
        if type(cf_item_type) is not str:
            raise TypeError

        uri = d["uri"]
        if type(uri) is not str:
            raise TypeError

        last_change_date_time = _parse_datetime(d["lastChangeDateTime"])

        alternative_label = d.get("alternativeLabel", UNSET)
        if (
            type(alternative_label) is not str
            and alternative_label is not None
            and alternative_label is not UNSET
        ):
            raise TypeError

        human_coding_scheme = d.get("humanCodingScheme", UNSET)
        if (
            type(human_coding_scheme) is not str
            and human_coding_scheme is not None
            and human_coding_scheme is not UNSET
        ):
            raise TypeError

        list_enumeration = d.get("listEnumeration", UNSET)
        if (
            type(list_enumeration) is not str
            and list_enumeration is not None
            and list_enumeration is not UNSET
        ):
            raise TypeError

        abbreviated_statement = d.get("abbreviatedStatement", UNSET)
        if (
            type(abbreviated_statement) is not str
            and abbreviated_statement is not None
            and abbreviated_statement is not UNSET
        ):
            raise TypeError

        _concept_keywords = d.get("conceptKeywords", UNSET)
        concept_keywords = (
            UNSET
            if _concept_keywords is UNSET
            else _D_concept_keywords.strict(_concept_keywords)
        )

        _concept_keywords_uri = d.get("conceptKeywordsURI", UNSET)
        concept_keywords_uri = (
            UNSET
            if _concept_keywords_uri is UNSET
            else _D_concept_keywords_uri.strict(_concept_keywords_uri)
        )

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError

        _subject = d.get("subject", UNSET)
        subject = UNSET if _subject is UNSET else _D_subject.strict(_subject)

        _subject_uri = d.get("subjectURI", UNSET)
        subject_uri = (
            UNSET if _subject_uri is UNSET else _D_subject_uri.strict(_subject_uri)
        )

        language = d.get("language", UNSET)
        if type(language) is not str and language is not None and language is not UNSET:
            raise TypeError

        _education_level = d.get("educationLevel", UNSET)
        education_level = (
            UNSET
            if _education_level is UNSET
            else _D_education_level.strict(_education_level)
        )

        _cf_item_type_uri = d.get("CFItemTypeURI", UNSET)
        cf_item_type_uri = (
            UNSET
            if _cf_item_type_uri is UNSET
            else _D_cf_item_type_uri.strict(_cf_item_type_uri)
        )

        _license_uri = d.get("licenseURI", UNSET)
        license_uri = (
            UNSET if _license_uri is UNSET else _D_license_uri.strict(_license_uri)
        )

        _status_start_date = d.get("statusStartDate", UNSET)
        status_start_date = (
            UNSET
            if _status_start_date is UNSET
            else _D_status_start_date.strict(_status_start_date)
        )

        _status_end_date = d.get("statusEndDate", UNSET)
        status_end_date = (
            UNSET
            if _status_end_date is UNSET
            else _D_status_end_date.strict(_status_end_date)
        )

        _extensions = d.get("extensions", UNSET)
        extensions = (
            UNSET if _extensions is UNSET else _D_extensions.strict(_extensions)
        )

        _cf_document_uri = d.get("CFDocumentURI", UNSET)
        cf_document_uri = (
            UNSET
            if _cf_document_uri is UNSET
            else _D_cf_document_uri.strict(_cf_document_uri)
        )

        _child_groups = d.get("childGroups", UNSET)
        child_groups = (
            UNSET
            if _child_groups is UNSET
            else _F_StructuredContentValueChildGroups(_child_groups)
        )

        if cls is StructuredContentValue:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.full_statement = full_statement
            _obj.cf_item_type = cf_item_type
            _obj.uri = uri
            _obj.last_change_date_time = last_change_date_time
            _obj.alternative_label = alternative_label
            _obj.human_coding_scheme = human_coding_scheme
            _obj.list_enumeration = list_enumeration
            _obj.abbreviated_statement = abbreviated_statement
            _obj.concept_keywords = concept_keywords
            _obj.concept_keywords_uri = concept_keywords_uri
            _obj.notes = notes
            _obj.subject = subject
            _obj.subject_uri = subject_uri
            _obj.language = language
            _obj.education_level = education_level
            _obj.cf_item_type_uri = cf_item_type_uri
            _obj.license_uri = license_uri
            _obj.status_start_date = status_start_date
            _obj.status_end_date = status_end_date
            _obj.extensions = extensions
            _obj.cf_document_uri = cf_document_uri
            _obj.child_groups = child_groups
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                full_statement,
                cf_item_type,
                uri,
                last_change_date_time,
                alternative_label,
                human_coding_scheme,
                list_enumeration,
                abbreviated_statement,
                concept_keywords,
                concept_keywords_uri,
                notes,
                subject,
                subject_uri,
                language,
                education_level,
                cf_item_type_uri,
                license_uri,
                status_start_date,
                status_end_date,
                extensions,
                cf_document_uri,
                child_groups,
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
