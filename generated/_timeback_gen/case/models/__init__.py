"""Data models used in requests and responses, imported on first access (keeps `import` cheap)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bad_request_code_minor import BadRequestCodeMinor
    from .bad_request_code_minor_field import BadRequestCodeMinorField
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_imsx_error_details_item import (
        BadRequestResponseImsxErrorDetailsItem,
    )
    from .case_version import CaseVersion
    from .cf_association import CFAssociation
    from .cf_association_extensions_type_0 import CFAssociationExtensionsType0
    from .cf_definitions import CFDefinitions
    from .cf_document import CFDocument
    from .cf_document_extensions_type_0 import CFDocumentExtensionsType0
    from .cf_item import CFItem
    from .cf_item_extensions_type_0 import CFItemExtensionsType0
    from .cf_package import CFPackage
    from .cf_package_with_groups import CFPackageWithGroups
    from .cf_package_with_groups_structured_content import (
        CFPackageWithGroupsStructuredContent,
    )
    from .forbidden_code_minor import ForbiddenCodeMinor
    from .forbidden_code_minor_field import ForbiddenCodeMinorField
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_imsx_error_details_item import (
        ForbiddenResponseImsxErrorDetailsItem,
    )
    from .get_all_cf_documents_response_200 import GetAllCfDocumentsResponse200
    from .get_all_cf_items_response_200 import GetAllCfItemsResponse200
    from .get_cf_association_response_200 import GetCfAssociationResponse200
    from .get_cf_document_response_200 import GetCfDocumentResponse200
    from .get_cf_item_response_200 import GetCfItemResponse200
    from .get_cf_package_response_200 import GetCfPackageResponse200
    from .get_cf_package_with_groups_response_200 import (
        GetCfPackageWithGroupsResponse200,
    )
    from .internal_server_error_code_minor import InternalServerErrorCodeMinor
    from .internal_server_error_code_minor_field import (
        InternalServerErrorCodeMinorField,
    )
    from .internal_server_error_response import InternalServerErrorResponse
    from .internal_server_error_response_imsx_error_details_item import (
        InternalServerErrorResponseImsxErrorDetailsItem,
    )
    from .not_found_code_minor import NotFoundCodeMinor
    from .not_found_code_minor_field import NotFoundCodeMinorField
    from .not_found_response import NotFoundResponse
    from .not_found_response_imsx_error_details_item import (
        NotFoundResponseImsxErrorDetailsItem,
    )
    from .origin_node_uri import OriginNodeURI
    from .result import Result
    from .stats import Stats
    from .structured_content_value import StructuredContentValue
    from .structured_content_value_child_groups import StructuredContentValueChildGroups
    from .structured_content_value_extensions_type_0 import (
        StructuredContentValueExtensionsType0,
    )
    from .subject_uri import SubjectURI
    from .too_many_requests_code_minor import TooManyRequestsCodeMinor
    from .too_many_requests_code_minor_field import TooManyRequestsCodeMinorField
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_imsx_error_details_item import (
        TooManyRequestsResponseImsxErrorDetailsItem,
    )
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
    from .upload_cf_package_body import UploadCfPackageBody
    from .upload_cf_package_body_cf_association import UploadCFPackageBodyCFAssociation
    from .upload_cf_package_body_cf_document import UploadCFPackageBodyCFDocument
    from .upload_cf_package_body_cf_item import UploadCFPackageBodyCFItem
    from .upload_cf_package_response_201 import UploadCfPackageResponse201

_MODULES = {
    "BadRequestCodeMinor": ".bad_request_code_minor",
    "BadRequestCodeMinorField": ".bad_request_code_minor_field",
    "BadRequestResponse": ".bad_request_response",
    "BadRequestResponseImsxErrorDetailsItem": ".bad_request_response_imsx_error_details_item",
    "CaseVersion": ".case_version",
    "CFAssociation": ".cf_association",
    "CFAssociationExtensionsType0": ".cf_association_extensions_type_0",
    "CFDefinitions": ".cf_definitions",
    "CFDocument": ".cf_document",
    "CFDocumentExtensionsType0": ".cf_document_extensions_type_0",
    "CFItem": ".cf_item",
    "CFItemExtensionsType0": ".cf_item_extensions_type_0",
    "CFPackage": ".cf_package",
    "CFPackageWithGroups": ".cf_package_with_groups",
    "CFPackageWithGroupsStructuredContent": ".cf_package_with_groups_structured_content",
    "ForbiddenCodeMinor": ".forbidden_code_minor",
    "ForbiddenCodeMinorField": ".forbidden_code_minor_field",
    "ForbiddenResponse": ".forbidden_response",
    "ForbiddenResponseImsxErrorDetailsItem": ".forbidden_response_imsx_error_details_item",
    "GetAllCfDocumentsResponse200": ".get_all_cf_documents_response_200",
    "GetAllCfItemsResponse200": ".get_all_cf_items_response_200",
    "GetCfAssociationResponse200": ".get_cf_association_response_200",
    "GetCfDocumentResponse200": ".get_cf_document_response_200",
    "GetCfItemResponse200": ".get_cf_item_response_200",
    "GetCfPackageResponse200": ".get_cf_package_response_200",
    "GetCfPackageWithGroupsResponse200": ".get_cf_package_with_groups_response_200",
    "InternalServerErrorCodeMinor": ".internal_server_error_code_minor",
    "InternalServerErrorCodeMinorField": ".internal_server_error_code_minor_field",
    "InternalServerErrorResponse": ".internal_server_error_response",
    "InternalServerErrorResponseImsxErrorDetailsItem": ".internal_server_error_response_imsx_error_details_item",
    "NotFoundCodeMinor": ".not_found_code_minor",
    "NotFoundCodeMinorField": ".not_found_code_minor_field",
    "NotFoundResponse": ".not_found_response",
    "NotFoundResponseImsxErrorDetailsItem": ".not_found_response_imsx_error_details_item",
    "OriginNodeURI": ".origin_node_uri",
    "Result": ".result",
    "Stats": ".stats",
    "StructuredContentValue": ".structured_content_value",
    "StructuredContentValueChildGroups": ".structured_content_value_child_groups",
    "StructuredContentValueExtensionsType0": ".structured_content_value_extensions_type_0",
    "SubjectURI": ".subject_uri",
    "TooManyRequestsCodeMinor": ".too_many_requests_code_minor",
    "TooManyRequestsCodeMinorField": ".too_many_requests_code_minor_field",
    "TooManyRequestsResponse": ".too_many_requests_response",
    "TooManyRequestsResponseImsxErrorDetailsItem": ".too_many_requests_response_imsx_error_details_item",
    "UnauthorizedCodeMinor": ".unauthorized_code_minor",
    "UnauthorizedCodeMinorField": ".unauthorized_code_minor_field",
    "UnauthorizedRequestResponse": ".unauthorized_request_response",
    "UnauthorizedRequestResponseImsxErrorDetailsItem": ".unauthorized_request_response_imsx_error_details_item",
    "UnprocessableEntityResponse": ".unprocessable_entity_response",
    "UnprocessableEntityResponseImsxErrorDetailsItem": ".unprocessable_entity_response_imsx_error_details_item",
    "UploadCfPackageBody": ".upload_cf_package_body",
    "UploadCFPackageBodyCFAssociation": ".upload_cf_package_body_cf_association",
    "UploadCFPackageBodyCFDocument": ".upload_cf_package_body_cf_document",
    "UploadCFPackageBodyCFItem": ".upload_cf_package_body_cf_item",
    "UploadCfPackageResponse201": ".upload_cf_package_response_201",
}

__all__ = (
    "BadRequestCodeMinor",
    "BadRequestCodeMinorField",
    "BadRequestResponse",
    "BadRequestResponseImsxErrorDetailsItem",
    "CFAssociation",
    "CFAssociationExtensionsType0",
    "CFDefinitions",
    "CFDocument",
    "CFDocumentExtensionsType0",
    "CFItem",
    "CFItemExtensionsType0",
    "CFPackage",
    "CFPackageWithGroups",
    "CFPackageWithGroupsStructuredContent",
    "CaseVersion",
    "ForbiddenCodeMinor",
    "ForbiddenCodeMinorField",
    "ForbiddenResponse",
    "ForbiddenResponseImsxErrorDetailsItem",
    "GetAllCfDocumentsResponse200",
    "GetAllCfItemsResponse200",
    "GetCfAssociationResponse200",
    "GetCfDocumentResponse200",
    "GetCfItemResponse200",
    "GetCfPackageResponse200",
    "GetCfPackageWithGroupsResponse200",
    "InternalServerErrorCodeMinor",
    "InternalServerErrorCodeMinorField",
    "InternalServerErrorResponse",
    "InternalServerErrorResponseImsxErrorDetailsItem",
    "NotFoundCodeMinor",
    "NotFoundCodeMinorField",
    "NotFoundResponse",
    "NotFoundResponseImsxErrorDetailsItem",
    "OriginNodeURI",
    "Result",
    "Stats",
    "StructuredContentValue",
    "StructuredContentValueChildGroups",
    "StructuredContentValueExtensionsType0",
    "SubjectURI",
    "TooManyRequestsCodeMinor",
    "TooManyRequestsCodeMinorField",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseImsxErrorDetailsItem",
    "UnauthorizedCodeMinor",
    "UnauthorizedCodeMinorField",
    "UnauthorizedRequestResponse",
    "UnauthorizedRequestResponseImsxErrorDetailsItem",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseImsxErrorDetailsItem",
    "UploadCFPackageBodyCFAssociation",
    "UploadCFPackageBodyCFDocument",
    "UploadCFPackageBodyCFItem",
    "UploadCfPackageBody",
    "UploadCfPackageResponse201",
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
