from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.progress_course import ProgressCourse


T = TypeVar("T", bound="Progress")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global ProgressCourse
    from ..models.progress_course import ProgressCourse

    _LAZY_BOUND = True


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
        course = self.course.to_dict()

        in_enrolled = self.in_enrolled

        has_used_test_out = self.has_used_test_out

        test_out_lesson_id: None | str
        test_out_lesson_id = self.test_out_lesson_id

        completed_lessons = self.completed_lessons

        total_lessons = self.total_lessons

        total_attainable_xp = self.total_attainable_xp

        total_xp_earned = self.total_xp_earned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course": course,
                "inEnrolled": in_enrolled,
                "hasUsedTestOut": has_used_test_out,
                "testOutLessonId": test_out_lesson_id,
                "completedLessons": completed_lessons,
                "totalLessons": total_lessons,
                "totalAttainableXp": total_attainable_xp,
                "totalXpEarned": total_xp_earned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        course = ProgressCourse.from_dict(d["course"])

        in_enrolled = d["inEnrolled"]

        has_used_test_out = d["hasUsedTestOut"]

        test_out_lesson_id = d["testOutLessonId"]

        completed_lessons = d["completedLessons"]

        total_lessons = d["totalLessons"]

        total_attainable_xp = d["totalAttainableXp"]

        total_xp_earned = d["totalXpEarned"]

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
            _obj.additional_properties = NO_EXTRAS
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
        if len(d) != 8:  # else keep NO_EXTRAS
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
