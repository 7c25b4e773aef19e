from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.class_type import ClassType, check_class_type
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..models.subject_enum import SubjectEnum, check_subject_enum
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_class_body_class_metadata_type_0 import (
        CreateClassBodyClassMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="CreateClassBodyClass")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "title",
        "course",
        "org",
        "terms",
        "sourcedId",
        "status",
        "metadata",
        "classCode",
        "classType",
        "location",
        "grades",
        "subjects",
        "subjectCodes",
        "periods",
        "resources",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global CreateClassBodyClassMetadataType0
    global SourcedIdRef
    global _D_metadata
    from ..models.create_class_body_class_metadata_type_0 import (
        CreateClassBodyClassMetadataType0,
    )
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("course", "course", True, _rt.Model(SourcedIdRef)),
            _rt.Field("org", "org", True, _rt.Model(SourcedIdRef)),
            _rt.Field("terms", "terms", True, _rt.List(_rt.Model(SourcedIdRef))),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field(
                "status",
                "status",
                False,
                _rt.Enum(check_line_item_status, "LineItemStatus"),
            ),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(CreateClassBodyClassMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "classCode",
                "class_code",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "classType",
                "class_type",
                False,
                _rt.Enum(check_class_type, "ClassType"),
            ),
            _rt.Field(
                "location",
                "location",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "grades",
                "grades",
                False,
                _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
            ),
            _rt.Field(
                "subjects",
                "subjects",
                False,
                _rt.List(_rt.Enum(check_subject_enum, "SubjectEnum")),
            ),
            _rt.Field("subjectCodes", "subject_codes", False, _rt.List(_rt.STR)),
            _rt.Field("periods", "periods", False, _rt.List(_rt.STR)),
            _rt.Field(
                "resources", "resources", False, _rt.List(_rt.Model(SourcedIdRef))
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_SourcedIdRef = SourcedIdRef._from_dict_fast
    _D_metadata = _TABLE.fields[6].desc
    _BOUND = True


@_attrs_define
class CreateClassBodyClass:
    """
    Attributes:
        title (str):
        course (SourcedIdRef):
        org (SourcedIdRef):
        terms (list[SourcedIdRef]):
        sourced_id (str | Unset):
        status (LineItemStatus | Unset):
        metadata (CreateClassBodyClassMetadataType0 | None | Unset):
        class_code (None | str | Unset):
        class_type (ClassType | Unset):
        location (None | str | Unset):
        grades (list[GradeEnum] | Unset):
        subjects (list[SubjectEnum] | Unset):
        subject_codes (list[str] | Unset):
        periods (list[str] | Unset):
        resources (list[SourcedIdRef] | Unset):
    """

    title: str
    course: SourcedIdRef
    org: SourcedIdRef
    terms: list[SourcedIdRef]
    sourced_id: str | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    metadata: CreateClassBodyClassMetadataType0 | None | Unset = UNSET
    class_code: None | str | Unset = UNSET
    class_type: ClassType | Unset = UNSET
    location: None | str | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    subjects: list[SubjectEnum] | Unset = UNSET
    subject_codes: list[str] | Unset = UNSET
    periods: list[str] | Unset = UNSET
    resources: list[SourcedIdRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.course is not UNSET:
            field_dict["course"] = _rt.dump(self.course)
        if self.org is not UNSET:
            field_dict["org"] = _rt.dump(self.org)
        if self.terms is not UNSET:
            field_dict["terms"] = _rt.dump(self.terms)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.class_code is not UNSET:
            field_dict["classCode"] = self.class_code
        if self.class_type is not UNSET:
            field_dict["classType"] = self.class_type
        if self.location is not UNSET:
            field_dict["location"] = self.location
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
        if self.subjects is not UNSET:
            field_dict["subjects"] = _rt.dump(self.subjects)
        if self.subject_codes is not UNSET:
            field_dict["subjectCodes"] = _rt.dump(self.subject_codes)
        if self.periods is not UNSET:
            field_dict["periods"] = _rt.dump(self.periods)
        if self.resources is not UNSET:
            field_dict["resources"] = _rt.dump(self.resources)
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
        title = d["title"]
        if type(title) is not str:
            raise TypeError

        course = _F_SourcedIdRef(d["course"])

        org = _F_SourcedIdRef(d["org"])

        _terms = d["terms"]
        if type(_terms) is not list:
            raise TypeError
        terms = [_F_SourcedIdRef(_item) for _item in _terms] if _terms else _terms

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        class_code = d.get("classCode", UNSET)
        if (
            type(class_code) is not str
            and class_code is not None
            and class_code is not UNSET
        ):
            raise TypeError

        _class_type = d.get("classType", UNSET)
        class_type = UNSET if _class_type is UNSET else check_class_type(_class_type)

        location = d.get("location", UNSET)
        if type(location) is not str and location is not None and location is not UNSET:
            raise TypeError

        _grades = d.get("grades", UNSET)
        if _grades is UNSET:
            grades = UNSET
        else:
            if type(_grades) is not list:
                raise TypeError
            grades = (
                [check_grade_enum(_item) for _item in _grades] if _grades else _grades
            )

        _subjects = d.get("subjects", UNSET)
        if _subjects is UNSET:
            subjects = UNSET
        else:
            if type(_subjects) is not list:
                raise TypeError
            subjects = (
                [check_subject_enum(_item) for _item in _subjects]
                if _subjects
                else _subjects
            )

        _subject_codes = d.get("subjectCodes", UNSET)
        if _subject_codes is UNSET:
            subject_codes = UNSET
        else:
            if type(_subject_codes) is not list:
                raise TypeError
            subject_codes = _subject_codes
            for _item in _subject_codes:
                if type(_item) is not str:
                    raise TypeError

        _periods = d.get("periods", UNSET)
        if _periods is UNSET:
            periods = UNSET
        else:
            if type(_periods) is not list:
                raise TypeError
            periods = _periods
            for _item in _periods:
                if type(_item) is not str:
                    raise TypeError

        _resources = d.get("resources", UNSET)
        if _resources is UNSET:
            resources = UNSET
        else:
            if type(_resources) is not list:
                raise TypeError
            resources = (
                [_F_SourcedIdRef(_item) for _item in _resources]
                if _resources
                else _resources
            )

        if cls is CreateClassBodyClass:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.title = title
            _obj.course = course
            _obj.org = org
            _obj.terms = terms
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.metadata = metadata
            _obj.class_code = class_code
            _obj.class_type = class_type
            _obj.location = location
            _obj.grades = grades
            _obj.subjects = subjects
            _obj.subject_codes = subject_codes
            _obj.periods = periods
            _obj.resources = resources
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                title,
                course,
                org,
                terms,
                sourced_id,
                status,
                metadata,
                class_code,
                class_type,
                location,
                grades,
                subjects,
                subject_codes,
                periods,
                resources,
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
