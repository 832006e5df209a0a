"""The route table: every operation of the KSeF spec, (method, spec path) -> the function that answers it.

A handler is called as ``handler(state, request, **path_parameters)`` with the state's lock held.
"""

from __future__ import annotations

from ksef_sandbox._http import Route

from . import (
    auth,
    auth_sessions,
    batch_session,
    certificates,
    collective_identifiers,
    invoices,
    limits,
    online_session,
    peppol,
    permissions,
    security,
    session_status,
    test_data,
    tokens,
)

__all__ = ["ROUTES"]

ROUTES: list[Route] = [
    # auth
    Route("POST", "/auth/challenge", auth.challenge),
    Route("POST", "/auth/ksef-token", auth.ksef_token),
    Route("POST", "/auth/xades-signature", auth.xades_signature),
    Route("GET", "/auth/{referenceNumber}", auth.status),
    Route("POST", "/auth/token/redeem", auth.redeem),
    Route("POST", "/auth/token/refresh", auth.refresh),
    # auth_sessions
    Route("GET", "/auth/sessions", auth_sessions.list_sessions),
    Route("DELETE", "/auth/sessions/current", auth_sessions.delete_current),
    Route("DELETE", "/auth/sessions/{referenceNumber}", auth_sessions.delete),
    # security
    Route("GET", "/security/public-key-certificates", security.public_key_certificates),
    # online_session
    Route("POST", "/sessions/online", online_session.open_online),
    Route("POST", "/sessions/online/{referenceNumber}/invoices", online_session.send_invoice),
    Route("POST", "/sessions/online/{referenceNumber}/close", online_session.close),
    # batch_session
    Route("POST", "/sessions/batch", batch_session.open_batch),
    Route("POST", "/sessions/batch/{referenceNumber}/close", batch_session.close),
    # session_status
    Route("GET", "/sessions", session_status.list_sessions),
    Route("GET", "/sessions/{referenceNumber}", session_status.session_status),
    Route("GET", "/sessions/{referenceNumber}/invoices", session_status.invoices),
    Route("GET", "/sessions/{referenceNumber}/invoices/failed", session_status.failed_invoices),
    Route("GET", "/sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}", session_status.invoice_status),
    Route("GET", "/sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}/upo", session_status.invoice_upo),
    Route(
        "GET", "/sessions/{referenceNumber}/invoices/ksef/{ksefNumber}/upo", session_status.invoice_upo_by_ksef_number
    ),
    Route("GET", "/sessions/{referenceNumber}/upo/{upoReferenceNumber}", session_status.session_upo),
    # invoices
    Route("GET", "/invoices/ksef/{ksefNumber}", invoices.download),
    Route("POST", "/invoices/query/metadata", invoices.query_metadata),
    Route("POST", "/invoices/exports", invoices.start_export),
    Route("GET", "/invoices/exports/{referenceNumber}", invoices.export_status),
    # tokens
    Route("POST", "/tokens", tokens.create),
    Route("GET", "/tokens", tokens.list_tokens),
    Route("GET", "/tokens/{referenceNumber}", tokens.get),
    Route("DELETE", "/tokens/{referenceNumber}", tokens.revoke),
    # permissions
    Route("POST", "/permissions/persons/grants", permissions.grant_to_persons),
    Route("POST", "/permissions/entities/grants", permissions.grant_to_entities),
    Route("POST", "/permissions/authorizations/grants", permissions.grant_authorizations),
    Route("POST", "/permissions/indirect/grants", permissions.grant_indirect),
    Route("POST", "/permissions/subunits/grants", permissions.grant_to_subunits),
    Route("POST", "/permissions/eu-entities/administration/grants", permissions.grant_eu_entity_administration),
    Route("POST", "/permissions/eu-entities/grants", permissions.grant_to_eu_entities),
    Route("DELETE", "/permissions/common/grants/{permissionId}", permissions.revoke_common),
    Route("DELETE", "/permissions/authorizations/grants/{permissionId}", permissions.revoke_authorization),
    Route("GET", "/permissions/operations/{referenceNumber}", permissions.operation_status),
    Route("GET", "/permissions/attachments/status", permissions.attachments_status),
    Route("POST", "/permissions/query/personal/grants", permissions.query_personal),
    Route("POST", "/permissions/query/persons/grants", permissions.query_persons),
    Route("POST", "/permissions/query/subunits/grants", permissions.query_subunits),
    Route("POST", "/permissions/query/entities/grants", permissions.query_entities),
    Route("GET", "/permissions/query/entities/roles", permissions.query_roles),
    Route("POST", "/permissions/query/subordinate-entities/roles", permissions.query_subordinate_roles),
    Route("POST", "/permissions/query/authorizations/grants", permissions.query_authorizations),
    Route("POST", "/permissions/query/eu-entities/grants", permissions.query_eu_entities),
    # certificates
    Route("GET", "/certificates/limits", certificates.limits),
    Route("GET", "/certificates/enrollments/data", certificates.enrollment_data),
    Route("POST", "/certificates/enrollments", certificates.enroll),
    Route("GET", "/certificates/enrollments/{referenceNumber}", certificates.enrollment_status),
    Route("POST", "/certificates/retrieve", certificates.retrieve),
    Route("POST", "/certificates/{certificateSerialNumber}/revoke", certificates.revoke),
    Route("POST", "/certificates/query", certificates.query),
    Route("PUT", "/testdata/certificates/{serialNumber}", certificates.set_validity),
    # limits
    Route("GET", "/limits/context", limits.context_limits),
    Route("GET", "/limits/subject", limits.subject_limits),
    Route("GET", "/rate-limits", limits.rate_limits),
    Route("POST", "/testdata/limits/context/session", limits.set_session_limits),
    Route("DELETE", "/testdata/limits/context/session", limits.reset_session_limits),
    Route("POST", "/testdata/limits/subject/certificate", limits.subject_certificate_limits),
    Route("DELETE", "/testdata/limits/subject/certificate", limits.subject_certificate_limits),
    Route("POST", "/testdata/rate-limits", limits.set_rate_limits),
    Route("DELETE", "/testdata/rate-limits", limits.reset_rate_limits),
    Route("POST", "/testdata/rate-limits/production", limits.reset_rate_limits),
    # test_data
    Route("POST", "/testdata/subject", test_data.create_subject),
    Route("POST", "/testdata/subject/remove", test_data.remove_subject),
    Route("POST", "/testdata/person", test_data.create_person),
    Route("POST", "/testdata/person/remove", test_data.remove_person),
    Route("POST", "/testdata/permissions", test_data.grant_permissions),
    Route("POST", "/testdata/permissions/revoke", test_data.revoke_permissions),
    Route("POST", "/testdata/attachment", test_data.allow_attachments),
    Route("POST", "/testdata/attachment/revoke", test_data.revoke_attachments),
    Route("POST", "/testdata/context/block", test_data.block_context),
    Route("POST", "/testdata/context/unblock", test_data.unblock_context),
    # peppol
    Route("GET", "/peppol/query", peppol.query_providers),
    # collective_identifiers
    Route("POST", "/collective-identifiers", collective_identifiers.create),
    Route("POST", "/collective-identifiers/query", collective_identifiers.query),
    Route("POST", "/collective-identifiers/invoices", collective_identifiers.invoices),
    Route("GET", "/collective-identifiers/ksef/{ksefNumber}", collective_identifiers.by_ksef_number),
]
