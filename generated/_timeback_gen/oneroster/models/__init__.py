"""Data models used in requests and responses, imported on first access (keeps `import` cheap)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .academic_session import AcademicSession
    from .academic_session_body import AcademicSessionBody
    from .academic_session_input import AcademicSessionInput
    from .academic_session_metadata_type_0 import AcademicSessionMetadataType0
    from .academic_session_response import AcademicSessionResponse
    from .academic_session_type import AcademicSessionType
    from .add_agent_body import AddAgentBody
    from .add_agent_response_200 import AddAgentResponse200
    from .add_teacher_to_class_body_enrollment import AddTeacherToClassBodyEnrollment
    from .app import App
    from .app_metadata_type_0 import AppMetadataType0
    from .assessment_line_item import AssessmentLineItem
    from .assessment_line_item_body import AssessmentLineItemBody
    from .assessment_line_item_metadata_type_0 import AssessmentLineItemMetadataType0
    from .assessment_result import AssessmentResult
    from .assessment_result_body import AssessmentResultBody
    from .assessment_result_metadata_type_0 import AssessmentResultMetadataType0
    from .bad_request_code_minor import BadRequestCodeMinor
    from .bad_request_code_minor_field import BadRequestCodeMinorField
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_imsx_error_details_item import (
        BadRequestResponseImsxErrorDetailsItem,
    )
    from .category import Category
    from .category_body import CategoryBody
    from .category_list import CategoryList
    from .category_metadata_type_0 import CategoryMetadataType0
    from .class_ import Class
    from .class_list import ClassList
    from .class_metadata_type_0 import ClassMetadataType0
    from .class_type import ClassType
    from .component_resource import ComponentResource
    from .component_resource_body import ComponentResourceBody
    from .component_resource_metadata_type_0 import ComponentResourceMetadataType0
    from .course import Course
    from .course_body import CourseBody
    from .course_component import CourseComponent
    from .course_component_body import CourseComponentBody
    from .course_component_metadata_type_0 import CourseComponentMetadataType0
    from .course_list import CourseList
    from .course_metadata_type_0 import CourseMetadataType0
    from .course_structure_value import CourseStructureValue
    from .create_class_body import CreateClassBody
    from .create_class_body_class import CreateClassBodyClass
    from .create_class_body_class_metadata_type_0 import (
        CreateClassBodyClassMetadataType0,
    )
    from .create_component_resource_body_component_resource import (
        CreateComponentResourceBodyComponentResource,
    )
    from .create_component_resource_body_component_resource_metadata_type_0 import (
        CreateComponentResourceBodyComponentResourceMetadataType0,
    )
    from .create_course_body_course import CreateCourseBodyCourse
    from .create_course_body_course_metadata_type_0 import (
        CreateCourseBodyCourseMetadataType0,
    )
    from .create_course_component_body_course_component import (
        CreateCourseComponentBodyCourseComponent,
    )
    from .create_course_component_body_course_component_metadata_type_0 import (
        CreateCourseComponentBodyCourseComponentMetadataType0,
    )
    from .create_course_structure_body import CreateCourseStructureBody
    from .create_course_structure_body_course_structure import (
        CreateCourseStructureBodyCourseStructure,
    )
    from .create_enrollment_body import CreateEnrollmentBody
    from .create_enrollment_body_enrollment import CreateEnrollmentBodyEnrollment
    from .create_grading_period_body_academic_session import (
        CreateGradingPeriodBodyAcademicSession,
    )
    from .create_grading_period_body_academic_session_metadata_type_0 import (
        CreateGradingPeriodBodyAcademicSessionMetadataType0,
    )
    from .create_grading_period_for_term_body import CreateGradingPeriodForTermBody
    from .create_grading_period_for_term_body_academic_session import (
        CreateGradingPeriodForTermBodyAcademicSession,
    )
    from .create_grading_period_for_term_body_academic_session_metadata_type_0 import (
        CreateGradingPeriodForTermBodyAcademicSessionMetadataType0,
    )
    from .create_org_body_org import CreateOrgBodyOrg
    from .create_org_body_org_metadata_type_0 import CreateOrgBodyOrgMetadataType0
    from .create_resource_body import CreateResourceBody
    from .create_resource_body_resource import CreateResourceBodyResource
    from .create_resource_body_resource_metadata_type_0 import (
        CreateResourceBodyResourceMetadataType0,
    )
    from .create_school_body_org import CreateSchoolBodyOrg
    from .create_school_body_org_metadata_type_0 import CreateSchoolBodyOrgMetadataType0
    from .create_user_body_user import CreateUserBodyUser
    from .credential import Credential
    from .credentials import Credentials
    from .decrypt_credential_response_200 import DecryptCredentialResponse200
    from .delete_agent_response_200 import DeleteAgentResponse200
    from .demographic_sex import DemographicSex
    from .demographics import Demographics
    from .demographics_body import DemographicsBody
    from .demographics_metadata_type_0 import DemographicsMetadataType0
    from .enabled_user import EnabledUser
    from .enrollment import Enrollment
    from .enrollment_body import EnrollmentBody
    from .enrollment_list import EnrollmentList
    from .enrollment_metadata import EnrollmentMetadata
    from .enrollment_metadata_type_0 import EnrollmentMetadataType0
    from .enrollment_primary import EnrollmentPrimary
    from .enrollment_role import EnrollmentRole
    from .forbidden_code_minor import ForbiddenCodeMinor
    from .forbidden_code_minor_field import ForbiddenCodeMinorField
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_imsx_error_details_item import (
        ForbiddenResponseImsxErrorDetailsItem,
    )
    from .get_agent_for_response_200 import GetAgentForResponse200
    from .get_agents_response_200 import GetAgentsResponse200
    from .get_all_academic_sessions_response_200 import (
        GetAllAcademicSessionsResponse200,
    )
    from .get_all_assessment_line_items_response_200 import (
        GetAllAssessmentLineItemsResponse200,
    )
    from .get_all_assessment_results_response_200 import (
        GetAllAssessmentResultsResponse200,
    )
    from .get_all_component_resources_response_200 import (
        GetAllComponentResourcesResponse200,
    )
    from .get_all_course_components_response_200 import (
        GetAllCourseComponentsResponse200,
    )
    from .get_all_demographics_response_200 import GetAllDemographicsResponse200
    from .get_class_response_200 import GetClassResponse200
    from .get_component_resource_response_200 import GetComponentResourceResponse200
    from .get_course_component_response_200 import GetCourseComponentResponse200
    from .get_course_response_200 import GetCourseResponse200
    from .get_demographics_response_200 import GetDemographicsResponse200
    from .get_enrollment_response_200 import GetEnrollmentResponse200
    from .get_grading_period_response_200 import GetGradingPeriodResponse200
    from .get_resource_response_200 import GetResourceResponse200
    from .get_students_for_class_response_200 import GetStudentsForClassResponse200
    from .get_teachers_for_class_response_200 import GetTeachersForClassResponse200
    from .get_term_response_200 import GetTermResponse200
    from .goals import Goals
    from .grade_enum import GradeEnum
    from .grading_period_list import GradingPeriodList
    from .guid_ref import GUIDRef
    from .guid_type import GUIDType
    from .internal_server_error_code_minor import InternalServerErrorCodeMinor
    from .internal_server_error_code_minor_field import (
        InternalServerErrorCodeMinorField,
    )
    from .internal_server_error_response import InternalServerErrorResponse
    from .internal_server_error_response_imsx_error_details_item import (
        InternalServerErrorResponseImsxErrorDetailsItem,
    )
    from .learning_objective_result import LearningObjectiveResult
    from .lesson_type import LessonType
    from .line_item import LineItem
    from .line_item_body import LineItemBody
    from .line_item_learning_objective_set import LineItemLearningObjectiveSet
    from .line_item_list import LineItemList
    from .line_item_metadata_type_0 import LineItemMetadataType0
    from .line_item_status import LineItemStatus
    from .line_items_body import LineItemsBody
    from .metadata import Metadata
    from .metadata_onboarding import MetadataOnboarding
    from .metadata_onboarding_value import MetadataOnboardingValue
    from .metrics import Metrics
    from .named_guid_ref import NamedGUIDRef
    from .not_found_code_minor import NotFoundCodeMinor
    from .not_found_code_minor_field import NotFoundCodeMinorField
    from .not_found_response import NotFoundResponse
    from .not_found_response_imsx_error_details_item import (
        NotFoundResponseImsxErrorDetailsItem,
    )
    from .onboarding_state_input import OnboardingStateInput
    from .onboarding_value import OnboardingValue
    from .order_by import OrderBy
    from .org import Org
    from .org_body import OrgBody
    from .org_input import OrgInput
    from .org_list import OrgList
    from .org_metadata_type_0 import OrgMetadataType0
    from .org_response import OrgResponse
    from .org_type import OrgType
    from .partially_update_enrollment_body import PartiallyUpdateEnrollmentBody
    from .partially_update_enrollment_body_enrollment import (
        PartiallyUpdateEnrollmentBodyEnrollment,
    )
    from .partially_update_enrollment_response_200 import (
        PartiallyUpdateEnrollmentResponse200,
    )
    from .patch_assessment_line_item_body import PatchAssessmentLineItemBody
    from .patch_assessment_line_item_body_assessment_line_item import (
        PatchAssessmentLineItemBodyAssessmentLineItem,
    )
    from .patch_assessment_line_item_body_assessment_line_item_metadata import (
        PatchAssessmentLineItemBodyAssessmentLineItemMetadata,
    )
    from .patch_assessment_line_item_response_200 import (
        PatchAssessmentLineItemResponse200,
    )
    from .patch_assessment_result_body import PatchAssessmentResultBody
    from .patch_assessment_result_body_assessment_result import (
        PatchAssessmentResultBodyAssessmentResult,
    )
    from .patch_assessment_result_body_assessment_result_metadata import (
        PatchAssessmentResultBodyAssessmentResultMetadata,
    )
    from .patch_assessment_result_response_200 import PatchAssessmentResultResponse200
    from .post_academic_session_body_academic_session import (
        PostAcademicSessionBodyAcademicSession,
    )
    from .post_academic_session_body_academic_session_metadata_type_0 import (
        PostAcademicSessionBodyAcademicSessionMetadataType0,
    )
    from .post_demographics_body_demographics import PostDemographicsBodyDemographics
    from .post_demographics_body_demographics_metadata_type_0 import (
        PostDemographicsBodyDemographicsMetadataType0,
    )
    from .primary_org import PrimaryOrg
    from .put_component_resource_response_200 import PutComponentResourceResponse200
    from .put_course_component_response_200 import PutCourseComponentResponse200
    from .put_course_response_200 import PutCourseResponse200
    from .register_student_credentials_body import RegisterStudentCredentialsBody
    from .register_student_credentials_response_200_response import (
        RegisterStudentCredentialsResponse200Response,
    )
    from .resource import Resource
    from .resource_list import ResourceList
    from .resource_metadata_type_0 import ResourceMetadataType0
    from .result import Result
    from .result_body import ResultBody
    from .result_learning_objective_set import ResultLearningObjectiveSet
    from .result_list import ResultList
    from .result_metadata_type_0 import ResultMetadataType0
    from .results_body import ResultsBody
    from .role import Role
    from .role_metadata import RoleMetadata
    from .role_type import RoleType
    from .score_scale import ScoreScale
    from .score_scale_body import ScoreScaleBody
    from .score_scale_list import ScoreScaleList
    from .score_scale_metadata_type_0 import ScoreScaleMetadataType0
    from .score_scale_value import ScoreScaleValue
    from .score_status import ScoreStatus
    from .sex import Sex
    from .sourced_id_pairs import SourcedIdPairs
    from .sourced_id_pairs_response import SourcedIdPairsResponse
    from .sourced_id_ref import SourcedIdRef
    from .status_type import StatusType
    from .stimulus import Stimulus
    from .subject_enum import SubjectEnum
    from .term_list import TermList
    from .timeback_role import TimebackRole
    from .too_many_requests_code_minor import TooManyRequestsCodeMinor
    from .too_many_requests_code_minor_field import TooManyRequestsCodeMinorField
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_imsx_error_details_item import (
        TooManyRequestsResponseImsxErrorDetailsItem,
    )
    from .typed_guid_ref import TypedGUIDRef
    from .unauthorized_code_minor import UnauthorizedCodeMinor
    from .unauthorized_code_minor_field import UnauthorizedCodeMinorField
    from .unauthorized_request_response import UnauthorizedRequestResponse
    from .unauthorized_request_response_imsx_error_details_item import (
        UnauthorizedRequestResponseImsxErrorDetailsItem,
    )
    from .unprocessable_entity_response import UnprocessableEntityResponse
    from .unprocessable_entity_response_imsx_error_details_item import (
        UnprocessableEntityResponseImsxErrorDetailsItem,
    )
    from .update_class_body import UpdateClassBody
    from .update_class_body_class import UpdateClassBodyClass
    from .update_class_body_class_metadata_type_0 import (
        UpdateClassBodyClassMetadataType0,
    )
    from .update_enrollment_body import UpdateEnrollmentBody
    from .update_enrollment_body_enrollment import UpdateEnrollmentBodyEnrollment
    from .update_enrollment_response_201 import UpdateEnrollmentResponse201
    from .update_grading_period_response_201 import UpdateGradingPeriodResponse201
    from .update_org_response_201 import UpdateOrgResponse201
    from .update_resource_body import UpdateResourceBody
    from .update_resource_body_resource import UpdateResourceBodyResource
    from .update_resource_body_resource_metadata_type_0 import (
        UpdateResourceBodyResourceMetadataType0,
    )
    from .update_resource_response_200 import UpdateResourceResponse200
    from .user import User
    from .user_body import UserBody
    from .user_id import UserId
    from .user_list import UserList
    from .user_metadata_type_0 import UserMetadataType0
    from .user_profile import UserProfile
    from .user_response import UserResponse
    from .user_role import UserRole
    from .user_role_input import UserRoleInput
    from .user_role_metadata_type_0 import UserRoleMetadataType0
    from .video import Video

_MODULES = {
    "AcademicSession": ".academic_session",
    "AcademicSessionBody": ".academic_session_body",
    "AcademicSessionInput": ".academic_session_input",
    "AcademicSessionMetadataType0": ".academic_session_metadata_type_0",
    "AcademicSessionResponse": ".academic_session_response",
    "AcademicSessionType": ".academic_session_type",
    "AddAgentBody": ".add_agent_body",
    "AddAgentResponse200": ".add_agent_response_200",
    "AddTeacherToClassBodyEnrollment": ".add_teacher_to_class_body_enrollment",
    "App": ".app",
    "AppMetadataType0": ".app_metadata_type_0",
    "AssessmentLineItem": ".assessment_line_item",
    "AssessmentLineItemBody": ".assessment_line_item_body",
    "AssessmentLineItemMetadataType0": ".assessment_line_item_metadata_type_0",
    "AssessmentResult": ".assessment_result",
    "AssessmentResultBody": ".assessment_result_body",
    "AssessmentResultMetadataType0": ".assessment_result_metadata_type_0",
    "BadRequestCodeMinor": ".bad_request_code_minor",
    "BadRequestCodeMinorField": ".bad_request_code_minor_field",
    "BadRequestResponse": ".bad_request_response",
    "BadRequestResponseImsxErrorDetailsItem": ".bad_request_response_imsx_error_details_item",
    "Category": ".category",
    "CategoryBody": ".category_body",
    "CategoryList": ".category_list",
    "CategoryMetadataType0": ".category_metadata_type_0",
    "Class": ".class_",
    "ClassList": ".class_list",
    "ClassMetadataType0": ".class_metadata_type_0",
    "ClassType": ".class_type",
    "ComponentResource": ".component_resource",
    "ComponentResourceBody": ".component_resource_body",
    "ComponentResourceMetadataType0": ".component_resource_metadata_type_0",
    "Course": ".course",
    "CourseBody": ".course_body",
    "CourseComponent": ".course_component",
    "CourseComponentBody": ".course_component_body",
    "CourseComponentMetadataType0": ".course_component_metadata_type_0",
    "CourseList": ".course_list",
    "CourseMetadataType0": ".course_metadata_type_0",
    "CourseStructureValue": ".course_structure_value",
    "CreateClassBody": ".create_class_body",
    "CreateClassBodyClass": ".create_class_body_class",
    "CreateClassBodyClassMetadataType0": ".create_class_body_class_metadata_type_0",
    "CreateComponentResourceBodyComponentResource": ".create_component_resource_body_component_resource",
    "CreateComponentResourceBodyComponentResourceMetadataType0": ".create_component_resource_body_component_resource_metadata_type_0",
    "CreateCourseBodyCourse": ".create_course_body_course",
    "CreateCourseBodyCourseMetadataType0": ".create_course_body_course_metadata_type_0",
    "CreateCourseComponentBodyCourseComponent": ".create_course_component_body_course_component",
    "CreateCourseComponentBodyCourseComponentMetadataType0": ".create_course_component_body_course_component_metadata_type_0",
    "CreateCourseStructureBody": ".create_course_structure_body",
    "CreateCourseStructureBodyCourseStructure": ".create_course_structure_body_course_structure",
    "CreateEnrollmentBody": ".create_enrollment_body",
    "CreateEnrollmentBodyEnrollment": ".create_enrollment_body_enrollment",
    "CreateGradingPeriodBodyAcademicSession": ".create_grading_period_body_academic_session",
    "CreateGradingPeriodBodyAcademicSessionMetadataType0": ".create_grading_period_body_academic_session_metadata_type_0",
    "CreateGradingPeriodForTermBody": ".create_grading_period_for_term_body",
    "CreateGradingPeriodForTermBodyAcademicSession": ".create_grading_period_for_term_body_academic_session",
    "CreateGradingPeriodForTermBodyAcademicSessionMetadataType0": ".create_grading_period_for_term_body_academic_session_metadata_type_0",
    "CreateOrgBodyOrg": ".create_org_body_org",
    "CreateOrgBodyOrgMetadataType0": ".create_org_body_org_metadata_type_0",
    "CreateResourceBody": ".create_resource_body",
    "CreateResourceBodyResource": ".create_resource_body_resource",
    "CreateResourceBodyResourceMetadataType0": ".create_resource_body_resource_metadata_type_0",
    "CreateSchoolBodyOrg": ".create_school_body_org",
    "CreateSchoolBodyOrgMetadataType0": ".create_school_body_org_metadata_type_0",
    "CreateUserBodyUser": ".create_user_body_user",
    "Credential": ".credential",
    "Credentials": ".credentials",
    "DecryptCredentialResponse200": ".decrypt_credential_response_200",
    "DeleteAgentResponse200": ".delete_agent_response_200",
    "DemographicSex": ".demographic_sex",
    "Demographics": ".demographics",
    "DemographicsBody": ".demographics_body",
    "DemographicsMetadataType0": ".demographics_metadata_type_0",
    "EnabledUser": ".enabled_user",
    "Enrollment": ".enrollment",
    "EnrollmentBody": ".enrollment_body",
    "EnrollmentList": ".enrollment_list",
    "EnrollmentMetadata": ".enrollment_metadata",
    "EnrollmentMetadataType0": ".enrollment_metadata_type_0",
    "EnrollmentPrimary": ".enrollment_primary",
    "EnrollmentRole": ".enrollment_role",
    "ForbiddenCodeMinor": ".forbidden_code_minor",
    "ForbiddenCodeMinorField": ".forbidden_code_minor_field",
    "ForbiddenResponse": ".forbidden_response",
    "ForbiddenResponseImsxErrorDetailsItem": ".forbidden_response_imsx_error_details_item",
    "GetAgentForResponse200": ".get_agent_for_response_200",
    "GetAgentsResponse200": ".get_agents_response_200",
    "GetAllAcademicSessionsResponse200": ".get_all_academic_sessions_response_200",
    "GetAllAssessmentLineItemsResponse200": ".get_all_assessment_line_items_response_200",
    "GetAllAssessmentResultsResponse200": ".get_all_assessment_results_response_200",
    "GetAllComponentResourcesResponse200": ".get_all_component_resources_response_200",
    "GetAllCourseComponentsResponse200": ".get_all_course_components_response_200",
    "GetAllDemographicsResponse200": ".get_all_demographics_response_200",
    "GetClassResponse200": ".get_class_response_200",
    "GetComponentResourceResponse200": ".get_component_resource_response_200",
    "GetCourseComponentResponse200": ".get_course_component_response_200",
    "GetCourseResponse200": ".get_course_response_200",
    "GetDemographicsResponse200": ".get_demographics_response_200",
    "GetEnrollmentResponse200": ".get_enrollment_response_200",
    "GetGradingPeriodResponse200": ".get_grading_period_response_200",
    "GetResourceResponse200": ".get_resource_response_200",
    "GetStudentsForClassResponse200": ".get_students_for_class_response_200",
    "GetTeachersForClassResponse200": ".get_teachers_for_class_response_200",
    "GetTermResponse200": ".get_term_response_200",
    "Goals": ".goals",
    "GradeEnum": ".grade_enum",
    "GradingPeriodList": ".grading_period_list",
    "GUIDRef": ".guid_ref",
    "GUIDType": ".guid_type",
    "InternalServerErrorCodeMinor": ".internal_server_error_code_minor",
    "InternalServerErrorCodeMinorField": ".internal_server_error_code_minor_field",
    "InternalServerErrorResponse": ".internal_server_error_response",
    "InternalServerErrorResponseImsxErrorDetailsItem": ".internal_server_error_response_imsx_error_details_item",
    "LearningObjectiveResult": ".learning_objective_result",
    "LessonType": ".lesson_type",
    "LineItem": ".line_item",
    "LineItemBody": ".line_item_body",
    "LineItemLearningObjectiveSet": ".line_item_learning_objective_set",
    "LineItemList": ".line_item_list",
    "LineItemMetadataType0": ".line_item_metadata_type_0",
    "LineItemStatus": ".line_item_status",
    "LineItemsBody": ".line_items_body",
    "Metadata": ".metadata",
    "MetadataOnboarding": ".metadata_onboarding",
    "MetadataOnboardingValue": ".metadata_onboarding_value",
    "Metrics": ".metrics",
    "NamedGUIDRef": ".named_guid_ref",
    "NotFoundCodeMinor": ".not_found_code_minor",
    "NotFoundCodeMinorField": ".not_found_code_minor_field",
    "NotFoundResponse": ".not_found_response",
    "NotFoundResponseImsxErrorDetailsItem": ".not_found_response_imsx_error_details_item",
    "OnboardingStateInput": ".onboarding_state_input",
    "OnboardingValue": ".onboarding_value",
    "OrderBy": ".order_by",
    "Org": ".org",
    "OrgBody": ".org_body",
    "OrgInput": ".org_input",
    "OrgList": ".org_list",
    "OrgMetadataType0": ".org_metadata_type_0",
    "OrgResponse": ".org_response",
    "OrgType": ".org_type",
    "PartiallyUpdateEnrollmentBody": ".partially_update_enrollment_body",
    "PartiallyUpdateEnrollmentBodyEnrollment": ".partially_update_enrollment_body_enrollment",
    "PartiallyUpdateEnrollmentResponse200": ".partially_update_enrollment_response_200",
    "PatchAssessmentLineItemBody": ".patch_assessment_line_item_body",
    "PatchAssessmentLineItemBodyAssessmentLineItem": ".patch_assessment_line_item_body_assessment_line_item",
    "PatchAssessmentLineItemBodyAssessmentLineItemMetadata": ".patch_assessment_line_item_body_assessment_line_item_metadata",
    "PatchAssessmentLineItemResponse200": ".patch_assessment_line_item_response_200",
    "PatchAssessmentResultBody": ".patch_assessment_result_body",
    "PatchAssessmentResultBodyAssessmentResult": ".patch_assessment_result_body_assessment_result",
    "PatchAssessmentResultBodyAssessmentResultMetadata": ".patch_assessment_result_body_assessment_result_metadata",
    "PatchAssessmentResultResponse200": ".patch_assessment_result_response_200",
    "PostAcademicSessionBodyAcademicSession": ".post_academic_session_body_academic_session",
    "PostAcademicSessionBodyAcademicSessionMetadataType0": ".post_academic_session_body_academic_session_metadata_type_0",
    "PostDemographicsBodyDemographics": ".post_demographics_body_demographics",
    "PostDemographicsBodyDemographicsMetadataType0": ".post_demographics_body_demographics_metadata_type_0",
    "PrimaryOrg": ".primary_org",
    "PutComponentResourceResponse200": ".put_component_resource_response_200",
    "PutCourseComponentResponse200": ".put_course_component_response_200",
    "PutCourseResponse200": ".put_course_response_200",
    "RegisterStudentCredentialsBody": ".register_student_credentials_body",
    "RegisterStudentCredentialsResponse200Response": ".register_student_credentials_response_200_response",
    "Resource": ".resource",
    "ResourceList": ".resource_list",
    "ResourceMetadataType0": ".resource_metadata_type_0",
    "Result": ".result",
    "ResultBody": ".result_body",
    "ResultLearningObjectiveSet": ".result_learning_objective_set",
    "ResultList": ".result_list",
    "ResultMetadataType0": ".result_metadata_type_0",
    "ResultsBody": ".results_body",
    "Role": ".role",
    "RoleMetadata": ".role_metadata",
    "RoleType": ".role_type",
    "ScoreScale": ".score_scale",
    "ScoreScaleBody": ".score_scale_body",
    "ScoreScaleList": ".score_scale_list",
    "ScoreScaleMetadataType0": ".score_scale_metadata_type_0",
    "ScoreScaleValue": ".score_scale_value",
    "ScoreStatus": ".score_status",
    "Sex": ".sex",
    "SourcedIdPairs": ".sourced_id_pairs",
    "SourcedIdPairsResponse": ".sourced_id_pairs_response",
    "SourcedIdRef": ".sourced_id_ref",
    "StatusType": ".status_type",
    "Stimulus": ".stimulus",
    "SubjectEnum": ".subject_enum",
    "TermList": ".term_list",
    "TimebackRole": ".timeback_role",
    "TooManyRequestsCodeMinor": ".too_many_requests_code_minor",
    "TooManyRequestsCodeMinorField": ".too_many_requests_code_minor_field",
    "TooManyRequestsResponse": ".too_many_requests_response",
    "TooManyRequestsResponseImsxErrorDetailsItem": ".too_many_requests_response_imsx_error_details_item",
    "TypedGUIDRef": ".typed_guid_ref",
    "UnauthorizedCodeMinor": ".unauthorized_code_minor",
    "UnauthorizedCodeMinorField": ".unauthorized_code_minor_field",
    "UnauthorizedRequestResponse": ".unauthorized_request_response",
    "UnauthorizedRequestResponseImsxErrorDetailsItem": ".unauthorized_request_response_imsx_error_details_item",
    "UnprocessableEntityResponse": ".unprocessable_entity_response",
    "UnprocessableEntityResponseImsxErrorDetailsItem": ".unprocessable_entity_response_imsx_error_details_item",
    "UpdateClassBody": ".update_class_body",
    "UpdateClassBodyClass": ".update_class_body_class",
    "UpdateClassBodyClassMetadataType0": ".update_class_body_class_metadata_type_0",
    "UpdateEnrollmentBody": ".update_enrollment_body",
    "UpdateEnrollmentBodyEnrollment": ".update_enrollment_body_enrollment",
    "UpdateEnrollmentResponse201": ".update_enrollment_response_201",
    "UpdateGradingPeriodResponse201": ".update_grading_period_response_201",
    "UpdateOrgResponse201": ".update_org_response_201",
    "UpdateResourceBody": ".update_resource_body",
    "UpdateResourceBodyResource": ".update_resource_body_resource",
    "UpdateResourceBodyResourceMetadataType0": ".update_resource_body_resource_metadata_type_0",
    "UpdateResourceResponse200": ".update_resource_response_200",
    "User": ".user",
    "UserBody": ".user_body",
    "UserId": ".user_id",
    "UserList": ".user_list",
    "UserMetadataType0": ".user_metadata_type_0",
    "UserProfile": ".user_profile",
    "UserResponse": ".user_response",
    "UserRole": ".user_role",
    "UserRoleInput": ".user_role_input",
    "UserRoleMetadataType0": ".user_role_metadata_type_0",
    "Video": ".video",
}

__all__ = (
    "AcademicSession",
    "AcademicSessionBody",
    "AcademicSessionInput",
    "AcademicSessionMetadataType0",
    "AcademicSessionResponse",
    "AcademicSessionType",
    "AddAgentBody",
    "AddAgentResponse200",
    "AddTeacherToClassBodyEnrollment",
    "App",
    "AppMetadataType0",
    "AssessmentLineItem",
    "AssessmentLineItemBody",
    "AssessmentLineItemMetadataType0",
    "AssessmentResult",
    "AssessmentResultBody",
    "AssessmentResultMetadataType0",
    "BadRequestCodeMinor",
    "BadRequestCodeMinorField",
    "BadRequestResponse",
    "BadRequestResponseImsxErrorDetailsItem",
    "Category",
    "CategoryBody",
    "CategoryList",
    "CategoryMetadataType0",
    "Class",
    "ClassList",
    "ClassMetadataType0",
    "ClassType",
    "ComponentResource",
    "ComponentResourceBody",
    "ComponentResourceMetadataType0",
    "Course",
    "CourseBody",
    "CourseComponent",
    "CourseComponentBody",
    "CourseComponentMetadataType0",
    "CourseList",
    "CourseMetadataType0",
    "CourseStructureValue",
    "CreateClassBody",
    "CreateClassBodyClass",
    "CreateClassBodyClassMetadataType0",
    "CreateComponentResourceBodyComponentResource",
    "CreateComponentResourceBodyComponentResourceMetadataType0",
    "CreateCourseBodyCourse",
    "CreateCourseBodyCourseMetadataType0",
    "CreateCourseComponentBodyCourseComponent",
    "CreateCourseComponentBodyCourseComponentMetadataType0",
    "CreateCourseStructureBody",
    "CreateCourseStructureBodyCourseStructure",
    "CreateEnrollmentBody",
    "CreateEnrollmentBodyEnrollment",
    "CreateGradingPeriodBodyAcademicSession",
    "CreateGradingPeriodBodyAcademicSessionMetadataType0",
    "CreateGradingPeriodForTermBody",
    "CreateGradingPeriodForTermBodyAcademicSession",
    "CreateGradingPeriodForTermBodyAcademicSessionMetadataType0",
    "CreateOrgBodyOrg",
    "CreateOrgBodyOrgMetadataType0",
    "CreateResourceBody",
    "CreateResourceBodyResource",
    "CreateResourceBodyResourceMetadataType0",
    "CreateSchoolBodyOrg",
    "CreateSchoolBodyOrgMetadataType0",
    "CreateUserBodyUser",
    "Credential",
    "Credentials",
    "DecryptCredentialResponse200",
    "DeleteAgentResponse200",
    "DemographicSex",
    "Demographics",
    "DemographicsBody",
    "DemographicsMetadataType0",
    "EnabledUser",
    "Enrollment",
    "EnrollmentBody",
    "EnrollmentList",
    "EnrollmentMetadata",
    "EnrollmentMetadataType0",
    "EnrollmentPrimary",
    "EnrollmentRole",
    "ForbiddenCodeMinor",
    "ForbiddenCodeMinorField",
    "ForbiddenResponse",
    "ForbiddenResponseImsxErrorDetailsItem",
    "GUIDRef",
    "GUIDType",
    "GetAgentForResponse200",
    "GetAgentsResponse200",
    "GetAllAcademicSessionsResponse200",
    "GetAllAssessmentLineItemsResponse200",
    "GetAllAssessmentResultsResponse200",
    "GetAllComponentResourcesResponse200",
    "GetAllCourseComponentsResponse200",
    "GetAllDemographicsResponse200",
    "GetClassResponse200",
    "GetComponentResourceResponse200",
    "GetCourseComponentResponse200",
    "GetCourseResponse200",
    "GetDemographicsResponse200",
    "GetEnrollmentResponse200",
    "GetGradingPeriodResponse200",
    "GetResourceResponse200",
    "GetStudentsForClassResponse200",
    "GetTeachersForClassResponse200",
    "GetTermResponse200",
    "Goals",
    "GradeEnum",
    "GradingPeriodList",
    "InternalServerErrorCodeMinor",
    "InternalServerErrorCodeMinorField",
    "InternalServerErrorResponse",
    "InternalServerErrorResponseImsxErrorDetailsItem",
    "LearningObjectiveResult",
    "LessonType",
    "LineItem",
    "LineItemBody",
    "LineItemLearningObjectiveSet",
    "LineItemList",
    "LineItemMetadataType0",
    "LineItemStatus",
    "LineItemsBody",
    "Metadata",
    "MetadataOnboarding",
    "MetadataOnboardingValue",
    "Metrics",
    "NamedGUIDRef",
    "NotFoundCodeMinor",
    "NotFoundCodeMinorField",
    "NotFoundResponse",
    "NotFoundResponseImsxErrorDetailsItem",
    "OnboardingStateInput",
    "OnboardingValue",
    "OrderBy",
    "Org",
    "OrgBody",
    "OrgInput",
    "OrgList",
    "OrgMetadataType0",
    "OrgResponse",
    "OrgType",
    "PartiallyUpdateEnrollmentBody",
    "PartiallyUpdateEnrollmentBodyEnrollment",
    "PartiallyUpdateEnrollmentResponse200",
    "PatchAssessmentLineItemBody",
    "PatchAssessmentLineItemBodyAssessmentLineItem",
    "PatchAssessmentLineItemBodyAssessmentLineItemMetadata",
    "PatchAssessmentLineItemResponse200",
    "PatchAssessmentResultBody",
    "PatchAssessmentResultBodyAssessmentResult",
    "PatchAssessmentResultBodyAssessmentResultMetadata",
    "PatchAssessmentResultResponse200",
    "PostAcademicSessionBodyAcademicSession",
    "PostAcademicSessionBodyAcademicSessionMetadataType0",
    "PostDemographicsBodyDemographics",
    "PostDemographicsBodyDemographicsMetadataType0",
    "PrimaryOrg",
    "PutComponentResourceResponse200",
    "PutCourseComponentResponse200",
    "PutCourseResponse200",
    "RegisterStudentCredentialsBody",
    "RegisterStudentCredentialsResponse200Response",
    "Resource",
    "ResourceList",
    "ResourceMetadataType0",
    "Result",
    "ResultBody",
    "ResultLearningObjectiveSet",
    "ResultList",
    "ResultMetadataType0",
    "ResultsBody",
    "Role",
    "RoleMetadata",
    "RoleType",
    "ScoreScale",
    "ScoreScaleBody",
    "ScoreScaleList",
    "ScoreScaleMetadataType0",
    "ScoreScaleValue",
    "ScoreStatus",
    "Sex",
    "SourcedIdPairs",
    "SourcedIdPairsResponse",
    "SourcedIdRef",
    "StatusType",
    "Stimulus",
    "SubjectEnum",
    "TermList",
    "TimebackRole",
    "TooManyRequestsCodeMinor",
    "TooManyRequestsCodeMinorField",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseImsxErrorDetailsItem",
    "TypedGUIDRef",
    "UnauthorizedCodeMinor",
    "UnauthorizedCodeMinorField",
    "UnauthorizedRequestResponse",
    "UnauthorizedRequestResponseImsxErrorDetailsItem",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseImsxErrorDetailsItem",
    "UpdateClassBody",
    "UpdateClassBodyClass",
    "UpdateClassBodyClassMetadataType0",
    "UpdateEnrollmentBody",
    "UpdateEnrollmentBodyEnrollment",
    "UpdateEnrollmentResponse201",
    "UpdateGradingPeriodResponse201",
    "UpdateOrgResponse201",
    "UpdateResourceBody",
    "UpdateResourceBodyResource",
    "UpdateResourceBodyResourceMetadataType0",
    "UpdateResourceResponse200",
    "User",
    "UserBody",
    "UserId",
    "UserList",
    "UserMetadataType0",
    "UserProfile",
    "UserResponse",
    "UserRole",
    "UserRoleInput",
    "UserRoleMetadataType0",
    "Video",
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


# Names earlier versions of this package exported for shapes that now have another name
# (specs/aliases.yaml, added by scripts/aliases.py): the old name is the new class.
_ALIASES: dict[str, str] = {
    "CreateEnrollmentBodyEnrollmentMetadata": "EnrollmentMetadata",  # oneroster-api.json types enrollment metadata (goals, metrics); createEnrollment's is that shape
    "UpdateEnrollmentBodyEnrollmentMetadata": "EnrollmentMetadata",  # oneroster-api.json types enrollment metadata (goals, metrics); updateEnrollment's is that shape
}

if TYPE_CHECKING:
    from .enrollment_metadata import (
        EnrollmentMetadata as CreateEnrollmentBodyEnrollmentMetadata,
    )
    from .enrollment_metadata import (
        EnrollmentMetadata as UpdateEnrollmentBodyEnrollmentMetadata,
    )

__all__ += (
    "CreateEnrollmentBodyEnrollmentMetadata",
    "UpdateEnrollmentBodyEnrollmentMetadata",
)


def _alias_getattr(name: str, _models_getattr: Any = __getattr__) -> Any:
    """An old name resolves to its new model (cached like any other); the rest as before."""
    value = _models_getattr(_ALIASES.get(name, name))
    globals()[name] = value
    return value


# Module attribute lookup (PEP 562) reads __getattr__ from the module's namespace.
globals()["__getattr__"] = _alias_getattr
