from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_hide import ShowHide, check_show_hide
from ..types import NO_EXTRAS

T = TypeVar("T", bound="FeedbackInline")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "outcomeIdentifier",
        "identifier",
        "showHide",
        "content",
        "class",
    }
)


@_attrs_define
class FeedbackInline:
    """
    Attributes:
        outcome_identifier (str): Identifier of the outcome variable that controls when this feedback is displayed. The
            feedback is shown or hidden based on the value of this outcome variable after response processing.
        identifier (str): Unique identifier for this specific feedback element within the assessment item. Used to
            reference and control this particular piece of feedback.
        show_hide (ShowHide): Determines the feedback visibility behavior. 'show' displays the feedback when the outcome
            variable matches the identifier, 'hide' conceals it when the outcome variable matches.
        content (str): The HTML or text content to be displayed as feedback to the candidate.
        class_ (list[str]): CSS class names applied to the feedback element for styling purposes. Multiple classes can
            be specified for flexible presentation control.
    """

    outcome_identifier: str
    identifier: str
    show_hide: ShowHide
    content: str
    class_: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome_identifier = self.outcome_identifier

        identifier = self.identifier

        show_hide: str = self.show_hide

        content = self.content

        class_ = self.class_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcomeIdentifier": outcome_identifier,
                "identifier": identifier,
                "showHide": show_hide,
                "content": content,
                "class": class_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        outcome_identifier = d["outcomeIdentifier"]

        identifier = d["identifier"]

        show_hide = check_show_hide(d["showHide"])

        content = d["content"]

        class_ = d["class"]

        if cls is FeedbackInline:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.outcome_identifier = outcome_identifier
            _obj.identifier = identifier
            _obj.show_hide = show_hide
            _obj.content = content
            _obj.class_ = class_
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                outcome_identifier,
                identifier,
                show_hide,
                content,
                class_,
            )
        if len(d) != 5:  # else keep NO_EXTRAS
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
