from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reading import Reading


T = TypeVar("T", bound="GetStudentPlacementDataResponse200")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Reading
    from ..models.reading import Reading

    _LAZY_BOUND = True


@_attrs_define
class GetStudentPlacementDataResponse200:
    """
    Attributes:
        reading (Reading | Unset):
        language (Reading | Unset):
        vocabulary (Reading | Unset):
        social_studies (Reading | Unset):
        writing (Reading | Unset):
        science (Reading | Unset):
        fast_math (Reading | Unset):
        math (Reading | Unset):
    """

    reading: Reading | Unset = UNSET
    language: Reading | Unset = UNSET
    vocabulary: Reading | Unset = UNSET
    social_studies: Reading | Unset = UNSET
    writing: Reading | Unset = UNSET
    science: Reading | Unset = UNSET
    fast_math: Reading | Unset = UNSET
    math: Reading | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reading: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reading, Unset):
            reading = self.reading.to_dict()

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        vocabulary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vocabulary, Unset):
            vocabulary = self.vocabulary.to_dict()

        social_studies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social_studies, Unset):
            social_studies = self.social_studies.to_dict()

        writing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.writing, Unset):
            writing = self.writing.to_dict()

        science: dict[str, Any] | Unset = UNSET
        if not isinstance(self.science, Unset):
            science = self.science.to_dict()

        fast_math: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fast_math, Unset):
            fast_math = self.fast_math.to_dict()

        math: dict[str, Any] | Unset = UNSET
        if not isinstance(self.math, Unset):
            math = self.math.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reading is not UNSET:
            field_dict["Reading"] = reading
        if language is not UNSET:
            field_dict["Language"] = language
        if vocabulary is not UNSET:
            field_dict["Vocabulary"] = vocabulary
        if social_studies is not UNSET:
            field_dict["Social Studies"] = social_studies
        if writing is not UNSET:
            field_dict["Writing"] = writing
        if science is not UNSET:
            field_dict["Science"] = science
        if fast_math is not UNSET:
            field_dict["FastMath"] = fast_math
        if math is not UNSET:
            field_dict["Math"] = math

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _reading = d.get("Reading", UNSET)
        reading = UNSET if _reading is UNSET else Reading.from_dict(_reading)

        _language = d.get("Language", UNSET)
        language = UNSET if _language is UNSET else Reading.from_dict(_language)

        _vocabulary = d.get("Vocabulary", UNSET)
        vocabulary = UNSET if _vocabulary is UNSET else Reading.from_dict(_vocabulary)

        _social_studies = d.get("Social Studies", UNSET)
        social_studies = (
            UNSET if _social_studies is UNSET else Reading.from_dict(_social_studies)
        )

        _writing = d.get("Writing", UNSET)
        writing = UNSET if _writing is UNSET else Reading.from_dict(_writing)

        _science = d.get("Science", UNSET)
        science = UNSET if _science is UNSET else Reading.from_dict(_science)

        _fast_math = d.get("FastMath", UNSET)
        fast_math = UNSET if _fast_math is UNSET else Reading.from_dict(_fast_math)

        _math = d.get("Math", UNSET)
        math = UNSET if _math is UNSET else Reading.from_dict(_math)

        if cls is GetStudentPlacementDataResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.reading = reading
            _obj.language = language
            _obj.vocabulary = vocabulary
            _obj.social_studies = social_studies
            _obj.writing = writing
            _obj.science = science
            _obj.fast_math = fast_math
            _obj.math = math
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                reading,
                language,
                vocabulary,
                social_studies,
                writing,
                science,
                fast_math,
                math,
            )
        return _obj
