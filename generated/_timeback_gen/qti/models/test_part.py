from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.navigation_mode import NavigationMode, check_navigation_mode
from ..models.submission_mode import SubmissionMode, check_submission_mode
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.section import Section


T = TypeVar("T", bound="TestPart")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "navigationMode",
        "submissionMode",
        "qti-assessment-section",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Section
    global Section
    from ..models.section import Section

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field(
                "navigationMode",
                "navigation_mode",
                True,
                _rt.Enum(check_navigation_mode, "NavigationMode"),
            ),
            _rt.Field(
                "submissionMode",
                "submission_mode",
                True,
                _rt.Enum(check_submission_mode, "SubmissionMode"),
            ),
            _rt.Field(
                "qti-assessment-section",
                "qti_assessment_section",
                True,
                _rt.List(_rt.Model(Section)),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Section = Section._from_dict_fast
    _BOUND = True


@_attrs_define
class TestPart:
    """Complete test part structure as parsed from XML.

    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        navigation_mode (NavigationMode): Controls how learners navigate through the test part. 'linear' requires items
            to be responded to in sequence without jumping around, while 'nonlinear' allows candidates to respond to items
            in any order they choose.
        submission_mode (SubmissionMode): Determines how learner responses are submitted for response processing.
            'individual' allows responses to be submitted as each item is completed, while 'simultaneous' means responses
            for all items are sent when the whole part is completed.
        qti_assessment_section (list[Section]):
    """

    identifier: str
    navigation_mode: NavigationMode
    submission_mode: SubmissionMode
    qti_assessment_section: list[Section]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.navigation_mode is not UNSET:
            field_dict["navigationMode"] = self.navigation_mode
        if self.submission_mode is not UNSET:
            field_dict["submissionMode"] = self.submission_mode
        if self.qti_assessment_section is not UNSET:
            field_dict["qti-assessment-section"] = _rt.dump(self.qti_assessment_section)
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
        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        navigation_mode = check_navigation_mode(d["navigationMode"])

        submission_mode = check_submission_mode(d["submissionMode"])

        _qti_assessment_section = d["qti-assessment-section"]
        if type(_qti_assessment_section) is not list:
            raise TypeError
        qti_assessment_section = (
            [_F_Section(_item) for _item in _qti_assessment_section]
            if _qti_assessment_section
            else _qti_assessment_section
        )

        if cls is TestPart:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.navigation_mode = navigation_mode
            _obj.submission_mode = submission_mode
            _obj.qti_assessment_section = qti_assessment_section
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                navigation_mode,
                submission_mode,
                qti_assessment_section,
            )
        if len(d) == 4:
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
