"""ksef_sdk: the hand-written layer over the generated KSeF client ``ksef_api``.

::

    import ksef_sdk
    from ksef_api.api.auth import post_auth_challenge

    public = ksef_sdk.build_public_client("test")
    challenge = post_auth_challenge.sync(client=public)          # typed errors are raised

    client = ksef_sdk.build_client("test", tokens=pair, on_tokens=save)

Names are imported lazily (on first attribute access) so ``import ksef_sdk`` does not pay for httpx.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing alone costs ~8 ms

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # clients
    "build_client": "client",
    "build_async_client": "client",
    "build_public_client": "client",
    "build_async_public_client": "client",
    "bearer_client": "client",
    "get_auth": "client",
    "DEFAULT_TIMEOUT": "client",
    # auth and tokens
    "BearerAuth": "auth",
    "Token": "tokens",
    "TokenPair": "tokens",
    # environments
    "Environment": "environments",
    "TEST": "environments",
    "DEMO": "environments",
    "PRODUCTION": "environments",
    # transport
    "RetryPolicy": "transport",
    "RateLimiter": "transport",
    # errors
    "KsefError": "errors",
    "ConfigurationError": "errors",
    "AuthenticationRequiredError": "errors",
    "KsefApiError": "errors",
    "BadRequestError": "errors",
    "UnauthorizedError": "errors",
    "ForbiddenError": "errors",
    "GoneError": "errors",
    "RateLimitError": "errors",
    "ServerError": "errors",
    "GatewayError": "errors",
    "UnexpectedResponseError": "errors",
    "KsefSystemWarning": "errors",
    "Code": "errors",
    "ErrorDetail": "errors",
    "error_from_response": "errors",
    "unwrap": "errors",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEMO",
    "PRODUCTION",
    "TEST",
    "AuthenticationRequiredError",
    "BadRequestError",
    "BearerAuth",
    "Code",
    "ConfigurationError",
    "Environment",
    "ErrorDetail",
    "ForbiddenError",
    "GatewayError",
    "GoneError",
    "KsefApiError",
    "KsefError",
    "KsefSystemWarning",
    "RateLimitError",
    "RateLimiter",
    "RetryPolicy",
    "ServerError",
    "Token",
    "TokenPair",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "__version__",
    "bearer_client",
    "build_async_client",
    "build_async_public_client",
    "build_client",
    "build_public_client",
    "error_from_response",
    "get_auth",
    "unwrap",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ksef_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from typing import Any

    from .auth import BearerAuth
    from .client import (
        DEFAULT_TIMEOUT,
        bearer_client,
        build_async_client,
        build_async_public_client,
        build_client,
        build_public_client,
        get_auth,
    )
    from .environments import DEMO, PRODUCTION, TEST, Environment
    from .errors import (
        AuthenticationRequiredError,
        BadRequestError,
        Code,
        ConfigurationError,
        ErrorDetail,
        ForbiddenError,
        GatewayError,
        GoneError,
        KsefApiError,
        KsefError,
        KsefSystemWarning,
        RateLimitError,
        ServerError,
        UnauthorizedError,
        UnexpectedResponseError,
        error_from_response,
        unwrap,
    )
    from .tokens import Token, TokenPair
    from .transport import RateLimiter, RetryPolicy
