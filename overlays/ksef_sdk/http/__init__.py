"""HTTP: configured clients, bearer auth with refresh, tokens, retries, rate limits, pre-signed transfers, logging."""

from __future__ import annotations

from ksef_sdk.http._bearer import (
    Authenticator,
    BearerAuth,
    FixedBearerAuth,
    TokenKind,
    TokenStore,
    token_kind,
)
from ksef_sdk.http._client import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    AsyncSecuredClient,
    ClientOptions,
    ClientResources,
    ClientSettings,
    SyncSecuredClient,
    bearer_client,
    build_async_client,
    build_async_public_client,
    build_client,
    build_public_client,
    get_auth,
    resources_of,
    workflow_env,
)
from ksef_sdk.http._options import (
    RateLimitOption,
)
from ksef_sdk.http._ratelimit import (
    WINDOWS,
    Limits,
    shared_groups,
)
from ksef_sdk.http._storage import (
    PresignedPolicy,
    Storage,
)
from ksef_sdk.http._tokens import (
    Token,
    TokenPair,
)
from ksef_sdk.http._transport import (
    Observer,
    ObserveTransport,
    RateLimiter,
    RateLimitTransport,
    RetryClass,
    RetryPolicy,
    RetryTransport,
    parse_system_warnings,
    retry_class,
)

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "WINDOWS",
    "AsyncSecuredClient",
    "Authenticator",
    "BearerAuth",
    "ClientOptions",
    "ClientResources",
    "ClientSettings",
    "FixedBearerAuth",
    "Limits",
    "ObserveTransport",
    "Observer",
    "PresignedPolicy",
    "RateLimitOption",
    "RateLimitTransport",
    "RateLimiter",
    "RetryClass",
    "RetryPolicy",
    "RetryTransport",
    "Storage",
    "SyncSecuredClient",
    "Token",
    "TokenKind",
    "TokenPair",
    "TokenStore",
    "bearer_client",
    "build_async_client",
    "build_async_public_client",
    "build_client",
    "build_public_client",
    "get_auth",
    "parse_system_warnings",
    "resources_of",
    "retry_class",
    "shared_groups",
    "token_kind",
    "workflow_env",
]
