from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.type_ import Type, check_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_inline import FeedbackInline
    from ..models.metadata import Metadata
    from ..models.modal_feedback import ModalFeedback
    from ..models.outcome_declaration import OutcomeDeclaration
    from ..models.response_declaration import ResponseDeclaration
    from ..models.response_processing import ResponseProcessing


T = TypeVar("T", bound="AssessmentItem")


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
        from ..models.feedback_inline import FeedbackInline
        from ..models.metadata import Metadata
        from ..models.modal_feedback import ModalFeedback
        from ..models.outcome_declaration import OutcomeDeclaration
        from ..models.response_declaration import ResponseDeclaration
        from ..models.response_processing import ResponseProcessing

        d = dict(src_dict)
        identifier = d.pop("identifier")

        title = d.pop("title")

        type_ = check_type(d.pop("type"))

        qti_version = d.pop("qtiVersion", UNSET)

        time_dependent = d.pop("timeDependent", UNSET)

        adaptive = d.pop("adaptive", UNSET)

        _response_declarations = d.pop("responseDeclarations", UNSET)
        response_declarations: list[ResponseDeclaration] | Unset = UNSET
        if _response_declarations is not UNSET:
            response_declarations = []
            for response_declarations_item_data in _response_declarations:
                response_declarations_item = ResponseDeclaration.from_dict(
                    response_declarations_item_data
                )

                response_declarations.append(response_declarations_item)

        _outcome_declarations = d.pop("outcomeDeclarations", UNSET)
        outcome_declarations: list[OutcomeDeclaration] | Unset = UNSET
        if _outcome_declarations is not UNSET:
            outcome_declarations = []
            for outcome_declarations_item_data in _outcome_declarations:
                outcome_declarations_item = OutcomeDeclaration.from_dict(
                    outcome_declarations_item_data
                )

                outcome_declarations.append(outcome_declarations_item)

        _response_processing = d.pop("responseProcessing", UNSET)
        response_processing: ResponseProcessing | Unset
        if isinstance(_response_processing, Unset):
            response_processing = UNSET
        else:
            response_processing = ResponseProcessing.from_dict(_response_processing)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _modal_feedback = d.pop("modalFeedback", UNSET)
        modal_feedback: list[ModalFeedback] | Unset = UNSET
        if _modal_feedback is not UNSET:
            modal_feedback = []
            for modal_feedback_item_data in _modal_feedback:
                modal_feedback_item = ModalFeedback.from_dict(modal_feedback_item_data)

                modal_feedback.append(modal_feedback_item)

        _feedback_inline = d.pop("feedbackInline", UNSET)
        feedback_inline: list[FeedbackInline] | Unset = UNSET
        if _feedback_inline is not UNSET:
            feedback_inline = []
            for feedback_inline_item_data in _feedback_inline:
                feedback_inline_item = FeedbackInline.from_dict(
                    feedback_inline_item_data
                )

                feedback_inline.append(feedback_inline_item)

        _feedback_block = d.pop("feedbackBlock", UNSET)
        feedback_block: list[FeedbackInline] | Unset = UNSET
        if _feedback_block is not UNSET:
            feedback_block = []
            for feedback_block_item_data in _feedback_block:
                feedback_block_item = FeedbackInline.from_dict(feedback_block_item_data)

                feedback_block.append(feedback_block_item)

        assessment_item = cls(
            identifier=identifier,
            title=title,
            type_=type_,
            qti_version=qti_version,
            time_dependent=time_dependent,
            adaptive=adaptive,
            response_declarations=response_declarations,
            outcome_declarations=outcome_declarations,
            response_processing=response_processing,
            metadata=metadata,
            modal_feedback=modal_feedback,
            feedback_inline=feedback_inline,
            feedback_block=feedback_block,
        )

        assessment_item.additional_properties = d
        return assessment_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
