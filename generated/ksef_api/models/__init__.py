"""Contains all the data models used in inputs/outputs

The names are loaded lazily: ``from ksef_api.models import X`` imports only ``X``'s module (and the
modules it needs), not all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allowed_ips import AllowedIps
    from .amount_type import AmountType
    from .api_error import ApiError
    from .api_rate_limit_values_override import ApiRateLimitValuesOverride
    from .api_rate_limits_override import ApiRateLimitsOverride
    from .attachment_permission_grant_request import AttachmentPermissionGrantRequest
    from .attachment_permission_revoke_request import AttachmentPermissionRevokeRequest
    from .authentication_challenge_response import AuthenticationChallengeResponse
    from .authentication_context_identifier import AuthenticationContextIdentifier
    from .authentication_context_identifier_type import (
        AuthenticationContextIdentifierType,
    )
    from .authentication_init_response import AuthenticationInitResponse
    from .authentication_list_item import AuthenticationListItem
    from .authentication_list_response import AuthenticationListResponse
    from .authentication_method import AuthenticationMethod
    from .authentication_method_category import AuthenticationMethodCategory
    from .authentication_method_info import AuthenticationMethodInfo
    from .authentication_operation_status_response import (
        AuthenticationOperationStatusResponse,
    )
    from .authentication_token_refresh_response import (
        AuthenticationTokenRefreshResponse,
    )
    from .authentication_token_status import AuthenticationTokenStatus
    from .authentication_tokens_response import AuthenticationTokensResponse
    from .authorization_policy import AuthorizationPolicy
    from .bad_request_problem_details import BadRequestProblemDetails
    from .batch_file_info import BatchFileInfo
    from .batch_file_part_info import BatchFilePartInfo
    from .batch_session_context_limits_override import BatchSessionContextLimitsOverride
    from .batch_session_effective_context_limits import (
        BatchSessionEffectiveContextLimits,
    )
    from .block_context_authentication_request import BlockContextAuthenticationRequest
    from .buyer_identifier_type import BuyerIdentifierType
    from .certificate_effective_subject_limits import CertificateEffectiveSubjectLimits
    from .certificate_enrollment_data_response import CertificateEnrollmentDataResponse
    from .certificate_enrollment_status_response import (
        CertificateEnrollmentStatusResponse,
    )
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
    from .collective_identifier_invoice_payment import (
        CollectiveIdentifierInvoicePayment,
    )
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
    from .collective_identifiers_query_response import (
        CollectiveIdentifiersQueryResponse,
    )
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
    from .entity_permissions_context_identifier import (
        EntityPermissionsContextIdentifier,
    )
    from .entity_permissions_context_identifier_type import (
        EntityPermissionsContextIdentifierType,
    )
    from .entity_permissions_grant_request import EntityPermissionsGrantRequest
    from .entity_permissions_query_request import EntityPermissionsQueryRequest
    from .entity_permissions_subject_identifier import (
        EntityPermissionsSubjectIdentifier,
    )
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
    from .eu_entity_permissions_author_identifier import (
        EuEntityPermissionsAuthorIdentifier,
    )
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
    from .generate_collective_identifier_request import (
        GenerateCollectiveIdentifierRequest,
    )
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
    from .indirect_permissions_target_identifier import (
        IndirectPermissionsTargetIdentifier,
    )
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
    from .online_session_context_limits_override import (
        OnlineSessionContextLimitsOverride,
    )
    from .online_session_effective_context_limits import (
        OnlineSessionEffectiveContextLimits,
    )
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
    from .permissions_operation_status_response import (
        PermissionsOperationStatusResponse,
    )
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
    from .person_permission_subject_details_type import (
        PersonPermissionSubjectDetailsType,
    )
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
    from .person_permissions_context_identifier import (
        PersonPermissionsContextIdentifier,
    )
    from .person_permissions_context_identifier_type import (
        PersonPermissionsContextIdentifierType,
    )
    from .person_permissions_grant_request import PersonPermissionsGrantRequest
    from .person_permissions_query_request import PersonPermissionsQueryRequest
    from .person_permissions_query_type import PersonPermissionsQueryType
    from .person_permissions_subject_identifier import (
        PersonPermissionsSubjectIdentifier,
    )
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
    from .personal_permissions_target_identifier import (
        PersonalPermissionsTargetIdentifier,
    )
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
    from .query_subordinate_entity_roles_response import (
        QuerySubordinateEntityRolesResponse,
    )
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
    from .subordinate_entity_roles_query_request import (
        SubordinateEntityRolesQueryRequest,
    )
    from .subordinate_role_subordinate_entity_identifier import (
        SubordinateRoleSubordinateEntityIdentifier,
    )
    from .subordinate_role_subordinate_entity_identifier_type import (
        SubordinateRoleSubordinateEntityIdentifierType,
    )
    from .subunit import Subunit
    from .subunit_permission import SubunitPermission
    from .subunit_permission_scope import SubunitPermissionScope
    from .subunit_permissions_author_identifier import (
        SubunitPermissionsAuthorIdentifier,
    )
    from .subunit_permissions_author_identifier_type import (
        SubunitPermissionsAuthorIdentifierType,
    )
    from .subunit_permissions_authorized_identifier import (
        SubunitPermissionsAuthorizedIdentifier,
    )
    from .subunit_permissions_context_identifier import (
        SubunitPermissionsContextIdentifier,
    )
    from .subunit_permissions_context_identifier_type import (
        SubunitPermissionsContextIdentifierType,
    )
    from .subunit_permissions_grant_request import SubunitPermissionsGrantRequest
    from .subunit_permissions_query_request import SubunitPermissionsQueryRequest
    from .subunit_permissions_subject_identifier import (
        SubunitPermissionsSubjectIdentifier,
    )
    from .subunit_permissions_subject_identifier_type import (
        SubunitPermissionsSubjectIdentifierType,
    )
    from .subunit_permissions_subunit_identifier import (
        SubunitPermissionsSubunitIdentifier,
    )
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
    from .token_author_identifier_type_identifier import (
        TokenAuthorIdentifierTypeIdentifier,
    )
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
    from .unblock_context_authentication_request import (
        UnblockContextAuthenticationRequest,
    )
    from .upo_page_response import UpoPageResponse
    from .upo_response import UpoResponse

_MODULES: dict[str, str] = {
    "AllowedIps": ".allowed_ips",
    "AmountType": ".amount_type",
    "ApiError": ".api_error",
    "ApiRateLimitValuesOverride": ".api_rate_limit_values_override",
    "ApiRateLimitsOverride": ".api_rate_limits_override",
    "AttachmentPermissionGrantRequest": ".attachment_permission_grant_request",
    "AttachmentPermissionRevokeRequest": ".attachment_permission_revoke_request",
    "AuthenticationChallengeResponse": ".authentication_challenge_response",
    "AuthenticationContextIdentifier": ".authentication_context_identifier",
    "AuthenticationContextIdentifierType": ".authentication_context_identifier_type",
    "AuthenticationInitResponse": ".authentication_init_response",
    "AuthenticationListItem": ".authentication_list_item",
    "AuthenticationListResponse": ".authentication_list_response",
    "AuthenticationMethod": ".authentication_method",
    "AuthenticationMethodCategory": ".authentication_method_category",
    "AuthenticationMethodInfo": ".authentication_method_info",
    "AuthenticationOperationStatusResponse": ".authentication_operation_status_response",
    "AuthenticationTokenRefreshResponse": ".authentication_token_refresh_response",
    "AuthenticationTokenStatus": ".authentication_token_status",
    "AuthenticationTokensResponse": ".authentication_tokens_response",
    "AuthorizationPolicy": ".authorization_policy",
    "BadRequestProblemDetails": ".bad_request_problem_details",
    "BatchFileInfo": ".batch_file_info",
    "BatchFilePartInfo": ".batch_file_part_info",
    "BatchSessionContextLimitsOverride": ".batch_session_context_limits_override",
    "BatchSessionEffectiveContextLimits": ".batch_session_effective_context_limits",
    "BlockContextAuthenticationRequest": ".block_context_authentication_request",
    "BuyerIdentifierType": ".buyer_identifier_type",
    "CertificateEffectiveSubjectLimits": ".certificate_effective_subject_limits",
    "CertificateEnrollmentDataResponse": ".certificate_enrollment_data_response",
    "CertificateEnrollmentStatusResponse": ".certificate_enrollment_status_response",
    "CertificateLimit": ".certificate_limit",
    "CertificateLimitsResponse": ".certificate_limits_response",
    "CertificateListItem": ".certificate_list_item",
    "CertificateListItemStatus": ".certificate_list_item_status",
    "CertificateRevocationReason": ".certificate_revocation_reason",
    "CertificateSubjectIdentifier": ".certificate_subject_identifier",
    "CertificateSubjectIdentifierType": ".certificate_subject_identifier_type",
    "CertificateSubjectLimitsOverride": ".certificate_subject_limits_override",
    "CheckAttachmentPermissionStatusResponse": ".check_attachment_permission_status_response",
    "CollectiveIdentifierInvoice": ".collective_identifier_invoice",
    "CollectiveIdentifierInvoicePayment": ".collective_identifier_invoice_payment",
    "CollectiveIdentifierInvoicesQueryRequest": ".collective_identifier_invoices_query_request",
    "CollectiveIdentifierInvoicesQueryResponse": ".collective_identifier_invoices_query_response",
    "CollectiveIdentifierInvoicesQueryResponseItem": ".collective_identifier_invoices_query_response_item",
    "CollectiveIdentifierInvoicesQueryResponseItemPayment": ".collective_identifier_invoices_query_response_item_payment",
    "CollectiveIdentifiersByKsefNumberQueryResponse": ".collective_identifiers_by_ksef_number_query_response",
    "CollectiveIdentifiersByKsefNumberQueryResponseItem": ".collective_identifiers_by_ksef_number_query_response_item",
    "CollectiveIdentifiersQueryRequest": ".collective_identifiers_query_request",
    "CollectiveIdentifiersQueryResponse": ".collective_identifiers_query_response",
    "CollectiveIdentifiersQueryResponseItem": ".collective_identifiers_query_response_item",
    "CommonSessionStatus": ".common_session_status",
    "CompressionType": ".compression_type",
    "CurrencyCode": ".currency_code",
    "EffectiveApiRateLimitValues": ".effective_api_rate_limit_values",
    "EffectiveApiRateLimits": ".effective_api_rate_limits",
    "EffectiveContextLimits": ".effective_context_limits",
    "EffectiveSubjectLimits": ".effective_subject_limits",
    "EncryptionInfo": ".encryption_info",
    "EnrollCertificateRequest": ".enroll_certificate_request",
    "EnrollCertificateResponse": ".enroll_certificate_response",
    "EnrollmentEffectiveSubjectLimits": ".enrollment_effective_subject_limits",
    "EnrollmentSubjectLimitsOverride": ".enrollment_subject_limits_override",
    "EntityAuthorizationGrant": ".entity_authorization_grant",
    "EntityAuthorizationPermissionType": ".entity_authorization_permission_type",
    "EntityAuthorizationPermissionsGrantRequest": ".entity_authorization_permissions_grant_request",
    "EntityAuthorizationPermissionsQueryRequest": ".entity_authorization_permissions_query_request",
    "EntityAuthorizationPermissionsSubjectIdentifier": ".entity_authorization_permissions_subject_identifier",
    "EntityAuthorizationPermissionsSubjectIdentifierType": ".entity_authorization_permissions_subject_identifier_type",
    "EntityAuthorizationsAuthorIdentifier": ".entity_authorizations_author_identifier",
    "EntityAuthorizationsAuthorIdentifierType": ".entity_authorizations_author_identifier_type",
    "EntityAuthorizationsAuthorizedEntityIdentifier": ".entity_authorizations_authorized_entity_identifier",
    "EntityAuthorizationsAuthorizedEntityIdentifierType": ".entity_authorizations_authorized_entity_identifier_type",
    "EntityAuthorizationsAuthorizingEntityIdentifier": ".entity_authorizations_authorizing_entity_identifier",
    "EntityAuthorizationsAuthorizingEntityIdentifierType": ".entity_authorizations_authorizing_entity_identifier_type",
    "EntityByFingerprintDetails": ".entity_by_fingerprint_details",
    "EntityDetails": ".entity_details",
    "EntityPermission": ".entity_permission",
    "EntityPermissionItem": ".entity_permission_item",
    "EntityPermissionItemScope": ".entity_permission_item_scope",
    "EntityPermissionType": ".entity_permission_type",
    "EntityPermissionsContextIdentifier": ".entity_permissions_context_identifier",
    "EntityPermissionsContextIdentifierType": ".entity_permissions_context_identifier_type",
    "EntityPermissionsGrantRequest": ".entity_permissions_grant_request",
    "EntityPermissionsQueryRequest": ".entity_permissions_query_request",
    "EntityPermissionsSubjectIdentifier": ".entity_permissions_subject_identifier",
    "EntityPermissionsSubjectIdentifierType": ".entity_permissions_subject_identifier_type",
    "EntityPermissionsSubordinateEntityIdentifier": ".entity_permissions_subordinate_entity_identifier",
    "EntityPermissionsSubordinateEntityIdentifierType": ".entity_permissions_subordinate_entity_identifier_type",
    "EntityRole": ".entity_role",
    "EntityRoleType": ".entity_role_type",
    "EntityRolesParentEntityIdentifier": ".entity_roles_parent_entity_identifier",
    "EntityRolesParentEntityIdentifierType": ".entity_roles_parent_entity_identifier_type",
    "EntitySubjectByFingerprintDetailsType": ".entity_subject_by_fingerprint_details_type",
    "EntitySubjectByIdentifierDetailsType": ".entity_subject_by_identifier_details_type",
    "EntitySubjectDetailsType": ".entity_subject_details_type",
    "EuEntityAdministrationPermissionsContextIdentifier": ".eu_entity_administration_permissions_context_identifier",
    "EuEntityAdministrationPermissionsContextIdentifierType": ".eu_entity_administration_permissions_context_identifier_type",
    "EuEntityAdministrationPermissionsGrantRequest": ".eu_entity_administration_permissions_grant_request",
    "EuEntityAdministrationPermissionsSubjectIdentifier": ".eu_entity_administration_permissions_subject_identifier",
    "EuEntityAdministrationPermissionsSubjectIdentifierType": ".eu_entity_administration_permissions_subject_identifier_type",
    "EuEntityDetails": ".eu_entity_details",
    "EuEntityPermission": ".eu_entity_permission",
    "EuEntityPermissionSubjectDetails": ".eu_entity_permission_subject_details",
    "EuEntityPermissionSubjectDetailsType": ".eu_entity_permission_subject_details_type",
    "EuEntityPermissionType": ".eu_entity_permission_type",
    "EuEntityPermissionsAuthorIdentifier": ".eu_entity_permissions_author_identifier",
    "EuEntityPermissionsAuthorIdentifierType": ".eu_entity_permissions_author_identifier_type",
    "EuEntityPermissionsGrantRequest": ".eu_entity_permissions_grant_request",
    "EuEntityPermissionsQueryPermissionType": ".eu_entity_permissions_query_permission_type",
    "EuEntityPermissionsQueryRequest": ".eu_entity_permissions_query_request",
    "EuEntityPermissionsSubjectIdentifier": ".eu_entity_permissions_subject_identifier",
    "EuEntityPermissionsSubjectIdentifierType": ".eu_entity_permissions_subject_identifier_type",
    "ExceptionDetails": ".exception_details",
    "ExceptionInfo": ".exception_info",
    "ExceptionResponse": ".exception_response",
    "ExportInvoicesResponse": ".export_invoices_response",
    "ForbiddenProblemDetails": ".forbidden_problem_details",
    "ForbiddenProblemDetailsSecurityType0": ".forbidden_problem_details_security_type_0",
    "FormCode": ".form_code",
    "GenerateCollectiveIdentifierRequest": ".generate_collective_identifier_request",
    "GenerateCollectiveIdentifierResponse": ".generate_collective_identifier_response",
    "GenerateTokenRequest": ".generate_token_request",
    "GenerateTokenResponse": ".generate_token_response",
    "GoneProblemDetails": ".gone_problem_details",
    "IdDocument": ".id_document",
    "IndirectPermissionType": ".indirect_permission_type",
    "IndirectPermissionsGrantRequest": ".indirect_permissions_grant_request",
    "IndirectPermissionsSubjectIdentifier": ".indirect_permissions_subject_identifier",
    "IndirectPermissionsSubjectIdentifierType": ".indirect_permissions_subject_identifier_type",
    "IndirectPermissionsTargetIdentifier": ".indirect_permissions_target_identifier",
    "IndirectPermissionsTargetIdentifierType": ".indirect_permissions_target_identifier_type",
    "InitTokenAuthenticationRequest": ".init_token_authentication_request",
    "InvoiceExportRequest": ".invoice_export_request",
    "InvoiceExportStatusResponse": ".invoice_export_status_response",
    "InvoiceMetadata": ".invoice_metadata",
    "InvoiceMetadataAuthorizedSubject": ".invoice_metadata_authorized_subject",
    "InvoiceMetadataBuyer": ".invoice_metadata_buyer",
    "InvoiceMetadataBuyerIdentifier": ".invoice_metadata_buyer_identifier",
    "InvoiceMetadataSeller": ".invoice_metadata_seller",
    "InvoiceMetadataThirdSubject": ".invoice_metadata_third_subject",
    "InvoiceMetadataThirdSubjectIdentifier": ".invoice_metadata_third_subject_identifier",
    "InvoicePackage": ".invoice_package",
    "InvoicePackagePart": ".invoice_package_part",
    "InvoicePermissionType": ".invoice_permission_type",
    "InvoiceQueryAmount": ".invoice_query_amount",
    "InvoiceQueryBuyerIdentifier": ".invoice_query_buyer_identifier",
    "InvoiceQueryDateRange": ".invoice_query_date_range",
    "InvoiceQueryDateType": ".invoice_query_date_type",
    "InvoiceQueryFilters": ".invoice_query_filters",
    "InvoiceQueryFormType": ".invoice_query_form_type",
    "InvoiceQuerySubjectType": ".invoice_query_subject_type",
    "InvoiceStatusInfo": ".invoice_status_info",
    "InvoiceStatusInfoExtensionsType0": ".invoice_status_info_extensions_type_0",
    "InvoiceType": ".invoice_type",
    "InvoicingMode": ".invoicing_mode",
    "KsefCertificateType": ".ksef_certificate_type",
    "OnlineSessionContextLimitsOverride": ".online_session_context_limits_override",
    "OnlineSessionEffectiveContextLimits": ".online_session_effective_context_limits",
    "OpenBatchSessionRequest": ".open_batch_session_request",
    "OpenBatchSessionResponse": ".open_batch_session_response",
    "OpenOnlineSessionRequest": ".open_online_session_request",
    "OpenOnlineSessionResponse": ".open_online_session_response",
    "PartUploadRequest": ".part_upload_request",
    "PartUploadRequestHeaders": ".part_upload_request_headers",
    "PeppolProvider": ".peppol_provider",
    "PermissionState": ".permission_state",
    "PermissionsEuEntityDetails": ".permissions_eu_entity_details",
    "PermissionsOperationResponse": ".permissions_operation_response",
    "PermissionsOperationStatusResponse": ".permissions_operation_status_response",
    "PermissionsSubjectEntityByFingerprintDetails": ".permissions_subject_entity_by_fingerprint_details",
    "PermissionsSubjectEntityByIdentifierDetails": ".permissions_subject_entity_by_identifier_details",
    "PermissionsSubjectEntityDetails": ".permissions_subject_entity_details",
    "PermissionsSubjectPersonByFingerprintDetails": ".permissions_subject_person_by_fingerprint_details",
    "PermissionsSubjectPersonDetails": ".permissions_subject_person_details",
    "PersonByFingerprintWithIdentifierDetails": ".person_by_fingerprint_with_identifier_details",
    "PersonByFingerprintWithoutIdentifierDetails": ".person_by_fingerprint_without_identifier_details",
    "PersonCreateRequest": ".person_create_request",
    "PersonDetails": ".person_details",
    "PersonIdentifier": ".person_identifier",
    "PersonIdentifierType": ".person_identifier_type",
    "PersonPermission": ".person_permission",
    "PersonPermissionScope": ".person_permission_scope",
    "PersonPermissionSubjectDetails": ".person_permission_subject_details",
    "PersonPermissionSubjectDetailsType": ".person_permission_subject_details_type",
    "PersonPermissionType": ".person_permission_type",
    "PersonPermissionsAuthorIdentifier": ".person_permissions_author_identifier",
    "PersonPermissionsAuthorIdentifierType": ".person_permissions_author_identifier_type",
    "PersonPermissionsAuthorizedIdentifier": ".person_permissions_authorized_identifier",
    "PersonPermissionsAuthorizedIdentifierType": ".person_permissions_authorized_identifier_type",
    "PersonPermissionsContextIdentifier": ".person_permissions_context_identifier",
    "PersonPermissionsContextIdentifierType": ".person_permissions_context_identifier_type",
    "PersonPermissionsGrantRequest": ".person_permissions_grant_request",
    "PersonPermissionsQueryRequest": ".person_permissions_query_request",
    "PersonPermissionsQueryType": ".person_permissions_query_type",
    "PersonPermissionsSubjectIdentifier": ".person_permissions_subject_identifier",
    "PersonPermissionsSubjectIdentifierType": ".person_permissions_subject_identifier_type",
    "PersonPermissionsTargetIdentifier": ".person_permissions_target_identifier",
    "PersonPermissionsTargetIdentifierType": ".person_permissions_target_identifier_type",
    "PersonRemoveRequest": ".person_remove_request",
    "PersonSubjectByFingerprintDetailsType": ".person_subject_by_fingerprint_details_type",
    "PersonSubjectDetailsType": ".person_subject_details_type",
    "PersonalPermission": ".personal_permission",
    "PersonalPermissionScope": ".personal_permission_scope",
    "PersonalPermissionType": ".personal_permission_type",
    "PersonalPermissionsAuthorizedIdentifier": ".personal_permissions_authorized_identifier",
    "PersonalPermissionsAuthorizedIdentifierType": ".personal_permissions_authorized_identifier_type",
    "PersonalPermissionsContextIdentifier": ".personal_permissions_context_identifier",
    "PersonalPermissionsContextIdentifierType": ".personal_permissions_context_identifier_type",
    "PersonalPermissionsQueryRequest": ".personal_permissions_query_request",
    "PersonalPermissionsTargetIdentifier": ".personal_permissions_target_identifier",
    "PersonalPermissionsTargetIdentifierType": ".personal_permissions_target_identifier_type",
    "PublicKeyCertificate": ".public_key_certificate",
    "PublicKeyCertificateUsage": ".public_key_certificate_usage",
    "QueryCertificatesRequest": ".query_certificates_request",
    "QueryCertificatesResponse": ".query_certificates_response",
    "QueryEntityAuthorizationPermissionsResponse": ".query_entity_authorization_permissions_response",
    "QueryEntityPermissionsResponse": ".query_entity_permissions_response",
    "QueryEntityRolesResponse": ".query_entity_roles_response",
    "QueryEuEntityPermissionsResponse": ".query_eu_entity_permissions_response",
    "QueryInvoicesMetadataResponse": ".query_invoices_metadata_response",
    "QueryPeppolProvidersResponse": ".query_peppol_providers_response",
    "QueryPersonPermissionsResponse": ".query_person_permissions_response",
    "QueryPersonalPermissionsResponse": ".query_personal_permissions_response",
    "QuerySubordinateEntityRolesResponse": ".query_subordinate_entity_roles_response",
    "QuerySubunitPermissionsResponse": ".query_subunit_permissions_response",
    "QueryTokensResponse": ".query_tokens_response",
    "QueryTokensResponseItem": ".query_tokens_response_item",
    "QueryType": ".query_type",
    "RetrieveCertificatesListItem": ".retrieve_certificates_list_item",
    "RetrieveCertificatesRequest": ".retrieve_certificates_request",
    "RetrieveCertificatesResponse": ".retrieve_certificates_response",
    "RevokeCertificateRequest": ".revoke_certificate_request",
    "SendInvoiceRequest": ".send_invoice_request",
    "SendInvoiceResponse": ".send_invoice_response",
    "SessionInvoiceStatusResponse": ".session_invoice_status_response",
    "SessionInvoicesResponse": ".session_invoices_response",
    "SessionStatusResponse": ".session_status_response",
    "SessionType": ".session_type",
    "SessionsQueryResponse": ".sessions_query_response",
    "SessionsQueryResponseItem": ".sessions_query_response_item",
    "SetRateLimitsRequest": ".set_rate_limits_request",
    "SetSessionLimitsRequest": ".set_session_limits_request",
    "SetSubjectLimitsRequest": ".set_subject_limits_request",
    "SortOrder": ".sort_order",
    "StatusInfo": ".status_info",
    "SubjectCreateRequest": ".subject_create_request",
    "SubjectIdentifierType": ".subject_identifier_type",
    "SubjectRemoveRequest": ".subject_remove_request",
    "SubjectType": ".subject_type",
    "SubordinateEntityRole": ".subordinate_entity_role",
    "SubordinateEntityRoleType": ".subordinate_entity_role_type",
    "SubordinateEntityRolesQueryRequest": ".subordinate_entity_roles_query_request",
    "SubordinateRoleSubordinateEntityIdentifier": ".subordinate_role_subordinate_entity_identifier",
    "SubordinateRoleSubordinateEntityIdentifierType": ".subordinate_role_subordinate_entity_identifier_type",
    "Subunit": ".subunit",
    "SubunitPermission": ".subunit_permission",
    "SubunitPermissionScope": ".subunit_permission_scope",
    "SubunitPermissionsAuthorIdentifier": ".subunit_permissions_author_identifier",
    "SubunitPermissionsAuthorIdentifierType": ".subunit_permissions_author_identifier_type",
    "SubunitPermissionsAuthorizedIdentifier": ".subunit_permissions_authorized_identifier",
    "SubunitPermissionsContextIdentifier": ".subunit_permissions_context_identifier",
    "SubunitPermissionsContextIdentifierType": ".subunit_permissions_context_identifier_type",
    "SubunitPermissionsGrantRequest": ".subunit_permissions_grant_request",
    "SubunitPermissionsQueryRequest": ".subunit_permissions_query_request",
    "SubunitPermissionsSubjectIdentifier": ".subunit_permissions_subject_identifier",
    "SubunitPermissionsSubjectIdentifierType": ".subunit_permissions_subject_identifier_type",
    "SubunitPermissionsSubunitIdentifier": ".subunit_permissions_subunit_identifier",
    "SubunitPermissionsSubunitIdentifierType": ".subunit_permissions_subunit_identifier_type",
    "TestDataAuthenticationContextIdentifier": ".test_data_authentication_context_identifier",
    "TestDataAuthenticationContextIdentifierType": ".test_data_authentication_context_identifier_type",
    "TestDataAuthorizedIdentifier": ".test_data_authorized_identifier",
    "TestDataAuthorizedIdentifierType": ".test_data_authorized_identifier_type",
    "TestDataContextIdentifier": ".test_data_context_identifier",
    "TestDataContextIdentifierType": ".test_data_context_identifier_type",
    "TestDataPermission": ".test_data_permission",
    "TestDataPermissionType": ".test_data_permission_type",
    "TestDataPermissionsGrantRequest": ".test_data_permissions_grant_request",
    "TestDataPermissionsRevokeRequest": ".test_data_permissions_revoke_request",
    "TestDataUpdateCertificateRequest": ".test_data_update_certificate_request",
    "ThirdSubjectIdentifierType": ".third_subject_identifier_type",
    "TokenAuthorIdentifierType": ".token_author_identifier_type",
    "TokenAuthorIdentifierTypeIdentifier": ".token_author_identifier_type_identifier",
    "TokenContextIdentifierType": ".token_context_identifier_type",
    "TokenContextIdentifierTypeIdentifier": ".token_context_identifier_type_identifier",
    "TokenInfo": ".token_info",
    "TokenPermissionType": ".token_permission_type",
    "TokenStatusResponse": ".token_status_response",
    "TooManyRequestsProblemDetails": ".too_many_requests_problem_details",
    "TooManyRequestsResponse": ".too_many_requests_response",
    "TooManyRequestsResponseStatus": ".too_many_requests_response_status",
    "UnauthorizedProblemDetails": ".unauthorized_problem_details",
    "UnblockContextAuthenticationRequest": ".unblock_context_authentication_request",
    "UpoPageResponse": ".upo_page_response",
    "UpoResponse": ".upo_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


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
