"""KSeF environments: API base URLs, QR-code hosts and the storage hosts of pre-signed URLs.

The official environments are described in ``srodowiska.md`` of the KSeF documentation
(CIRFMF/ksef-docs): TEST (self-signed certificates allowed, test data), DEMO (production-like, real
credentials, no legal effect) and PRODUCTION.
"""

from __future__ import annotations

from dataclasses import dataclass

from ksef_sdk.errors import ConfigurationError

__all__ = ["DEMO", "ENVIRONMENTS", "PRODUCTION", "TEST", "Environment", "resolve"]

_OFFICIAL_STORAGE = ("*.mf.gov.pl", "*.blob.core.windows.net")
"""Where KSeF's pre-signed URLs (batch uploads, UPO pages, export parts) may point: the Ministry's own
domain and the Azure blob storage its answers have used. Override with ``storage_hosts``."""


@dataclass(frozen=True)
class Environment:
    """Where a client talks to: the API base (with ``/v2``), the QR verification host, and the host
    patterns (``fnmatch``) that pre-signed URLs in its answers may point to."""

    name: str
    api_base: str
    qr_base: str
    storage_hosts: tuple[str, ...] = _OFFICIAL_STORAGE

    @classmethod
    def custom(
        cls,
        api_base: str,
        qr_base: str | None = None,
        name: str = "CUSTOM",
        *,
        storage_hosts: tuple[str, ...] | None = None,
    ) -> Environment:
        """Any other base URL: the sandbox (``http://127.0.0.1:PORT/v2``), a proxy, a mock.

        The QR host defaults to TEST's, since custom hosts are used for testing; pre-signed URLs are
        followed only to the API's own host unless ``storage_hosts`` says otherwise.
        """
        import httpx

        try:
            host = httpx.URL(api_base).host
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError(f"not a valid KSeF base URL: {api_base!r}") from exc
        if not host:
            raise ConfigurationError(f"not a valid KSeF base URL: {api_base!r}")
        return cls(
            name=name,
            api_base=api_base.rstrip("/"),
            qr_base=(qr_base or TEST.qr_base).rstrip("/"),
            storage_hosts=tuple(storage_hosts) if storage_hosts is not None else (host,),
        )


TEST = Environment("TEST", "https://api-test.ksef.mf.gov.pl/v2", "https://qr-test.ksef.mf.gov.pl")
DEMO = Environment("DEMO", "https://api-demo.ksef.mf.gov.pl/v2", "https://qr-demo.ksef.mf.gov.pl")
PRODUCTION = Environment("PRODUCTION", "https://api.ksef.mf.gov.pl/v2", "https://qr.ksef.mf.gov.pl")

ENVIRONMENTS = {env.name: env for env in (TEST, DEMO, PRODUCTION)}


def resolve(environment: Environment | str) -> Environment:
    """An ``Environment`` from itself, a name (``"test"``, ``"demo"``, ``"production"``/``"prd"``) or a URL."""
    if isinstance(environment, Environment):
        return environment
    if not isinstance(environment, str):
        raise ConfigurationError(
            f"environment must be an Environment, a name or a URL, got {type(environment).__name__}"
        )
    key = environment.strip().upper()
    if key in ("PRD", "PROD"):
        key = "PRODUCTION"
    if key in ENVIRONMENTS:
        return ENVIRONMENTS[key]
    if environment.startswith(("http://", "https://")):
        return Environment.custom(environment)
    raise ConfigurationError(f"unknown KSeF environment {environment!r}: use TEST, DEMO, PRODUCTION or a base URL")
