from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.type_ import Type, check_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.content import Content
    from ..models.feedback_inline import FeedbackInline
    from ..models.metadata import Metadata
    from ..models.modal_feedback import ModalFeedback
    from ..models.outcome_declaration import OutcomeDeclaration
    from ..models.response_declaration import ResponseDeclaration
    from ..models.response_processing import ResponseProcessing


T = TypeVar("T", bound="UpdateAssessmentItemBody")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "title",
        "type",
        "rawXml",
        "content",
        "createdAt",
        "updatedAt",
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
        "__v",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Content
    global _F_ResponseDeclaration
    global _F_OutcomeDeclaration
    global _F_ResponseProcessing
    global _F_Metadata
    global _F_ModalFeedback
    global _F_FeedbackInline
    global Content
    global FeedbackInline
    global Metadata
    global ModalFeedback
    global OutcomeDeclaration
    global ResponseDeclaration
    global ResponseProcessing
    from ..models.content import Content
    from ..models.feedback_inline import FeedbackInline
    from ..models.metadata import Metadata
    from ..models.modal_feedback import ModalFeedback
    from ..models.outcome_declaration import OutcomeDeclaration
    from ..models.response_declaration import ResponseDeclaration
    from ..models.response_processing import ResponseProcessing

    _TABLE = _rt.table(
        (
            _rt.Field("identifier", "identifier", True, _rt.STR),
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("type", "type_", True, _rt.Enum(check_type, "Type")),
            _rt.Field("rawXml", "raw_xml", True, _rt.STR),
            _rt.Field("content", "content", True, _rt.Model(Content)),
            _rt.Field("createdAt", "created_at", True, _rt.DATETIME),
            _rt.Field("updatedAt", "updated_at", True, _rt.DATETIME),
            _rt.Field("qtiVersion", "qti_version", False, _rt.STR),
            _rt.Field("timeDependent", "time_dependent", False, _rt.BOOL),
            _rt.Field("adaptive", "adaptive", False, _rt.BOOL),
            _rt.Field(
                "responseDeclarations",
                "response_declarations",
                False,
                _rt.List(_rt.Model(ResponseDeclaration)),
            ),
            _rt.Field(
                "outcomeDeclarations",
                "outcome_declarations",
                False,
                _rt.List(_rt.Model(OutcomeDeclaration)),
            ),
            _rt.Field(
                "responseProcessing",
                "response_processing",
                False,
                _rt.Model(ResponseProcessing),
            ),
            _rt.Field("metadata", "metadata", False, _rt.Model(Metadata)),
            _rt.Field(
                "modalFeedback",
                "modal_feedback",
                False,
                _rt.List(_rt.Model(ModalFeedback)),
            ),
            _rt.Field(
                "feedbackInline",
                "feedback_inline",
                False,
                _rt.List(_rt.Model(FeedbackInline)),
            ),
            _rt.Field(
                "feedbackBlock",
                "feedback_block",
                False,
                _rt.List(_rt.Model(FeedbackInline)),
            ),
            _rt.Field("__v", "field_v", False, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Content = Content._from_dict_fast
    _F_ResponseDeclaration = ResponseDeclaration._from_dict_fast
    _F_OutcomeDeclaration = OutcomeDeclaration._from_dict_fast
    _F_ResponseProcessing = ResponseProcessing._from_dict_fast
    _F_Metadata = Metadata._from_dict_fast
    _F_ModalFeedback = ModalFeedback._from_dict_fast
    _F_FeedbackInline = FeedbackInline._from_dict_fast
    _BOUND = True


@_attrs_define
class UpdateAssessmentItemBody:
    """
    Attributes:
        identifier (str): Unique identifier for the entity on the service provider.
        title (str): Human-readable title of the entity on the service provider.
        type_ (Type): Assessment item interaction types that are supported by the service provider.
        raw_xml (str): Raw XML representation of the entity, automatically generated from the JSON or XML sent when
            creating entities on the service provider. The rawxml field will contain all content sent when creating the
            entity on the service provider. This field is stable and should be used when working within this QTI API.
        content (Content): Parsed XML content generated by the service provider. For production use, rawXml is
            recommended over this parsed structure.
        created_at (datetime.datetime): ISO 8601 timestamp when the entity was created
        updated_at (datetime.datetime): ISO 8601 timestamp when the entity was last updated
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
        field_v (float | Unset): MongoDB version key for optimistic concurrency control
    """

    identifier: str
    title: str
    type_: Type
    raw_xml: str
    content: Content
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
    field_v: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.identifier is not UNSET:
            field_dict["identifier"] = self.identifier
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.raw_xml is not UNSET:
            field_dict["rawXml"] = self.raw_xml
        if self.content is not UNSET:
            field_dict["content"] = _rt.dump(self.content)
        if self.created_at is not UNSET:
            field_dict["createdAt"] = _rt.dump(self.created_at)
        if self.updated_at is not UNSET:
            field_dict["updatedAt"] = _rt.dump(self.updated_at)
        if self.qti_version is not UNSET:
            field_dict["qtiVersion"] = self.qti_version
        if self.time_dependent is not UNSET:
            field_dict["timeDependent"] = self.time_dependent
        if self.adaptive is not UNSET:
            field_dict["adaptive"] = self.adaptive
        if self.response_declarations is not UNSET:
            field_dict["responseDeclarations"] = _rt.dump(self.response_declarations)
        if self.outcome_declarations is not UNSET:
            field_dict["outcomeDeclarations"] = _rt.dump(self.outcome_declarations)
        if self.response_processing is not UNSET:
            field_dict["responseProcessing"] = _rt.dump(self.response_processing)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.modal_feedback is not UNSET:
            field_dict["modalFeedback"] = _rt.dump(self.modal_feedback)
        if self.feedback_inline is not UNSET:
            field_dict["feedbackInline"] = _rt.dump(self.feedback_inline)
        if self.feedback_block is not UNSET:
            field_dict["feedbackBlock"] = _rt.dump(self.feedback_block)
        if self.field_v is not UNSET:
            field_dict["__v"] = self.field_v
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

        title = d["title"]
        if type(title) is not str:
            raise TypeError

        type_ = check_type(d["type"])

        raw_xml = d["rawXml"]
        if type(raw_xml) is not str:
            raise TypeError

        content = _F_Content(d["content"])

        created_at = _parse_datetime(d["createdAt"])

        updated_at = _parse_datetime(d["updatedAt"])

        qti_version = d.get("qtiVersion", UNSET)
        if type(qti_version) is not str and qti_version is not UNSET:
            raise TypeError

        time_dependent = d.get("timeDependent", UNSET)
        if type(time_dependent) is not bool and time_dependent is not UNSET:
            raise TypeError

        adaptive = d.get("adaptive", UNSET)
        if type(adaptive) is not bool and adaptive is not UNSET:
            raise TypeError

        _response_declarations = d.get("responseDeclarations", UNSET)
        if _response_declarations is UNSET:
            response_declarations = UNSET
        else:
            if type(_response_declarations) is not list:
                raise TypeError
            response_declarations = (
                [_F_ResponseDeclaration(_item) for _item in _response_declarations]
                if _response_declarations
                else _response_declarations
            )

        _outcome_declarations = d.get("outcomeDeclarations", UNSET)
        if _outcome_declarations is UNSET:
            outcome_declarations = UNSET
        else:
            if type(_outcome_declarations) is not list:
                raise TypeError
            outcome_declarations = (
                [_F_OutcomeDeclaration(_item) for _item in _outcome_declarations]
                if _outcome_declarations
                else _outcome_declarations
            )

        _response_processing = d.get("responseProcessing", UNSET)
        response_processing = (
            UNSET
            if _response_processing is UNSET
            else _F_ResponseProcessing(_response_processing)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _F_Metadata(_metadata)

        _modal_feedback = d.get("modalFeedback", UNSET)
        if _modal_feedback is UNSET:
            modal_feedback = UNSET
        else:
            if type(_modal_feedback) is not list:
                raise TypeError
            modal_feedback = (
                [_F_ModalFeedback(_item) for _item in _modal_feedback]
                if _modal_feedback
                else _modal_feedback
            )

        _feedback_inline = d.get("feedbackInline", UNSET)
        if _feedback_inline is UNSET:
            feedback_inline = UNSET
        else:
            if type(_feedback_inline) is not list:
                raise TypeError
            feedback_inline = (
                [_F_FeedbackInline(_item) for _item in _feedback_inline]
                if _feedback_inline
                else _feedback_inline
            )

        _feedback_block = d.get("feedbackBlock", UNSET)
        if _feedback_block is UNSET:
            feedback_block = UNSET
        else:
            if type(_feedback_block) is not list:
                raise TypeError
            feedback_block = (
                [_F_FeedbackInline(_item) for _item in _feedback_block]
                if _feedback_block
                else _feedback_block
            )

        field_v = d.get("__v", UNSET)
        if (
            type(field_v) is not float
            and type(field_v) is not int
            and field_v is not UNSET
        ):
            raise TypeError

        if cls is UpdateAssessmentItemBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.identifier = identifier
            _obj.title = title
            _obj.type_ = type_
            _obj.raw_xml = raw_xml
            _obj.content = content
            _obj.created_at = created_at
            _obj.updated_at = updated_at
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
            _obj.field_v = field_v
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                identifier,
                title,
                type_,
                raw_xml,
                content,
                created_at,
                updated_at,
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
                field_v,
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
