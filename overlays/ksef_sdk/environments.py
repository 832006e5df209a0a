"""KSeF environments: API base URLs and QR-code hosts (PROTOCOL §1)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Environment:
    """Where a client talks to: the API base (with ``/v2``) and the QR verification host."""

    name: str
    api_base: str
    qr_base: str

    @classmethod
    def custom(cls, api_base: str, qr_base: str | None = None, name: str = "CUSTOM") -> Environment:
        """Any other base URL: the sandbox (``http://127.0.0.1:PORT/v2``), a proxy, a mock.

        The QR host defaults to TEST's, since custom hosts are used for testing.
        """
        return cls(name=name, api_base=api_base.rstrip("/"), qr_base=(qr_base or TEST.qr_base).rstrip("/"))


TEST = Environment("TEST", "https://api-test.ksef.mf.gov.pl/v2", "https://qr-test.ksef.mf.gov.pl")
DEMO = Environment("DEMO", "https://api-demo.ksef.mf.gov.pl/v2", "https://qr-demo.ksef.mf.gov.pl")
PRODUCTION = Environment("PRODUCTION", "https://api.ksef.mf.gov.pl/v2", "https://qr.ksef.mf.gov.pl")

ENVIRONMENTS = {env.name: env for env in (TEST, DEMO, PRODUCTION)}


def resolve(environment: Environment | str) -> Environment:
    """An ``Environment`` from itself, a name (``"test"``, ``"demo"``, ``"production"``/``"prd"``) or a URL."""
    if isinstance(environment, Environment):
        return environment
    key = environment.strip().upper()
    if key in ("PRD", "PROD"):
        key = "PRODUCTION"
    if key in ENVIRONMENTS:
        return ENVIRONMENTS[key]
    if environment.startswith(("http://", "https://")):
        return Environment.custom(environment)
    raise ValueError(f"unknown KSeF environment {environment!r}: use TEST, DEMO, PRODUCTION or a base URL")
