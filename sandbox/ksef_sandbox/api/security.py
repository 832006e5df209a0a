"""The Ministry's public-key certificates (spec tag "Certyfikaty klucza publicznego").

See ``bezpieczenstwo/klucze-publiczne-do-szyfrowania.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._http import Request, Response
from ksef_sandbox._ids import b64e, format_dt
from ksef_sandbox._state import SandboxState

__all__ = ["public_key_certificates"]


def public_key_certificates(state: SandboxState, req: Request) -> Response:
    """``GET /security/public-key-certificates``: the active keys (retired ones disappear)."""
    return Response.json(
        [
            {
                "certificate": b64e(p.certificate_der),
                "certificateId": p.certificate_id,
                "publicKeyId": p.public_key_id,
                "validFrom": format_dt(p.certificate.not_valid_before_utc),
                "validTo": format_dt(p.certificate.not_valid_after_utc),
                "usage": list(p.usage),
            }
            for p in state.keys.pairs
            if p.active
        ]
    )
