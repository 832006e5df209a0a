"""A client library for accessing KSeF API TE"""

from .client import (
    AsyncAuthenticatedClient,
    AsyncClient,
    AuthenticatedClient,
    Client,
    RaisingClient,
    SyncAuthenticatedClient,
    SyncClient,
)

__all__ = (
    "AsyncAuthenticatedClient",
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
    "RaisingClient",
    "SyncAuthenticatedClient",
    "SyncClient",
)
