"""A small in-memory KSeF double for workflow unit tests (httpx.MockTransport handler).

It does the parts the workflows depend on for real: unwraps the session key with its RSA key,
decrypts invoices and batch parts, checks hashes and sizes, assigns KSeF numbers, pages session
invoice lists with continuation tokens, serves UPOs with ``x-ms-meta-hash``, and counts every call.
Faults are injected through attributes (``fail_part_uploads``, ``status_after_open``...).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import re
import tarfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, OAEP
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.x509.oid import NameOID
from ksef_sdk.environments import Environment
from ksef_sdk.identifiers import crc8

API = "http://ksef.test/v2"
STORAGE = "https://storage.test"
ENV = Environment.custom(API, storage_hosts=("storage.test",))
NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.timezone.utc)

_PRIVATE_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _cert() -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministerstwo Finansów (fake)")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(_PRIVATE_KEY.public_key())
        .serial_number(1)
        .not_valid_before(NOW - dt.timedelta(days=30))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .sign(_PRIVATE_KEY, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


CERT_DER = _cert()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def sha(data: bytes) -> str:
    return b64(hashlib.sha256(data).digest())


def aes_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = dec.update(data) + dec.finalize()
    unpad = padding.PKCS7(128).unpadder()
    return unpad.update(padded) + unpad.finalize()


def aes_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    pad = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(pad.update(data) + pad.finalize()) + enc.finalize()


def ksef_number(nip: str, n: int) -> str:
    head = f"{nip}-20260504-{n:012X}"
    return f"{head}-{crc8(head.encode()):02X}"


def ref(kind: str, n: int) -> str:
    return f"20260504-{kind}-{n:010X}-{n:010X}-00"


@dataclass
class Inv:
    ref: str
    ordinal: int
    hash: str
    xml: bytes
    code: int = 200
    ksef: str | None = None
    file_name: str | None = None
    details: list[str] = field(default_factory=list)
    extensions: dict[str, str] | None = None
    offline: bool = False


@dataclass
class Sess:
    ref: str
    kind: str
    key: bytes
    iv: bytes
    code: int = 100
    invoices: list[Inv] = field(default_factory=list)
    parts: dict[int, bytes] = field(default_factory=dict)
    declared: dict[str, Any] = field(default_factory=dict)
    closed: bool = False


class FakeKsef:
    def __init__(self) -> None:
        self.sessions: dict[str, Sess] = {}
        self.calls: Counter[str] = Counter()
        self.log: list[tuple[str, str, dict[str, str]]] = []
        self.counter = 0
        self.status_after_open = 100
        self.pending_polls = 0  # how many status polls report "processing" after close
        self.fail_part_uploads: dict[int, int] = {}  # ordinal -> number of failures before success
        self.reject_invoice: dict[int, tuple[int, str, dict[str, str] | None]] = {}  # ordinal -> (code, detail, ext)
        self.reject_key_id_once = False
        self.stored: list[dict[str, Any]] = []  # invoices in the repository (metadata query / download / export)
        self.metadata_cap = 10_000
        self.export_cap = 10_000
        self.export_part_size = 1 << 20
        self.exports: dict[str, dict[str, Any]] = {}
        self.hwm: dt.datetime | None = None
        self.corrupt_export_part = False

    def store(self, xml: bytes, permanent: dt.datetime, issue: dt.date | None = None) -> str:
        number = ksef_number("5265877635", self._next())
        self.stored.append({"ksef": number, "xml": xml, "permanent": permanent, "issue": issue or permanent.date()})
        return number

    def _meta(self, r: dict[str, Any]) -> dict[str, Any]:
        p = r["permanent"].isoformat()
        return {
            "ksefNumber": r["ksef"],
            "invoiceNumber": "FV",
            "issueDate": r["issue"].isoformat(),
            "invoicingDate": p,
            "acquisitionDate": p,
            "permanentStorageDate": p,
            "seller": {"nip": "5265877635"},
            "buyer": {"identifier": {"type": "Nip", "value": "7010002137"}},
            "netAmount": 100.0,
            "grossAmount": 123.0,
            "vatAmount": 23.0,
            "currency": "PLN",
            "invoicingMode": "Online",
            "invoiceType": "Vat",
            "formCode": {"systemCode": "FA (3)", "schemaVersion": "1-0E", "value": "FA"},
            "isSelfInvoicing": False,
            "hasAttachment": False,
            "invoiceHash": sha(r["xml"]),
        }

    def _query(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        rng = filters["dateRange"]
        lo = dt.datetime.fromisoformat(rng["from"])
        hi = dt.datetime.fromisoformat(rng["to"]) if rng.get("to") else None
        if rng.get("restrictToPermanentStorageHwmDate") and self.hwm is not None:
            hi = min(hi, self.hwm) if hi else self.hwm
        out = [r for r in self.stored if r["permanent"] >= lo and (hi is None or r["permanent"] <= hi)]
        return sorted(out, key=lambda r: (r["permanent"], r["ksef"]))

    # ------------------------------------------------------------------ helpers
    def _next(self) -> int:
        self.counter += 1
        return self.counter

    @staticmethod
    def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        return httpx.Response(status, json=body, headers=headers)

    @staticmethod
    def _error(code: int, description: str, status: int = 400) -> httpx.Response:
        body = {
            "exception": {
                "exceptionDetailList": [{"exceptionCode": code, "exceptionDescription": description, "details": []}],
                "referenceNumber": None,
                "serviceCode": "fake",
                "serviceCtx": "fake",
                "serviceName": "fake",
                "timestamp": "2026-05-04T10:00:00Z",
            }
        }
        return httpx.Response(status, json=body)

    def _open_key(self, body: dict[str, Any]) -> tuple[bytes, bytes]:
        enc = body["encryption"]
        key = _PRIVATE_KEY.decrypt(
            base64.b64decode(enc["encryptedSymmetricKey"]),
            OAEP(mgf=MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
        )
        return key, base64.b64decode(enc["initializationVector"])

    def _status(self, s: Sess) -> dict[str, Any]:
        ok = sum(1 for i in s.invoices if i.code == 200)
        body: dict[str, Any] = {
            "status": {"code": s.code, "description": f"status {s.code}"},
            "dateCreated": "2026-05-04T10:00:00+00:00",
            "dateUpdated": "2026-05-04T10:00:01+00:00",
            "invoiceCount": len(s.invoices),
            "successfulInvoiceCount": ok,
            "failedInvoiceCount": len(s.invoices) - ok,
        }
        if s.code == 200:
            body["upo"] = {
                "pages": [
                    {
                        "referenceNumber": ref("EU", 1),
                        "downloadUrl": f"{STORAGE}/upo/{s.ref}",
                        "downloadUrlExpirationDate": "2026-05-07T10:00:00+00:00",
                    }
                ]
            }
        return body

    def _inv_json(self, s: Sess, i: Inv) -> dict[str, Any]:
        status: dict[str, Any] = {"code": i.code, "description": f"status {i.code}"}
        if i.details:
            status["details"] = i.details
        if i.extensions:
            status["extensions"] = i.extensions
        body: dict[str, Any] = {
            "ordinalNumber": i.ordinal,
            "referenceNumber": i.ref,
            "invoiceHash": i.hash,
            "invoicingDate": "2026-05-04T10:00:00+00:00",
            "status": status,
            "invoicingMode": "Offline" if i.offline else "Online",
        }
        if i.ksef:
            body.update(ksefNumber=i.ksef, acquisitionDate="2026-05-04T10:00:02+00:00", invoiceNumber="FV")
        if i.file_name:
            body["invoiceFileName"] = i.file_name
        return body

    def upo_xml(self, s: Sess, invoices: list[Inv]) -> bytes:
        docs = "".join(
            f"<Dokument><NipSprzedawcy>5265877635</NipSprzedawcy><NumerKSeFDokumentu>{i.ksef}</NumerKSeFDokumentu>"
            f"<NumerFaktury>FV</NumerFaktury><DataWystawieniaFaktury>2026-05-01</DataWystawieniaFaktury>"
            f"<DataPrzeslaniaDokumentu>2026-05-04T12:00:00+02:00</DataPrzeslaniaDokumentu>"
            f"<DataNadaniaNumeruKSeF>2026-05-04T12:00:01+02:00</DataNadaniaNumeruKSeF>"
            f"<SkrotDokumentu>{i.hash}</SkrotDokumentu><TrybWysylki>Online</TrybWysylki></Dokument>"
            for i in invoices
            if i.ksef
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><Potwierdzenie xmlns="http://upo.schematy.mf.gov.pl/KSeF/v4-3">'
            f"<NazwaPodmiotuPrzyjmujacego>Ministerstwo Finansów</NazwaPodmiotuPrzyjmujacego>"
            f"<NumerReferencyjnySesji>{s.ref}</NumerReferencyjnySesji>"
            "<Uwierzytelnienie><IdKontekstu><Nip>5265877635</Nip></IdKontekstu>"
            f"<NumerReferencyjnyTokenaKSeF>{ref('EC', 1)}</NumerReferencyjnyTokenaKSeF></Uwierzytelnienie>"
            "<NazwaStrukturyLogicznej>Schemat_FA(3)_v1-0E.xsd</NazwaStrukturyLogicznej>"
            "<KodFormularza>FA (3)</KodFormularza>"
            f"{docs}</Potwierdzenie>"
        ).encode()

    def _accept(self, s: Sess, xml: bytes, file_name: str | None = None, offline: bool = False) -> Inv:
        ordinal = len(s.invoices) + 1
        inv = Inv(ref("EE", self._next()), ordinal, sha(xml), xml, file_name=file_name, offline=offline)
        if ordinal in self.reject_invoice:
            inv.code, detail, inv.extensions = self.reject_invoice[ordinal]
            inv.details = [detail]
        else:
            inv.ksef = ksef_number("5265877635", self._next())
        s.invoices.append(inv)
        return inv

    # ------------------------------------------------------------------ handler
    def handler(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.log.append((request.method, url, dict(request.headers)))
        if url.startswith(STORAGE):
            return self._storage(request, url[len(STORAGE) :])
        path = url[len(API) :].split("?", maxsplit=1)[0]
        key = (
            f"{request.method} {re.sub(r'/[0-9]{8}-[A-Z]{2}-[0-9A-F-]+|/[0-9]{10}-[0-9]{8}-[0-9A-F-]+', '/{x}', path)}"
        )
        self.calls[key] += 1
        if request.headers.get("authorization") is None and not path.startswith("/security"):
            return httpx.Response(401, json={"title": "Unauthorized", "status": 401, "detail": "no token"})
        body = json.loads(request.content) if request.content and request.method == "POST" else {}
        m = re.fullmatch(r"/sessions/(online|batch)(?:/([^/]+)/(invoices|close))?", path)
        if path == "/security/public-key-certificates":
            return self._json(
                200,
                [
                    {
                        "certificate": b64(CERT_DER),
                        "certificateId": sha(CERT_DER),
                        "publicKeyId": sha(
                            _PRIVATE_KEY.public_key().public_bytes(
                                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
                            )
                        ),
                        "validFrom": "2026-01-01T00:00:00Z",
                        "validTo": "2036-01-01T00:00:00Z",
                        "usage": ["KsefTokenEncryption", "SymmetricKeyEncryption"],
                    }
                ],
            )
        if m and m.group(2) is None:
            if self.reject_key_id_once:
                self.reject_key_id_once = False
                return self._error(21470, "Klucz nie jest wspierany")
            key_bytes, iv = self._open_key(body)
            kind = m.group(1)
            s = Sess(ref("SO" if kind == "online" else "SB", self._next()), kind, key_bytes, iv)
            s.code = self.status_after_open
            self.sessions[s.ref] = s
            out: dict[str, Any] = {"referenceNumber": s.ref, "validUntil": "2026-05-04T22:00:00+00:00"}
            if kind == "batch":
                s.declared = body
                out = {
                    "referenceNumber": s.ref,
                    "partUploadRequests": [
                        {
                            "ordinalNumber": p["ordinalNumber"],
                            "method": "PUT",
                            "url": f"{STORAGE}/parts/{s.ref}/{p['ordinalNumber']}?sig=secret",
                            "headers": {"x-ms-blob-type": "BlockBlob"},
                        }
                        for p in body["batchFile"]["fileParts"]
                    ],
                }
            return self._json(201, out)
        if m and m.group(3) == "invoices":
            s = self.sessions[m.group(2)]
            if s.closed:
                return self._error(21180, "closed")
            content = base64.b64decode(body["encryptedInvoiceContent"])
            if sha(content) != body["encryptedInvoiceHash"] or len(content) != body["encryptedInvoiceSize"]:
                return self._error(21403, "hash")
            xml = aes_decrypt(s.key, s.iv, content)
            if sha(xml) != body["invoiceHash"] or len(xml) != body["invoiceSize"]:
                return self._error(21403, "hash")
            inv = self._accept(s, xml, offline=bool(body.get("offlineMode")))
            return self._json(202, {"referenceNumber": inv.ref})
        if m and m.group(3) == "close":
            s = self.sessions[m.group(2)]
            s.closed = True
            if s.kind == "batch":
                self._process_batch(s)
            s.code = 150 if self.pending_polls else (200 if any(i.ksef for i in s.invoices) else 445)
            return httpx.Response(204)
        m = re.fullmatch(r"/sessions/([^/]+)(/invoices(/failed)?)?", path)
        if m:
            s = self.sessions[m.group(1)]
            if not m.group(2):
                if s.code == 150:
                    self.pending_polls -= 1
                    if self.pending_polls <= 0:
                        s.code = 200
                    return self._json(200, {**self._status(s), "status": {"code": 150, "description": "processing"}})
                return self._json(200, self._status(s))
            items = [i for i in s.invoices if not m.group(3) or i.code != 200]
            size = int(request.url.params.get("pageSize", "10"))
            start = int(request.headers.get("x-continuation-token", "0"))
            page = items[start : start + size]
            out = {"invoices": [self._inv_json(s, i) for i in page]}
            if start + size < len(items):
                out["continuationToken"] = str(start + size)
            return self._json(200, out)
        if path == "/invoices/query/metadata":
            rows = self._query(body)
            if request.url.params.get("sortOrder") == "Desc":
                rows.reverse()
            size, offset = int(request.url.params["pageSize"]), int(request.url.params["pageOffset"])
            window = rows[: self.metadata_cap]
            start = offset * size
            out = {
                "hasMore": start + size < len(rows),
                "isTruncated": len(rows) > self.metadata_cap and start + size >= self.metadata_cap,
                "invoices": [self._meta(r) for r in window[start : start + size]],
            }
            return self._json(200, out)
        m = re.fullmatch(r"/invoices/ksef/([^/]+)", path)
        if m:
            row = next((r for r in self.stored if r["ksef"] == m.group(1)), None)
            if row is None:
                return self._error(21164, "not found")
            return httpx.Response(200, content=row["xml"], headers={"x-ms-meta-hash": sha(row["xml"])})
        if path == "/invoices/exports":
            key_bytes, iv = self._open_key(body)
            rows = self._query(body["filters"])
            truncated = len(rows) > self.export_cap
            rows = rows[: self.export_cap]
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as zf:
                for r in rows:
                    zf.writestr(f"{r['ksef']}.xml", r["xml"])
                zf.writestr("_metadata.json", json.dumps({"invoices": [self._meta(r) for r in rows]}))
            plain = buf.getvalue()
            parts = []
            for i in range(0, len(plain), self.export_part_size):
                chunk = plain[i : i + self.export_part_size]
                enc = aes_encrypt(key_bytes, iv, chunk)
                n = len(parts) + 1
                parts.append((n, chunk, enc))
            eref = ref("EH", self._next())
            package: dict[str, Any] = {
                "invoiceCount": len(rows),
                "size": len(plain),
                "isTruncated": truncated,
                "parts": [],
            }
            for n, chunk, enc in parts:
                package["parts"].append(
                    {
                        "ordinalNumber": n,
                        "partName": f"part{n}",
                        "method": "GET",
                        "url": f"{STORAGE}/exports/{eref}/{n}",
                        "partSize": len(chunk),
                        "partHash": sha(chunk),
                        "encryptedPartSize": len(enc),
                        "encryptedPartHash": sha(enc),
                        "expirationDate": "2026-05-05T10:00:00+00:00",
                    }
                )
            if truncated and rows:
                package["lastPermanentStorageDate"] = rows[-1]["permanent"].isoformat()
            if body["filters"]["dateRange"].get("restrictToPermanentStorageHwmDate") and self.hwm is not None:
                package["permanentStorageHwmDate"] = self.hwm.isoformat()
            self.exports[eref] = {"package": package, "parts": {n: enc for n, _, enc in parts}, "polls": 1}
            return self._json(201, {"referenceNumber": eref})
        m = re.fullmatch(r"/invoices/exports/([^/]+)", path)
        if m:
            e = self.exports[m.group(1)]
            if e["polls"] > 0:
                e["polls"] -= 1
                return self._json(200, {"status": {"code": 100, "description": "in progress"}})
            return self._json(200, {"status": {"code": 200, "description": "done"}, "package": e["package"]})
        m = re.fullmatch(r"/sessions/([^/]+)/invoices/ksef/([^/]+)/upo", path)
        if m:
            s = self.sessions[m.group(1)]
            inv = next(i for i in s.invoices if i.ksef == m.group(2))
            xml = self.upo_xml(s, [inv])
            return httpx.Response(
                200, content=xml, headers={"content-type": "application/xml", "x-ms-meta-hash": sha(xml)}
            )
        return self._error(21405, f"fake: no route {request.method} {path}")

    def _storage(self, request: httpx.Request, path: str) -> httpx.Response:
        m = re.fullmatch(r"/parts/([^/]+)/(\d+)\?sig=secret", path)
        if m and request.method == "PUT":
            ordinal = int(m.group(2))
            if self.fail_part_uploads.get(ordinal):
                self.fail_part_uploads[ordinal] -= 1
                return httpx.Response(503, text="storage hiccup")
            self.sessions[m.group(1)].parts[ordinal] = request.read()
            return httpx.Response(201)
        m = re.fullmatch(r"/exports/([^/]+)/(\d+)", path)
        if m:
            data = self.exports[m.group(1)]["parts"][int(m.group(2))]
            if self.corrupt_export_part:
                data = data[:-16] + bytes(16)
            return httpx.Response(200, content=data, headers={"x-ms-meta-hash": sha(data)})
        m = re.fullmatch(r"/upo/([^/]+)", path)
        if m:
            s = self.sessions[m.group(1)]
            xml = self.upo_xml(s, s.invoices)
            return httpx.Response(200, content=xml, headers={"x-ms-meta-hash": sha(xml)})
        return httpx.Response(404)

    def _process_batch(self, s: Sess) -> None:
        declared = s.declared["batchFile"]
        parts = declared["fileParts"]
        archive = b""
        for p in sorted(parts, key=lambda p: p["ordinalNumber"]):
            data = s.parts[p["ordinalNumber"]]
            assert sha(data) == p["fileHash"] and len(data) == p["fileSize"], "part hash/size mismatch"
            archive += aes_decrypt(s.key, s.iv, data)
        assert sha(archive) == declared["fileHash"] and len(archive) == declared["fileSize"], "archive mismatch"
        if declared.get("compressionType") == "TarGz":
            with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
                for member in tar.getmembers():
                    fh = tar.extractfile(member)
                    assert fh is not None
                    self._accept(s, fh.read(), file_name=member.name, offline=bool(s.declared.get("offlineMode")))
        else:
            with zipfile.ZipFile(io.BytesIO(archive)) as zf:
                for name in zf.namelist():
                    self._accept(s, zf.read(name), file_name=name, offline=bool(s.declared.get("offlineMode")))
