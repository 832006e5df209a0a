"""KSeF-token and XAdES authentication (``uwierzytelnianie.md`` of the KSeF docs).

Both flows are one sans-IO generator each (:func:`ksef_token_flow`, :func:`xades_flow`) yielding the
effects of :mod:`ksef_sdk.flow._core` (``Call`` - with the authentication token as ``bearer`` for
``GET /auth/{ref}`` and the redeem -, ``Sleep``, ``GetCertificate``); its ``run_sync``/``run_async``
drive them, and polling is its ``poll`` with a :class:`PollPolicy`. The public entry points are thin
drivers::

    tokens = authenticate_with_ksef_token(public_client, ksef_token, ContextIdentifier.nip("5265877635"))
    tokens = await aauthenticate_with_ksef_token(public_client, ksef_token, "5265877635")

    signer = XadesSigner.from_pkcs12(p12_bytes, password)          # ksef_sdk.crypto._xades (extra "xades")
    tokens = authenticate_with_xades(public_client, signer, "5265877635")

and, as ``authenticator`` callables for the core bearer auth (``Callable[[], TokenPair]`` plus an async
``authenticate_async``)::

    auth = KsefTokenAuthenticator(public_client, ksef_token, "5265877635")
    tokens = auth()                      # or: await auth.authenticate_async()

``functools.partial(authenticate_with_ksef_token, public_client, ksef_token, context)`` works as well.

Flow: ``POST /auth/challenge`` → (token: RSA-OAEP of ``"{token}|{timestampMs}"`` with the
``KsefTokenEncryption`` key → ``POST /auth/ksef-token``; XAdES: build + sign ``AuthTokenRequest`` →
``POST /auth/xades-signature``) → poll ``GET /auth/{ref}`` with the authentication token until the status
leaves 100 (bounded, backing off) → ``POST /auth/token/redeem`` once → :class:`ksef_sdk.http.TokenPair`.
A final status other than 200 raises an :class:`AuthenticationFailedError` subclass carrying
``code``, ``description``, ``details`` and ``reference_number``. On 400/21470 (unknown key id) the token
flow refreshes the Ministry certificates and retries once with a fresh challenge.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, TypeVar, cast

from ksef_sdk import defaults
from ksef_sdk.crypto._cipher import b64encode
from ksef_sdk.crypto._keys import KeyUsage, MinistryCertificate, PublicKeyStore, is_unknown_key_error
from ksef_sdk.errors import ConfigurationError, KsefApiError, PollTimeoutError
from ksef_sdk.errors._local import InvalidAuthenticationRequestError
from ksef_sdk.errors._workflows import (
    AuthenticationBlockedError,
    AuthenticationCancelledError,
    AuthenticationFailedError,
    AuthenticationRevokedError,
    AuthenticationTimeoutError,
    AuthenticationUnknownError,
    CertificateError,
    DeceasedPersonError,
    InvalidKsefTokenError,
    NoPermissionsError,
)
from ksef_sdk.flow import Call, Flow, GetCertificate, PollPolicy, poll, run_async, run_sync
from ksef_sdk.http._client import workflow_env
from ksef_sdk.http._tokens import Token, TokenPair
from ksef_sdk.identifiers import AllowedIps, ContextIdentifier

if TYPE_CHECKING:
    from ksef_api.client import AsyncClient, AuthenticatedClient, Client, SyncClient
    from ksef_api.models.authentication_challenge_response import AuthenticationChallengeResponse
    from ksef_api.models.authentication_init_response import AuthenticationInitResponse
    from ksef_api.models.init_token_authentication_request import InitTokenAuthenticationRequest

__all__ = [
    "AuthenticationBlockedError",
    "AuthenticationCancelledError",
    "AuthenticationFailedError",
    "AuthenticationRevokedError",
    "AuthenticationTimeoutError",
    "AuthenticationUnknownError",
    "CertificateError",
    "DeceasedPersonError",
    "InvalidAuthenticationRequestError",
    "InvalidKsefTokenError",
    "KsefTokenAuthenticator",
    "NoPermissionsError",
    "PollPolicy",
    "Signer",
    "XadesAuthenticator",
    "aauthenticate_with_ksef_token",
    "aauthenticate_with_xades",
    "authenticate_with_ksef_token",
    "authenticate_with_xades",
    "build_ksef_token_request",
    "encrypt_ksef_token",
    "ksef_token_flow",
    "ksef_token_plaintext",
    "xades_flow",
]

T = TypeVar("T")

AUTH_POLL = defaults.AUTH_POLL

# ------------------------------------------------------------------------------------------- errors


_STATUS_ERRORS: dict[int, type[AuthenticationFailedError]] = {
    415: NoPermissionsError,
    425: AuthenticationRevokedError,
    450: InvalidKsefTokenError,
    460: CertificateError,
    470: DeceasedPersonError,
    480: AuthenticationBlockedError,
    500: AuthenticationUnknownError,
    550: AuthenticationCancelledError,
}

# ------------------------------------------------------------------------------------- shared logic


def _token(info: Any) -> Token:
    return Token(value=info.token, valid_until=info.valid_until)


def _challenge() -> Flow[AuthenticationChallengeResponse]:
    from ksef_api.api.auth import post_auth_challenge
    from ksef_api.models.authentication_challenge_response import AuthenticationChallengeResponse

    challenge: AuthenticationChallengeResponse = yield Call(
        post_auth_challenge, expected=AuthenticationChallengeResponse
    )
    return challenge


def _status_error(status: Any, reference_number: str) -> AuthenticationFailedError:
    from ksef_api.types import Unset

    details = () if isinstance(status.details, Unset) or status.details is None else tuple(status.details)
    cls = _STATUS_ERRORS.get(status.code, AuthenticationFailedError)
    return cls(status.code, status.description, details, reference_number=reference_number)


def _await_and_redeem(init: AuthenticationInitResponse, policy: PollPolicy) -> Flow[TokenPair]:
    """Poll ``GET /auth/{ref}`` until the status leaves 100, then redeem the tokens once."""
    from ksef_api.api.auth import get_auth_reference_number, post_auth_token_redeem
    from ksef_api.models.authentication_operation_status_response import (
        AuthenticationOperationStatusResponse,
    )
    from ksef_api.models.authentication_tokens_response import AuthenticationTokensResponse

    ref = init.reference_number
    bearer = init.authentication_token.token

    def fetch() -> Flow[AuthenticationOperationStatusResponse]:
        status: AuthenticationOperationStatusResponse = yield Call(
            get_auth_reference_number,
            {"reference_number": ref},
            expected=AuthenticationOperationStatusResponse,
            bearer=bearer,
        )
        return status

    try:
        status = yield from poll(fetch, lambda r: r.status.code != 100, policy, f"authentication {ref}")
    except PollTimeoutError as exc:
        description = exc.last.status.description
        error = AuthenticationTimeoutError(
            100, f"still in progress after {policy.timeout:g} s: {description}", reference_number=ref
        )
        error.last = exc.last
        raise error from None
    if status.status.code != 200:
        raise _status_error(status.status, ref)
    tokens: AuthenticationTokensResponse = yield Call(
        post_auth_token_redeem, expected=AuthenticationTokensResponse, bearer=bearer
    )
    return TokenPair(access=_token(tokens.access_token), refresh=_token(tokens.refresh_token))


# ----------------------------------------------------------------------------------- KSeF token


def ksef_token_plaintext(ksef_token: str, timestamp_ms: int) -> bytes:
    """The exact bytes KSeF expects encrypted: UTF-8 of ``"{token}|{timestampMs}"``."""
    return f"{ksef_token}|{int(timestamp_ms)}".encode()


def encrypt_ksef_token(cert: MinistryCertificate, ksef_token: str, timestamp_ms: int) -> str:
    """``encryptedToken``: Base64 of RSA-OAEP(SHA-256) of :func:`ksef_token_plaintext`."""
    return b64encode(cert.encrypt(ksef_token_plaintext(ksef_token, timestamp_ms)))


def build_ksef_token_request(
    challenge: str,
    timestamp_ms: int,
    ksef_token: str,
    *,
    context: ContextIdentifier,
    cert: MinistryCertificate,
    allowed_ips: AllowedIps | None = None,
) -> InitTokenAuthenticationRequest:
    """The ``POST /auth/ksef-token`` body."""
    from ksef_api.models.init_token_authentication_request import InitTokenAuthenticationRequest

    data: dict[str, Any] = {
        "challenge": challenge,
        "contextIdentifier": {"type": context.type, "value": context.value},
        "encryptedToken": encrypt_ksef_token(cert, ksef_token, timestamp_ms),
        "publicKeyId": cert.public_key_id,
    }
    if allowed_ips:
        data["authorizationPolicy"] = {"allowedIps": allowed_ips.to_dict()}
    return InitTokenAuthenticationRequest.from_dict(data)


def _check_token(ksef_token: str) -> str:
    if not isinstance(ksef_token, str) or not ksef_token.strip():
        raise InvalidAuthenticationRequestError("the KSeF token is empty")
    token = ksef_token.strip()
    if not token.isprintable() or any(ch.isspace() for ch in token):
        # tokens are opaque but printable, e.g. "{ref}|{type}-{value}|{64 hex}" (the token is not echoed here)
        raise InvalidAuthenticationRequestError("the KSeF token contains whitespace or control characters")
    return token


def ksef_token_flow(
    ksef_token: str,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    allowed_ips: AllowedIps | None = None,
    poll_policy: PollPolicy | None = None,
) -> Flow[TokenPair]:
    """The KSeF-token authentication as a sans-IO flow (drive it with ``ksef_sdk.flow.run_sync``/``run_async``)."""
    from ksef_api.api.auth import post_auth_ksef_token
    from ksef_api.models.authentication_init_response import AuthenticationInitResponse

    token = _check_token(ksef_token)
    ctx = ContextIdentifier.coerce(context)
    for attempt in (0, 1):
        challenge = yield from _challenge()
        cert = yield GetCertificate(KeyUsage.KSEF_TOKEN, force_refresh=attempt > 0)
        body = build_ksef_token_request(
            challenge.challenge, challenge.timestamp_ms, token, context=ctx, cert=cert, allowed_ips=allowed_ips
        )
        try:
            init = yield Call(post_auth_ksef_token, {"body": body}, expected=AuthenticationInitResponse)
        except KsefApiError as exc:
            if attempt == 0 and is_unknown_key_error(exc):
                continue  # 21470: the key was rotated; refresh the certificates and start over
            raise
        return (yield from _await_and_redeem(init, poll_policy or AUTH_POLL))
    raise AssertionError("unreachable")  # pragma: no cover


# --------------------------------------------------------------------------------------- XAdES


class Signer(Protocol):
    """Turns an unsigned ``AuthTokenRequest`` into the signed document (:class:`ksef_sdk.crypto.XadesSigner`)."""

    def sign(self, xml: bytes) -> bytes: ...


def _sign_with(signer: Signer | Callable[[bytes], bytes], xml: bytes) -> bytes:
    if hasattr(signer, "sign"):
        return cast(Signer, signer).sign(xml)
    if callable(signer):
        return signer(xml)
    raise InvalidAuthenticationRequestError("signer must have sign(xml: bytes) -> bytes or be such a callable")


def xades_flow(
    signer: Signer | Callable[[bytes], bytes],
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    subject_identifier_type: str = "certificateSubject",
    allowed_ips: AllowedIps | None = None,
    namespace: str = "2.1",
    verify_certificate_chain: bool | None = None,
    poll_policy: PollPolicy | None = None,
) -> Flow[TokenPair]:
    """The XAdES authentication as a sans-IO flow (drive it with ``ksef_sdk.flow.run_sync``/``run_async``)."""
    from ksef_api.api.auth import post_auth_xades_signature
    from ksef_api.models.authentication_init_response import AuthenticationInitResponse
    from ksef_api.types import UNSET, File

    from ksef_sdk.crypto._xades import build_auth_token_request

    if not (hasattr(signer, "sign") or callable(signer)):
        raise InvalidAuthenticationRequestError("signer must have sign(xml: bytes) -> bytes or be such a callable")
    ctx = ContextIdentifier.coerce(context)
    challenge = yield from _challenge()
    unsigned = build_auth_token_request(
        challenge.challenge,
        ctx,
        subject_identifier_type=subject_identifier_type,
        allowed_ips=allowed_ips,
        namespace=namespace,
    )
    signed = _sign_with(signer, unsigned)
    # httpx sends `bytes` content from both sync and async clients, while a file object only works
    # synchronously; the generated File is just forwarded as the request content.
    body = File(payload=cast(BinaryIO, signed), mime_type="application/xml")
    kwargs: dict[str, Any] = {"body": body}
    kwargs["verify_certificate_chain"] = UNSET if verify_certificate_chain is None else verify_certificate_chain
    init = yield Call(post_auth_xades_signature, kwargs, expected=AuthenticationInitResponse)
    return (yield from _await_and_redeem(init, poll_policy or AUTH_POLL))


# -------------------------------------------------------------------------------------- drivers


def _run(
    flow: Flow[T],
    client: Client | AuthenticatedClient | SyncClient | AsyncClient,
    key_store: PublicKeyStore | None,
    sleep: Callable[[float], None],
) -> T:
    from ksef_api.client import AsyncClient

    if isinstance(client, AsyncClient):
        raise ConfigurationError("an async client: use the asynchronous variant (a...() / authenticate_async())")
    with workflow_env(client, key_store=key_store, sleep=sleep) as env:
        return run_sync(flow, env)


async def _arun(
    flow: Flow[T],
    client: Client | AuthenticatedClient | SyncClient | AsyncClient,
    key_store: PublicKeyStore | None,
    sleep: Callable[[float], Awaitable[None]],
) -> T:
    from ksef_api.client import SyncClient

    if isinstance(client, SyncClient):
        raise ConfigurationError("a sync client: use the synchronous variant")
    async with workflow_env(client, key_store=key_store, sleep=sleep) as env:
        return await run_async(flow, env)


# ---------------------------------------------------------------------------------- entry points


def authenticate_with_ksef_token(
    client: Client | AuthenticatedClient | SyncClient,
    ksef_token: str,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    allowed_ips: AllowedIps | None = None,
    key_store: PublicKeyStore | None = None,
    poll_policy: PollPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> TokenPair:
    """Authenticate with a KSeF token; returns the redeemed access/refresh pair.

    ``context`` is a :class:`ContextIdentifier`, a ``(type, value)`` pair or a bare NIP. ``key_store``
    shares the Ministry certificate cache between calls (one is created per call otherwise).
    """
    flow = ksef_token_flow(ksef_token, context, allowed_ips=allowed_ips, poll_policy=poll_policy)
    return _run(flow, client, key_store, sleep)


async def aauthenticate_with_ksef_token(
    client: Client | AuthenticatedClient | AsyncClient,
    ksef_token: str,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    allowed_ips: AllowedIps | None = None,
    key_store: PublicKeyStore | None = None,
    poll_policy: PollPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> TokenPair:
    """Async :func:`authenticate_with_ksef_token`."""
    flow = ksef_token_flow(ksef_token, context, allowed_ips=allowed_ips, poll_policy=poll_policy)
    return await _arun(flow, client, key_store, sleep)


def authenticate_with_xades(
    client: Client | AuthenticatedClient | SyncClient,
    signer: Signer | Callable[[bytes], bytes],
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    subject_identifier_type: str = "certificateSubject",
    allowed_ips: AllowedIps | None = None,
    namespace: str = "2.1",
    verify_certificate_chain: bool | None = None,
    poll_policy: PollPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> TokenPair:
    """Authenticate with a XAdES-signed ``AuthTokenRequest`` (``signer``: :class:`ksef_sdk.crypto.XadesSigner`)."""
    flow = xades_flow(
        signer,
        context,
        subject_identifier_type=subject_identifier_type,
        allowed_ips=allowed_ips,
        namespace=namespace,
        verify_certificate_chain=verify_certificate_chain,
        poll_policy=poll_policy,
    )
    return _run(flow, client, None, sleep)


async def aauthenticate_with_xades(
    client: Client | AuthenticatedClient | AsyncClient,
    signer: Signer | Callable[[bytes], bytes],
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    subject_identifier_type: str = "certificateSubject",
    allowed_ips: AllowedIps | None = None,
    namespace: str = "2.1",
    verify_certificate_chain: bool | None = None,
    poll_policy: PollPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> TokenPair:
    """Async :func:`authenticate_with_xades`."""
    flow = xades_flow(
        signer,
        context,
        subject_identifier_type=subject_identifier_type,
        allowed_ips=allowed_ips,
        namespace=namespace,
        verify_certificate_chain=verify_certificate_chain,
        poll_policy=poll_policy,
    )
    return await _arun(flow, client, None, sleep)


class KsefTokenAuthenticator:
    """An ``authenticator`` for the core bearer auth: ``auth()`` / ``await auth.authenticate_async()``.

    Keeps one :class:`PublicKeyStore` across calls. The token never appears in ``repr``.
    """

    def __init__(
        self,
        client: Client | AuthenticatedClient | SyncClient | AsyncClient,
        ksef_token: str,
        context: ContextIdentifier | tuple[str, str] | str,
        *,
        allowed_ips: AllowedIps | None = None,
        key_store: PublicKeyStore | None = None,
        poll_policy: PollPolicy | None = None,
    ) -> None:
        self._client = client
        self._token = _check_token(ksef_token)
        self.context = ContextIdentifier.coerce(context)
        self.allowed_ips = allowed_ips
        self.key_store = key_store or PublicKeyStore(client)
        self.poll_policy = poll_policy or AUTH_POLL

    def __repr__(self) -> str:
        return f"KsefTokenAuthenticator(context={self.context!r})"

    def _flow(self) -> Flow[TokenPair]:
        return ksef_token_flow(self._token, self.context, allowed_ips=self.allowed_ips, poll_policy=self.poll_policy)

    def __call__(self) -> TokenPair:
        return _run(self._flow(), self._client, self.key_store, time.sleep)

    async def authenticate_async(self) -> TokenPair:
        return await _arun(self._flow(), self._client, self.key_store, asyncio.sleep)


class XadesAuthenticator:
    """An ``authenticator`` that signs a fresh ``AuthTokenRequest`` with ``signer`` on every call."""

    def __init__(
        self,
        client: Client | AuthenticatedClient | SyncClient | AsyncClient,
        signer: Signer | Callable[[bytes], bytes],
        context: ContextIdentifier | tuple[str, str] | str,
        *,
        subject_identifier_type: str = "certificateSubject",
        allowed_ips: AllowedIps | None = None,
        namespace: str = "2.1",
        verify_certificate_chain: bool | None = None,
        poll_policy: PollPolicy | None = None,
    ) -> None:
        self._client = client
        self._signer = signer
        self.context = ContextIdentifier.coerce(context)
        self._options: dict[str, Any] = {
            "subject_identifier_type": subject_identifier_type,
            "allowed_ips": allowed_ips,
            "namespace": namespace,
            "verify_certificate_chain": verify_certificate_chain,
            "poll_policy": poll_policy,
        }

    def __repr__(self) -> str:
        return f"XadesAuthenticator(context={self.context!r})"

    def __call__(self) -> TokenPair:
        return _run(xades_flow(self._signer, self.context, **self._options), self._client, None, time.sleep)

    async def authenticate_async(self) -> TokenPair:
        return await _arun(xades_flow(self._signer, self.context, **self._options), self._client, None, asyncio.sleep)
