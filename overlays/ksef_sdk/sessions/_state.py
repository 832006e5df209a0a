"""The resume state of an online session: what a new process needs to continue it after a restart.

The reference number, the form code, the session's AES key and IV, and what was sent (reference numbers
and hashes). The key decrypts every invoice of the session, so the state is either sealed with a secret
the caller supplies (AES-256-GCM, :class:`~ksef_sdk.crypto._sealed.Sealer`) or written to a file of mode
0600; it never appears in a repr, a log record or an exception::

    state = session.state()
    state.save("session.json")                      # mode 0600, atomic
    state.save("session.sealed", secret=my_secret)  # sealed: safe on a shared disk
    ...                                             # the process dies; a new one:
    session = OnlineSession.resume(client, OnlineSessionState.load("session.json"))
    session.send(next_invoice)
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ksef_sdk.crypto._cipher import SessionKey, b64decode, b64encode
from ksef_sdk.crypto._sealed import Sealer, is_sealed
from ksef_sdk.errors import ConfigurationError, SessionError
from ksef_sdk.invoice.checks import FORM_CODES, FormCode
from ksef_sdk.sessions._results import SentInvoice

__all__ = ["OnlineSessionState"]

_VERSION = 1
_LABEL = "ksef online session state"


@dataclass(frozen=True)
class OnlineSessionState:
    """Everything needed to resume an online session (see the module docstring). ``key`` is secret."""

    reference_number: str
    form_code: FormCode
    key: SessionKey = field(repr=False)
    valid_until: dt.datetime | None = None
    sent: tuple[SentInvoice, ...] = ()
    closed: bool = False
    offline_mode: bool = False

    def to_bytes(self, *, secret: bytes | str | None = None) -> bytes:
        """JSON bytes; sealed with ``secret`` when given (store the plain form only where mode 0600 protects it)."""
        doc = {
            "version": _VERSION,
            "referenceNumber": self.reference_number,
            "formCode": self.form_code.system_code,
            "key": b64encode(self.key.key_bytes),
            "iv": b64encode(self.key.iv),
            "validUntil": self.valid_until.isoformat() if self.valid_until else None,
            "closed": self.closed,
            "offlineMode": self.offline_mode,
            "sent": [[s.reference_number, s.invoice_hash, s.invoice_size, s.name, s.established] for s in self.sent],
        }
        data = json.dumps(doc, separators=(",", ":")).encode()
        return Sealer(secret).seal(data, _LABEL) if secret is not None else data

    @classmethod
    def from_bytes(cls, data: bytes, *, secret: bytes | str | None = None) -> OnlineSessionState:
        """The state from :meth:`to_bytes`; a sealed state needs its ``secret``."""
        if is_sealed(data):
            if secret is None:
                raise ConfigurationError("this session state is sealed: pass secret=...")
            data = Sealer(secret).open(data, _LABEL)
        try:
            doc = json.loads(data)
            if doc.get("version") != _VERSION:
                raise SessionError(f"session state version {doc.get('version')!r} is not one this version reads")
            form = FORM_CODES[doc["formCode"]]
            sent = tuple(SentInvoice(r, h, int(n), name, est) for r, h, n, name, est in doc["sent"])
            return cls(
                reference_number=str(doc["referenceNumber"]),
                form_code=form,
                key=SessionKey(b64decode(doc["key"]), b64decode(doc["iv"])),
                valid_until=dt.datetime.fromisoformat(doc["validUntil"]) if doc.get("validUntil") else None,
                sent=sent,
                closed=bool(doc.get("closed")),
                offline_mode=bool(doc.get("offlineMode")),
            )
        except SessionError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise SessionError(f"not a readable online session state ({type(exc).__name__})") from None

    def save(self, path: str | os.PathLike[str], *, secret: bytes | str | None = None) -> None:
        """Write atomically with mode 0600 (sealed when ``secret`` is given)."""
        target = Path(path)
        tmp = target.with_name(target.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(self.to_bytes(secret=secret))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, secret: bytes | str | None = None) -> OnlineSessionState:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SessionError(f"cannot read the session state {path}: {exc.strerror}") from None
        return cls.from_bytes(data, secret=secret)
