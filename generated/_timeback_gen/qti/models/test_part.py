from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.navigation_mode import NavigationMode, check_navigation_mode
from ..models.submission_mode import SubmissionMode, check_submission_mode
from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.section import Section


T = TypeVar("T", bound="TestPart")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "navigationMode",
        "submissionMode",
        "qti-assessment-section",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Section
    from ..models.section import Section

    _LAZY_BOUND = True


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
        identifier = self.identifier

        navigation_mode: str = self.navigation_mode

        submission_mode: str = self.submission_mode

        qti_assessment_section = []
        for qti_assessment_section_item_data in self.qti_assessment_section:
            qti_assessment_section_item = qti_assessment_section_item_data.to_dict()
            qti_assessment_section.append(qti_assessment_section_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "navigationMode": navigation_mode,
                "submissionMode": submission_mode,
                "qti-assessment-section": qti_assessment_section,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        navigation_mode = check_navigation_mode(d["navigationMode"])

        submission_mode = check_submission_mode(d["submissionMode"])

        qti_assessment_section = [
            Section.from_dict(_item) for _item in d["qti-assessment-section"]
        ]

        if cls is TestPart:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.navigation_mode = navigation_mode
            _obj.submission_mode = submission_mode
            _obj.qti_assessment_section = qti_assessment_section
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                navigation_mode,
                submission_mode,
                qti_assessment_section,
            )
        if len(d) != 4:  # else keep NO_EXTRAS
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
