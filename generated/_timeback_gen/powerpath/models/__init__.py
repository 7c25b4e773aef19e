"""Data models used in requests and responses, imported on first access (keeps `import` cheap)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_custom_resource import AddCustomResource
    from .add_custom_resource_command_payload import AddCustomResourceCommandPayload
    from .assessment_bank import AssessmentBank
    from .assessment_line_item import AssessmentLineItem
    from .assessment_line_item_metadata_type_0 import AssessmentLineItemMetadataType0
    from .assessment_result import AssessmentResult
    from .assessment_result_learning_objective_set import (
        AssessmentResultLearningObjectiveSet,
    )
    from .assessment_result_metadata_type_0 import AssessmentResultMetadataType0
    from .assign_test_body import AssignTestBody
    from .assignment import Assignment
    from .assignment_status import AssignmentStatus
    from .attempt import Attempt
    from .bad_request_code_minor import BadRequestCodeMinor
    from .bad_request_code_minor_field import BadRequestCodeMinorField
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_imsx_error_details_item import (
        BadRequestResponseImsxErrorDetailsItem,
    )
    from .change_item_parent import ChangeItemParent
    from .change_item_parent_command_payload import ChangeItemParentCommandPayload
    from .component_resource import ComponentResource
    from .component_resource_metadata import ComponentResourceMetadata
    from .content import Content
    from .course import Course
    from .course_metadata_type_0 import CourseMetadataType0
    from .create_bulk_test_assignments_body import CreateBulkTestAssignmentsBody
    from .create_bulk_test_assignments_response_200_response import (
        CreateBulkTestAssignmentsResponse200Response,
    )
    from .create_bulk_test_assignments_response_200_result import (
        CreateBulkTestAssignmentsResponse200Result,
    )
    from .create_external_placement_input import CreateExternalPlacementInput
    from .create_external_placement_test_response_200_response import (
        CreateExternalPlacementTestResponse200Response,
    )
    from .create_external_test_out_input import CreateExternalTestOutInput
    from .create_internal_assessment_bank_input import CreateInternalAssessmentBankInput
    from .create_internal_qti_test_input import CreateInternalQtiTestInput
    from .create_internal_test_response_200 import CreateInternalTestResponse200
    from .create_lesson_plan_body import CreateLessonPlanBody
    from .create_new_attempt_body_body import CreateNewAttemptBodyBody
    from .create_new_attempt_response_200 import CreateNewAttemptResponse200
    from .credentials import Credentials
    from .difficulty import Difficulty
    from .error import Error
    from .final_student_assessment_response_response_200 import (
        FinalStudentAssessmentResponseResponse200,
    )
    from .final_student_assessment_response_response_200_lesson_type import (
        FinalStudentAssessmentResponseResponse200LessonType,
    )
    from .forbidden_code_minor import ForbiddenCodeMinor
    from .forbidden_code_minor_field import ForbiddenCodeMinorField
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_imsx_error_details_item import (
        ForbiddenResponseImsxErrorDetailsItem,
    )
    from .get_all_placement_tests_response_200 import GetAllPlacementTestsResponse200
    from .get_assessment_progress_response_200 import GetAssessmentProgressResponse200
    from .get_attempts_response_200 import GetAttemptsResponse200
    from .get_course_progress_response_200 import GetCourseProgressResponse200
    from .get_course_progress_response_200_line_item import (
        GetCourseProgressResponse200LineItem,
    )
    from .get_course_progress_response_200_test_out import (
        GetCourseProgressResponse200TestOut,
    )
    from .get_course_progress_response_200_test_out_2 import (
        GetCourseProgressResponse200TestOut2,
    )
    from .get_course_progress_response_200_test_out_3 import (
        GetCourseProgressResponse200TestOut3,
    )
    from .get_course_progress_response_200_test_out_4 import (
        GetCourseProgressResponse200TestOut4,
    )
    from .get_course_syllabus_response_200 import GetCourseSyllabusResponse200
    from .get_current_level_response_200 import GetCurrentLevelResponse200
    from .get_lesson_plan_structure_response_200 import (
        GetLessonPlanStructureResponse200,
    )
    from .get_lesson_plan_structure_response_200_lesson_plan import (
        GetLessonPlanStructureResponse200LessonPlan,
    )
    from .get_next_placement_test_response_200 import GetNextPlacementTestResponse200
    from .get_next_question_response_200 import GetNextQuestionResponse200
    from .get_operations_response_200 import GetOperationsResponse200
    from .get_results_response_200 import GetResultsResponse200
    from .get_results_response_200_value import GetResultsResponse200Value
    from .get_session_response_200_response import GetSessionResponse200Response
    from .get_session_response_200_status import GetSessionResponse200Status
    from .get_student_placement_data_response_200 import (
        GetStudentPlacementDataResponse200,
    )
    from .get_subject_progress_response_200 import GetSubjectProgressResponse200
    from .grade_enum import GradeEnum
    from .growth import GROWTH
    from .import_external_test_assignment_results_response_200 import (
        ImportExternalTestAssignmentResultsResponse200,
    )
    from .import_external_test_assignment_results_response_200_lesson_type import (
        ImportExternalTestAssignmentResultsResponse200LessonType,
    )
    from .import_test_assignments_body import ImportTestAssignmentsBody
    from .internal_server_error_code_minor import InternalServerErrorCodeMinor
    from .internal_server_error_code_minor_field import (
        InternalServerErrorCodeMinorField,
    )
    from .internal_server_error_response import InternalServerErrorResponse
    from .internal_server_error_response_imsx_error_details_item import (
        InternalServerErrorResponseImsxErrorDetailsItem,
    )
    from .item import Item
    from .learning_objective_result import LearningObjectiveResult
    from .learning_objective_set_learning_objective_set import (
        LearningObjectiveSetLearningObjectiveSet,
    )
    from .lesson_plan import LessonPlan
    from .lesson_plan_id_response import LessonPlanIdResponse
    from .lesson_plan_lesson_plan import LessonPlanLessonPlan
    from .lesson_plan_response import LessonPlanResponse
    from .lesson_plan_structure import LessonPlanStructure
    from .lesson_plan_structure_node import LessonPlanStructureNode
    from .lesson_plan_tree_component import LessonPlanTreeComponent
    from .lesson_plan_tree_component_metadata import LessonPlanTreeComponentMetadata
    from .lesson_plan_tree_component_status import LessonPlanTreeComponentStatus
    from .lesson_type import LessonType
    from .line_item import LineItem
    from .line_item_result import LineItemResult
    from .line_item_result_metadata_type_0 import LineItemResultMetadataType0
    from .make_external_test_assignment_body import MakeExternalTestAssignmentBody
    from .make_external_test_assignment_response_200 import (
        MakeExternalTestAssignmentResponse200,
    )
    from .metadata_details import MetadataDetails
    from .move_item_after import MoveItemAfter
    from .move_item_before import MoveItemBefore
    from .move_item_to_end import MoveItemToEnd
    from .move_item_to_start import MoveItemToStart
    from .move_item_to_start_command_payload import MoveItemToStartCommandPayload
    from .not_found_code_minor import NotFoundCodeMinor
    from .not_found_code_minor_field import NotFoundCodeMinorField
    from .not_found_response import NotFoundResponse
    from .not_found_response_imsx_error_details_item import (
        NotFoundResponseImsxErrorDetailsItem,
    )
    from .nwea_status import NweaStatus
    from .operation import Operation
    from .operation_result import OperationResult
    from .operation_result_error import OperationResultError
    from .payload import Payload
    from .placement_test import PlacementTest
    from .placement_test_assessment_line_items_type_0 import (
        PlacementTestAssessmentLineItemsType0,
    )
    from .placement_test_assessment_results_type_0_item import (
        PlacementTestAssessmentResultsType0Item,
    )
    from .placement_test_component_resources import PlacementTestComponentResources
    from .placement_test_resources import PlacementTestResources
    from .placement_test_resources_metadata import PlacementTestResourcesMetadata
    from .placement_update_student_question_response_result import (
        PlacementUpdateStudentQuestionResponseResult,
    )
    from .position import Position
    from .power_path_100_progress_result import PowerPath100ProgressResult
    from .power_path_100_update_student_question_response_result import (
        PowerPath100UpdateStudentQuestionResponseResult,
    )
    from .power_path_test_question import PowerPathTestQuestion
    from .power_path_test_question_responses import PowerPathTestQuestionResponses
    from .progress import Progress
    from .progress_course import ProgressCourse
    from .qti import Qti
    from .qti_metadata import QtiMetadata
    from .quiz_update_student_question_response_result import (
        QuizUpdateStudentQuestionResponseResult,
    )
    from .reading import Reading
    from .reading_result import ReadingResult
    from .remaining_questions_per_difficulty import RemainingQuestionsPerDifficulty
    from .reset_attempt_response_200 import ResetAttemptResponse200
    from .reset_session_body import ResetSessionBody
    from .reset_user_placement_body import ResetUserPlacementBody
    from .reset_user_placement_response_200 import ResetUserPlacementResponse200
    from .resource import Resource
    from .resource_metadata_type_0 import ResourceMetadataType0
    from .response_result import ResponseResult
    from .result import Result
    from .rit import RIT
    from .role import Role
    from .school_year_ref import SchoolYearRef
    from .school_year_type import SchoolYearType
    from .score_scale import ScoreScale
    from .score_status import ScoreStatus
    from .screening_status import ScreeningStatus
    from .seen_question_result import SeenQuestionResult
    from .seen_question_result_outcomes import SeenQuestionResultOutcomes
    from .set_skipped import SetSkipped
    from .set_skipped_command_payload import SetSkippedCommandPayload
    from .start_test_out_body import StartTestOutBody
    from .start_test_out_response_200 import StartTestOutResponse200
    from .start_test_out_response_200_status import StartTestOutResponse200Status
    from .status import Status
    from .store_operation_body import StoreOperationBody
    from .store_operation_response_201 import StoreOperationResponse201
    from .subject import Subject
    from .subject_enum import SubjectEnum
    from .sync_course_lesson_plans_response_200 import SyncCourseLessonPlansResponse200
    from .sync_operations_response_200_response import SyncOperationsResponse200Response
    from .target import Target
    from .test_assignment import TestAssignment
    from .test_assignment_list import TestAssignmentList
    from .test_out import TestOut
    from .test_out_result import TestOutResult
    from .test_out_update_student_question_response_result import (
        TestOutUpdateStudentQuestionResponseResult,
    )
    from .test_type import TestType
    from .too_many_requests_code_minor import TooManyRequestsCodeMinor
    from .too_many_requests_code_minor_field import TooManyRequestsCodeMinorField
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_imsx_error_details_item import (
        TooManyRequestsResponseImsxErrorDetailsItem,
    )
    from .tool_provider import ToolProvider
    from .type_ import Type
    from .unauthorized_code_minor import UnauthorizedCodeMinor
    from .unauthorized_code_minor_field import UnauthorizedCodeMinorField
    from .unauthorized_request_response import UnauthorizedRequestResponse
    from .unauthorized_request_response_imsx_error_details_item import (
        UnauthorizedRequestResponseImsxErrorDetailsItem,
    )
    from .unit_test_update_student_question_response_result import (
        UnitTestUpdateStudentQuestionResponseResult,
    )
    from .unprocessable_entity_response import UnprocessableEntityResponse
    from .unprocessable_entity_response_imsx_error_details_item import (
        UnprocessableEntityResponseImsxErrorDetailsItem,
    )
    from .update_student_item_response_body import UpdateStudentItemResponseBody
    from .update_student_item_response_body_result import (
        UpdateStudentItemResponseBodyResult,
    )
    from .update_student_item_response_body_result_metadata_type_0 import (
        UpdateStudentItemResponseBodyResultMetadataType0,
    )
    from .update_student_item_response_response_201 import (
        UpdateStudentItemResponseResponse201,
    )
    from .update_student_question_response_input import (
        UpdateStudentQuestionResponseInput,
    )
    from .update_student_question_response_input_responses import (
        UpdateStudentQuestionResponseInputResponses,
    )
    from .update_test_assignment_body import UpdateTestAssignmentBody

_MODULES = {
    "AddCustomResource": ".add_custom_resource",
    "AddCustomResourceCommandPayload": ".add_custom_resource_command_payload",
    "AssessmentBank": ".assessment_bank",
    "AssessmentLineItem": ".assessment_line_item",
    "AssessmentLineItemMetadataType0": ".assessment_line_item_metadata_type_0",
    "AssessmentResult": ".assessment_result",
    "AssessmentResultLearningObjectiveSet": ".assessment_result_learning_objective_set",
    "AssessmentResultMetadataType0": ".assessment_result_metadata_type_0",
    "AssignTestBody": ".assign_test_body",
    "Assignment": ".assignment",
    "AssignmentStatus": ".assignment_status",
    "Attempt": ".attempt",
    "BadRequestCodeMinor": ".bad_request_code_minor",
    "BadRequestCodeMinorField": ".bad_request_code_minor_field",
    "BadRequestResponse": ".bad_request_response",
    "BadRequestResponseImsxErrorDetailsItem": ".bad_request_response_imsx_error_details_item",
    "ChangeItemParent": ".change_item_parent",
    "ChangeItemParentCommandPayload": ".change_item_parent_command_payload",
    "ComponentResource": ".component_resource",
    "ComponentResourceMetadata": ".component_resource_metadata",
    "Content": ".content",
    "Course": ".course",
    "CourseMetadataType0": ".course_metadata_type_0",
    "CreateBulkTestAssignmentsBody": ".create_bulk_test_assignments_body",
    "CreateBulkTestAssignmentsResponse200Response": ".create_bulk_test_assignments_response_200_response",
    "CreateBulkTestAssignmentsResponse200Result": ".create_bulk_test_assignments_response_200_result",
    "CreateExternalPlacementInput": ".create_external_placement_input",
    "CreateExternalPlacementTestResponse200Response": ".create_external_placement_test_response_200_response",
    "CreateExternalTestOutInput": ".create_external_test_out_input",
    "CreateInternalAssessmentBankInput": ".create_internal_assessment_bank_input",
    "CreateInternalQtiTestInput": ".create_internal_qti_test_input",
    "CreateInternalTestResponse200": ".create_internal_test_response_200",
    "CreateLessonPlanBody": ".create_lesson_plan_body",
    "CreateNewAttemptBodyBody": ".create_new_attempt_body_body",
    "CreateNewAttemptResponse200": ".create_new_attempt_response_200",
    "Credentials": ".credentials",
    "Difficulty": ".difficulty",
    "Error": ".error",
    "FinalStudentAssessmentResponseResponse200": ".final_student_assessment_response_response_200",
    "FinalStudentAssessmentResponseResponse200LessonType": ".final_student_assessment_response_response_200_lesson_type",
    "ForbiddenCodeMinor": ".forbidden_code_minor",
    "ForbiddenCodeMinorField": ".forbidden_code_minor_field",
    "ForbiddenResponse": ".forbidden_response",
    "ForbiddenResponseImsxErrorDetailsItem": ".forbidden_response_imsx_error_details_item",
    "GetAllPlacementTestsResponse200": ".get_all_placement_tests_response_200",
    "GetAssessmentProgressResponse200": ".get_assessment_progress_response_200",
    "GetAttemptsResponse200": ".get_attempts_response_200",
    "GetCourseProgressResponse200": ".get_course_progress_response_200",
    "GetCourseProgressResponse200LineItem": ".get_course_progress_response_200_line_item",
    "GetCourseProgressResponse200TestOut": ".get_course_progress_response_200_test_out",
    "GetCourseProgressResponse200TestOut2": ".get_course_progress_response_200_test_out_2",
    "GetCourseProgressResponse200TestOut3": ".get_course_progress_response_200_test_out_3",
    "GetCourseProgressResponse200TestOut4": ".get_course_progress_response_200_test_out_4",
    "GetCourseSyllabusResponse200": ".get_course_syllabus_response_200",
    "GetCurrentLevelResponse200": ".get_current_level_response_200",
    "GetLessonPlanStructureResponse200": ".get_lesson_plan_structure_response_200",
    "GetLessonPlanStructureResponse200LessonPlan": ".get_lesson_plan_structure_response_200_lesson_plan",
    "GetNextPlacementTestResponse200": ".get_next_placement_test_response_200",
    "GetNextQuestionResponse200": ".get_next_question_response_200",
    "GetOperationsResponse200": ".get_operations_response_200",
    "GetResultsResponse200": ".get_results_response_200",
    "GetResultsResponse200Value": ".get_results_response_200_value",
    "GetSessionResponse200Response": ".get_session_response_200_response",
    "GetSessionResponse200Status": ".get_session_response_200_status",
    "GetStudentPlacementDataResponse200": ".get_student_placement_data_response_200",
    "GetSubjectProgressResponse200": ".get_subject_progress_response_200",
    "GradeEnum": ".grade_enum",
    "GROWTH": ".growth",
    "ImportExternalTestAssignmentResultsResponse200": ".import_external_test_assignment_results_response_200",
    "ImportExternalTestAssignmentResultsResponse200LessonType": ".import_external_test_assignment_results_response_200_lesson_type",
    "ImportTestAssignmentsBody": ".import_test_assignments_body",
    "InternalServerErrorCodeMinor": ".internal_server_error_code_minor",
    "InternalServerErrorCodeMinorField": ".internal_server_error_code_minor_field",
    "InternalServerErrorResponse": ".internal_server_error_response",
    "InternalServerErrorResponseImsxErrorDetailsItem": ".internal_server_error_response_imsx_error_details_item",
    "Item": ".item",
    "LearningObjectiveResult": ".learning_objective_result",
    "LearningObjectiveSetLearningObjectiveSet": ".learning_objective_set_learning_objective_set",
    "LessonPlan": ".lesson_plan",
    "LessonPlanIdResponse": ".lesson_plan_id_response",
    "LessonPlanLessonPlan": ".lesson_plan_lesson_plan",
    "LessonPlanResponse": ".lesson_plan_response",
    "LessonPlanStructure": ".lesson_plan_structure",
    "LessonPlanStructureNode": ".lesson_plan_structure_node",
    "LessonPlanTreeComponent": ".lesson_plan_tree_component",
    "LessonPlanTreeComponentMetadata": ".lesson_plan_tree_component_metadata",
    "LessonPlanTreeComponentStatus": ".lesson_plan_tree_component_status",
    "LessonType": ".lesson_type",
    "LineItem": ".line_item",
    "LineItemResult": ".line_item_result",
    "LineItemResultMetadataType0": ".line_item_result_metadata_type_0",
    "MakeExternalTestAssignmentBody": ".make_external_test_assignment_body",
    "MakeExternalTestAssignmentResponse200": ".make_external_test_assignment_response_200",
    "MetadataDetails": ".metadata_details",
    "MoveItemAfter": ".move_item_after",
    "MoveItemBefore": ".move_item_before",
    "MoveItemToEnd": ".move_item_to_end",
    "MoveItemToStart": ".move_item_to_start",
    "MoveItemToStartCommandPayload": ".move_item_to_start_command_payload",
    "NotFoundCodeMinor": ".not_found_code_minor",
    "NotFoundCodeMinorField": ".not_found_code_minor_field",
    "NotFoundResponse": ".not_found_response",
    "NotFoundResponseImsxErrorDetailsItem": ".not_found_response_imsx_error_details_item",
    "NweaStatus": ".nwea_status",
    "Operation": ".operation",
    "OperationResult": ".operation_result",
    "OperationResultError": ".operation_result_error",
    "Payload": ".payload",
    "PlacementTest": ".placement_test",
    "PlacementTestAssessmentLineItemsType0": ".placement_test_assessment_line_items_type_0",
    "PlacementTestAssessmentResultsType0Item": ".placement_test_assessment_results_type_0_item",
    "PlacementTestComponentResources": ".placement_test_component_resources",
    "PlacementTestResources": ".placement_test_resources",
    "PlacementTestResourcesMetadata": ".placement_test_resources_metadata",
    "PlacementUpdateStudentQuestionResponseResult": ".placement_update_student_question_response_result",
    "Position": ".position",
    "PowerPath100ProgressResult": ".power_path_100_progress_result",
    "PowerPath100UpdateStudentQuestionResponseResult": ".power_path_100_update_student_question_response_result",
    "PowerPathTestQuestion": ".power_path_test_question",
    "PowerPathTestQuestionResponses": ".power_path_test_question_responses",
    "Progress": ".progress",
    "ProgressCourse": ".progress_course",
    "Qti": ".qti",
    "QtiMetadata": ".qti_metadata",
    "QuizUpdateStudentQuestionResponseResult": ".quiz_update_student_question_response_result",
    "Reading": ".reading",
    "ReadingResult": ".reading_result",
    "RemainingQuestionsPerDifficulty": ".remaining_questions_per_difficulty",
    "ResetAttemptResponse200": ".reset_attempt_response_200",
    "ResetSessionBody": ".reset_session_body",
    "ResetUserPlacementBody": ".reset_user_placement_body",
    "ResetUserPlacementResponse200": ".reset_user_placement_response_200",
    "Resource": ".resource",
    "ResourceMetadataType0": ".resource_metadata_type_0",
    "ResponseResult": ".response_result",
    "Result": ".result",
    "RIT": ".rit",
    "Role": ".role",
    "SchoolYearRef": ".school_year_ref",
    "SchoolYearType": ".school_year_type",
    "ScoreScale": ".score_scale",
    "ScoreStatus": ".score_status",
    "ScreeningStatus": ".screening_status",
    "SeenQuestionResult": ".seen_question_result",
    "SeenQuestionResultOutcomes": ".seen_question_result_outcomes",
    "SetSkipped": ".set_skipped",
    "SetSkippedCommandPayload": ".set_skipped_command_payload",
    "StartTestOutBody": ".start_test_out_body",
    "StartTestOutResponse200": ".start_test_out_response_200",
    "StartTestOutResponse200Status": ".start_test_out_response_200_status",
    "Status": ".status",
    "StoreOperationBody": ".store_operation_body",
    "StoreOperationResponse201": ".store_operation_response_201",
    "Subject": ".subject",
    "SubjectEnum": ".subject_enum",
    "SyncCourseLessonPlansResponse200": ".sync_course_lesson_plans_response_200",
    "SyncOperationsResponse200Response": ".sync_operations_response_200_response",
    "Target": ".target",
    "TestAssignment": ".test_assignment",
    "TestAssignmentList": ".test_assignment_list",
    "TestOut": ".test_out",
    "TestOutResult": ".test_out_result",
    "TestOutUpdateStudentQuestionResponseResult": ".test_out_update_student_question_response_result",
    "TestType": ".test_type",
    "TooManyRequestsCodeMinor": ".too_many_requests_code_minor",
    "TooManyRequestsCodeMinorField": ".too_many_requests_code_minor_field",
    "TooManyRequestsResponse": ".too_many_requests_response",
    "TooManyRequestsResponseImsxErrorDetailsItem": ".too_many_requests_response_imsx_error_details_item",
    "ToolProvider": ".tool_provider",
    "Type": ".type_",
    "UnauthorizedCodeMinor": ".unauthorized_code_minor",
    "UnauthorizedCodeMinorField": ".unauthorized_code_minor_field",
    "UnauthorizedRequestResponse": ".unauthorized_request_response",
    "UnauthorizedRequestResponseImsxErrorDetailsItem": ".unauthorized_request_response_imsx_error_details_item",
    "UnitTestUpdateStudentQuestionResponseResult": ".unit_test_update_student_question_response_result",
    "UnprocessableEntityResponse": ".unprocessable_entity_response",
    "UnprocessableEntityResponseImsxErrorDetailsItem": ".unprocessable_entity_response_imsx_error_details_item",
    "UpdateStudentItemResponseBody": ".update_student_item_response_body",
    "UpdateStudentItemResponseBodyResult": ".update_student_item_response_body_result",
    "UpdateStudentItemResponseBodyResultMetadataType0": ".update_student_item_response_body_result_metadata_type_0",
    "UpdateStudentItemResponseResponse201": ".update_student_item_response_response_201",
    "UpdateStudentQuestionResponseInput": ".update_student_question_response_input",
    "UpdateStudentQuestionResponseInputResponses": ".update_student_question_response_input_responses",
    "UpdateTestAssignmentBody": ".update_test_assignment_body",
}

__all__ = (
    "GROWTH",
    "RIT",
    "AddCustomResource",
    "AddCustomResourceCommandPayload",
    "AssessmentBank",
    "AssessmentLineItem",
    "AssessmentLineItemMetadataType0",
    "AssessmentResult",
    "AssessmentResultLearningObjectiveSet",
    "AssessmentResultMetadataType0",
    "AssignTestBody",
    "Assignment",
    "AssignmentStatus",
    "Attempt",
    "BadRequestCodeMinor",
    "BadRequestCodeMinorField",
    "BadRequestResponse",
    "BadRequestResponseImsxErrorDetailsItem",
    "ChangeItemParent",
    "ChangeItemParentCommandPayload",
    "ComponentResource",
    "ComponentResourceMetadata",
    "Content",
    "Course",
    "CourseMetadataType0",
    "CreateBulkTestAssignmentsBody",
    "CreateBulkTestAssignmentsResponse200Response",
    "CreateBulkTestAssignmentsResponse200Result",
    "CreateExternalPlacementInput",
    "CreateExternalPlacementTestResponse200Response",
    "CreateExternalTestOutInput",
    "CreateInternalAssessmentBankInput",
    "CreateInternalQtiTestInput",
    "CreateInternalTestResponse200",
    "CreateLessonPlanBody",
    "CreateNewAttemptBodyBody",
    "CreateNewAttemptResponse200",
    "Credentials",
    "Difficulty",
    "Error",
    "FinalStudentAssessmentResponseResponse200",
    "FinalStudentAssessmentResponseResponse200LessonType",
    "ForbiddenCodeMinor",
    "ForbiddenCodeMinorField",
    "ForbiddenResponse",
    "ForbiddenResponseImsxErrorDetailsItem",
    "GetAllPlacementTestsResponse200",
    "GetAssessmentProgressResponse200",
    "GetAttemptsResponse200",
    "GetCourseProgressResponse200",
    "GetCourseProgressResponse200LineItem",
    "GetCourseProgressResponse200TestOut",
    "GetCourseProgressResponse200TestOut2",
    "GetCourseProgressResponse200TestOut3",
    "GetCourseProgressResponse200TestOut4",
    "GetCourseSyllabusResponse200",
    "GetCurrentLevelResponse200",
    "GetLessonPlanStructureResponse200",
    "GetLessonPlanStructureResponse200LessonPlan",
    "GetNextPlacementTestResponse200",
    "GetNextQuestionResponse200",
    "GetOperationsResponse200",
    "GetResultsResponse200",
    "GetResultsResponse200Value",
    "GetSessionResponse200Response",
    "GetSessionResponse200Status",
    "GetStudentPlacementDataResponse200",
    "GetSubjectProgressResponse200",
    "GradeEnum",
    "ImportExternalTestAssignmentResultsResponse200",
    "ImportExternalTestAssignmentResultsResponse200LessonType",
    "ImportTestAssignmentsBody",
    "InternalServerErrorCodeMinor",
    "InternalServerErrorCodeMinorField",
    "InternalServerErrorResponse",
    "InternalServerErrorResponseImsxErrorDetailsItem",
    "Item",
    "LearningObjectiveResult",
    "LearningObjectiveSetLearningObjectiveSet",
    "LessonPlan",
    "LessonPlanIdResponse",
    "LessonPlanLessonPlan",
    "LessonPlanResponse",
    "LessonPlanStructure",
    "LessonPlanStructureNode",
    "LessonPlanTreeComponent",
    "LessonPlanTreeComponentMetadata",
    "LessonPlanTreeComponentStatus",
    "LessonType",
    "LineItem",
    "LineItemResult",
    "LineItemResultMetadataType0",
    "MakeExternalTestAssignmentBody",
    "MakeExternalTestAssignmentResponse200",
    "MetadataDetails",
    "MoveItemAfter",
    "MoveItemBefore",
    "MoveItemToEnd",
    "MoveItemToStart",
    "MoveItemToStartCommandPayload",
    "NotFoundCodeMinor",
    "NotFoundCodeMinorField",
    "NotFoundResponse",
    "NotFoundResponseImsxErrorDetailsItem",
    "NweaStatus",
    "Operation",
    "OperationResult",
    "OperationResultError",
    "Payload",
    "PlacementTest",
    "PlacementTestAssessmentLineItemsType0",
    "PlacementTestAssessmentResultsType0Item",
    "PlacementTestComponentResources",
    "PlacementTestResources",
    "PlacementTestResourcesMetadata",
    "PlacementUpdateStudentQuestionResponseResult",
    "Position",
    "PowerPath100ProgressResult",
    "PowerPath100UpdateStudentQuestionResponseResult",
    "PowerPathTestQuestion",
    "PowerPathTestQuestionResponses",
    "Progress",
    "ProgressCourse",
    "Qti",
    "QtiMetadata",
    "QuizUpdateStudentQuestionResponseResult",
    "Reading",
    "ReadingResult",
    "RemainingQuestionsPerDifficulty",
    "ResetAttemptResponse200",
    "ResetSessionBody",
    "ResetUserPlacementBody",
    "ResetUserPlacementResponse200",
    "Resource",
    "ResourceMetadataType0",
    "ResponseResult",
    "Result",
    "Role",
    "SchoolYearRef",
    "SchoolYearType",
    "ScoreScale",
    "ScoreStatus",
    "ScreeningStatus",
    "SeenQuestionResult",
    "SeenQuestionResultOutcomes",
    "SetSkipped",
    "SetSkippedCommandPayload",
    "StartTestOutBody",
    "StartTestOutResponse200",
    "StartTestOutResponse200Status",
    "Status",
    "StoreOperationBody",
    "StoreOperationResponse201",
    "Subject",
    "SubjectEnum",
    "SyncCourseLessonPlansResponse200",
    "SyncOperationsResponse200Response",
    "Target",
    "TestAssignment",
    "TestAssignmentList",
    "TestOut",
    "TestOutResult",
    "TestOutUpdateStudentQuestionResponseResult",
    "TestType",
    "TooManyRequestsCodeMinor",
    "TooManyRequestsCodeMinorField",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseImsxErrorDetailsItem",
    "ToolProvider",
    "Type",
    "UnauthorizedCodeMinor",
    "UnauthorizedCodeMinorField",
    "UnauthorizedRequestResponse",
    "UnauthorizedRequestResponseImsxErrorDetailsItem",
    "UnitTestUpdateStudentQuestionResponseResult",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseImsxErrorDetailsItem",
    "UpdateStudentItemResponseBody",
    "UpdateStudentItemResponseBodyResult",
    "UpdateStudentItemResponseBodyResultMetadataType0",
    "UpdateStudentItemResponseResponse201",
    "UpdateStudentQuestionResponseInput",
    "UpdateStudentQuestionResponseInputResponses",
    "UpdateTestAssignmentBody",
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
