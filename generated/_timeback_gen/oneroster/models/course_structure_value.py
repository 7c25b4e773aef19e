from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.stimulus import Stimulus
    from ..models.video import Video


T = TypeVar("T", bound="CourseStructureValue")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "url",
        "skillCode",
        "lessonCode",
        "title",
        "unit-title",
        "status",
        "xp",
        "stimulus",
        "video",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Stimulus
    global Video
    from ..models.stimulus import Stimulus
    from ..models.video import Video

    _LAZY_BOUND = True


@_attrs_define
class CourseStructureValue:
    """
    Attributes:
        url (str):
        skill_code (str):
        lesson_code (str):
        title (str):
        unit_title (str):
        status (str):
        xp (float):
        stimulus (Stimulus | Unset):
        video (Video | Unset):
    """

    url: str
    skill_code: str
    lesson_code: str
    title: str
    unit_title: str
    status: str
    xp: float
    stimulus: Stimulus | Unset = UNSET
    video: Video | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        skill_code = self.skill_code

        lesson_code = self.lesson_code

        title = self.title

        unit_title = self.unit_title

        status = self.status

        xp = self.xp

        stimulus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stimulus, Unset):
            stimulus = self.stimulus.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "skillCode": skill_code,
                "lessonCode": lesson_code,
                "title": title,
                "unit-title": unit_title,
                "status": status,
                "xp": xp,
            }
        )
        if stimulus is not UNSET:
            field_dict["stimulus"] = stimulus
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        url = d["url"]

        skill_code = d["skillCode"]

        lesson_code = d["lessonCode"]

        title = d["title"]

        unit_title = d["unit-title"]

        status = d["status"]

        xp = d["xp"]

        _stimulus = d.get("stimulus", UNSET)
        stimulus = UNSET if _stimulus is UNSET else Stimulus.from_dict(_stimulus)

        _video = d.get("video", UNSET)
        video = UNSET if _video is UNSET else Video.from_dict(_video)

        if cls is CourseStructureValue:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.url = url
            _obj.skill_code = skill_code
            _obj.lesson_code = lesson_code
            _obj.title = title
            _obj.unit_title = unit_title
            _obj.status = status
            _obj.xp = xp
            _obj.stimulus = stimulus
            _obj.video = video
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                url,
                skill_code,
                lesson_code,
                title,
                unit_title,
                status,
                xp,
                stimulus,
                video,
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
