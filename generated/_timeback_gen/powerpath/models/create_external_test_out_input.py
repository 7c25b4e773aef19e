from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.tool_provider import ToolProvider, check_tool_provider
from ..types import NO_EXTRAS, UNSET, Unset

T = TypeVar("T", bound="CreateExternalTestOutInput")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "courseId",
        "toolProvider",
        "grades",
        "lessonType",
        "xp",
        "lessonTitle",
        "launchUrl",
        "unitTitle",
        "courseComponentSourcedId",
        "vendorId",
        "description",
        "resourceMetadata",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _D_lesson_type
    _TABLE = _rt.table(
        (
            _rt.Field("courseId", "course_id", True, _rt.STR),
            _rt.Field(
                "toolProvider",
                "tool_provider",
                True,
                _rt.Enum(check_tool_provider, "ToolProvider"),
            ),
            _rt.Field(
                "grades",
                "grades",
                True,
                _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
            ),
            _rt.Field("lessonType", "lesson_type", True, _rt.Const("test-out")),
            _rt.Field("xp", "xp", True, _rt.FLOAT),
            _rt.Field("lessonTitle", "lesson_title", False, _rt.STR),
            _rt.Field("launchUrl", "launch_url", False, _rt.STR),
            _rt.Field("unitTitle", "unit_title", False, _rt.STR),
            _rt.Field(
                "courseComponentSourcedId",
                "course_component_sourced_id",
                False,
                _rt.STR,
            ),
            _rt.Field("vendorId", "vendor_id", False, _rt.STR),
            _rt.Field("description", "description", False, _rt.STR),
            _rt.Field("resourceMetadata", "resource_metadata", False, _rt.NONE),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_lesson_type = _TABLE.fields[3].desc
    _BOUND = True


@_attrs_define
class CreateExternalTestOutInput:
    """Input for creating an external test-out lesson

    Attributes:
        course_id (str): The sourcedId of the Course to create the external test for
        tool_provider (ToolProvider): The type of external service (e.g.: 'edulastic')
        grades (list[GradeEnum]): The grades for the resource
        lesson_type (Literal['test-out']):
        xp (float): The XP value for the resource
        lesson_title (str | Unset): The title of the external test reference
        launch_url (str | Unset): The URL to the external test system (e.g., Edulastic, QTI, etc.)
        unit_title (str | Unset): The title of the unit containing the external test
        course_component_sourced_id (str | Unset): The sourcedId of an existing CourseComponent (unit) for the test. If
            not provided, a new unit will be created.
        vendor_id (str | Unset): The ID of the test in the spreadsheet
        description (str | Unset): Description of the external test that will be added to the Resource entity's metadata
        resource_metadata (None | Unset): Additional metadata for the external test resource
    """

    course_id: str
    tool_provider: ToolProvider
    grades: list[GradeEnum]
    lesson_type: Literal["test-out"]
    xp: float
    lesson_title: str | Unset = UNSET
    launch_url: str | Unset = UNSET
    unit_title: str | Unset = UNSET
    course_component_sourced_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    description: str | Unset = UNSET
    resource_metadata: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.course_id is not UNSET:
            field_dict["courseId"] = self.course_id
        if self.tool_provider is not UNSET:
            field_dict["toolProvider"] = self.tool_provider
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = _rt.dump(self.lesson_type)
        if self.xp is not UNSET:
            field_dict["xp"] = self.xp
        if self.lesson_title is not UNSET:
            field_dict["lessonTitle"] = self.lesson_title
        if self.launch_url is not UNSET:
            field_dict["launchUrl"] = self.launch_url
        if self.unit_title is not UNSET:
            field_dict["unitTitle"] = self.unit_title
        if self.course_component_sourced_id is not UNSET:
            field_dict["courseComponentSourcedId"] = self.course_component_sourced_id
        if self.vendor_id is not UNSET:
            field_dict["vendorId"] = self.vendor_id
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.resource_metadata is not UNSET:
            field_dict["resourceMetadata"] = self.resource_metadata
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
        course_id = d["courseId"]
        if type(course_id) is not str:
            raise TypeError

        tool_provider = check_tool_provider(d["toolProvider"])

        _grades = d["grades"]
        if type(_grades) is not list:
            raise TypeError
        grades = [check_grade_enum(_item) for _item in _grades] if _grades else _grades

        lesson_type = _D_lesson_type.strict(d["lessonType"])

        xp = d["xp"]
        if type(xp) is not float and type(xp) is not int:
            raise TypeError

        lesson_title = d.get("lessonTitle", UNSET)
        if type(lesson_title) is not str and lesson_title is not UNSET:
            raise TypeError

        launch_url = d.get("launchUrl", UNSET)
        if type(launch_url) is not str and launch_url is not UNSET:
            raise TypeError

        unit_title = d.get("unitTitle", UNSET)
        if type(unit_title) is not str and unit_title is not UNSET:
            raise TypeError

        course_component_sourced_id = d.get("courseComponentSourcedId", UNSET)
        if (
            type(course_component_sourced_id) is not str
            and course_component_sourced_id is not UNSET
        ):
            raise TypeError

        vendor_id = d.get("vendorId", UNSET)
        if type(vendor_id) is not str and vendor_id is not UNSET:
            raise TypeError

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError

        resource_metadata = d.get("resourceMetadata", UNSET)
        if resource_metadata is not None and resource_metadata is not UNSET:
            raise TypeError

        if cls is CreateExternalTestOutInput:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course_id = course_id
            _obj.tool_provider = tool_provider
            _obj.grades = grades
            _obj.lesson_type = lesson_type
            _obj.xp = xp
            _obj.lesson_title = lesson_title
            _obj.launch_url = launch_url
            _obj.unit_title = unit_title
            _obj.course_component_sourced_id = course_component_sourced_id
            _obj.vendor_id = vendor_id
            _obj.description = description
            _obj.resource_metadata = resource_metadata
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course_id,
                tool_provider,
                grades,
                lesson_type,
                xp,
                lesson_title,
                launch_url,
                unit_title,
                course_component_sourced_id,
                vendor_id,
                description,
                resource_metadata,
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
