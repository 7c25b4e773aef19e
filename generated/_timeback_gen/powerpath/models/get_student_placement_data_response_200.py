from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.reading import Reading


T = TypeVar("T", bound="GetStudentPlacementDataResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "Reading",
        "Language",
        "Vocabulary",
        "Social Studies",
        "Writing",
        "Science",
        "FastMath",
        "Math",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Reading
    global Reading
    from ..models.reading import Reading

    _TABLE = _rt.table(
        (
            _rt.Field("Reading", "reading", False, _rt.Model(Reading)),
            _rt.Field("Language", "language", False, _rt.Model(Reading)),
            _rt.Field("Vocabulary", "vocabulary", False, _rt.Model(Reading)),
            _rt.Field("Social Studies", "social_studies", False, _rt.Model(Reading)),
            _rt.Field("Writing", "writing", False, _rt.Model(Reading)),
            _rt.Field("Science", "science", False, _rt.Model(Reading)),
            _rt.Field("FastMath", "fast_math", False, _rt.Model(Reading)),
            _rt.Field("Math", "math", False, _rt.Model(Reading)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Reading = Reading._from_dict_fast
    _BOUND = True


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reading is not UNSET:
            field_dict["Reading"] = _rt.dump(self.reading)
        if self.language is not UNSET:
            field_dict["Language"] = _rt.dump(self.language)
        if self.vocabulary is not UNSET:
            field_dict["Vocabulary"] = _rt.dump(self.vocabulary)
        if self.social_studies is not UNSET:
            field_dict["Social Studies"] = _rt.dump(self.social_studies)
        if self.writing is not UNSET:
            field_dict["Writing"] = _rt.dump(self.writing)
        if self.science is not UNSET:
            field_dict["Science"] = _rt.dump(self.science)
        if self.fast_math is not UNSET:
            field_dict["FastMath"] = _rt.dump(self.fast_math)
        if self.math is not UNSET:
            field_dict["Math"] = _rt.dump(self.math)
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
        _reading = d.get("Reading", UNSET)
        reading = UNSET if _reading is UNSET else _F_Reading(_reading)

        _language = d.get("Language", UNSET)
        language = UNSET if _language is UNSET else _F_Reading(_language)

        _vocabulary = d.get("Vocabulary", UNSET)
        vocabulary = UNSET if _vocabulary is UNSET else _F_Reading(_vocabulary)

        _social_studies = d.get("Social Studies", UNSET)
        social_studies = (
            UNSET if _social_studies is UNSET else _F_Reading(_social_studies)
        )

        _writing = d.get("Writing", UNSET)
        writing = UNSET if _writing is UNSET else _F_Reading(_writing)

        _science = d.get("Science", UNSET)
        science = UNSET if _science is UNSET else _F_Reading(_science)

        _fast_math = d.get("FastMath", UNSET)
        fast_math = UNSET if _fast_math is UNSET else _F_Reading(_fast_math)

        _math = d.get("Math", UNSET)
        math = UNSET if _math is UNSET else _F_Reading(_math)

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
