from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.show_hide import ShowHide, check_show_hide
from ..types import NO_EXTRAS, UNSET

T = TypeVar("T", bound="FeedbackInline")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "outcomeIdentifier",
        "identifier",
        "showHide",
        "content",
        "class",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    _TABLE = _rt.table(
        (
            _rt.Field("outcomeIdentifier", "outcome_identifier", True, _rt.STR),
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field(
                "showHide", "show_hide", True, _rt.Enum(check_show_hide, "ShowHide")
            ),
            _rt.Field("content", "content", True, _rt.STR),
            _rt.Field("class", "class_", True, _rt.List(_rt.STR)),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.outcome_identifier is not UNSET:
            field_dict["outcomeIdentifier"] = self.outcome_identifier
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.show_hide is not UNSET:
            field_dict["showHide"] = self.show_hide
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.class_ is not UNSET:
            field_dict["class"] = _rt.dump(self.class_)
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
        outcome_identifier = d["outcomeIdentifier"]
        if type(outcome_identifier) is not str:
            raise TypeError

        identifier = d["identifier"]
        if type(identifier) is not str:
            raise TypeError

        show_hide = check_show_hide(d["showHide"])

        content = d["content"]
        if type(content) is not str:
            raise TypeError

        _class_ = d["class"]
        if type(_class_) is not list:
            raise TypeError
        class_ = _class_
        for _item in _class_:
            if type(_item) is not str:
                raise TypeError

        if cls is FeedbackInline:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.outcome_identifier = outcome_identifier
            _obj.identifier = identifier
            _obj.show_hide = show_hide
            _obj.content = content
            _obj.class_ = class_
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                outcome_identifier,
                identifier,
                show_hide,
                content,
                class_,
            )
        if len(d) == 5:
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
