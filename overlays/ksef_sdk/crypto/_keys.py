"""The Ministry of Finance public-key certificates (``bezpieczenstwo/klucze-publiczne-do-szyfrowania.md``).

``GET /security/public-key-certificates`` lists X.509 certificates (DER, Base64) with a ``usage``:
``KsefTokenEncryption`` (KSeF-token authentication) or ``SymmetricKeyEncryption`` (session AES keys).
:class:`PublicKeyStore` fetches them through the generated operation, verifies ``publicKeyId``
(Base64 SHA-256 of the SubjectPublicKeyInfo DER) and ``certificateId`` (Base64 SHA-256 of the
certificate DER), caches them with a TTL and picks, per usage, a certificate valid now with the
latest ``validFrom``. When KSeF answers 400/21470 (unknown or retired key id), refresh and retry
once: :meth:`PublicKeyStore.call_with_key_retry` / :meth:`PublicKeyStore.acall_with_key_retry`.

::

    store = PublicKeyStore(public_client)            # ksef_api.Client or AuthenticatedClient
    cert = store.get(KeyUsage.SYMMETRIC_KEY)         # MinistryCertificate
    encryption = SessionKey.generate().encryption_info(cert)

    # open a session, re-wrapping the key with a fresh certificate if KSeF rejects the key id:
    response = store.call_with_key_retry(KeyUsage.SYMMETRIC_KEY, lambda cert: open_session(cert))

Both sync and async access are safe from many threads / tasks at once; concurrent callers share one
fetch.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ksef_sdk.crypto._cipher import CryptoError, b64decode, rsa_oaep_encrypt, sha256_b64
from ksef_sdk.errors import Code, KsefApiError
from ksef_sdk.errors._workflows import KeyStoreError, NoValidCertificateError

if TYPE_CHECKING:
    from ksef_api.client import AsyncClient, AuthenticatedClient, Client, SyncClient
    from ksef_api.models.public_key_certificate import PublicKeyCertificate

__all__ = [
    "DEFAULT_TTL",
    "KeyStoreError",
    "KeyUsage",
    "MinistryCertificate",
    "NoValidCertificateError",
    "PublicKeyStore",
    "certificate_id_of",
    "is_unknown_key_error",
    "public_key_id_of",
    "select_certificate",
]

T = TypeVar("T")

DEFAULT_TTL = 6 * 3600.0
"""Seconds a fetched certificate list is trusted before it is fetched again."""


class KeyUsage(str, enum.Enum):
    """What a Ministry key is for (``PublicKeyCertificate.usage``)."""

    KSEF_TOKEN = "KsefTokenEncryption"  # noqa: S105 - a usage name, not a secret
    SYMMETRIC_KEY = "SymmetricKeyEncryption"

    def __str__(self) -> str:
        return self.value


def public_key_id_of(key: x509.Certificate | rsa.RSAPublicKey | Any) -> str:
    """``publicKeyId``: Base64 SHA-256 of the DER SubjectPublicKeyInfo of a certificate or public key."""
    public = key.public_key() if isinstance(key, x509.Certificate) else key
    spki = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return sha256_b64(spki)


def certificate_id_of(der: bytes) -> str:
    """``certificateId``: Base64 SHA-256 of the certificate DER."""
    return sha256_b64(der)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class MinistryCertificate:
    """One entry of ``GET /security/public-key-certificates``, parsed and verified."""

    certificate_id: str
    public_key_id: str
    valid_from: dt.datetime
    valid_to: dt.datetime
    usage: frozenset[str]
    der: bytes = field(repr=False)
    certificate: x509.Certificate = field(repr=False, compare=False)

    @classmethod
    def from_der(
        cls,
        der: bytes,
        *,
        usage: Iterable[str],
        valid_from: dt.datetime | None = None,
        valid_to: dt.datetime | None = None,
        public_key_id: str | None = None,
        certificate_id: str | None = None,
    ) -> MinistryCertificate:
        """Parse a DER certificate. Given ids are verified against the computed ones; given dates win
        over the certificate's own (KSeF's list is authoritative about when a key is accepted)."""
        try:
            cert = x509.load_der_x509_certificate(der)
        except ValueError as exc:
            raise KeyStoreError(f"unparsable public-key certificate: {exc}") from None
        computed_key_id = public_key_id_of(cert)
        if public_key_id is not None and public_key_id != computed_key_id:
            raise KeyStoreError(
                f"publicKeyId {public_key_id} does not match the certificate's key (computed {computed_key_id})"
            )
        computed_cert_id = certificate_id_of(der)
        if certificate_id is not None and certificate_id != computed_cert_id:
            raise KeyStoreError(
                f"certificateId {certificate_id} does not match the certificate (computed {computed_cert_id})"
            )
        return cls(
            certificate_id=computed_cert_id,
            public_key_id=computed_key_id,
            valid_from=_aware(valid_from) if valid_from is not None else cert.not_valid_before_utc,
            valid_to=_aware(valid_to) if valid_to is not None else cert.not_valid_after_utc,
            usage=frozenset(str(u) for u in usage),
            der=der,
            certificate=cert,
        )

    @classmethod
    def from_model(cls, model: PublicKeyCertificate) -> MinistryCertificate:
        """From the generated ``PublicKeyCertificate`` model (verifies both ids)."""
        try:
            der = b64decode(model.certificate)
        except CryptoError:
            raise KeyStoreError("public-key certificate is not valid Base64") from None
        return cls.from_der(
            der,
            usage=[str(u) for u in model.usage],
            valid_from=model.valid_from,
            valid_to=model.valid_to,
            public_key_id=model.public_key_id,
            certificate_id=model.certificate_id,
        )

    @property
    def public_key(self) -> rsa.RSAPublicKey:
        """The RSA public key (RSA-OAEP is the only documented algorithm)."""
        key = self.certificate.public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            raise CryptoError(f"certificate {self.certificate_id} holds a {type(key).__name__}, not an RSA key")
        return key

    def has_usage(self, usage: KeyUsage | str) -> bool:
        return str(usage) in self.usage

    def is_valid_at(self, when: dt.datetime) -> bool:
        return self.valid_from <= when < self.valid_to

    def encrypt(self, plaintext: bytes) -> bytes:
        """RSA-OAEP (SHA-256/MGF1-SHA-256) encryption under this certificate's key."""
        return rsa_oaep_encrypt(self.public_key, plaintext)


def select_certificate(
    certificates: Iterable[MinistryCertificate], usage: KeyUsage | str, *, now: dt.datetime | None = None
) -> MinistryCertificate:
    """The certificate of ``usage`` valid at ``now`` with the latest ``validFrom``."""
    when = now or dt.datetime.now(dt.timezone.utc)
    candidates = [c for c in certificates if c.has_usage(usage) and c.is_valid_at(when)]
    if not candidates:
        raise NoValidCertificateError(f"no {usage} certificate is valid at {when.isoformat()}")
    return max(candidates, key=lambda c: c.valid_from)


def is_unknown_key_error(error: BaseException) -> bool:
    """True for KSeF's 400/21470: the ``publicKeyId`` sent is unknown or retired."""
    return isinstance(error, KsefApiError) and error.has_code(Code.UNKNOWN_PUBLIC_KEY)


def _parse_list(response: Any) -> list[MinistryCertificate]:
    from ksef_sdk.errors import unwrap

    parsed = unwrap(response)
    if not isinstance(parsed, list):
        raise KeyStoreError(f"unexpected public-key certificate list: {type(parsed).__name__}")
    return [MinistryCertificate.from_model(item) for item in parsed]


class PublicKeyStore:
    """A TTL cache of the Ministry certificates, per-usage selection and the 21470 refresh-and-retry.

    ``client`` is any ``ksef_api.Client``/``AuthenticatedClient`` (the endpoint is public). For tests
    or custom sources pass ``fetch``/``afetch`` instead: callables returning the certificates.
    ``now`` returns the current UTC time (validity); ``clock`` is monotonic seconds (TTL).
    """

    def __init__(
        self,
        client: Client | AuthenticatedClient | SyncClient | AsyncClient | None = None,
        *,
        ttl: float = DEFAULT_TTL,
        fetch: Callable[[], Sequence[MinistryCertificate]] | None = None,
        afetch: Callable[[], Awaitable[Sequence[MinistryCertificate]]] | None = None,
        now: Callable[[], dt.datetime] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if client is None and fetch is None and afetch is None:
            raise ValueError("PublicKeyStore needs a client or a fetch/afetch callable")
        self._client = client
        self._fetch = fetch
        self._afetch = afetch
        self._ttl = ttl
        self._now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self._clock = clock
        self._certificates: tuple[MinistryCertificate, ...] = ()
        self._fetched_at: float | None = None
        self._generation = 0
        self._lock = threading.Lock()  # guards the cached state; never held during I/O
        self._fetch_lock = threading.Lock()  # serializes sync fetches (concurrent callers share one)
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"PublicKeyStore(certificates={len(self._certificates)}, ttl={self._ttl})"

    # ------------------------------------------------------------------------------ fetching

    def _fetch_sync(self) -> Sequence[MinistryCertificate]:
        if self._fetch is not None:
            return self._fetch()
        if self._client is None:
            raise KeyStoreError("this PublicKeyStore has only an async fetch; use aget()/arefresh()")
        from ksef_api.api.security import get_security_public_key_certificates as op
        from ksef_api.client import AsyncClient

        if isinstance(self._client, AsyncClient):
            raise KeyStoreError("this PublicKeyStore has an async client; use aget()/arefresh()")
        return _parse_list(op.sync_detailed(client=self._client))

    async def _fetch_async(self) -> Sequence[MinistryCertificate]:
        if self._afetch is not None:
            return await self._afetch()
        if self._client is None:
            assert self._fetch is not None
            return self._fetch()
        from ksef_api.api.security import get_security_public_key_certificates as op
        from ksef_api.client import SyncClient

        if isinstance(self._client, SyncClient):
            raise KeyStoreError("this PublicKeyStore has a sync client; use get()/refresh()")
        return _parse_list(await op.asyncio_detailed(client=self._client))

    def _store(self, certificates: Sequence[MinistryCertificate]) -> tuple[MinistryCertificate, ...]:
        certs = tuple(certificates)
        if not certs:
            raise KeyStoreError("KSeF returned no public-key certificates")
        with self._lock:
            self._certificates = certs
            self._fetched_at = self._clock()
            self._generation += 1
        return certs

    def _fresh(self) -> bool:
        return self._fetched_at is not None and self._clock() - self._fetched_at < self._ttl

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    # ------------------------------------------------------------------------------ sync API

    def refresh(self, *, stale_generation: int | None = None) -> tuple[MinistryCertificate, ...]:
        """Fetch the list now. With ``stale_generation``, skip the fetch if another caller already
        refreshed since that generation (so a burst of 21470s triggers one fetch)."""
        with self._fetch_lock:
            if stale_generation is not None and self._generation != stale_generation and self._fresh():
                return self._certificates
            return self._store(self._fetch_sync())

    def certificates(self) -> tuple[MinistryCertificate, ...]:
        """All cached certificates, fetched first if the cache is empty or older than the TTL."""
        if self._fresh():
            return self._certificates
        with self._fetch_lock:
            if self._fresh():  # another thread fetched while we waited
                return self._certificates
            return self._store(self._fetch_sync())

    def get(self, usage: KeyUsage | str, *, force_refresh: bool = False) -> MinistryCertificate:
        """The certificate to use now for ``usage``. Refreshes once if none of the cached ones is valid."""
        certs = self.refresh() if force_refresh else self.certificates()
        try:
            return select_certificate(certs, usage, now=self._now())
        except NoValidCertificateError:
            if force_refresh:
                raise
        return select_certificate(self.refresh(), usage, now=self._now())

    def invalidate(self) -> None:
        """Forget the cached list; the next access fetches it again."""
        with self._lock:
            self._fetched_at = None

    def call_with_key_retry(self, usage: KeyUsage | str, operation: Callable[[MinistryCertificate], T]) -> T:
        """Run ``operation(cert)``; on 400/21470 refresh the list and run it once more with the new cert.

        ``operation`` must rebuild everything that depends on the key (encrypted token, wrapped AES key,
        ``publicKeyId``) from the certificate it is given.
        """
        generation = self._generation
        cert = self.get(usage)
        try:
            return operation(cert)
        except KsefApiError as exc:
            if not is_unknown_key_error(exc):
                raise
        self.refresh(stale_generation=generation)
        return operation(self.get(usage))

    # ------------------------------------------------------------------------------ async API

    async def arefresh(self, *, stale_generation: int | None = None) -> tuple[MinistryCertificate, ...]:
        """Async :meth:`refresh`."""
        async with self._async_lock():
            if stale_generation is not None and self._generation != stale_generation and self._fresh():
                return self._certificates
            return self._store(await self._fetch_async())

    async def acertificates(self) -> tuple[MinistryCertificate, ...]:
        """Async :meth:`certificates`."""
        if self._fresh():
            return self._certificates
        async with self._async_lock():
            if self._fresh():  # another task fetched while we waited
                return self._certificates
            return self._store(await self._fetch_async())

    async def aget(self, usage: KeyUsage | str, *, force_refresh: bool = False) -> MinistryCertificate:
        """Async :meth:`get`."""
        certs = await (self.arefresh() if force_refresh else self.acertificates())
        try:
            return select_certificate(certs, usage, now=self._now())
        except NoValidCertificateError:
            if force_refresh:
                raise
        return select_certificate(await self.arefresh(), usage, now=self._now())

    async def acall_with_key_retry(
        self, usage: KeyUsage | str, operation: Callable[[MinistryCertificate], Awaitable[T]]
    ) -> T:
        """Async :meth:`call_with_key_retry`."""
        generation = self._generation
        cert = await self.aget(usage)
        try:
            return await operation(cert)
        except KsefApiError as exc:
            if not is_unknown_key_error(exc):
                raise
        await self.arefresh(stale_generation=generation)
        return await operation(await self.aget(usage))
