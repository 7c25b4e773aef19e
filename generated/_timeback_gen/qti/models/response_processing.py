from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.template_type import TemplateType, check_template_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_feedback import InlineFeedback


T = TypeVar("T", bound="ResponseProcessing")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "templateType",
        "responseDeclarationIdentifier",
        "outcomeIdentifier",
        "correctResponseIdentifier",
        "incorrectResponseIdentifier",
        "inlineFeedback",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_InlineFeedback
    global InlineFeedback
    from ..models.inline_feedback import InlineFeedback

    _TABLE = _rt.table(
        (
            _rt.Field(
                "templateType",
                "template_type",
                True,
                _rt.Enum(check_template_type, "TemplateType"),
            ),
            _rt.Field(
                "responseDeclarationIdentifier",
                "response_declaration_identifier",
                True,
                _rt.STR,
            ),
            _rt.Field("outcomeIdentifier", "outcome_identifier", True, _rt.STR),
            _rt.Field(
                "correctResponseIdentifier",
                "correct_response_identifier",
                True,
                _rt.STR,
            ),
            _rt.Field(
                "incorrectResponseIdentifier",
                "incorrect_response_identifier",
                True,
                _rt.STR,
            ),
            _rt.Field(
                "inlineFeedback", "inline_feedback", False, _rt.Model(InlineFeedback)
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_InlineFeedback = InlineFeedback._from_dict_fast
    _BOUND = True


@_attrs_define
class ResponseProcessing:
    """Response processing is the process by which the Delivery Engine assigns outcomes based on the candidate's responses.
    The outcomes may be used to provide feedback to the candidate. Response processing must only take place in direct
    response to a user action or in response to some expected event, such as the end of a test.

        Attributes:
            template_type (TemplateType): Response processing template type. 'match_correct' compares the candidate's
                response directly against the correct response and assigns binary feedback. 'map_response' uses mapping rules to
                assign scores and feedback based on response values.
            response_declaration_identifier (str): Identifier of the response declaration that this response processing rule
                applies to. Must match an existing responseDeclaration identifier within the same assessment item.
            outcome_identifier (str): Identifier of the outcome variable that will be set by this response processing rule.
                Common values include 'SCORE' for numeric scoring or 'FEEDBACK' for feedback identifiers.
            correct_response_identifier (str): Identifier value assigned to the outcome variable when the candidate's
                response is evaluated as correct. Used primarily with match_correct template type.
            incorrect_response_identifier (str): Identifier value assigned to the outcome variable when the candidate's
                response is evaluated as incorrect. Used primarily with match_correct template type.
            inline_feedback (InlineFeedback | Unset): Optional inline feedback configuration that sets an outcome variable
                based on another variable's value during response processing.
    """

    template_type: TemplateType
    response_declaration_identifier: str
    outcome_identifier: str
    correct_response_identifier: str
    incorrect_response_identifier: str
    inline_feedback: InlineFeedback | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.template_type is not UNSET:
            field_dict["templateType"] = self.template_type
        if self.response_declaration_identifier is not UNSET:
            field_dict["responseDeclarationIdentifier"] = (
                self.response_declaration_identifier
            )
        if self.outcome_identifier is not UNSET:
            field_dict["outcomeIdentifier"] = self.outcome_identifier
        if self.correct_response_identifier is not UNSET:
            field_dict["correctResponseIdentifier"] = self.correct_response_identifier
        if self.incorrect_response_identifier is not UNSET:
            field_dict["incorrectResponseIdentifier"] = (
                self.incorrect_response_identifier
            )
        if self.inline_feedback is not UNSET:
            field_dict["inlineFeedback"] = _rt.dump(self.inline_feedback)
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
        template_type = check_template_type(d["templateType"])

        response_declaration_identifier = d["responseDeclarationIdentifier"]
        if type(response_declaration_identifier) is not str:
            raise TypeError

        outcome_identifier = d["outcomeIdentifier"]
        if type(outcome_identifier) is not str:
            raise TypeError

        correct_response_identifier = d["correctResponseIdentifier"]
        if type(correct_response_identifier) is not str:
            raise TypeError

        incorrect_response_identifier = d["incorrectResponseIdentifier"]
        if type(incorrect_response_identifier) is not str:
            raise TypeError

        _inline_feedback = d.get("inlineFeedback", UNSET)
        inline_feedback = (
            UNSET if _inline_feedback is UNSET else _F_InlineFeedback(_inline_feedback)
        )

        if cls is ResponseProcessing:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.template_type = template_type
            _obj.response_declaration_identifier = response_declaration_identifier
            _obj.outcome_identifier = outcome_identifier
            _obj.correct_response_identifier = correct_response_identifier
            _obj.incorrect_response_identifier = incorrect_response_identifier
            _obj.inline_feedback = inline_feedback
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                template_type,
                response_declaration_identifier,
                outcome_identifier,
                correct_response_identifier,
                incorrect_response_identifier,
                inline_feedback,
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
