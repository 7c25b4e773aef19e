from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.type_ import Type, check_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_inline import FeedbackInline
    from ..models.metadata import Metadata
    from ..models.modal_feedback import ModalFeedback
    from ..models.outcome_declaration import OutcomeDeclaration
    from ..models.response_declaration import ResponseDeclaration
    from ..models.response_processing import ResponseProcessing


T = TypeVar("T", bound="AssessmentItem")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "title",
        "type",
        "qtiVersion",
        "timeDependent",
        "adaptive",
        "responseDeclarations",
        "outcomeDeclarations",
        "responseProcessing",
        "metadata",
        "modalFeedback",
        "feedbackInline",
        "feedbackBlock",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global FeedbackInline
    global Metadata
    global ModalFeedback
    global OutcomeDeclaration
    global ResponseDeclaration
    global ResponseProcessing
    from ..models.feedback_inline import FeedbackInline
    from ..models.metadata import Metadata
    from ..models.modal_feedback import ModalFeedback
    from ..models.outcome_declaration import OutcomeDeclaration
    from ..models.response_declaration import ResponseDeclaration
    from ..models.response_processing import ResponseProcessing

    _LAZY_BOUND = True


@_attrs_define
class AssessmentItem:
    """
    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        title (str): Human-readable title of the entity on the service provider.
        type_ (Type): Assessment item interaction types that are supported by the service provider.
        qti_version (str | Unset): QTI version of the assessment item Default: '3.0'.
        time_dependent (bool | Unset): Indicates whether the candidate's response time affects the scoring or outcome of
            this assessment item. When true, timing data is used in response processing calculations. Default: False.
        adaptive (bool | Unset): Indicates whether this assessment item adapts its presentation or behavior based on the
            candidate's responses. Adaptive items can modify their content, difficulty, or available options during the
            assessment session. Default: False.
        response_declarations (list[ResponseDeclaration] | Unset):
        outcome_declarations (list[OutcomeDeclaration] | Unset):
        response_processing (ResponseProcessing | Unset): Response processing is the process by which the Delivery
            Engine assigns outcomes based on the candidate's responses. The outcomes may be used to provide feedback to the
            candidate. Response processing must only take place in direct response to a user action or in response to some
            expected event, such as the end of a test.
        metadata (Metadata | Unset): Additional custom metadata for assessment items with validation for specific fields
            used by external applications
        modal_feedback (list[ModalFeedback] | Unset): Modal feedback shown to candidates in popup dialogs immediately
            following response processing. Cannot contain interaction elements and is displayed based on outcome variable
            values.
        feedback_inline (list[FeedbackInline] | Unset): Inline feedback embedded within interaction elements, displayed
            alongside choices or input areas. Provides contextual feedback.
        feedback_block (list[FeedbackInline] | Unset): Inline feedback embedded within interaction elements, displayed
            alongside choices or input areas. Provides contextual feedback.
    """

    identifier: str
    title: str
    type_: Type
    qti_version: str | Unset = "3.0"
    time_dependent: bool | Unset = False
    adaptive: bool | Unset = False
    response_declarations: list[ResponseDeclaration] | Unset = UNSET
    outcome_declarations: list[OutcomeDeclaration] | Unset = UNSET
    response_processing: ResponseProcessing | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    modal_feedback: list[ModalFeedback] | Unset = UNSET
    feedback_inline: list[FeedbackInline] | Unset = UNSET
    feedback_block: list[FeedbackInline] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        type_: str = self.type_

        qti_version = self.qti_version

        time_dependent = self.time_dependent

        adaptive = self.adaptive

        response_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.response_declarations, Unset):
            response_declarations = []
            for response_declarations_item_data in self.response_declarations:
                response_declarations_item = response_declarations_item_data.to_dict()
                response_declarations.append(response_declarations_item)

        outcome_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outcome_declarations, Unset):
            outcome_declarations = []
            for outcome_declarations_item_data in self.outcome_declarations:
                outcome_declarations_item = outcome_declarations_item_data.to_dict()
                outcome_declarations.append(outcome_declarations_item)

        response_processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_processing, Unset):
            response_processing = self.response_processing.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        modal_feedback: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modal_feedback, Unset):
            modal_feedback = []
            for modal_feedback_item_data in self.modal_feedback:
                modal_feedback_item = modal_feedback_item_data.to_dict()
                modal_feedback.append(modal_feedback_item)

        feedback_inline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feedback_inline, Unset):
            feedback_inline = []
            for feedback_inline_item_data in self.feedback_inline:
                feedback_inline_item = feedback_inline_item_data.to_dict()
                feedback_inline.append(feedback_inline_item)

        feedback_block: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feedback_block, Unset):
            feedback_block = []
            for feedback_block_item_data in self.feedback_block:
                feedback_block_item = feedback_block_item_data.to_dict()
                feedback_block.append(feedback_block_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "type": type_,
            }
        )
        if qti_version is not UNSET:
            field_dict["qtiVersion"] = qti_version
        if time_dependent is not UNSET:
            field_dict["timeDependent"] = time_dependent
        if adaptive is not UNSET:
            field_dict["adaptive"] = adaptive
        if response_declarations is not UNSET:
            field_dict["responseDeclarations"] = response_declarations
        if outcome_declarations is not UNSET:
            field_dict["outcomeDeclarations"] = outcome_declarations
        if response_processing is not UNSET:
            field_dict["responseProcessing"] = response_processing
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if modal_feedback is not UNSET:
            field_dict["modalFeedback"] = modal_feedback
        if feedback_inline is not UNSET:
            field_dict["feedbackInline"] = feedback_inline
        if feedback_block is not UNSET:
            field_dict["feedbackBlock"] = feedback_block

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        identifier = d["identifier"]

        title = d["title"]

        type_ = check_type(d["type"])

        qti_version = d.get("qtiVersion", UNSET)

        time_dependent = d.get("timeDependent", UNSET)

        adaptive = d.get("adaptive", UNSET)

        _response_declarations = d.get("responseDeclarations", UNSET)
        response_declarations = (
            UNSET
            if _response_declarations is UNSET
            else [
                ResponseDeclaration.from_dict(_item) for _item in _response_declarations
            ]
        )

        _outcome_declarations = d.get("outcomeDeclarations", UNSET)
        outcome_declarations = (
            UNSET
            if _outcome_declarations is UNSET
            else [
                OutcomeDeclaration.from_dict(_item) for _item in _outcome_declarations
            ]
        )

        _response_processing = d.get("responseProcessing", UNSET)
        response_processing = (
            UNSET
            if _response_processing is UNSET
            else ResponseProcessing.from_dict(_response_processing)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else Metadata.from_dict(_metadata)

        _modal_feedback = d.get("modalFeedback", UNSET)
        modal_feedback = (
            UNSET
            if _modal_feedback is UNSET
            else [ModalFeedback.from_dict(_item) for _item in _modal_feedback]
        )

        _feedback_inline = d.get("feedbackInline", UNSET)
        feedback_inline = (
            UNSET
            if _feedback_inline is UNSET
            else [FeedbackInline.from_dict(_item) for _item in _feedback_inline]
        )

        _feedback_block = d.get("feedbackBlock", UNSET)
        feedback_block = (
            UNSET
            if _feedback_block is UNSET
            else [FeedbackInline.from_dict(_item) for _item in _feedback_block]
        )

        if cls is AssessmentItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.title = title
            _obj.type_ = type_
            _obj.qti_version = qti_version
            _obj.time_dependent = time_dependent
            _obj.adaptive = adaptive
            _obj.response_declarations = response_declarations
            _obj.outcome_declarations = outcome_declarations
            _obj.response_processing = response_processing
            _obj.metadata = metadata
            _obj.modal_feedback = modal_feedback
            _obj.feedback_inline = feedback_inline
            _obj.feedback_block = feedback_block
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                title,
                type_,
                qti_version,
                time_dependent,
                adaptive,
                response_declarations,
                outcome_declarations,
                response_processing,
                metadata,
                modal_feedback,
                feedback_inline,
                feedback_block,
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
