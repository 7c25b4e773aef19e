from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reading import Reading


T = TypeVar("T", bound="GetStudentPlacementDataResponse200")


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
        from ..models.reading import Reading

        d = dict(src_dict)
        _reading = d.pop("Reading", UNSET)
        reading: Reading | Unset
        if isinstance(_reading, Unset):
            reading = UNSET
        else:
            reading = Reading.from_dict(_reading)

        _language = d.pop("Language", UNSET)
        language: Reading | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Reading.from_dict(_language)

        _vocabulary = d.pop("Vocabulary", UNSET)
        vocabulary: Reading | Unset
        if isinstance(_vocabulary, Unset):
            vocabulary = UNSET
        else:
            vocabulary = Reading.from_dict(_vocabulary)

        _social_studies = d.pop("Social Studies", UNSET)
        social_studies: Reading | Unset
        if isinstance(_social_studies, Unset):
            social_studies = UNSET
        else:
            social_studies = Reading.from_dict(_social_studies)

        _writing = d.pop("Writing", UNSET)
        writing: Reading | Unset
        if isinstance(_writing, Unset):
            writing = UNSET
        else:
            writing = Reading.from_dict(_writing)

        _science = d.pop("Science", UNSET)
        science: Reading | Unset
        if isinstance(_science, Unset):
            science = UNSET
        else:
            science = Reading.from_dict(_science)

        _fast_math = d.pop("FastMath", UNSET)
        fast_math: Reading | Unset
        if isinstance(_fast_math, Unset):
            fast_math = UNSET
        else:
            fast_math = Reading.from_dict(_fast_math)

        _math = d.pop("Math", UNSET)
        math: Reading | Unset
        if isinstance(_math, Unset):
            math = UNSET
        else:
            math = Reading.from_dict(_math)

        get_student_placement_data_response_200 = cls(
            reading=reading,
            language=language,
            vocabulary=vocabulary,
            social_studies=social_studies,
            writing=writing,
            science=science,
            fast_math=fast_math,
            math=math,
        )

        return get_student_placement_data_response_200
