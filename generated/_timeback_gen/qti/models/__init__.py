"""Data models used in requests and responses, imported on first access (keeps `import` cheap)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assessment_item import AssessmentItem
    from .assessment_test import AssessmentTest
    from .assessment_test_metadata import AssessmentTestMetadata
    from .assessment_test_qti_outcome_declaration import (
        AssessmentTestQtiOutcomeDeclaration,
    )
    from .assessment_test_tools_enabled import AssessmentTestToolsEnabled
    from .attributes import Attributes
    from .base_type import BaseType
    from .cardinality import Cardinality
    from .catalog_info import CatalogInfo
    from .content import Content
    from .content_qti_test_part import ContentQtiTestPart
    from .correct_response import CorrectResponse
    from .create_assessment_item_response_409_response import (
        CreateAssessmentItemResponse409Response,
    )
    from .create_assessment_test_response_201_response import (
        CreateAssessmentTestResponse201Response,
    )
    from .create_assessment_test_response_201_response_metadata import (
        CreateAssessmentTestResponse201ResponseMetadata,
    )
    from .create_assessment_test_response_201_response_tools_enabled import (
        CreateAssessmentTestResponse201ResponseToolsEnabled,
    )
    from .create_feedback import CreateFeedback
    from .create_feedback_type import CreateFeedbackType
    from .create_question_feedback_body_body import CreateQuestionFeedbackBodyBody
    from .create_stimulus_response_400_response import CreateStimulusResponse400Response
    from .create_test_part_response_201_content import CreateTestPartResponse201Content
    from .default_value import DefaultValue
    from .difficulty import Difficulty
    from .error_response import ErrorResponse
    from .feedback import Feedback
    from .feedback_inline import FeedbackInline
    from .get_all_questions_response_200 import GetAllQuestionsResponse200
    from .grade import Grade
    from .inline_feedback import InlineFeedback
    from .issue import Issue
    from .item import Item
    from .item_content import ItemContent
    from .item_content_2 import ItemContent2
    from .item_qti_outcome_declaration import ItemQtiOutcomeDeclaration
    from .learning_objective_set import LearningObjectiveSet
    from .message_response import MessageResponse
    from .meta import Meta
    from .metadata import Metadata
    from .modal_feedback import ModalFeedback
    from .navigation_mode import NavigationMode
    from .order import Order
    from .outcome_declaration import OutcomeDeclaration
    from .process_response_body import ProcessResponseBody
    from .process_response_response_200 import ProcessResponseResponse200
    from .qti_assessment_item import QtiAssessmentItem
    from .qti_assessment_item_attributes import QtiAssessmentItemAttributes
    from .qti_assessment_item_ref import QtiAssessmentItemRef
    from .qti_assessment_item_ref_attributes import QtiAssessmentItemRefAttributes
    from .qti_assessment_section import QtiAssessmentSection
    from .qti_assessment_section_attributes import QtiAssessmentSectionAttributes
    from .qti_assessment_section_attributes_2 import QtiAssessmentSectionAttributes2
    from .qti_assessment_section_qti_assessment_item_ref import (
        QtiAssessmentSectionQtiAssessmentItemRef,
    )
    from .qti_assessment_stimulus import QtiAssessmentStimulus
    from .qti_assessment_stimulus_attributes import QtiAssessmentStimulusAttributes
    from .qti_assessment_stimulus_qti_stimulus_body import (
        QtiAssessmentStimulusQtiStimulusBody,
    )
    from .qti_assessment_stimulus_ref import QtiAssessmentStimulusRef
    from .qti_assessment_stimulus_ref_attributes import (
        QtiAssessmentStimulusRefAttributes,
    )
    from .qti_assessment_test import QtiAssessmentTest
    from .qti_assessment_test_attributes import QtiAssessmentTestAttributes
    from .qti_assessment_test_qti_outcome_declaration import (
        QtiAssessmentTestQtiOutcomeDeclaration,
    )
    from .qti_card import QtiCard
    from .qti_card_attributes import QtiCardAttributes
    from .qti_card_qti_html_content import QtiCardQtiHtmlContent
    from .qti_catalog import QtiCatalog
    from .qti_catalog_attributes import QtiCatalogAttributes
    from .qti_catalog_info import QtiCatalogInfo
    from .qti_correct_response import QtiCorrectResponse
    from .qti_default_value import QtiDefaultValue
    from .qti_outcome_declaration import QtiOutcomeDeclaration
    from .qti_outcome_declaration_attributes import QtiOutcomeDeclarationAttributes
    from .qti_outcome_declaration_cardinality import QtiOutcomeDeclarationCardinality
    from .qti_response_declaration import QtiResponseDeclaration
    from .qti_stylesheet import QtiStylesheet
    from .qti_test_part import QtiTestPart
    from .qti_test_part_attributes import QtiTestPartAttributes
    from .qti_test_part_qti_assessment_section import QtiTestPartQtiAssessmentSection
    from .question import Question
    from .reference import Reference
    from .response_declaration import ResponseDeclaration
    from .response_processing import ResponseProcessing
    from .result import Result
    from .schema import Schema
    from .search_assessment_items_response_200 import SearchAssessmentItemsResponse200
    from .search_assessment_items_response_400_response import (
        SearchAssessmentItemsResponse400Response,
    )
    from .search_assessment_items_sort import SearchAssessmentItemsSort
    from .search_assessment_tests_response_200 import SearchAssessmentTestsResponse200
    from .search_assessment_tests_response_200_item import (
        SearchAssessmentTestsResponse200Item,
    )
    from .search_assessment_tests_response_200_item_metadata import (
        SearchAssessmentTestsResponse200ItemMetadata,
    )
    from .search_assessment_tests_response_200_item_tools_enabled import (
        SearchAssessmentTestsResponse200ItemToolsEnabled,
    )
    from .search_sections_response_200 import SearchSectionsResponse200
    from .search_stimuli_response_200 import SearchStimuliResponse200
    from .search_stimuli_response_200_item import SearchStimuliResponse200Item
    from .search_stimuli_response_200_item_metadata import (
        SearchStimuliResponse200ItemMetadata,
    )
    from .search_stimuli_response_200_order import SearchStimuliResponse200Order
    from .search_stimuli_response_500_response import SearchStimuliResponse500Response
    from .search_test_parts_response_200 import SearchTestPartsResponse200
    from .section import Section
    from .show_hide import ShowHide
    from .sort import Sort
    from .stimulus import Stimulus
    from .stimulus_metadata import StimulusMetadata
    from .stylesheet import Stylesheet
    from .submission_mode import SubmissionMode
    from .success import Success
    from .template_type import TemplateType
    from .test_part import TestPart
    from .type_ import Type
    from .update_assessment_item_body import UpdateAssessmentItemBody
    from .update_assessment_item_order_body import UpdateAssessmentItemOrderBody
    from .update_assessment_item_order_body_item import (
        UpdateAssessmentItemOrderBodyItem,
    )
    from .update_assessment_test_metadata_body import UpdateAssessmentTestMetadataBody
    from .update_assessment_test_metadata_body_metadata import (
        UpdateAssessmentTestMetadataBodyMetadata,
    )
    from .validate_batch_body import ValidateBatchBody
    from .validate_batch_response_200 import ValidateBatchResponse200
    from .validate_xml_body import ValidateXmlBody
    from .validate_xml_response_404_response import ValidateXmlResponse404Response

_MODULES = {
    "AssessmentItem": ".assessment_item",
    "AssessmentTest": ".assessment_test",
    "AssessmentTestMetadata": ".assessment_test_metadata",
    "AssessmentTestQtiOutcomeDeclaration": ".assessment_test_qti_outcome_declaration",
    "AssessmentTestToolsEnabled": ".assessment_test_tools_enabled",
    "Attributes": ".attributes",
    "BaseType": ".base_type",
    "Cardinality": ".cardinality",
    "CatalogInfo": ".catalog_info",
    "Content": ".content",
    "ContentQtiTestPart": ".content_qti_test_part",
    "CorrectResponse": ".correct_response",
    "CreateAssessmentItemResponse409Response": ".create_assessment_item_response_409_response",
    "CreateAssessmentTestResponse201Response": ".create_assessment_test_response_201_response",
    "CreateAssessmentTestResponse201ResponseMetadata": ".create_assessment_test_response_201_response_metadata",
    "CreateAssessmentTestResponse201ResponseToolsEnabled": ".create_assessment_test_response_201_response_tools_enabled",
    "CreateFeedback": ".create_feedback",
    "CreateFeedbackType": ".create_feedback_type",
    "CreateQuestionFeedbackBodyBody": ".create_question_feedback_body_body",
    "CreateStimulusResponse400Response": ".create_stimulus_response_400_response",
    "CreateTestPartResponse201Content": ".create_test_part_response_201_content",
    "DefaultValue": ".default_value",
    "Difficulty": ".difficulty",
    "ErrorResponse": ".error_response",
    "Feedback": ".feedback",
    "FeedbackInline": ".feedback_inline",
    "GetAllQuestionsResponse200": ".get_all_questions_response_200",
    "Grade": ".grade",
    "InlineFeedback": ".inline_feedback",
    "Issue": ".issue",
    "Item": ".item",
    "ItemContent": ".item_content",
    "ItemContent2": ".item_content_2",
    "ItemQtiOutcomeDeclaration": ".item_qti_outcome_declaration",
    "LearningObjectiveSet": ".learning_objective_set",
    "MessageResponse": ".message_response",
    "Meta": ".meta",
    "Metadata": ".metadata",
    "ModalFeedback": ".modal_feedback",
    "NavigationMode": ".navigation_mode",
    "Order": ".order",
    "OutcomeDeclaration": ".outcome_declaration",
    "ProcessResponseBody": ".process_response_body",
    "ProcessResponseResponse200": ".process_response_response_200",
    "QtiAssessmentItem": ".qti_assessment_item",
    "QtiAssessmentItemAttributes": ".qti_assessment_item_attributes",
    "QtiAssessmentItemRef": ".qti_assessment_item_ref",
    "QtiAssessmentItemRefAttributes": ".qti_assessment_item_ref_attributes",
    "QtiAssessmentSection": ".qti_assessment_section",
    "QtiAssessmentSectionAttributes": ".qti_assessment_section_attributes",
    "QtiAssessmentSectionAttributes2": ".qti_assessment_section_attributes_2",
    "QtiAssessmentSectionQtiAssessmentItemRef": ".qti_assessment_section_qti_assessment_item_ref",
    "QtiAssessmentStimulus": ".qti_assessment_stimulus",
    "QtiAssessmentStimulusAttributes": ".qti_assessment_stimulus_attributes",
    "QtiAssessmentStimulusQtiStimulusBody": ".qti_assessment_stimulus_qti_stimulus_body",
    "QtiAssessmentStimulusRef": ".qti_assessment_stimulus_ref",
    "QtiAssessmentStimulusRefAttributes": ".qti_assessment_stimulus_ref_attributes",
    "QtiAssessmentTest": ".qti_assessment_test",
    "QtiAssessmentTestAttributes": ".qti_assessment_test_attributes",
    "QtiAssessmentTestQtiOutcomeDeclaration": ".qti_assessment_test_qti_outcome_declaration",
    "QtiCard": ".qti_card",
    "QtiCardAttributes": ".qti_card_attributes",
    "QtiCardQtiHtmlContent": ".qti_card_qti_html_content",
    "QtiCatalog": ".qti_catalog",
    "QtiCatalogAttributes": ".qti_catalog_attributes",
    "QtiCatalogInfo": ".qti_catalog_info",
    "QtiCorrectResponse": ".qti_correct_response",
    "QtiDefaultValue": ".qti_default_value",
    "QtiOutcomeDeclaration": ".qti_outcome_declaration",
    "QtiOutcomeDeclarationAttributes": ".qti_outcome_declaration_attributes",
    "QtiOutcomeDeclarationCardinality": ".qti_outcome_declaration_cardinality",
    "QtiResponseDeclaration": ".qti_response_declaration",
    "QtiStylesheet": ".qti_stylesheet",
    "QtiTestPart": ".qti_test_part",
    "QtiTestPartAttributes": ".qti_test_part_attributes",
    "QtiTestPartQtiAssessmentSection": ".qti_test_part_qti_assessment_section",
    "Question": ".question",
    "Reference": ".reference",
    "ResponseDeclaration": ".response_declaration",
    "ResponseProcessing": ".response_processing",
    "Result": ".result",
    "Schema": ".schema",
    "SearchAssessmentItemsResponse200": ".search_assessment_items_response_200",
    "SearchAssessmentItemsResponse400Response": ".search_assessment_items_response_400_response",
    "SearchAssessmentItemsSort": ".search_assessment_items_sort",
    "SearchAssessmentTestsResponse200": ".search_assessment_tests_response_200",
    "SearchAssessmentTestsResponse200Item": ".search_assessment_tests_response_200_item",
    "SearchAssessmentTestsResponse200ItemMetadata": ".search_assessment_tests_response_200_item_metadata",
    "SearchAssessmentTestsResponse200ItemToolsEnabled": ".search_assessment_tests_response_200_item_tools_enabled",
    "SearchSectionsResponse200": ".search_sections_response_200",
    "SearchStimuliResponse200": ".search_stimuli_response_200",
    "SearchStimuliResponse200Item": ".search_stimuli_response_200_item",
    "SearchStimuliResponse200ItemMetadata": ".search_stimuli_response_200_item_metadata",
    "SearchStimuliResponse200Order": ".search_stimuli_response_200_order",
    "SearchStimuliResponse500Response": ".search_stimuli_response_500_response",
    "SearchTestPartsResponse200": ".search_test_parts_response_200",
    "Section": ".section",
    "ShowHide": ".show_hide",
    "Sort": ".sort",
    "Stimulus": ".stimulus",
    "StimulusMetadata": ".stimulus_metadata",
    "Stylesheet": ".stylesheet",
    "SubmissionMode": ".submission_mode",
    "Success": ".success",
    "TemplateType": ".template_type",
    "TestPart": ".test_part",
    "Type": ".type_",
    "UpdateAssessmentItemBody": ".update_assessment_item_body",
    "UpdateAssessmentItemOrderBody": ".update_assessment_item_order_body",
    "UpdateAssessmentItemOrderBodyItem": ".update_assessment_item_order_body_item",
    "UpdateAssessmentTestMetadataBody": ".update_assessment_test_metadata_body",
    "UpdateAssessmentTestMetadataBodyMetadata": ".update_assessment_test_metadata_body_metadata",
    "ValidateBatchBody": ".validate_batch_body",
    "ValidateBatchResponse200": ".validate_batch_response_200",
    "ValidateXmlBody": ".validate_xml_body",
    "ValidateXmlResponse404Response": ".validate_xml_response_404_response",
}

__all__ = (
    "AssessmentItem",
    "AssessmentTest",
    "AssessmentTestMetadata",
    "AssessmentTestQtiOutcomeDeclaration",
    "AssessmentTestToolsEnabled",
    "Attributes",
    "BaseType",
    "Cardinality",
    "CatalogInfo",
    "Content",
    "ContentQtiTestPart",
    "CorrectResponse",
    "CreateAssessmentItemResponse409Response",
    "CreateAssessmentTestResponse201Response",
    "CreateAssessmentTestResponse201ResponseMetadata",
    "CreateAssessmentTestResponse201ResponseToolsEnabled",
    "CreateFeedback",
    "CreateFeedbackType",
    "CreateQuestionFeedbackBodyBody",
    "CreateStimulusResponse400Response",
    "CreateTestPartResponse201Content",
    "DefaultValue",
    "Difficulty",
    "ErrorResponse",
    "Feedback",
    "FeedbackInline",
    "GetAllQuestionsResponse200",
    "Grade",
    "InlineFeedback",
    "Issue",
    "Item",
    "ItemContent",
    "ItemContent2",
    "ItemQtiOutcomeDeclaration",
    "LearningObjectiveSet",
    "MessageResponse",
    "Meta",
    "Metadata",
    "ModalFeedback",
    "NavigationMode",
    "Order",
    "OutcomeDeclaration",
    "ProcessResponseBody",
    "ProcessResponseResponse200",
    "QtiAssessmentItem",
    "QtiAssessmentItemAttributes",
    "QtiAssessmentItemRef",
    "QtiAssessmentItemRefAttributes",
    "QtiAssessmentSection",
    "QtiAssessmentSectionAttributes",
    "QtiAssessmentSectionAttributes2",
    "QtiAssessmentSectionQtiAssessmentItemRef",
    "QtiAssessmentStimulus",
    "QtiAssessmentStimulusAttributes",
    "QtiAssessmentStimulusQtiStimulusBody",
    "QtiAssessmentStimulusRef",
    "QtiAssessmentStimulusRefAttributes",
    "QtiAssessmentTest",
    "QtiAssessmentTestAttributes",
    "QtiAssessmentTestQtiOutcomeDeclaration",
    "QtiCard",
    "QtiCardAttributes",
    "QtiCardQtiHtmlContent",
    "QtiCatalog",
    "QtiCatalogAttributes",
    "QtiCatalogInfo",
    "QtiCorrectResponse",
    "QtiDefaultValue",
    "QtiOutcomeDeclaration",
    "QtiOutcomeDeclarationAttributes",
    "QtiOutcomeDeclarationCardinality",
    "QtiResponseDeclaration",
    "QtiStylesheet",
    "QtiTestPart",
    "QtiTestPartAttributes",
    "QtiTestPartQtiAssessmentSection",
    "Question",
    "Reference",
    "ResponseDeclaration",
    "ResponseProcessing",
    "Result",
    "Schema",
    "SearchAssessmentItemsResponse200",
    "SearchAssessmentItemsResponse400Response",
    "SearchAssessmentItemsSort",
    "SearchAssessmentTestsResponse200",
    "SearchAssessmentTestsResponse200Item",
    "SearchAssessmentTestsResponse200ItemMetadata",
    "SearchAssessmentTestsResponse200ItemToolsEnabled",
    "SearchSectionsResponse200",
    "SearchStimuliResponse200",
    "SearchStimuliResponse200Item",
    "SearchStimuliResponse200ItemMetadata",
    "SearchStimuliResponse200Order",
    "SearchStimuliResponse500Response",
    "SearchTestPartsResponse200",
    "Section",
    "ShowHide",
    "Sort",
    "Stimulus",
    "StimulusMetadata",
    "Stylesheet",
    "SubmissionMode",
    "Success",
    "TemplateType",
    "TestPart",
    "Type",
    "UpdateAssessmentItemBody",
    "UpdateAssessmentItemOrderBody",
    "UpdateAssessmentItemOrderBodyItem",
    "UpdateAssessmentTestMetadataBody",
    "UpdateAssessmentTestMetadataBodyMetadata",
    "ValidateBatchBody",
    "ValidateBatchResponse200",
    "ValidateXmlBody",
    "ValidateXmlResponse404Response",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
