"""Contains all the data models used in inputs/outputs"""

from .allowed_ips import AllowedIps
from .amount_type import AmountType
from .api_error import ApiError
from .api_rate_limit_values_override import ApiRateLimitValuesOverride
from .api_rate_limits_override import ApiRateLimitsOverride
from .attachment_permission_grant_request import AttachmentPermissionGrantRequest
from .attachment_permission_revoke_request import AttachmentPermissionRevokeRequest
from .authentication_challenge_response import AuthenticationChallengeResponse
from .authentication_context_identifier import AuthenticationContextIdentifier
from .authentication_context_identifier_type import AuthenticationContextIdentifierType
from .authentication_init_response import AuthenticationInitResponse
from .authentication_list_item import AuthenticationListItem
from .authentication_list_response import AuthenticationListResponse
from .authentication_method import AuthenticationMethod
from .authentication_method_category import AuthenticationMethodCategory
from .authentication_method_info import AuthenticationMethodInfo
from .authentication_operation_status_response import (
    AuthenticationOperationStatusResponse,
)
from .authentication_token_refresh_response import AuthenticationTokenRefreshResponse
from .authentication_token_status import AuthenticationTokenStatus
from .authentication_tokens_response import AuthenticationTokensResponse
from .authorization_policy import AuthorizationPolicy
from .bad_request_problem_details import BadRequestProblemDetails
from .batch_file_info import BatchFileInfo
from .batch_file_part_info import BatchFilePartInfo
from .batch_session_context_limits_override import BatchSessionContextLimitsOverride
from .batch_session_effective_context_limits import BatchSessionEffectiveContextLimits
from .block_context_authentication_request import BlockContextAuthenticationRequest
from .buyer_identifier_type import BuyerIdentifierType
from .certificate_effective_subject_limits import CertificateEffectiveSubjectLimits
from .certificate_enrollment_data_response import CertificateEnrollmentDataResponse
from .certificate_enrollment_status_response import CertificateEnrollmentStatusResponse
from .certificate_limit import CertificateLimit
from .certificate_limits_response import CertificateLimitsResponse
from .certificate_list_item import CertificateListItem
from .certificate_list_item_status import CertificateListItemStatus
from .certificate_revocation_reason import CertificateRevocationReason
from .certificate_subject_identifier import CertificateSubjectIdentifier
from .certificate_subject_identifier_type import CertificateSubjectIdentifierType
from .certificate_subject_limits_override import CertificateSubjectLimitsOverride
from .check_attachment_permission_status_response import (
    CheckAttachmentPermissionStatusResponse,
)
from .collective_identifier_invoice import CollectiveIdentifierInvoice
from .collective_identifier_invoice_payment import CollectiveIdentifierInvoicePayment
from .collective_identifier_invoices_query_request import (
    CollectiveIdentifierInvoicesQueryRequest,
)
from .collective_identifier_invoices_query_response import (
    CollectiveIdentifierInvoicesQueryResponse,
)
from .collective_identifier_invoices_query_response_item import (
    CollectiveIdentifierInvoicesQueryResponseItem,
)
from .collective_identifier_invoices_query_response_item_payment import (
    CollectiveIdentifierInvoicesQueryResponseItemPayment,
)
from .collective_identifiers_by_ksef_number_query_response import (
    CollectiveIdentifiersByKsefNumberQueryResponse,
)
from .collective_identifiers_by_ksef_number_query_response_item import (
    CollectiveIdentifiersByKsefNumberQueryResponseItem,
)
from .collective_identifiers_query_request import CollectiveIdentifiersQueryRequest
from .collective_identifiers_query_response import CollectiveIdentifiersQueryResponse
from .collective_identifiers_query_response_item import (
    CollectiveIdentifiersQueryResponseItem,
)
from .common_session_status import CommonSessionStatus
from .compression_type import CompressionType
from .currency_code import CurrencyCode
from .effective_api_rate_limit_values import EffectiveApiRateLimitValues
from .effective_api_rate_limits import EffectiveApiRateLimits
from .effective_context_limits import EffectiveContextLimits
from .effective_subject_limits import EffectiveSubjectLimits
from .encryption_info import EncryptionInfo
from .enroll_certificate_request import EnrollCertificateRequest
from .enroll_certificate_response import EnrollCertificateResponse
from .enrollment_effective_subject_limits import EnrollmentEffectiveSubjectLimits
from .enrollment_subject_limits_override import EnrollmentSubjectLimitsOverride
from .entity_authorization_grant import EntityAuthorizationGrant
from .entity_authorization_permission_type import EntityAuthorizationPermissionType
from .entity_authorization_permissions_grant_request import (
    EntityAuthorizationPermissionsGrantRequest,
)
from .entity_authorization_permissions_query_request import (
    EntityAuthorizationPermissionsQueryRequest,
)
from .entity_authorization_permissions_subject_identifier import (
    EntityAuthorizationPermissionsSubjectIdentifier,
)
from .entity_authorization_permissions_subject_identifier_type import (
    EntityAuthorizationPermissionsSubjectIdentifierType,
)
from .entity_authorizations_author_identifier import (
    EntityAuthorizationsAuthorIdentifier,
)
from .entity_authorizations_author_identifier_type import (
    EntityAuthorizationsAuthorIdentifierType,
)
from .entity_authorizations_authorized_entity_identifier import (
    EntityAuthorizationsAuthorizedEntityIdentifier,
)
from .entity_authorizations_authorized_entity_identifier_type import (
    EntityAuthorizationsAuthorizedEntityIdentifierType,
)
from .entity_authorizations_authorizing_entity_identifier import (
    EntityAuthorizationsAuthorizingEntityIdentifier,
)
from .entity_authorizations_authorizing_entity_identifier_type import (
    EntityAuthorizationsAuthorizingEntityIdentifierType,
)
from .entity_by_fingerprint_details import EntityByFingerprintDetails
from .entity_details import EntityDetails
from .entity_permission import EntityPermission
from .entity_permission_item import EntityPermissionItem
from .entity_permission_item_scope import EntityPermissionItemScope
from .entity_permission_type import EntityPermissionType
from .entity_permissions_context_identifier import EntityPermissionsContextIdentifier
from .entity_permissions_context_identifier_type import (
    EntityPermissionsContextIdentifierType,
)
from .entity_permissions_grant_request import EntityPermissionsGrantRequest
from .entity_permissions_query_request import EntityPermissionsQueryRequest
from .entity_permissions_subject_identifier import EntityPermissionsSubjectIdentifier
from .entity_permissions_subject_identifier_type import (
    EntityPermissionsSubjectIdentifierType,
)
from .entity_permissions_subordinate_entity_identifier import (
    EntityPermissionsSubordinateEntityIdentifier,
)
from .entity_permissions_subordinate_entity_identifier_type import (
    EntityPermissionsSubordinateEntityIdentifierType,
)
from .entity_role import EntityRole
from .entity_role_type import EntityRoleType
from .entity_roles_parent_entity_identifier import EntityRolesParentEntityIdentifier
from .entity_roles_parent_entity_identifier_type import (
    EntityRolesParentEntityIdentifierType,
)
from .entity_subject_by_fingerprint_details_type import (
    EntitySubjectByFingerprintDetailsType,
)
from .entity_subject_by_identifier_details_type import (
    EntitySubjectByIdentifierDetailsType,
)
from .entity_subject_details_type import EntitySubjectDetailsType
from .eu_entity_administration_permissions_context_identifier import (
    EuEntityAdministrationPermissionsContextIdentifier,
)
from .eu_entity_administration_permissions_context_identifier_type import (
    EuEntityAdministrationPermissionsContextIdentifierType,
)
from .eu_entity_administration_permissions_grant_request import (
    EuEntityAdministrationPermissionsGrantRequest,
)
from .eu_entity_administration_permissions_subject_identifier import (
    EuEntityAdministrationPermissionsSubjectIdentifier,
)
from .eu_entity_administration_permissions_subject_identifier_type import (
    EuEntityAdministrationPermissionsSubjectIdentifierType,
)
from .eu_entity_details import EuEntityDetails
from .eu_entity_permission import EuEntityPermission
from .eu_entity_permission_subject_details import EuEntityPermissionSubjectDetails
from .eu_entity_permission_subject_details_type import (
    EuEntityPermissionSubjectDetailsType,
)
from .eu_entity_permission_type import EuEntityPermissionType
from .eu_entity_permissions_author_identifier import EuEntityPermissionsAuthorIdentifier
from .eu_entity_permissions_author_identifier_type import (
    EuEntityPermissionsAuthorIdentifierType,
)
from .eu_entity_permissions_grant_request import EuEntityPermissionsGrantRequest
from .eu_entity_permissions_query_permission_type import (
    EuEntityPermissionsQueryPermissionType,
)
from .eu_entity_permissions_query_request import EuEntityPermissionsQueryRequest
from .eu_entity_permissions_subject_identifier import (
    EuEntityPermissionsSubjectIdentifier,
)
from .eu_entity_permissions_subject_identifier_type import (
    EuEntityPermissionsSubjectIdentifierType,
)
from .exception_details import ExceptionDetails
from .exception_info import ExceptionInfo
from .exception_response import ExceptionResponse
from .export_invoices_response import ExportInvoicesResponse
from .forbidden_problem_details import ForbiddenProblemDetails
from .forbidden_problem_details_security_type_0 import (
    ForbiddenProblemDetailsSecurityType0,
)
from .form_code import FormCode
from .generate_collective_identifier_request import GenerateCollectiveIdentifierRequest
from .generate_collective_identifier_response import (
    GenerateCollectiveIdentifierResponse,
)
from .generate_token_request import GenerateTokenRequest
from .generate_token_response import GenerateTokenResponse
from .gone_problem_details import GoneProblemDetails
from .id_document import IdDocument
from .indirect_permission_type import IndirectPermissionType
from .indirect_permissions_grant_request import IndirectPermissionsGrantRequest
from .indirect_permissions_subject_identifier import (
    IndirectPermissionsSubjectIdentifier,
)
from .indirect_permissions_subject_identifier_type import (
    IndirectPermissionsSubjectIdentifierType,
)
from .indirect_permissions_target_identifier import IndirectPermissionsTargetIdentifier
from .indirect_permissions_target_identifier_type import (
    IndirectPermissionsTargetIdentifierType,
)
from .init_token_authentication_request import InitTokenAuthenticationRequest
from .invoice_export_request import InvoiceExportRequest
from .invoice_export_status_response import InvoiceExportStatusResponse
from .invoice_metadata import InvoiceMetadata
from .invoice_metadata_authorized_subject import InvoiceMetadataAuthorizedSubject
from .invoice_metadata_buyer import InvoiceMetadataBuyer
from .invoice_metadata_buyer_identifier import InvoiceMetadataBuyerIdentifier
from .invoice_metadata_seller import InvoiceMetadataSeller
from .invoice_metadata_third_subject import InvoiceMetadataThirdSubject
from .invoice_metadata_third_subject_identifier import (
    InvoiceMetadataThirdSubjectIdentifier,
)
from .invoice_package import InvoicePackage
from .invoice_package_part import InvoicePackagePart
from .invoice_permission_type import InvoicePermissionType
from .invoice_query_amount import InvoiceQueryAmount
from .invoice_query_buyer_identifier import InvoiceQueryBuyerIdentifier
from .invoice_query_date_range import InvoiceQueryDateRange
from .invoice_query_date_type import InvoiceQueryDateType
from .invoice_query_filters import InvoiceQueryFilters
from .invoice_query_form_type import InvoiceQueryFormType
from .invoice_query_subject_type import InvoiceQuerySubjectType
from .invoice_status_info import InvoiceStatusInfo
from .invoice_status_info_extensions_type_0 import InvoiceStatusInfoExtensionsType0
from .invoice_type import InvoiceType
from .invoicing_mode import InvoicingMode
from .ksef_certificate_type import KsefCertificateType
from .online_session_context_limits_override import OnlineSessionContextLimitsOverride
from .online_session_effective_context_limits import OnlineSessionEffectiveContextLimits
from .open_batch_session_request import OpenBatchSessionRequest
from .open_batch_session_response import OpenBatchSessionResponse
from .open_online_session_request import OpenOnlineSessionRequest
from .open_online_session_response import OpenOnlineSessionResponse
from .part_upload_request import PartUploadRequest
from .part_upload_request_headers import PartUploadRequestHeaders
from .peppol_provider import PeppolProvider
from .permission_state import PermissionState
from .permissions_eu_entity_details import PermissionsEuEntityDetails
from .permissions_operation_response import PermissionsOperationResponse
from .permissions_operation_status_response import PermissionsOperationStatusResponse
from .permissions_subject_entity_by_fingerprint_details import (
    PermissionsSubjectEntityByFingerprintDetails,
)
from .permissions_subject_entity_by_identifier_details import (
    PermissionsSubjectEntityByIdentifierDetails,
)
from .permissions_subject_entity_details import PermissionsSubjectEntityDetails
from .permissions_subject_person_by_fingerprint_details import (
    PermissionsSubjectPersonByFingerprintDetails,
)
from .permissions_subject_person_details import PermissionsSubjectPersonDetails
from .person_by_fingerprint_with_identifier_details import (
    PersonByFingerprintWithIdentifierDetails,
)
from .person_by_fingerprint_without_identifier_details import (
    PersonByFingerprintWithoutIdentifierDetails,
)
from .person_create_request import PersonCreateRequest
from .person_details import PersonDetails
from .person_identifier import PersonIdentifier
from .person_identifier_type import PersonIdentifierType
from .person_permission import PersonPermission
from .person_permission_scope import PersonPermissionScope
from .person_permission_subject_details import PersonPermissionSubjectDetails
from .person_permission_subject_details_type import PersonPermissionSubjectDetailsType
from .person_permission_type import PersonPermissionType
from .person_permissions_author_identifier import PersonPermissionsAuthorIdentifier
from .person_permissions_author_identifier_type import (
    PersonPermissionsAuthorIdentifierType,
)
from .person_permissions_authorized_identifier import (
    PersonPermissionsAuthorizedIdentifier,
)
from .person_permissions_authorized_identifier_type import (
    PersonPermissionsAuthorizedIdentifierType,
)
from .person_permissions_context_identifier import PersonPermissionsContextIdentifier
from .person_permissions_context_identifier_type import (
    PersonPermissionsContextIdentifierType,
)
from .person_permissions_grant_request import PersonPermissionsGrantRequest
from .person_permissions_query_request import PersonPermissionsQueryRequest
from .person_permissions_query_type import PersonPermissionsQueryType
from .person_permissions_subject_identifier import PersonPermissionsSubjectIdentifier
from .person_permissions_subject_identifier_type import (
    PersonPermissionsSubjectIdentifierType,
)
from .person_permissions_target_identifier import PersonPermissionsTargetIdentifier
from .person_permissions_target_identifier_type import (
    PersonPermissionsTargetIdentifierType,
)
from .person_remove_request import PersonRemoveRequest
from .person_subject_by_fingerprint_details_type import (
    PersonSubjectByFingerprintDetailsType,
)
from .person_subject_details_type import PersonSubjectDetailsType
from .personal_permission import PersonalPermission
from .personal_permission_scope import PersonalPermissionScope
from .personal_permission_type import PersonalPermissionType
from .personal_permissions_authorized_identifier import (
    PersonalPermissionsAuthorizedIdentifier,
)
from .personal_permissions_authorized_identifier_type import (
    PersonalPermissionsAuthorizedIdentifierType,
)
from .personal_permissions_context_identifier import (
    PersonalPermissionsContextIdentifier,
)
from .personal_permissions_context_identifier_type import (
    PersonalPermissionsContextIdentifierType,
)
from .personal_permissions_query_request import PersonalPermissionsQueryRequest
from .personal_permissions_target_identifier import PersonalPermissionsTargetIdentifier
from .personal_permissions_target_identifier_type import (
    PersonalPermissionsTargetIdentifierType,
)
from .public_key_certificate import PublicKeyCertificate
from .public_key_certificate_usage import PublicKeyCertificateUsage
from .query_certificates_request import QueryCertificatesRequest
from .query_certificates_response import QueryCertificatesResponse
from .query_entity_authorization_permissions_response import (
    QueryEntityAuthorizationPermissionsResponse,
)
from .query_entity_permissions_response import QueryEntityPermissionsResponse
from .query_entity_roles_response import QueryEntityRolesResponse
from .query_eu_entity_permissions_response import QueryEuEntityPermissionsResponse
from .query_invoices_metadata_response import QueryInvoicesMetadataResponse
from .query_peppol_providers_response import QueryPeppolProvidersResponse
from .query_person_permissions_response import QueryPersonPermissionsResponse
from .query_personal_permissions_response import QueryPersonalPermissionsResponse
from .query_subordinate_entity_roles_response import QuerySubordinateEntityRolesResponse
from .query_subunit_permissions_response import QuerySubunitPermissionsResponse
from .query_tokens_response import QueryTokensResponse
from .query_tokens_response_item import QueryTokensResponseItem
from .query_type import QueryType
from .retrieve_certificates_list_item import RetrieveCertificatesListItem
from .retrieve_certificates_request import RetrieveCertificatesRequest
from .retrieve_certificates_response import RetrieveCertificatesResponse
from .revoke_certificate_request import RevokeCertificateRequest
from .send_invoice_request import SendInvoiceRequest
from .send_invoice_response import SendInvoiceResponse
from .session_invoice_status_response import SessionInvoiceStatusResponse
from .session_invoices_response import SessionInvoicesResponse
from .session_status_response import SessionStatusResponse
from .session_type import SessionType
from .sessions_query_response import SessionsQueryResponse
from .sessions_query_response_item import SessionsQueryResponseItem
from .set_rate_limits_request import SetRateLimitsRequest
from .set_session_limits_request import SetSessionLimitsRequest
from .set_subject_limits_request import SetSubjectLimitsRequest
from .sort_order import SortOrder
from .status_info import StatusInfo
from .subject_create_request import SubjectCreateRequest
from .subject_identifier_type import SubjectIdentifierType
from .subject_remove_request import SubjectRemoveRequest
from .subject_type import SubjectType
from .subordinate_entity_role import SubordinateEntityRole
from .subordinate_entity_role_type import SubordinateEntityRoleType
from .subordinate_entity_roles_query_request import SubordinateEntityRolesQueryRequest
from .subordinate_role_subordinate_entity_identifier import (
    SubordinateRoleSubordinateEntityIdentifier,
)
from .subordinate_role_subordinate_entity_identifier_type import (
    SubordinateRoleSubordinateEntityIdentifierType,
)
from .subunit import Subunit
from .subunit_permission import SubunitPermission
from .subunit_permission_scope import SubunitPermissionScope
from .subunit_permissions_author_identifier import SubunitPermissionsAuthorIdentifier
from .subunit_permissions_author_identifier_type import (
    SubunitPermissionsAuthorIdentifierType,
)
from .subunit_permissions_authorized_identifier import (
    SubunitPermissionsAuthorizedIdentifier,
)
from .subunit_permissions_context_identifier import SubunitPermissionsContextIdentifier
from .subunit_permissions_context_identifier_type import (
    SubunitPermissionsContextIdentifierType,
)
from .subunit_permissions_grant_request import SubunitPermissionsGrantRequest
from .subunit_permissions_query_request import SubunitPermissionsQueryRequest
from .subunit_permissions_subject_identifier import SubunitPermissionsSubjectIdentifier
from .subunit_permissions_subject_identifier_type import (
    SubunitPermissionsSubjectIdentifierType,
)
from .subunit_permissions_subunit_identifier import SubunitPermissionsSubunitIdentifier
from .subunit_permissions_subunit_identifier_type import (
    SubunitPermissionsSubunitIdentifierType,
)
from .test_data_authentication_context_identifier import (
    TestDataAuthenticationContextIdentifier,
)
from .test_data_authentication_context_identifier_type import (
    TestDataAuthenticationContextIdentifierType,
)
from .test_data_authorized_identifier import TestDataAuthorizedIdentifier
from .test_data_authorized_identifier_type import TestDataAuthorizedIdentifierType
from .test_data_context_identifier import TestDataContextIdentifier
from .test_data_context_identifier_type import TestDataContextIdentifierType
from .test_data_permission import TestDataPermission
from .test_data_permission_type import TestDataPermissionType
from .test_data_permissions_grant_request import TestDataPermissionsGrantRequest
from .test_data_permissions_revoke_request import TestDataPermissionsRevokeRequest
from .test_data_update_certificate_request import TestDataUpdateCertificateRequest
from .third_subject_identifier_type import ThirdSubjectIdentifierType
from .token_author_identifier_type import TokenAuthorIdentifierType
from .token_author_identifier_type_identifier import TokenAuthorIdentifierTypeIdentifier
from .token_context_identifier_type import TokenContextIdentifierType
from .token_context_identifier_type_identifier import (
    TokenContextIdentifierTypeIdentifier,
)
from .token_info import TokenInfo
from .token_permission_type import TokenPermissionType
from .token_status_response import TokenStatusResponse
from .too_many_requests_problem_details import TooManyRequestsProblemDetails
from .too_many_requests_response import TooManyRequestsResponse
from .too_many_requests_response_status import TooManyRequestsResponseStatus
from .unauthorized_problem_details import UnauthorizedProblemDetails
from .unblock_context_authentication_request import UnblockContextAuthenticationRequest
from .upo_page_response import UpoPageResponse
from .upo_response import UpoResponse

__all__ = (
    "AllowedIps",
    "AmountType",
    "ApiError",
    "ApiRateLimitsOverride",
    "ApiRateLimitValuesOverride",
    "AttachmentPermissionGrantRequest",
    "AttachmentPermissionRevokeRequest",
    "AuthenticationChallengeResponse",
    "AuthenticationContextIdentifier",
    "AuthenticationContextIdentifierType",
    "AuthenticationInitResponse",
    "AuthenticationListItem",
    "AuthenticationListResponse",
    "AuthenticationMethod",
    "AuthenticationMethodCategory",
    "AuthenticationMethodInfo",
    "AuthenticationOperationStatusResponse",
    "AuthenticationTokenRefreshResponse",
    "AuthenticationTokensResponse",
    "AuthenticationTokenStatus",
    "AuthorizationPolicy",
    "BadRequestProblemDetails",
    "BatchFileInfo",
    "BatchFilePartInfo",
    "BatchSessionContextLimitsOverride",
    "BatchSessionEffectiveContextLimits",
    "BlockContextAuthenticationRequest",
    "BuyerIdentifierType",
    "CertificateEffectiveSubjectLimits",
    "CertificateEnrollmentDataResponse",
    "CertificateEnrollmentStatusResponse",
    "CertificateLimit",
    "CertificateLimitsResponse",
    "CertificateListItem",
    "CertificateListItemStatus",
    "CertificateRevocationReason",
    "CertificateSubjectIdentifier",
    "CertificateSubjectIdentifierType",
    "CertificateSubjectLimitsOverride",
    "CheckAttachmentPermissionStatusResponse",
    "CollectiveIdentifierInvoice",
    "CollectiveIdentifierInvoicePayment",
    "CollectiveIdentifierInvoicesQueryRequest",
    "CollectiveIdentifierInvoicesQueryResponse",
    "CollectiveIdentifierInvoicesQueryResponseItem",
    "CollectiveIdentifierInvoicesQueryResponseItemPayment",
    "CollectiveIdentifiersByKsefNumberQueryResponse",
    "CollectiveIdentifiersByKsefNumberQueryResponseItem",
    "CollectiveIdentifiersQueryRequest",
    "CollectiveIdentifiersQueryResponse",
    "CollectiveIdentifiersQueryResponseItem",
    "CommonSessionStatus",
    "CompressionType",
    "CurrencyCode",
    "EffectiveApiRateLimits",
    "EffectiveApiRateLimitValues",
    "EffectiveContextLimits",
    "EffectiveSubjectLimits",
    "EncryptionInfo",
    "EnrollCertificateRequest",
    "EnrollCertificateResponse",
    "EnrollmentEffectiveSubjectLimits",
    "EnrollmentSubjectLimitsOverride",
    "EntityAuthorizationGrant",
    "EntityAuthorizationPermissionsGrantRequest",
    "EntityAuthorizationPermissionsQueryRequest",
    "EntityAuthorizationPermissionsSubjectIdentifier",
    "EntityAuthorizationPermissionsSubjectIdentifierType",
    "EntityAuthorizationPermissionType",
    "EntityAuthorizationsAuthorIdentifier",
    "EntityAuthorizationsAuthorIdentifierType",
    "EntityAuthorizationsAuthorizedEntityIdentifier",
    "EntityAuthorizationsAuthorizedEntityIdentifierType",
    "EntityAuthorizationsAuthorizingEntityIdentifier",
    "EntityAuthorizationsAuthorizingEntityIdentifierType",
    "EntityByFingerprintDetails",
    "EntityDetails",
    "EntityPermission",
    "EntityPermissionItem",
    "EntityPermissionItemScope",
    "EntityPermissionsContextIdentifier",
    "EntityPermissionsContextIdentifierType",
    "EntityPermissionsGrantRequest",
    "EntityPermissionsQueryRequest",
    "EntityPermissionsSubjectIdentifier",
    "EntityPermissionsSubjectIdentifierType",
    "EntityPermissionsSubordinateEntityIdentifier",
    "EntityPermissionsSubordinateEntityIdentifierType",
    "EntityPermissionType",
    "EntityRole",
    "EntityRolesParentEntityIdentifier",
    "EntityRolesParentEntityIdentifierType",
    "EntityRoleType",
    "EntitySubjectByFingerprintDetailsType",
    "EntitySubjectByIdentifierDetailsType",
    "EntitySubjectDetailsType",
    "EuEntityAdministrationPermissionsContextIdentifier",
    "EuEntityAdministrationPermissionsContextIdentifierType",
    "EuEntityAdministrationPermissionsGrantRequest",
    "EuEntityAdministrationPermissionsSubjectIdentifier",
    "EuEntityAdministrationPermissionsSubjectIdentifierType",
    "EuEntityDetails",
    "EuEntityPermission",
    "EuEntityPermissionsAuthorIdentifier",
    "EuEntityPermissionsAuthorIdentifierType",
    "EuEntityPermissionsGrantRequest",
    "EuEntityPermissionsQueryPermissionType",
    "EuEntityPermissionsQueryRequest",
    "EuEntityPermissionsSubjectIdentifier",
    "EuEntityPermissionsSubjectIdentifierType",
    "EuEntityPermissionSubjectDetails",
    "EuEntityPermissionSubjectDetailsType",
    "EuEntityPermissionType",
    "ExceptionDetails",
    "ExceptionInfo",
    "ExceptionResponse",
    "ExportInvoicesResponse",
    "ForbiddenProblemDetails",
    "ForbiddenProblemDetailsSecurityType0",
    "FormCode",
    "GenerateCollectiveIdentifierRequest",
    "GenerateCollectiveIdentifierResponse",
    "GenerateTokenRequest",
    "GenerateTokenResponse",
    "GoneProblemDetails",
    "IdDocument",
    "IndirectPermissionsGrantRequest",
    "IndirectPermissionsSubjectIdentifier",
    "IndirectPermissionsSubjectIdentifierType",
    "IndirectPermissionsTargetIdentifier",
    "IndirectPermissionsTargetIdentifierType",
    "IndirectPermissionType",
    "InitTokenAuthenticationRequest",
    "InvoiceExportRequest",
    "InvoiceExportStatusResponse",
    "InvoiceMetadata",
    "InvoiceMetadataAuthorizedSubject",
    "InvoiceMetadataBuyer",
    "InvoiceMetadataBuyerIdentifier",
    "InvoiceMetadataSeller",
    "InvoiceMetadataThirdSubject",
    "InvoiceMetadataThirdSubjectIdentifier",
    "InvoicePackage",
    "InvoicePackagePart",
    "InvoicePermissionType",
    "InvoiceQueryAmount",
    "InvoiceQueryBuyerIdentifier",
    "InvoiceQueryDateRange",
    "InvoiceQueryDateType",
    "InvoiceQueryFilters",
    "InvoiceQueryFormType",
    "InvoiceQuerySubjectType",
    "InvoiceStatusInfo",
    "InvoiceStatusInfoExtensionsType0",
    "InvoiceType",
    "InvoicingMode",
    "KsefCertificateType",
    "OnlineSessionContextLimitsOverride",
    "OnlineSessionEffectiveContextLimits",
    "OpenBatchSessionRequest",
    "OpenBatchSessionResponse",
    "OpenOnlineSessionRequest",
    "OpenOnlineSessionResponse",
    "PartUploadRequest",
    "PartUploadRequestHeaders",
    "PeppolProvider",
    "PermissionsEuEntityDetails",
    "PermissionsOperationResponse",
    "PermissionsOperationStatusResponse",
    "PermissionsSubjectEntityByFingerprintDetails",
    "PermissionsSubjectEntityByIdentifierDetails",
    "PermissionsSubjectEntityDetails",
    "PermissionsSubjectPersonByFingerprintDetails",
    "PermissionsSubjectPersonDetails",
    "PermissionState",
    "PersonalPermission",
    "PersonalPermissionsAuthorizedIdentifier",
    "PersonalPermissionsAuthorizedIdentifierType",
    "PersonalPermissionsContextIdentifier",
    "PersonalPermissionsContextIdentifierType",
    "PersonalPermissionScope",
    "PersonalPermissionsQueryRequest",
    "PersonalPermissionsTargetIdentifier",
    "PersonalPermissionsTargetIdentifierType",
    "PersonalPermissionType",
    "PersonByFingerprintWithIdentifierDetails",
    "PersonByFingerprintWithoutIdentifierDetails",
    "PersonCreateRequest",
    "PersonDetails",
    "PersonIdentifier",
    "PersonIdentifierType",
    "PersonPermission",
    "PersonPermissionsAuthorIdentifier",
    "PersonPermissionsAuthorIdentifierType",
    "PersonPermissionsAuthorizedIdentifier",
    "PersonPermissionsAuthorizedIdentifierType",
    "PersonPermissionsContextIdentifier",
    "PersonPermissionsContextIdentifierType",
    "PersonPermissionScope",
    "PersonPermissionsGrantRequest",
    "PersonPermissionsQueryRequest",
    "PersonPermissionsQueryType",
    "PersonPermissionsSubjectIdentifier",
    "PersonPermissionsSubjectIdentifierType",
    "PersonPermissionsTargetIdentifier",
    "PersonPermissionsTargetIdentifierType",
    "PersonPermissionSubjectDetails",
    "PersonPermissionSubjectDetailsType",
    "PersonPermissionType",
    "PersonRemoveRequest",
    "PersonSubjectByFingerprintDetailsType",
    "PersonSubjectDetailsType",
    "PublicKeyCertificate",
    "PublicKeyCertificateUsage",
    "QueryCertificatesRequest",
    "QueryCertificatesResponse",
    "QueryEntityAuthorizationPermissionsResponse",
    "QueryEntityPermissionsResponse",
    "QueryEntityRolesResponse",
    "QueryEuEntityPermissionsResponse",
    "QueryInvoicesMetadataResponse",
    "QueryPeppolProvidersResponse",
    "QueryPersonalPermissionsResponse",
    "QueryPersonPermissionsResponse",
    "QuerySubordinateEntityRolesResponse",
    "QuerySubunitPermissionsResponse",
    "QueryTokensResponse",
    "QueryTokensResponseItem",
    "QueryType",
    "RetrieveCertificatesListItem",
    "RetrieveCertificatesRequest",
    "RetrieveCertificatesResponse",
    "RevokeCertificateRequest",
    "SendInvoiceRequest",
    "SendInvoiceResponse",
    "SessionInvoicesResponse",
    "SessionInvoiceStatusResponse",
    "SessionsQueryResponse",
    "SessionsQueryResponseItem",
    "SessionStatusResponse",
    "SessionType",
    "SetRateLimitsRequest",
    "SetSessionLimitsRequest",
    "SetSubjectLimitsRequest",
    "SortOrder",
    "StatusInfo",
    "SubjectCreateRequest",
    "SubjectIdentifierType",
    "SubjectRemoveRequest",
    "SubjectType",
    "SubordinateEntityRole",
    "SubordinateEntityRolesQueryRequest",
    "SubordinateEntityRoleType",
    "SubordinateRoleSubordinateEntityIdentifier",
    "SubordinateRoleSubordinateEntityIdentifierType",
    "Subunit",
    "SubunitPermission",
    "SubunitPermissionsAuthorIdentifier",
    "SubunitPermissionsAuthorIdentifierType",
    "SubunitPermissionsAuthorizedIdentifier",
    "SubunitPermissionsContextIdentifier",
    "SubunitPermissionsContextIdentifierType",
    "SubunitPermissionScope",
    "SubunitPermissionsGrantRequest",
    "SubunitPermissionsQueryRequest",
    "SubunitPermissionsSubjectIdentifier",
    "SubunitPermissionsSubjectIdentifierType",
    "SubunitPermissionsSubunitIdentifier",
    "SubunitPermissionsSubunitIdentifierType",
    "TestDataAuthenticationContextIdentifier",
    "TestDataAuthenticationContextIdentifierType",
    "TestDataAuthorizedIdentifier",
    "TestDataAuthorizedIdentifierType",
    "TestDataContextIdentifier",
    "TestDataContextIdentifierType",
    "TestDataPermission",
    "TestDataPermissionsGrantRequest",
    "TestDataPermissionsRevokeRequest",
    "TestDataPermissionType",
    "TestDataUpdateCertificateRequest",
    "ThirdSubjectIdentifierType",
    "TokenAuthorIdentifierType",
    "TokenAuthorIdentifierTypeIdentifier",
    "TokenContextIdentifierType",
    "TokenContextIdentifierTypeIdentifier",
    "TokenInfo",
    "TokenPermissionType",
    "TokenStatusResponse",
    "TooManyRequestsProblemDetails",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseStatus",
    "UnauthorizedProblemDetails",
    "UnblockContextAuthenticationRequest",
    "UpoPageResponse",
    "UpoResponse",
)
