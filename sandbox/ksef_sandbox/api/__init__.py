"""The KSeF API v2 operations, one module per spec tag, as functions over one shared ``SandboxState``.

- ``routes``: the route table, (method, spec path) -> handler function.
- one module per area, named like the generated client's module for the same tag (``ksef_api.api.<tag>``):
  ``auth``, ``auth_sessions``, ``security``, ``online_session``, ``batch_session``, ``session_status``,
  ``invoices``, ``tokens``, ``permissions``, ``certificates``, ``limits``, ``test_data``, ``peppol``,
  ``collective_identifiers``; plus ``storage`` (the pre-signed blob URLs, outside ``/v2``).
- shared machinery (private modules): ``_principal`` (bearer tokens, the caller), ``_rate_limits`` (per spec
  group, context and IP), ``_signing`` (pre-signed URLs, continuation tokens), ``_input`` (request checks),
  ``_statuses``, ``_encryption``, ``_auth_ops``, ``_sessions`` (session life cycle, time limits, session
  errors), ``_acceptance`` (one invoice's checks and KSeF number), ``_authority`` (may the context send this
  invoice: 410), ``_upo`` (UPO documents), ``_hwm`` (permanent storage and the High Water Mark),
  ``_queries`` (invoice filters and metadata), ``_exports`` (building a package when an export completes),
  ``_grants`` (the permission model: owners, grants, roles, authorizations), ``_permission_ops`` (grant and
  revoke operations), ``_permission_views`` (what the permission queries return).

Module docstrings cite the official documentation: the files of CIRFMF/ksef-docs (``sesja-wsadowa.md``...).

Imports go one way: areas use the shared modules, shared modules use ``ksef_sandbox._state`` and the leaf
modules; no area imports another (``tests/sandbox/test_structure.py``).
"""
