from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.progress_course import ProgressCourse


T = TypeVar("T", bound="Progress")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "course",
        "inEnrolled",
        "hasUsedTestOut",
        "testOutLessonId",
        "completedLessons",
        "totalLessons",
        "totalAttainableXp",
        "totalXpEarned",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_ProgressCourse
    global ProgressCourse
    from ..models.progress_course import ProgressCourse

    _TABLE = _rt.table(
        (
            _rt.Field("course", "course", True, _rt.Model(ProgressCourse)),
            _rt.Field("inEnrolled", "in_enrolled", True, _rt.BOOL),
            _rt.Field("hasUsedTestOut", "has_used_test_out", True, _rt.BOOL),
            _rt.Field(
                "testOutLessonId",
                "test_out_lesson_id",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("completedLessons", "completed_lessons", True, _rt.FLOAT),
            _rt.Field("totalLessons", "total_lessons", True, _rt.FLOAT),
            _rt.Field("totalAttainableXp", "total_attainable_xp", True, _rt.FLOAT),
            _rt.Field("totalXpEarned", "total_xp_earned", True, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_ProgressCourse = ProgressCourse._from_dict_fast
    _BOUND = True


@_attrs_define
class Progress:
    """The overview of the course's progress

    Attributes:
        course (ProgressCourse):
        in_enrolled (bool):
        has_used_test_out (bool): Whether the student has a fully graded assessment result for a test-out lesson in the
            course
        test_out_lesson_id (None | str): The sourcedId of the test-out lesson (ComponentResource) in the course
        completed_lessons (float): The number of lessons that contain an assessment result with a score status of 'fully
            graded'
        total_lessons (float): The total number of lessons in the course
        total_attainable_xp (float): The total XP that can be earned by the student in the course, not considering
            potential multipliers
        total_xp_earned (float): The total XP earned by the student considering calculated multipliers
    """

    course: ProgressCourse
    in_enrolled: bool
    has_used_test_out: bool
    test_out_lesson_id: None | str
    completed_lessons: float
    total_lessons: float
    total_attainable_xp: float
    total_xp_earned: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.course is not UNSET:
            field_dict["course"] = _rt.dump(self.course)
        if self.in_enrolled is not UNSET:
            field_dict["inEnrolled"] = self.in_enrolled
        if self.has_used_test_out is not UNSET:
            field_dict["hasUsedTestOut"] = self.has_used_test_out
        if self.test_out_lesson_id is not UNSET:
            field_dict["testOutLessonId"] = self.test_out_lesson_id
        if self.completed_lessons is not UNSET:
            field_dict["completedLessons"] = self.completed_lessons
        if self.total_lessons is not UNSET:
            field_dict["totalLessons"] = self.total_lessons
        if self.total_attainable_xp is not UNSET:
            field_dict["totalAttainableXp"] = self.total_attainable_xp
        if self.total_xp_earned is not UNSET:
            field_dict["totalXpEarned"] = self.total_xp_earned
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
        course = _F_ProgressCourse(d["course"])

        in_enrolled = d["inEnrolled"]
        if type(in_enrolled) is not bool:
            raise TypeError

        has_used_test_out = d["hasUsedTestOut"]
        if type(has_used_test_out) is not bool:
            raise TypeError

        test_out_lesson_id = d["testOutLessonId"]
        if type(test_out_lesson_id) is not str and test_out_lesson_id is not None:
            raise TypeError

        completed_lessons = d["completedLessons"]
        if type(completed_lessons) is not float and type(completed_lessons) is not int:
            raise TypeError

        total_lessons = d["totalLessons"]
        if type(total_lessons) is not float and type(total_lessons) is not int:
            raise TypeError

        total_attainable_xp = d["totalAttainableXp"]
        if (
            type(total_attainable_xp) is not float
            and type(total_attainable_xp) is not int
        ):
            raise TypeError

        total_xp_earned = d["totalXpEarned"]
        if type(total_xp_earned) is not float and type(total_xp_earned) is not int:
            raise TypeError

        if cls is Progress:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.course = course
            _obj.in_enrolled = in_enrolled
            _obj.has_used_test_out = has_used_test_out
            _obj.test_out_lesson_id = test_out_lesson_id
            _obj.completed_lessons = completed_lessons
            _obj.total_lessons = total_lessons
            _obj.total_attainable_xp = total_attainable_xp
            _obj.total_xp_earned = total_xp_earned
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                course,
                in_enrolled,
                has_used_test_out,
                test_out_lesson_id,
                completed_lessons,
                total_lessons,
                total_attainable_xp,
                total_xp_earned,
            )
        if len(d) == 8:
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
