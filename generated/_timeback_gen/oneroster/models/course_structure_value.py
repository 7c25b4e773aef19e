from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.stimulus import Stimulus
    from ..models.video import Video


T = TypeVar("T", bound="CourseStructureValue")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Stimulus
    global _F_Video
    global Stimulus
    global Video
    from ..models.stimulus import Stimulus
    from ..models.video import Video

    _TABLE = _rt.table(
        (
            _rt.Field("url", "url", True, _rt.STR),
            _rt.Field("skillCode", "skill_code", True, _rt.STR),
            _rt.Field("lessonCode", "lesson_code", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("unit-title", "unit_title", True, _rt.STR),
            _rt.Field("status", "status", True, _rt.STR),
            _rt.Field("xp", "xp", True, _rt.FLOAT),
            _rt.Field("stimulus", "stimulus", False, _rt.Model(Stimulus)),
            _rt.Field("video", "video", False, _rt.Model(Video)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Stimulus = Stimulus._from_dict_fast
    _F_Video = Video._from_dict_fast
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.skill_code is not UNSET:
            field_dict["skillCode"] = self.skill_code
        if self.lesson_code is not UNSET:
            field_dict["lessonCode"] = self.lesson_code
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.unit_title is not UNSET:
            field_dict["unit-title"] = self.unit_title
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.xp is not UNSET:
            field_dict["xp"] = self.xp
        if self.stimulus is not UNSET:
            field_dict["stimulus"] = _rt.dump(self.stimulus)
        if self.video is not UNSET:
            field_dict["video"] = _rt.dump(self.video)
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
        url = d["url"]
        if type(url) is not str:
            raise TypeError

        skill_code = d["skillCode"]
        if type(skill_code) is not str:
            raise TypeError

        lesson_code = d["lessonCode"]
        if type(lesson_code) is not str:
            raise TypeError

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        unit_title = d["unit-title"]
        if type(unit_title) is not str:
            raise TypeError

        status = d["status"]
        if type(status) is not str:
            raise TypeError

        xp = d["xp"]
        if type(xp) is not float and type(xp) is not int:
            raise TypeError

        _stimulus = d.get("stimulus", UNSET)
        stimulus = UNSET if _stimulus is UNSET else _F_Stimulus(_stimulus)

        _video = d.get("video", UNSET)
        video = UNSET if _video is UNSET else _F_Video(_video)

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
