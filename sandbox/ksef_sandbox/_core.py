"""The sans-IO core: state plus one handler per KSeF operation. No sockets, no framework."""

from __future__ import annotations

import hashlib
import hmac
import io
import ipaddress
import json
import logging
import math
import secrets
import shutil
import tarfile
import tempfile
import threading
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ._config import Config
from ._crypto import USAGE_SYMMETRIC, USAGE_TOKEN, CryptoError, KeyStore, aes_cbc_decrypt, aes_cbc_encrypt, oaep_decrypt
from ._http import (
    ApiError,
    Forbidden,
    Gone,
    HttpProblem,
    Request,
    Response,
    Route,
    Router,
    TooManyRequests,
    Unauthorized,
)
from ._ids import Clock, b64d, b64e, format_dt, ksef_number, parse_dt, reference_number, sha256_b64
from ._other import OtherOperations
from ._records import ALL_PERMISSIONS, AuthOperation, Export, Invoice, KsefToken, Session, TokenRecord
from ._xml import (
    BATCH_FORMS,
    FORMS,
    SchemaStore,
    UpoEntry,
    XmlRejected,
    check_and_parse,
    default_schema_dir,
    extract_facts,
    render_upo,
)

__all__ = ["ROUTES", "SandboxCore"]

log = logging.getLogger("ksef_sandbox")

ROUTES: list[Route] = [
    Route("POST", "/auth/challenge", "auth_challenge"),
    Route("POST", "/auth/ksef-token", "auth_ksef_token"),
    Route("POST", "/auth/xades-signature", "auth_xades"),
    Route("GET", "/auth/{referenceNumber}", "auth_status"),
    Route("POST", "/auth/token/redeem", "auth_redeem"),
    Route("POST", "/auth/token/refresh", "auth_refresh"),
    Route("GET", "/auth/sessions", "auth_sessions_list"),
    Route("DELETE", "/auth/sessions/current", "auth_sessions_delete_current"),
    Route("DELETE", "/auth/sessions/{referenceNumber}", "auth_sessions_delete"),
    Route("GET", "/security/public-key-certificates", "public_keys"),
    Route("POST", "/sessions/online", "online_open"),
    Route("POST", "/sessions/online/{referenceNumber}/invoices", "online_send"),
    Route("POST", "/sessions/online/{referenceNumber}/close", "online_close"),
    Route("POST", "/sessions/batch", "batch_open"),
    Route("POST", "/sessions/batch/{referenceNumber}/close", "batch_close"),
    Route("GET", "/sessions", "sessions_list"),
    Route("GET", "/sessions/{referenceNumber}", "session_status"),
    Route("GET", "/sessions/{referenceNumber}/invoices", "session_invoices"),
    Route("GET", "/sessions/{referenceNumber}/invoices/failed", "session_invoices_failed"),
    Route("GET", "/sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}", "invoice_status"),
    Route("GET", "/sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}/upo", "invoice_upo"),
    Route("GET", "/sessions/{referenceNumber}/invoices/ksef/{ksefNumber}/upo", "invoice_upo_by_ksef"),
    Route("GET", "/sessions/{referenceNumber}/upo/{upoReferenceNumber}", "session_upo"),
    Route("GET", "/invoices/ksef/{ksefNumber}", "invoice_download"),
    Route("POST", "/invoices/query/metadata", "invoice_metadata"),
    Route("POST", "/invoices/exports", "export_start"),
    Route("GET", "/invoices/exports/{referenceNumber}", "export_status"),
    *OtherOperations.ROUTES,
]

_INVOICE_DESC = {
    100: "Przyjęto do dalszego przetwarzania",
    150: "Trwa przetwarzanie",
    200: "Sukces",
    405: "Przetwarzanie anulowane z powodu błędu sesji",
    410: "Nieprawidłowy zakres uprawnień",
    415: "Brak możliwości wysyłania faktury z załącznikiem",
    430: "Błąd weryfikacji pliku faktury",
    435: "Błąd odszyfrowania pliku",
    440: "Duplikat faktury",
    450: "Błąd weryfikacji semantyki dokumentu faktury",
}
_SESSION_DESC = {
    100: "Sesja otwarta",
    150: "Trwa przetwarzanie",
    170: "Sesja zamknięta",
    200: "Sesja przetworzona pomyślnie",
    405: "Błąd weryfikacji poprawności dostarczonych elementów paczki",
    415: "Błąd odszyfrowania dostarczonego klucza",
    420: "Przekroczony limit faktur w sesji",
    430: "Błąd dekompresji pierwotnego archiwum",
    435: "Błąd odszyfrowania zaszyfrowanych części pliku",
    440: "Sesja anulowana",
    445: "Błąd weryfikacji, brak poprawnych faktur",
}
_METHODS = {
    "Token": ("Token", "Token", "Token KSeF"),
    "QualifiedSeal": ("XadesSignature", "Seal.Qualified", "Pieczęć kwalifikowana"),
    "QualifiedSignature": ("XadesSignature", "Signature.Qualified", "Podpis kwalifikowany"),
    "PersonalSignature": ("XadesSignature", "Signature.Personal", "Podpis osobisty"),
}


def _status(code: int, table: dict[int, str], details: list[str] | None = None) -> tuple[int, str, list[str]]:
    return code, table.get(code, "Nieznany błąd"), details or []


def _status_json(st: tuple[int, str, list[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {"code": st[0], "description": st[1]}
    if st[2]:
        out["details"] = st[2]
    return out


def _bad(details: str, code: int = 21405, description: str = "Błąd walidacji danych wejściowych.") -> ApiError:
    return ApiError(400, code, description, [details])


def _require(body: Any, *names: str) -> None:
    if not isinstance(body, dict):
        raise _bad("Request body must be a JSON object.")
    for n in names:
        if body.get(n) is None:
            raise _bad(f"Pole '{n}' jest wymagane.")


def _page_size(req: Request, default: int, lo: int, hi: int) -> int:
    raw = req.q("pageSize")
    if raw is None:
        return default
    try:
        size = int(raw)
    except ValueError:
        raise _bad(f"pageSize: '{raw}' is not an integer.") from None
    if not lo <= size <= hi:
        raise _bad(f"pageSize must be between {lo} and {hi}.")
    return size


def _int_q(req: Request, name: str, default: int, lo: int = 0) -> int:
    raw = req.q(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _bad(f"{name}: '{raw}' is not an integer.") from None
    if value < lo:
        raise _bad(f"{name} must be >= {lo}.")
    return value


class _Windows:
    """Sliding-window counters for one (operation, context, IP) key."""

    __slots__ = ("hits",)

    def __init__(self) -> None:
        self.hits: deque[float] = deque()


@dataclass
class Principal:
    """The caller behind a bearer token."""

    token: str
    record: TokenRecord
    op: AuthOperation

    @property
    def permissions(self) -> list[str]:
        return self.op.permissions


class SandboxCore(OtherOperations):
    """All state and behaviour; ``handle(Request) -> Response``. Thread-safe (one lock)."""

    def __init__(
        self, *, schema_dir: Path | str | None = "auto", config: Config | None = None, keys: KeyStore | None = None
    ) -> None:
        self.config = config or Config()
        self.clock = Clock()
        self.keys = keys or KeyStore.generate()
        self.schemas = SchemaStore(
            default_schema_dir() if schema_dir == "auto" else (Path(schema_dir) if schema_dir else None)
        )
        self.lock = threading.RLock()
        self.router = Router(ROUTES)
        self.url_key = secrets.token_bytes(32)
        self.jwt_key = secrets.token_bytes(32)
        self.tmpdir = Path(tempfile.mkdtemp(prefix="ksef-sandbox-"))
        self.workers: list[threading.Thread] = []
        self.observers: list[Callable[[Request, Response], None]] = []
        self.call_counts: dict[str, int] = {}
        self.reset_state()

    # ----------------------------------------------------------------- state
    def reset_state(self) -> None:
        with self.lock:
            self.challenges: dict[str, datetime] = {}
            self.auth_ops: dict[str, AuthOperation] = {}
            self.tokens: dict[str, TokenRecord] = {}
            self.ksef_tokens: dict[str, KsefToken] = {}
            self.sessions: dict[str, Session] = {}
            self.invoices: dict[str, Invoice] = {}  # by KSeF number
            self.duplicates: dict[tuple[str, str, str], Invoice] = {}
            self.exports: dict[str, Export] = {}
            self.subjects: dict[str, dict[str, Any]] = {}
            self.grants: dict[tuple[str, str], set[str]] = {}  # (context NIP, subject id) -> permissions
            self.blocked_contexts: set[str] = set()
            self.windows: dict[tuple[str, str, str], _Windows] = {}
            self.custom_rate_limits: dict[str, dict[str, int]] | None = None
            self.reset_other_state()

    def close(self) -> None:
        for t in list(self.workers):
            t.join()
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def wait_idle(self, timeout: float | None = None) -> None:
        """Wait for background work (batch processing) to finish."""
        for t in list(self.workers):
            t.join(timeout)

    @property
    def now(self) -> datetime:
        return self.clock.now()

    # --------------------------------------------------------------- dispatch
    def handle(self, req: Request) -> Response:
        now = self.now
        try:
            matched = self.router.match(req.method, req.path)
            if matched is None:
                resp = Response.json(
                    {"title": "Not Found", "status": 404, "detail": f"No operation {req.method} {req.path}"},
                    404,
                    "application/problem+json",
                )
            else:
                route, params = matched
                with self.lock:
                    self.call_counts[route.key] = self.call_counts.get(route.key, 0) + 1
                    self._rate_limit(route, req)
                    resp = getattr(self, route.handler)(req, **params)
        except HttpProblem as problem:
            resp = problem.render(req, now)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            # a body of the wrong shape (e.g. a number where an object belongs): KSeF answers 21405
            log.debug("ksef_sandbox: malformed input for %s %s: %r", req.method, req.path, exc)
            resp = _bad(f"Nieprawidłowa struktura żądania: {exc.__class__.__name__}: {exc}").render(req, now)
        except Exception:
            log.exception("ksef_sandbox: unhandled error in %s %s", req.method, req.path)
            resp = ApiError(500, 500, "Nieznany błąd.").render(req, now)
        if 200 <= resp.status < 300 and req.header("x-test-system-warning"):
            resp.headers["x-system-warning"] = req.header("x-test-system-warning") or ""
        for observer in self.observers:
            observer(req, resp)
        return resp

    # ------------------------------------------------------------ rate limits
    def _limits_for(self, key: str) -> dict[str, int] | None:
        from ksef_api._tables import RATE_LIMITS

        if self.custom_rate_limits is not None:
            group = self.custom_rate_limits.get(key)
            if group:
                return group
        return RATE_LIMITS.get(key)

    def _rate_limit(self, route: Route, req: Request) -> None:
        if not self.config.rate_limits_enabled:
            return
        limits = self._limits_for(route.key)
        if not limits:
            return
        context = "-"
        auth = req.header("authorization") or ""
        if auth.lower().startswith("bearer "):
            rec = self.tokens.get(auth[7:].strip())
            op = self.auth_ops.get(rec.auth_ref) if rec else None
            if op is not None:
                context = f"{op.context_type}:{op.context_value}"
        win = self.windows.setdefault((route.key, context, req.client_ip), _Windows())
        now = self.now.timestamp()
        while win.hits and win.hits[0] <= now - 3600:
            win.hits.popleft()
        scale = self.config.rate_limit_scale
        retry = 0.0
        for name, span in (("perSecond", 1.0), ("perMinute", 60.0), ("perHour", 3600.0)):
            if name not in limits:
                continue
            allowed = max(1, int(limits[name] * scale))
            in_window = [t for t in win.hits if t > now - span]
            if len(in_window) >= allowed:
                oldest = in_window[len(in_window) - allowed]
                retry = max(retry, oldest + span - now)
        if retry > 0:
            raise TooManyRequests(
                max(1, math.ceil(retry)),
                f"Przekroczono limit żądań dla {route.key}. Spróbuj ponownie za {max(1, math.ceil(retry))} s.",
            )
        win.hits.append(now)

    # ------------------------------------------------------------------ tokens
    def _jwt(self, kind: str, op: AuthOperation, expires: datetime) -> str:
        def enc(obj: dict[str, Any]) -> str:
            return b64e(json.dumps(obj, separators=(",", ":")).encode()).rstrip("=").replace("+", "-").replace("/", "_")

        head = enc({"alg": "HS256", "typ": "JWT"})
        payload = enc(
            {
                "token-type": kind,
                "operation-reference-number": op.reference,
                "context-identifier-type": op.context_type,
                "context-identifier-value": op.context_value,
                "authentication-method": op.method,
                "jti": secrets.token_hex(16),
                "iat": int(self.now.timestamp()),
                "exp": int(expires.timestamp()),
                "iss": "ksef-sandbox",
            }
        )
        sig = hmac.new(self.jwt_key, f"{head}.{payload}".encode(), hashlib.sha256).digest()
        token = f"{head}.{payload}.{b64e(sig).rstrip('=').replace('+', '-').replace('/', '_')}"
        self.tokens[token] = TokenRecord(kind, op.reference, expires)
        return token

    def _principal(self, req: Request, kind: str = "ContextToken") -> Principal:
        auth = req.header("authorization") or ""
        if not auth.lower().startswith("bearer "):
            raise Unauthorized("Brak tokena uwierzytelniającego (Authorization: Bearer).")
        token = auth[7:].strip()
        rec = self.tokens.get(token)
        if rec is None:
            raise Unauthorized("Nieprawidłowy token.")
        if rec.expires <= self.now:
            raise Unauthorized("Token wygasł.")
        kinds = (kind,) if isinstance(kind, str) else kind
        if rec.kind not in kinds:
            raise Unauthorized(f"Nieprawidłowy typ tokena ({rec.kind}).")
        op = self.auth_ops[rec.auth_ref]
        if rec.kind == "RefreshToken" and op.revoked:
            raise Unauthorized("Sesja uwierzytelnienia została unieważniona.")
        if rec.kind == "ContextToken" and op.allowed_ips and not _ip_allowed(req.client_ip, op.allowed_ips):
            raise Forbidden("ip-not-allowed", "Adres IP nie jest dozwolony.", {"clientIp": req.client_ip})
        if op.context_value in self.blocked_contexts and rec.kind == "ContextToken":
            raise Forbidden(
                "security-service-blocked",
                "Kontekst zablokowany.",
                {"incidentId": op.reference, "clientIp": req.client_ip},
            )
        return Principal(token, rec, op)

    def _access(self, req: Request, *required: str) -> Principal:
        p = self._principal(req)
        if required and not set(required) & set(p.permissions):
            raise Forbidden(
                "missing-permissions",
                "Brak wymaganych uprawnień.",
                {"requiredAnyOfPermissions": list(required), "presentPermissions": list(p.permissions)},
            )
        return p

    # -------------------------------------------------------------- signed URLs
    def sign_url(self, req: Request, path: str, expires: datetime) -> str:
        exp = str(int(expires.timestamp()))
        sig = hmac.new(self.url_key, f"{path}|{exp}".encode(), hashlib.sha256).hexdigest()
        return f"{req.root_url}{quote(path)}?se={exp}&sig={sig}"

    def check_url(self, path: str, expires: str | None, sig: str | None) -> bool:
        if not expires or not sig:
            return False
        good = hmac.new(self.url_key, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()
        try:
            return hmac.compare_digest(good, sig) and int(expires) >= self.now.timestamp()
        except ValueError:
            return False

    # ------------------------------------------------------------------- keys
    def public_keys(self, req: Request) -> Response:
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
                for p in self.keys.pairs
                if p.active
            ]
        )

    def _unwrap_key(self, usage: str, encrypted: str, public_key_id: str | None) -> bytes:
        """Raises 21470 for an unknown key id, CryptoError when the key cannot be decrypted."""
        pair = self.keys.for_usage(usage, public_key_id)
        if pair is None:
            raise ApiError(
                400,
                21470,
                "Nieobsługiwany klucz publiczny.",
                [f"Klucz o identyfikatorze {public_key_id} nie jest wspierany"],
            )
        try:
            raw = b64d(encrypted)
        except ValueError as exc:
            raise CryptoError("bad base64") from exc
        return oaep_decrypt(pair.private_key, raw)

    # ------------------------------------------------------------------- auth
    def auth_challenge(self, req: Request) -> Response:
        now = self.now
        challenge = reference_number("CR", now)
        self.challenges[challenge] = now
        return Response.json(
            {
                "challenge": challenge,
                "timestamp": format_dt(now),
                "timestampMs": int(now.timestamp() * 1000),
                "clientIp": req.client_ip,
            }
        )

    def _take_challenge(self, challenge: str) -> datetime:
        issued = self.challenges.pop(challenge, None)
        if issued is None:
            raise ApiError(400, 21111, "Nieprawidłowe wyzwanie autoryzacyjne.", [f"Nieznane wyzwanie: {challenge}"])
        if self.now - issued > self.config.challenge_lifetime:
            raise ApiError(400, 21111, "Nieprawidłowe wyzwanie autoryzacyjne.", ["Wyzwanie wygasło."])
        return issued

    def _start_auth(self, op: AuthOperation) -> Response:
        op.polls_left = self.config.processing_polls
        op.auth_token = self._jwt("OperationToken", op, self.now + self.config.auth_token_lifetime)
        self.auth_ops[op.reference] = op
        rec = self.tokens[op.auth_token]
        return Response.json(
            {
                "referenceNumber": op.reference,
                "authenticationToken": {"token": op.auth_token, "validUntil": format_dt(rec.expires)},
            },
            202,
        )

    def auth_ksef_token(self, req: Request) -> Response:
        body = req.json()
        _require(body, "challenge", "contextIdentifier", "encryptedToken")
        ctx = body["contextIdentifier"]
        if not isinstance(ctx, dict) or ctx.get("type") not in ("Nip", "InternalId", "NipVatUe", "PeppolId"):
            raise _bad("contextIdentifier.type is invalid.")
        pair = self.keys.for_usage(USAGE_TOKEN, body.get("publicKeyId"))
        if pair is None:
            raise ApiError(
                400,
                21470,
                "Nieobsługiwany klucz publiczny.",
                [f"Klucz o identyfikatorze {body.get('publicKeyId')} nie jest wspierany"],
            )
        issued = self._take_challenge(str(body["challenge"]))
        now = self.now
        op = AuthOperation(
            reference=reference_number("AU", now),
            started=now,
            context_type=ctx["type"],
            context_value=str(ctx.get("value", "")),
            method="Token",
            category="Token",
            subject_type="Token",
            subject_value="",
            permissions=[],
            status=(200, "Uwierzytelnianie zakończone sukcesem", []),
            allowed_ips=(body.get("authorizationPolicy") or {}).get("allowedIps"),
        )
        failure: list[str] = []
        try:
            plain = oaep_decrypt(pair.private_key, b64d(str(body["encryptedToken"]))).decode("utf-8")
            secret, _, stamp = plain.rpartition("|")
        except (CryptoError, ValueError, UnicodeDecodeError):
            secret, stamp = "", ""
            failure.append("Nieprawidłowy token")
        token = next((t for t in self.ksef_tokens.values() if t.secret == secret), None) if secret else None
        if not failure:
            if token is None:
                failure.append("Nieprawidłowy token")
            elif stamp != str(int(issued.timestamp() * 1000)):
                failure.append("Nieprawidłowy czas tokena")
            elif token.status in ("Revoked", "Revoking"):
                failure.append("Token unieważniony")
            elif token.status != "Active":
                failure.append("Token nieaktywny")
            elif (token.context_type, token.context_value) != (op.context_type, op.context_value):
                failure.append("Nieprawidłowe wyzwanie autoryzacyjne: kontekst tokena jest inny")
        if failure:
            op.status = (450, "Uwierzytelnianie zakończone niepowodzeniem z powodu błędnego tokenu", failure)
        elif token is not None:
            op.subject_type, op.subject_value = token.author_type, token.author_value
            op.permissions = list(token.permissions)
            op.ksef_token_ref = token.reference
            token.last_use = now
            if op.context_value in self.blocked_contexts:
                op.status = (480, "Uwierzytelnienie zablokowane", ["Podejrzenie incydentu bezpieczeństwa"])
        return self._start_auth(op)

    def auth_xades(self, req: Request) -> Response:
        from ._xades import XadesError, verify_auth_request

        if not req.body:
            raise _bad("Request body is required.")
        try:
            signed = verify_auth_request(req.body)
        except XadesError as exc:
            raise ApiError(400, exc.code, exc.message.split(":")[0], [exc.message]) from exc
        self._take_challenge(signed.challenge)
        now = self.now
        if signed.is_seal:
            method = "QualifiedSeal"
        elif signed.subject_type == "Pesel":
            method = "QualifiedSignature"
        else:
            method = "QualifiedSignature" if signed.subject_type == "Nip" else "PersonalSignature"
        perms = self._permissions_of(signed.context_value, signed.subject_value, signed.subject_type)
        op = AuthOperation(
            reference=reference_number("AU", now),
            started=now,
            context_type=signed.context_type,
            context_value=signed.context_value,
            method=method,
            category="XadesSignature",
            subject_type=signed.subject_type,
            subject_value=signed.subject_value,
            permissions=perms,
            status=(200, "Uwierzytelnianie zakończone sukcesem", []),
            document_hash=signed.document_hash,
            allowed_ips=signed.allowed_ips,
        )
        if signed.context_value in self.blocked_contexts:
            op.status = (480, "Uwierzytelnienie zablokowane", ["Podejrzenie incydentu bezpieczeństwa"])
        elif not perms:
            op.status = (415, "Uwierzytelnianie zakończone niepowodzeniem z powodu braku przypisanych uprawnień", [])
        return self._start_auth(op)

    def _permissions_of(self, context_value: str, subject_value: str, subject_type: str) -> list[str]:
        if subject_type == "Nip" and subject_value == context_value.split("-", maxsplit=1)[0]:
            return list(ALL_PERMISSIONS)
        granted = set(self.grants.get((context_value, subject_value), set()))
        subject = self.subjects.get(context_value)
        if subject and subject_value in subject.get("owners", ()):
            granted |= set(ALL_PERMISSIONS)
        return sorted(granted)

    def _auth_op_json(self, op: AuthOperation) -> dict[str, Any]:
        cat, code, name = _METHODS.get(op.method, ("XadesSignature", op.method, op.method))
        out: dict[str, Any] = {
            "startDate": format_dt(op.started),
            "authenticationMethod": op.method,
            "authenticationMethodInfo": {"category": cat, "code": code, "displayName": name},
            "status": _status_json(op.status),
            "isTokenRedeemed": op.redeemed,
        }
        if op.last_refresh:
            out["lastTokenRefreshDate"] = format_dt(op.last_refresh)
        if op.refresh_valid_until:
            out["refreshTokenValidUntil"] = format_dt(op.refresh_valid_until)
        return out

    def auth_status(self, req: Request, referenceNumber: str) -> Response:
        p = self._principal(req, "OperationToken")
        op = self.auth_ops.get(referenceNumber)
        if op is None or op.reference != p.op.reference:
            raise ApiError(
                400,
                21304,
                "Brak uwierzytelnienia.",
                [f"Operacja uwierzytelnienia {referenceNumber} nie została znaleziona."],
            )
        if self.now - op.started > timedelta(days=7):
            raise Gone("Operacja uwierzytelnienia wygasła.")
        body = self._auth_op_json(op)
        if op.polls_left > 0:
            op.polls_left -= 1
            body["status"] = {"code": 100, "description": "Uwierzytelnianie w toku"}
        return Response.json(body)

    def auth_redeem(self, req: Request) -> Response:
        p = self._principal(req, "OperationToken")
        op = p.op
        if op.redeemed or op.status[0] != 200 or op.polls_left > 0:
            raise ApiError(
                400,
                21301,
                "Brak autoryzacji.",
                ["Tokeny zostały już pobrane lub status uwierzytelnienia na to nie pozwala."],
            )
        if op.ksef_token_ref and self.ksef_tokens[op.ksef_token_ref].status != "Active":
            raise ApiError(400, 21301, "Brak autoryzacji.", ["Token KSeF został unieważniony."])
        op.redeemed = True
        now = self.now
        access = self._jwt("ContextToken", op, now + self.config.access_token_lifetime)
        op.refresh_valid_until = now + self.config.refresh_token_lifetime
        op.refresh_token = self._jwt("RefreshToken", op, op.refresh_valid_until)
        return Response.json(
            {
                "accessToken": {"token": access, "validUntil": format_dt(self.tokens[access].expires)},
                "refreshToken": {"token": op.refresh_token, "validUntil": format_dt(op.refresh_valid_until)},
            }
        )

    def auth_refresh(self, req: Request) -> Response:
        p = self._principal(req, "RefreshToken")
        if p.op.ksef_token_ref and self.ksef_tokens[p.op.ksef_token_ref].status != "Active":
            raise ApiError(400, 21301, "Brak autoryzacji.", ["Token KSeF został unieważniony."])
        now = self.now
        p.op.last_refresh = now
        access = self._jwt("ContextToken", p.op, now + self.config.access_token_lifetime)
        return Response.json({"accessToken": {"token": access, "validUntil": format_dt(self.tokens[access].expires)}})

    # --------------------------------------------------------- online sessions
    def _form(self, body: dict[str, Any], batch: bool) -> tuple[str, str, str]:
        fc = body.get("formCode")
        if not isinstance(fc, dict):
            raise _bad("formCode is required.")
        form = (str(fc.get("systemCode")), str(fc.get("schemaVersion")), str(fc.get("value")))
        if form not in (BATCH_FORMS if batch else FORMS):
            raise _bad(f"Nieobsługiwany kod formularza: {form[0]} {form[1]} {form[2]}.")
        return form

    def _open_session(self, req: Request, kind: str, p: Principal, body: dict[str, Any]) -> Session:
        form = self._form(body, kind == "Batch")
        enc = body.get("encryption")
        if not isinstance(enc, dict) or not enc.get("encryptedSymmetricKey") or not enc.get("initializationVector"):
            raise _bad("encryption.encryptedSymmetricKey and initializationVector are required.")
        try:
            iv = b64d(str(enc["initializationVector"]))
        except ValueError:
            raise _bad("initializationVector is not valid base64.") from None
        if len(iv) != 16:
            raise _bad("initializationVector must be 16 bytes.")
        try:
            key: bytes | None = self._unwrap_key(
                USAGE_SYMMETRIC, str(enc["encryptedSymmetricKey"]), enc.get("publicKeyId")
            )
            if key is not None and len(key) != 32:
                key = None
        except CryptoError:
            key = None
        now = self.now
        s = Session(
            reference=reference_number("SO" if kind == "Online" else "SB", now),
            kind=kind,
            form=form,
            context_type=p.op.context_type,
            context_value=p.op.context_value,
            auth_ref=p.op.reference,
            created=now,
            updated=now,
            valid_until=now + self.config.online_session_lifetime if kind == "Online" else None,
            key=key,
            iv=iv,
            offline=bool(body.get("offlineMode", False)),
        )
        if key is None:
            s.status = _status(415, _SESSION_DESC)
        else:
            s.status = (100, "Sesja interaktywna otwarta" if kind == "Online" else "Sesja wsadowa rozpoczęta", [])
        self.sessions[s.reference] = s
        return s

    def online_open(self, req: Request) -> Response:
        p = self._access(req, "InvoiceWrite", "PefInvoiceWrite", "EnforcementOperations")
        body = req.json()
        _require(body, "formCode", "encryption")
        s = self._open_session(req, "Online", p, body)
        assert s.valid_until is not None
        return Response.json({"referenceNumber": s.reference, "validUntil": format_dt(s.valid_until)}, 201)

    def _session(self, ref: str, p: Principal, kind: str | None = None) -> Session:
        s = self.sessions.get(ref)
        if s is None or s.context_value != p.op.context_value or (kind and s.kind != kind):
            raise ApiError(400, 21173, "Brak sesji o wskazanym numerze referencyjnym.", [f"Sesja {ref} nie istnieje."])
        self._expire_session(s)
        return s

    def _expire_session(self, s: Session) -> None:
        if s.kind == "Online" and s.status[0] == 100 and s.valid_until and s.valid_until <= self.now:
            self._close_online(s)

    def online_send(self, req: Request, referenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p, "Online")
        body = req.json()
        _require(
            body,
            "invoiceHash",
            "invoiceSize",
            "encryptedInvoiceHash",
            "encryptedInvoiceSize",
            "encryptedInvoiceContent",
        )
        if s.status[0] != 100:
            raise ApiError(
                400, 21180, "Status sesji nie pozwala na wykonanie operacji.", [f"Status sesji: {s.status[0]}"]
            )
        if len(s.invoices) >= self.config.max_invoices_per_session:
            raise ApiError(400, 21155, "Przekroczono dozwoloną liczbę faktur w sesji.")
        try:
            encrypted = b64d(str(body["encryptedInvoiceContent"]))
        except ValueError:
            raise _bad("encryptedInvoiceContent is not valid base64.") from None
        for field, kind_ in (("invoiceSize", int), ("encryptedInvoiceSize", int)):
            if not isinstance(body[field], kind_) or isinstance(body[field], bool) or body[field] < 1:
                raise _bad(f"{field} must be a positive integer.")
        if body["encryptedInvoiceSize"] != len(encrypted):
            raise ApiError(
                400,
                21402,
                "Nieprawidłowy rozmiar pliku.",
                [f"encryptedInvoiceSize {body['encryptedInvoiceSize']} != {len(encrypted)}"],
            )
        if body["encryptedInvoiceHash"] != sha256_b64(encrypted):
            raise ApiError(
                400,
                21403,
                "Nieprawidłowy skrót pliku.",
                ["encryptedInvoiceHash nie zgadza się z zaszyfrowaną treścią."],
            )
        assert s.key is not None
        try:
            plain = aes_cbc_decrypt(s.key, s.iv, encrypted)
        except CryptoError:
            plain = None
        if plain is not None:
            if body["invoiceSize"] != len(plain):
                raise ApiError(
                    400, 21402, "Nieprawidłowy rozmiar pliku.", [f"invoiceSize {body['invoiceSize']} != {len(plain)}"]
                )
            if body["invoiceHash"] != sha256_b64(plain):
                raise ApiError(
                    400, 21403, "Nieprawidłowy skrót pliku.", ["invoiceHash nie zgadza się z treścią faktury."]
                )
        now = self.now
        inv = Invoice(
            reference=reference_number("EE", now),
            session_ref=s.reference,
            ordinal=len(s.invoices) + 1,
            invoice_hash=str(body["invoiceHash"]),
            size=int(body["invoiceSize"]),
            invoicing_date=now,
            mode="Offline" if body.get("offlineMode") else "Online",
            hash_of_corrected=body.get("hashOfCorrectedInvoice"),
            form=s.form,
        )
        self._add_invoice(s, inv)
        self._process_invoice(s, inv, plain)
        s.updated = now
        return Response.json({"referenceNumber": inv.reference}, 202)

    def _add_invoice(self, s: Session, inv: Invoice) -> None:
        s.invoices.append(inv)
        s.by_ref[inv.reference] = inv

    def _process_invoice(self, s: Session, inv: Invoice, plain: bytes | None) -> None:
        """Decrypted content -> 200 with a KSeF number, or 4xx status. Call with the lock held."""
        inv.polls_left = self.config.processing_polls
        if plain is None:
            inv.status = _status(435, _INVOICE_DESC, ["Nie udało się odszyfrować faktury."])
            return
        limit = self.config.max_invoice_size
        if len(plain) > self.config.max_invoice_with_attachment_size or (len(plain) > limit and s.kind == "Online"):
            inv.status = _status(430, _INVOICE_DESC, [f"Rozmiar faktury {len(plain)} B przekracza limit {limit} B."])
            return
        form_path = FORMS[s.form][0]
        try:
            root = check_and_parse(plain, self.schemas.schema(form_path))
            facts = extract_facts(root, s.form[2])
        except XmlRejected as exc:
            inv.status = _status(450, _INVOICE_DESC, [exc.message])
            return
        inv.facts = facts
        inv.content = plain
        if facts.has_attachment and s.kind == "Online":
            inv.status = _status(
                415, _INVOICE_DESC, ["Faktura z załącznikiem może być wysłana tylko w sesji wsadowej."]
            )
            return
        if s.offline or facts.issue_date < format_dt(inv.invoicing_date)[:10]:
            inv.mode = "Offline"
        if facts.issue_date > format_dt(inv.invoicing_date)[:10]:
            inv.status = _status(
                450, _INVOICE_DESC, [f"Data wystawienia (P_1) {facts.issue_date} jest późniejsza niż data przyjęcia."]
            )
            return
        dup_key = (facts.seller_nip, facts.invoice_type, facts.invoice_number)
        original = self.duplicates.get(dup_key)
        if original is not None and original.ksef_number:
            inv.status = _status(440, _INVOICE_DESC, ["Faktura o tym numerze została już przesłana."])
            inv.extensions = {
                "originalSessionReferenceNumber": original.session_ref,
                "originalKsefNumber": original.ksef_number,
            }
            return
        inv.ksef_number = ksef_number(facts.seller_nip or s.context_value[:10], inv.invoicing_date)
        inv.acquisition_date = self.now
        inv.status = _status(200, _INVOICE_DESC)
        self.duplicates[dup_key] = inv
        self.invoices[inv.ksef_number] = inv
        s.by_ksef[inv.ksef_number] = inv

    def online_close(self, req: Request, referenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p, "Online")
        if s.status[0] != 100:
            raise ApiError(
                400, 21180, "Status sesji nie pozwala na wykonanie operacji.", [f"Status sesji: {s.status[0]}"]
            )
        self._close_online(s)
        return Response.empty(204)

    def _close_online(self, s: Session) -> None:
        s.closed = self.now
        s.updated = s.closed
        s.status = _status(170, _SESSION_DESC)
        s.polls_left = self.config.processing_polls
        if s.polls_left == 0:
            self._finalise(s)

    def _finalise(self, s: Session) -> None:
        """Closed session -> 200/440/445 and its collective UPO pages."""
        ok = [i for i in s.invoices if i.status[0] == 200]
        if not s.invoices:
            s.status = _status(440, _SESSION_DESC, ["Brak faktur w sesji."])
        elif not ok:
            s.status = _status(445, _SESSION_DESC)
        else:
            s.status = _status(200, _SESSION_DESC)
            size = max(1, self.config.upo_page_size)
            pages = [ok[i : i + size] for i in range(0, len(ok), size)]
            for n, chunk in enumerate(pages, 1):
                lo = (n - 1) * size + 1
                doc = self._render_upo(s, chunk, (n, len(pages), lo, lo + len(chunk) - 1, len(ok)))
                s.upo_pages.append((reference_number("EU", self.now), doc))
        for inv in s.invoices:
            inv.polls_left = 0
        s.updated = self.now

    def _render_upo(self, s: Session, invoices: list[Invoice], page: tuple[int, int, int, int, int] | None) -> bytes:
        op = self.auth_ops[s.auth_ref]
        token_ref = op.ksef_token_ref
        entries = []
        for inv in invoices:
            assert inv.facts is not None and inv.ksef_number and inv.acquisition_date
            entries.append(
                UpoEntry(
                    seller_nip=inv.facts.seller_nip,
                    ksef_number=inv.ksef_number,
                    invoice_number=inv.facts.invoice_number,
                    issue_date=inv.facts.issue_date,
                    sent_at=format_dt(inv.invoicing_date),
                    numbered_at=format_dt(inv.acquisition_date),
                    invoice_hash=inv.invoice_hash,
                    mode=inv.mode,
                )
            )
        return render_upo(
            session_reference=s.reference,
            context_type=s.context_type,
            context_value=s.context_value,
            auth_token_reference=token_ref,
            auth_document_hash=None if token_ref else (op.document_hash or sha256_b64(op.reference.encode())),
            structure_name=FORMS[s.form][1],
            form_system_code=s.form[0],
            entries=entries,
            page=page,
        )

    # ---------------------------------------------------------- session reads
    def _visible_session_status(self, s: Session, consume: bool) -> tuple[int, str, list[str]]:
        self._expire_session(s)
        if s.processing:
            return _status(150, _SESSION_DESC)
        if s.status[0] in (170, 150) and not s.processing:
            if s.polls_left > 0:
                if consume:
                    s.polls_left -= 1
                return s.status
            self._finalise(s)
        return s.status

    def session_status(self, req: Request, referenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p)
        st = self._visible_session_status(s, consume=True)
        out: dict[str, Any] = {
            "status": _status_json(st),
            "dateCreated": format_dt(s.created),
            "dateUpdated": format_dt(s.updated),
        }
        if s.valid_until:
            out["validUntil"] = format_dt(s.valid_until)
        if s.upo_pages and st[0] == 200:
            exp = self.now + self.config.url_lifetime
            out["upo"] = {
                "pages": [
                    {
                        "referenceNumber": ref,
                        "downloadUrl": self.sign_url(req, f"/blob/upo/{s.reference}/{ref}", exp),
                        "downloadUrlExpirationDate": format_dt(exp),
                    }
                    for ref, _ in s.upo_pages
                ]
            }
        if not s.processing:
            out["invoiceCount"] = len(s.invoices)
            out["successfulInvoiceCount"] = sum(1 for i in s.invoices if i.status[0] == 200)
            out["failedInvoiceCount"] = sum(1 for i in s.invoices if i.status[0] >= 400)
        return Response.json(out)

    def _invoice_json(self, req: Request, s: Session, inv: Invoice, consume: bool) -> dict[str, Any]:
        st = inv.status
        pending = inv.polls_left > 0 and not s.final
        if pending:
            if consume:
                inv.polls_left -= 1
            st = _status(
                150 if inv.polls_left < self.config.processing_polls - 1 or self.config.processing_polls == 1 else 100,
                _INVOICE_DESC,
            )
        out: dict[str, Any] = {
            "ordinalNumber": inv.ordinal,
            "referenceNumber": inv.reference,
            "invoiceHash": inv.invoice_hash,
            "invoicingDate": format_dt(inv.invoicing_date),
            "status": _status_json(st),
        }
        if inv.file_name:
            out["invoiceFileName"] = inv.file_name
        if inv.facts and inv.facts.invoice_number:
            out["invoiceNumber"] = inv.facts.invoice_number[:256]
        if not pending:
            out["invoicingMode"] = inv.mode
            if inv.extensions:
                out["status"]["extensions"] = inv.extensions
            if inv.ksef_number and inv.acquisition_date:
                exp = self.now + self.config.url_lifetime
                out["ksefNumber"] = inv.ksef_number
                out["acquisitionDate"] = format_dt(inv.acquisition_date)
                out["permanentStorageDate"] = format_dt(inv.acquisition_date)
                out["upoDownloadUrl"] = self.sign_url(req, f"/blob/upo-invoice/{s.reference}/{inv.reference}", exp)
                out["upoDownloadUrlExpirationDate"] = format_dt(exp)
        return out

    def invoice_status(self, req: Request, referenceNumber: str, invoiceReferenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p)
        self._visible_session_status(s, consume=False)
        inv = s.by_ref.get(invoiceReferenceNumber)
        if inv is None:
            raise ApiError(
                400,
                21405,
                "Błąd walidacji danych wejściowych.",
                [f"Faktura {invoiceReferenceNumber} nie istnieje w sesji."],
            )
        return Response.json(self._invoice_json(req, s, inv, consume=True))

    def _list_invoices(self, req: Request, referenceNumber: str, failed: bool) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p)
        self._visible_session_status(s, consume=False)
        size = _page_size(req, 10, 10, 1000)
        start = self._decode_continuation(req)
        items = [i for i in s.invoices if i.status[0] >= 400] if failed else s.invoices
        if s.processing:
            items = [] if failed else items
        page = items[start : start + size]
        out: dict[str, Any] = {"invoices": [self._invoice_json(req, s, i, consume=False) for i in page]}
        if start + size < len(items):
            out["continuationToken"] = self._encode_continuation(start + size)
        return Response.json(out)

    def session_invoices(self, req: Request, referenceNumber: str) -> Response:
        return self._list_invoices(req, referenceNumber, failed=False)

    def session_invoices_failed(self, req: Request, referenceNumber: str) -> Response:
        return self._list_invoices(req, referenceNumber, failed=True)

    def _encode_continuation(self, offset: int) -> str:
        raw = f"{offset}".encode()
        sig = hmac.new(self.url_key, raw, hashlib.sha256).hexdigest()[:16]
        return b64e(raw + b"." + sig.encode())

    def _decode_continuation(self, req: Request) -> int:
        token = req.header("x-continuation-token")
        if not token:
            return 0
        try:
            raw, _, sig = b64d(token).partition(b".")
            if hmac.new(self.url_key, raw, hashlib.sha256).hexdigest()[:16].encode() != sig:
                raise ValueError("bad signature")
            return int(raw)
        except ValueError:
            raise ApiError(
                400, 21418, "Nieprawidłowy token kontynuacji.", ["x-continuation-token is malformed."]
            ) from None

    def sessions_list(self, req: Request) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "EnforcementOperations")
        kind = req.q("sessionType")
        if kind not in ("Online", "Batch"):
            raise _bad("sessionType is required (Online | Batch).")
        size = _page_size(req, 10, 10, 1000)
        start = self._decode_continuation(req)
        statuses = set(req.q_all("statuses"))
        see_all = bool({"Introspection", "EnforcementOperations"} & set(p.permissions))
        rows = []
        for s in sorted(self.sessions.values(), key=lambda x: x.created, reverse=True):
            if s.kind != kind or s.context_value != p.op.context_value:
                continue
            if not see_all and self.auth_ops[s.auth_ref].subject_value != p.op.subject_value:
                continue
            st = self._visible_session_status(s, consume=False)
            common = (
                "InProgress"
                if st[0] < 200
                else ("Succeeded" if st[0] == 200 else ("Cancelled" if st[0] == 440 else "Failed"))
            )
            if statuses and common not in statuses:
                continue
            if req.q("referenceNumber") and s.reference != req.q("referenceNumber"):
                continue
            if not _in_range(s.created, req.q("dateCreatedFrom"), req.q("dateCreatedTo")):
                continue
            if (req.q("dateClosedFrom") or req.q("dateClosedTo")) and (
                s.closed is None or not _in_range(s.closed, req.q("dateClosedFrom"), req.q("dateClosedTo"))
            ):
                continue
            if not _in_range(s.updated, req.q("dateModifiedFrom"), req.q("dateModifiedTo")):
                continue
            row: dict[str, Any] = {
                "referenceNumber": s.reference,
                "status": _status_json(st),
                "dateCreated": format_dt(s.created),
                "dateUpdated": format_dt(s.updated),
                "totalInvoiceCount": len(s.invoices),
                "successfulInvoiceCount": sum(1 for i in s.invoices if i.status[0] == 200),
                "failedInvoiceCount": sum(1 for i in s.invoices if i.status[0] >= 400),
            }
            if s.valid_until:
                row["validUntil"] = format_dt(s.valid_until)
            rows.append(row)
        out: dict[str, Any] = {"sessions": rows[start : start + size]}
        if start + size < len(rows):
            out["continuationToken"] = self._encode_continuation(start + size)
        return Response.json(out)

    # -------------------------------------------------------------------- UPO
    def invoice_upo_bytes(self, s: Session, inv: Invoice) -> bytes:
        if inv.upo is None:
            inv.upo = self._render_upo(s, [inv], None)
        return inv.upo

    def _upo_ready(self, s: Session, inv: Invoice | None) -> Invoice:
        if inv is None or inv.ksef_number is None or (inv.polls_left > 0 and not s.final):
            raise ApiError(
                400, 21178, "Nie znaleziono UPO.", ["UPO nie zostało jeszcze wygenerowane lub faktura nie istnieje."]
            )
        return inv

    def invoice_upo(self, req: Request, referenceNumber: str, invoiceReferenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p)
        inv = self._upo_ready(s, s.by_ref.get(invoiceReferenceNumber))
        doc = self.invoice_upo_bytes(s, inv)
        return Response.xml(doc, sha256_b64(doc))

    def invoice_upo_by_ksef(self, req: Request, referenceNumber: str, ksefNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p)
        inv = self._upo_ready(s, s.by_ksef.get(ksefNumber))
        doc = self.invoice_upo_bytes(s, inv)
        return Response.xml(doc, sha256_b64(doc))

    def session_upo(self, req: Request, referenceNumber: str, upoReferenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p)
        for ref, doc in s.upo_pages:
            if ref == upoReferenceNumber:
                return Response.xml(doc, sha256_b64(doc))
        raise ApiError(400, 21178, "Nie znaleziono UPO.", [f"UPO {upoReferenceNumber} nie istnieje."])

    def blob_get(self, path: str, expires: str | None, sig: str | None) -> Response:
        """Pre-signed downloads (UPO pages, per-invoice UPO, export parts); no bearer."""
        with self.lock:
            if not self.check_url(path, expires, sig):
                return Response(
                    403, b"AuthenticationFailed: signature invalid or expired", {"content-type": "text/plain"}
                )
            parts = path.strip("/").split("/")
            doc: bytes | None = None
            if parts[:2] == ["blob", "upo"] and len(parts) == 4:
                s = self.sessions.get(parts[2])
                doc = next((d for r, d in (s.upo_pages if s else []) if r == parts[3]), None)
            elif parts[:2] == ["blob", "upo-invoice"] and len(parts) == 4:
                s = self.sessions.get(parts[2])
                inv = s.by_ref.get(parts[3]) if s else None
                if s and inv and inv.ksef_number:
                    doc = self.invoice_upo_bytes(s, inv)
            elif parts[:2] == ["blob", "export"] and len(parts) == 4:
                exp = self.exports.get(parts[2])
                idx = int(parts[3]) - 1 if parts[3].isdigit() else -1
                if exp and 0 <= idx < len(exp.parts):
                    blob = exp.parts[idx]
                    return Response(
                        200, blob, {"content-type": "application/octet-stream", "x-ms-meta-hash": sha256_b64(blob)}
                    )
            if doc is None:
                return Response(404, b"BlobNotFound", {"content-type": "text/plain"})
            return Response.xml(doc, sha256_b64(doc))

    # --------------------------------------------------------- batch sessions
    def batch_open(self, req: Request) -> Response:
        p = self._access(req, "InvoiceWrite", "EnforcementOperations")
        body = req.json()
        _require(body, "formCode", "batchFile", "encryption")
        bf = body["batchFile"]
        if not isinstance(bf, dict):
            raise _bad("batchFile must be an object.")
        _require(bf, "fileSize", "fileHash", "fileParts")
        parts = bf["fileParts"]
        if not isinstance(parts, list) or not parts:
            raise _bad("batchFile.fileParts must not be empty.")
        if len(parts) > self.config.max_parts:
            raise ApiError(
                400,
                21161,
                "Przekroczono dozwoloną liczbę części paczki.",
                [f"Maksymalnie {self.config.max_parts} części."],
            )
        ordinals = sorted(int(x.get("ordinalNumber", 0)) for x in parts if isinstance(x, dict))
        if ordinals != list(range(1, len(parts) + 1)):
            raise _bad("fileParts ordinal numbers must be 1..n without gaps.")
        for part in parts:
            size = part.get("fileSize")
            if not isinstance(size, int) or size < 1 or size > self.config.max_part_size + 16:
                raise ApiError(
                    400,
                    21157,
                    "Nieprawidłowy rozmiar części paczki.",
                    [f"Część {part.get('ordinalNumber')}: {size} B."],
                )
        if bf.get("compressionType", "Zip") not in ("Zip", "TarGz", None):
            raise _bad("compressionType must be Zip or TarGz.")
        s = self._open_session(req, "Batch", p, body)
        s.batch = dict(bf)
        now = self.now
        expires = now + self.config.url_lifetime * len(parts)
        requests = [
            {
                "ordinalNumber": n,
                "method": "PUT",
                "url": self.sign_url(req, f"/blob/upload/{s.reference}/{n}", expires),
                "headers": {"x-ms-blob-type": "BlockBlob"},
            }
            for n in ordinals
        ]
        return Response.json({"referenceNumber": s.reference, "partUploadRequests": requests}, 201)

    def store_part(
        self, path: str, expires: str | None, sig: str | None, tmp: Path, *, size: int, digest: str
    ) -> Response:
        """Called by the HTTP layer after streaming an upload to ``tmp``."""
        with self.lock:
            if not self.check_url(path, expires, sig):
                tmp.unlink(missing_ok=True)
                return Response(
                    403,
                    b"AuthenticationFailed: signature invalid or upload window expired",
                    {"content-type": "text/plain"},
                )
            parts = path.strip("/").split("/")
            s = self.sessions.get(parts[2]) if len(parts) == 4 else None
            if s is None or s.kind != "Batch" or not parts[3].isdigit():
                tmp.unlink(missing_ok=True)
                return Response(404, b"ContainerNotFound", {"content-type": "text/plain"})
            if s.status[0] != 100:
                tmp.unlink(missing_ok=True)
                return Response(403, b"Upload no longer allowed for this session", {"content-type": "text/plain"})
            n = int(parts[3])
            old = s.parts.pop(n, None)
            if old:
                old[0].unlink(missing_ok=True)
            s.parts[n] = (tmp, size, digest)
            s.updated = self.now
            return Response(201, b"", {"content-md5": "", "x-ms-request-server-encrypted": "true"})

    def batch_close(self, req: Request, referenceNumber: str) -> Response:
        p = self._access(req, "InvoiceWrite", "EnforcementOperations")
        s = self._session(referenceNumber, p, "Batch")
        if s.status[0] != 100:
            raise ApiError(
                400, 21180, "Status sesji nie pozwala na wykonanie operacji.", [f"Status sesji: {s.status[0]}"]
            )
        assert s.batch is not None
        declared = {int(x["ordinalNumber"]): x for x in s.batch["fileParts"]}
        missing = [n for n in declared if n not in s.parts]
        if missing:
            raise ApiError(
                400, 21205, "Paczka jest pusta lub nie przesłano zadeklarowanych części.", [f"Brak części: {missing}"]
            )
        for n, part in declared.items():
            _, size, digest = s.parts[n]
            if size != part["fileSize"] or digest != part["fileHash"]:
                raise ApiError(
                    400,
                    21157,
                    "Nieprawidłowy rozmiar części paczki.",
                    [f"Część {n}: rozmiar {size} / skrót nie zgadza się z deklaracją."],
                )
        s.closed = self.now
        s.updated = s.closed
        s.status = _status(150, _SESSION_DESC)
        s.processing = True
        s.polls_left = self.config.processing_polls
        worker = threading.Thread(target=self._process_batch, args=(s,), name=f"ksef-batch-{s.reference}", daemon=True)
        self.workers = [w for w in self.workers if w.is_alive()]
        self.workers.append(worker)
        worker.start()
        return Response.empty(204)

    def _process_batch(self, s: Session) -> None:
        try:
            self._process_batch_inner(s)
        except Exception as exc:
            log.exception("ksef_sandbox: batch %s failed", s.reference)
            with self.lock:
                s.status = (500, "Nieznany błąd", [str(exc)])
        finally:
            with self.lock:
                s.processing = False
                for path, _, _ in s.parts.values():
                    path.unlink(missing_ok=True)

    def _process_batch_inner(self, s: Session) -> None:
        assert s.batch is not None and s.key is not None
        archive = self.tmpdir / f"{s.reference}.archive"
        whole = hashlib.sha256()
        total = 0
        try:
            with archive.open("wb") as out:
                for n in sorted(s.parts):
                    for chunk in _decrypt_file(s.key, s.iv, s.parts[n][0]):
                        whole.update(chunk)
                        total += len(chunk)
                        out.write(chunk)
        except CryptoError as exc:
            with self.lock:
                s.status = _status(435, _SESSION_DESC, [str(exc)])
            return
        if total != s.batch["fileSize"] or b64e(whole.digest()) != s.batch["fileHash"]:
            with self.lock:
                s.status = _status(
                    405, _SESSION_DESC, ["Rozmiar lub skrót paczki nie zgadza się z deklaracją (batchFile)."]
                )
            archive.unlink(missing_ok=True)
            return
        try:
            members = list(_iter_archive(archive, s.batch.get("compressionType") or "Zip"))
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
            with self.lock:
                s.status = _status(430, _SESSION_DESC, [str(exc)])
            return
        finally:
            archive.unlink(missing_ok=True)
        if len(members) > self.config.max_invoices_per_session:
            with self.lock:
                s.status = _status(420, _SESSION_DESC, [f"{len(members)} > {self.config.max_invoices_per_session}"])
            return
        invoicing_date = s.created
        chunk_size = 200
        for start in range(0, len(members), chunk_size):
            with self.lock:
                for name, content in members[start : start + chunk_size]:
                    inv = Invoice(
                        reference=reference_number("EE", self.now),
                        session_ref=s.reference,
                        ordinal=len(s.invoices) + 1,
                        invoice_hash=sha256_b64(content),
                        size=len(content),
                        invoicing_date=invoicing_date,
                        mode="Offline" if s.offline else "Online",
                        file_name=name[-128:],
                        form=s.form,
                    )
                    self._add_invoice(s, inv)
                    self._process_invoice(s, inv, content)
        with self.lock:
            s.status = (
                _status(170, _SESSION_DESC) if s.invoices else _status(440, _SESSION_DESC, ["Brak faktur w paczce."])
            )
            s.updated = self.now

    # --------------------------------------------------------------- retrieval
    def _visible_invoices(self, p: Principal, subject_type: str) -> list[Invoice]:
        ctx = p.op.context_value
        out = []
        for inv in self.invoices.values():
            f = inv.facts
            if f is None:
                continue
            if self._visible_as(inv, subject_type, ctx):
                out.append(inv)
        return out

    def _visible_as(self, inv: Invoice, subject_type: str, ctx: str) -> bool:
        f = inv.facts
        assert f is not None
        if subject_type == "Subject1":
            return f.seller_nip == ctx
        if subject_type == "Subject2":
            return f.buyer_id_value == ctx
        if subject_type == "Subject3":
            return any(t["identifier"]["value"] == ctx for t in f.third_subjects)
        return f.seller_nip != ctx and self.sessions[inv.session_ref].context_value == ctx

    def invoice_download(self, req: Request, ksefNumber: str) -> Response:
        p = self._access(req, "InvoiceRead")
        inv = self.invoices.get(ksefNumber)
        ctx = p.op.context_value
        if (
            inv is None
            or inv.facts is None
            or ctx
            not in (
                inv.facts.seller_nip,
                inv.facts.buyer_id_value,
                self.sessions[inv.session_ref].context_value,
                *(t["identifier"]["value"] for t in inv.facts.third_subjects),
            )
        ):
            raise ApiError(
                400, 21164, "Faktura o podanym identyfikatorze nie istnieje.", [f"Nie znaleziono faktury {ksefNumber}."]
            )
        assert inv.content is not None
        return Response.xml(inv.content, inv.invoice_hash)

    def _date_of(self, inv: Invoice, date_type: str) -> datetime:
        assert inv.facts is not None and inv.acquisition_date is not None
        if date_type == "Issue":
            return datetime.fromisoformat(inv.facts.issue_date).replace(tzinfo=timezone.utc)
        if date_type == "Invoicing":
            return inv.invoicing_date
        return inv.acquisition_date

    def hwm(self) -> datetime:
        return self.now

    def _query(self, p: Principal, filters: Any) -> tuple[list[Invoice], str, datetime, datetime]:
        if not isinstance(filters, dict):
            raise _bad("filters must be an object.")
        _require(filters, "subjectType", "dateRange")
        subject_type = filters["subjectType"]
        if subject_type not in ("Subject1", "Subject2", "Subject3", "SubjectAuthorized"):
            raise _bad("subjectType is invalid.")
        dr = filters["dateRange"]
        if (
            not isinstance(dr, dict)
            or dr.get("dateType") not in ("Issue", "Invoicing", "PermanentStorage")
            or not dr.get("from")
        ):
            raise _bad("dateRange.dateType and dateRange.from are required.")
        try:
            lo = parse_dt(str(dr["from"]))
            hi = parse_dt(str(dr["to"])) if dr.get("to") else self.now
        except ValueError as exc:
            raise _bad(f"dateRange: {exc}") from None
        if hi < lo:
            raise _bad("dateRange.to is earlier than dateRange.from.")
        if _add_months(lo, 3) < hi:
            raise _bad("Zakres dat nie może przekraczać 3 miesięcy.")
        hwm = self.hwm()
        if dr.get("restrictToPermanentStorageHwmDate") and dr["dateType"] == "PermanentStorage":
            if lo > hwm:
                raise ApiError(
                    400, 21183, "Zakres filtrowania wykracza poza dostępny zakres danych.", ["dateRange.from > HWM"]
                )
            hi = min(hi, hwm)
        date_type = dr["dateType"]
        result = []
        for inv in self._visible_invoices(p, subject_type):
            f = inv.facts
            assert f is not None
            when = self._date_of(inv, date_type)
            if date_type == "Issue":
                if not lo.date() <= when.date() <= hi.date():
                    continue
            elif not lo <= when <= hi:
                continue
            if filters.get("ksefNumber") and inv.ksef_number != filters["ksefNumber"]:
                continue
            if filters.get("invoiceNumber") and filters["invoiceNumber"] != f.invoice_number:
                continue
            if filters.get("sellerNip") and filters["sellerNip"] != f.seller_nip:
                continue
            amount = filters.get("amount")
            if isinstance(amount, dict) and amount.get("type"):
                value = {"Brutto": f.gross, "Netto": f.net, "Vat": f.vat}.get(amount["type"], f.gross)
                if amount.get("from") is not None and value < float(amount["from"]):
                    continue
                if amount.get("to") is not None and value > float(amount["to"]):
                    continue
            buyer = filters.get("buyerIdentifier")
            if (
                isinstance(buyer, dict)
                and buyer.get("type")
                and (buyer["type"] != f.buyer_id_type or (buyer.get("value") and buyer["value"] != f.buyer_id_value))
            ):
                continue
            if filters.get("currencyCodes") and f.currency not in filters["currencyCodes"]:
                continue
            if filters.get("invoicingMode") and filters["invoicingMode"] != inv.mode:
                continue
            if filters.get("isSelfInvoicing") is not None and filters["isSelfInvoicing"] is not False:
                continue
            if filters.get("formType") and filters["formType"] != FORMS[inv.form][2]:
                continue
            if filters.get("invoiceTypes") and f.invoice_type not in filters["invoiceTypes"]:
                continue
            if filters.get("hasAttachment") is not None and bool(filters["hasAttachment"]) != f.has_attachment:
                continue
            result.append(inv)
        result.sort(key=lambda i: (self._date_of(i, date_type), i.ksef_number or ""))
        return result, date_type, lo, hwm

    def _metadata_json(self, inv: Invoice) -> dict[str, Any]:
        f = inv.facts
        assert f is not None and inv.ksef_number and inv.acquisition_date
        seller: dict[str, Any] = {"nip": f.seller_nip}
        if f.seller_name:
            seller["name"] = f.seller_name[:512]
        buyer_id: dict[str, Any] = {"type": f.buyer_id_type}
        if f.buyer_id_value:
            buyer_id["value"] = f.buyer_id_value[:50]
        buyer: dict[str, Any] = {"identifier": buyer_id}
        if f.buyer_name:
            buyer["name"] = f.buyer_name[:512]
        out: dict[str, Any] = {
            "ksefNumber": inv.ksef_number,
            "invoiceNumber": f.invoice_number[:256],
            "issueDate": f.issue_date,
            "invoicingDate": format_dt(inv.invoicing_date),
            "acquisitionDate": format_dt(inv.acquisition_date),
            "permanentStorageDate": format_dt(inv.acquisition_date),
            "seller": seller,
            "buyer": buyer,
            "netAmount": f.net,
            "grossAmount": f.gross,
            "vatAmount": f.vat,
            "currency": f.currency,
            "invoicingMode": inv.mode,
            "invoiceType": f.invoice_type,
            "formCode": {"systemCode": inv.form[0], "schemaVersion": inv.form[1], "value": inv.form[2]},
            "isSelfInvoicing": False,
            "hasAttachment": f.has_attachment,
            "invoiceHash": inv.invoice_hash,
        }
        if inv.hash_of_corrected:
            out["hashOfCorrectedInvoice"] = inv.hash_of_corrected
        if f.third_subjects:
            out["thirdSubjects"] = [
                {k: v for k, v in t.items() if v is not None} | {"role": t.get("role") or 0} for t in f.third_subjects
            ]
        return out

    def invoice_metadata(self, req: Request) -> Response:
        p = self._access(req, "InvoiceRead")
        size = _page_size(req, 10, 10, 250)
        offset = _int_q(req, "pageOffset", 0)
        order = req.q("sortOrder") or "Asc"
        if order not in ("Asc", "Desc"):
            raise _bad("sortOrder must be Asc or Desc.")
        result, date_type, _, hwm = self._query(p, req.json())
        if order == "Desc":
            result.reverse()
        cap = self.config.metadata_cap
        window = result[:cap]
        start = offset * size
        page = window[start : start + size]
        has_more = start + size < len(result)
        out: dict[str, Any] = {
            "hasMore": has_more,
            "isTruncated": len(result) > cap and start + size >= cap,
            "invoices": [self._metadata_json(i) for i in page],
        }
        if date_type == "PermanentStorage":
            out["permanentStorageHwmDate"] = format_dt(hwm)
        return Response.json(out)

    def export_start(self, req: Request) -> Response:
        p = self._access(req, "InvoiceRead")
        body = req.json()
        _require(body, "encryption", "filters")
        active = [e for e in self.exports.values() if e.context_value == p.op.context_value and e.status[0] == 100]
        if len(active) >= 10:
            raise ApiError(400, 21182, "Osiągnięto limit równoczesnych eksportów.")
        enc = body["encryption"]
        if not isinstance(enc, dict) or not enc.get("encryptedSymmetricKey") or not enc.get("initializationVector"):
            raise _bad("encryption is required.")
        try:
            iv = b64d(str(enc["initializationVector"]))
        except ValueError:
            raise _bad("initializationVector is not valid base64.") from None
        try:
            key: bytes | None = self._unwrap_key(
                USAGE_SYMMETRIC, str(enc["encryptedSymmetricKey"]), enc.get("publicKeyId")
            )
        except CryptoError:
            key = None
        result, date_type, _, hwm = self._query(p, body["filters"])
        now = self.now
        exp = Export(
            reference_number("EH", now),
            p.op.context_value,
            now,
            (100, "Eksport w toku", []),
            self.config.processing_polls,
        )
        self.exports[exp.reference] = exp
        if key is None or len(key) != 32 or len(iv) != 16:
            exp.status = (415, "Błąd odszyfrowania dostarczonego klucza", [])
            return Response.json({"referenceNumber": exp.reference}, 201)
        cap = min(self.config.metadata_cap, 10_000)
        chosen = result[:cap]
        truncated = len(result) > cap
        buf = io.BytesIO()
        compression = body.get("compressionType") or "Zip"
        metadata = json.dumps({"invoices": [self._metadata_json(i) for i in chosen]}, ensure_ascii=False).encode()
        files = [] if body.get("onlyMetadata") else [(f"{i.ksef_number}.xml", i.content or b"") for i in chosen]
        files.append(("_metadata.json", metadata))
        if compression == "TarGz":
            with tarfile.open(fileobj=buf, mode="w:gz") as tar:
                for name, data in files:
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    info.mtime = int(now.timestamp())
                    tar.addfile(info, io.BytesIO(data))
        else:
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, data in files:
                    zf.writestr(name, data)
        archive = buf.getvalue()
        part_size = max(16, self.config.export_part_size)
        plain_parts = [archive[i : i + part_size] for i in range(0, len(archive), part_size)] or [b""]
        exp.parts = [aes_cbc_encrypt(key, iv, part) for part in plain_parts]
        ext = "tar.gz" if compression == "TarGz" else "zip"
        package: dict[str, Any] = {
            "invoiceCount": len(chosen),
            "size": len(archive),
            "isTruncated": truncated,
            "_parts": [
                {
                    "ordinalNumber": n,
                    "partName": f"{exp.reference}-{n:03d}.{ext}.aes",
                    "method": "GET",
                    "partSize": max(1, len(plain)),
                    "partHash": sha256_b64(plain),
                    "encryptedPartSize": len(enc_part),
                    "encryptedPartHash": sha256_b64(enc_part),
                }
                for n, (plain, enc_part) in enumerate(zip(plain_parts, exp.parts, strict=True), 1)
            ],
        }
        if date_type == "PermanentStorage":
            package["permanentStorageHwmDate"] = format_dt(hwm)
        if truncated and chosen:
            last = chosen[-1]
            assert last.facts is not None
            if date_type == "Issue":
                package["lastIssueDate"] = last.facts.issue_date
            elif date_type == "Invoicing":
                package["lastInvoicingDate"] = format_dt(last.invoicing_date)
            else:
                package["lastPermanentStorageDate"] = format_dt(self._date_of(last, date_type))
        exp.package = package
        exp.status = (200, "Eksport zakończony sukcesem", [])
        return Response.json({"referenceNumber": exp.reference}, 201)

    def export_status(self, req: Request, referenceNumber: str) -> Response:
        p = self._access(req, "InvoiceRead")
        exp = self.exports.get(referenceNumber)
        if exp is None or exp.context_value != p.op.context_value:
            raise ApiError(400, 21175, "Nie znaleziono wyniku eksportu.", [f"Eksport {referenceNumber} nie istnieje."])
        if self.now - exp.created > timedelta(days=7):
            raise Gone("Wynik eksportu wygasł.")
        if exp.polls_left > 0:
            exp.polls_left -= 1
            return Response.json({"status": {"code": 100, "description": "Eksport w toku"}})
        out: dict[str, Any] = {"status": _status_json(exp.status)}
        if exp.package is not None:
            expires = self.now + self.config.url_lifetime
            package = {k: v for k, v in exp.package.items() if k != "_parts"}
            package["parts"] = [
                dict(
                    part,
                    url=self.sign_url(req, f"/blob/export/{exp.reference}/{part['ordinalNumber']}", expires),
                    expirationDate=format_dt(expires),
                )
                for part in exp.package["_parts"]
            ]
            out["package"] = package
            out["completedDate"] = format_dt(exp.created)
            out["packageExpirationDate"] = format_dt(exp.created + timedelta(days=7))
        return Response.json(out)


def _decrypt_file(key: bytes, iv: bytes, path: Path, chunk: int = 1 << 20) -> Iterator[bytes]:
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    size = path.stat().st_size
    if size == 0 or size % 16:
        raise CryptoError("encrypted part length is not a multiple of 16")
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            yield unpadder.update(dec.update(block))
    try:
        yield unpadder.update(dec.finalize()) + unpadder.finalize()
    except ValueError as exc:
        raise CryptoError("bad PKCS#7 padding in encrypted part") from exc


def _iter_archive(path: Path, compression: str) -> Iterator[tuple[str, bytes]]:
    if compression == "TarGz":
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if member.isfile():
                    fh = tar.extractfile(member)
                    if fh is not None:
                        yield member.name, fh.read()
    else:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield info.filename, zf.read(info)


def _in_range(value: datetime, lo: str | None, hi: str | None) -> bool:
    try:
        if lo and value < parse_dt(lo):
            return False
        return not (hi and value > parse_dt(hi))
    except ValueError:
        raise _bad("Invalid date-time filter.") from None


def _add_months(dt: datetime, months: int) -> datetime:
    month = dt.month - 1 + months
    year = dt.year + month // 12
    month = month % 12 + 1
    day = min(
        dt.day,
        [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
            month - 1
        ],
    )
    return dt.replace(year=year, month=month, day=day)


def _ip_allowed(ip: str, policy: dict[str, list[str]]) -> bool:
    lists = [policy.get(k) or [] for k in ("ip4Addresses", "ip4Ranges", "ip4Masks")]
    if not any(lists):
        return True
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    if ip in lists[0]:
        return True
    for rng in lists[1]:
        lo, _, hi = rng.partition("-")
        try:
            first, last = ipaddress.ip_address(lo.strip()), ipaddress.ip_address(hi.strip())
        except ValueError:
            continue
        if first.version == last.version == addr.version and int(first) <= int(addr) <= int(last):
            return True
    for mask in lists[2]:
        try:
            if addr in ipaddress.ip_network(mask, strict=False):
                return True
        except ValueError:
            continue
    return False
