"""Keeping a KSeF certificate with its private key: an encrypted PKCS#12 file, or a PEM pair.

Files are written atomically (a temporary file in the same directory, then renamed) with mode 0600 from
the start, and an existing file is replaced only with ``overwrite=True``::

    save_pkcs12(cert, "ksef-auth.p12", password)           # AES-256-CBC, PBKDF2-SHA256, HMAC-SHA256
    cert = load_pkcs12("ksef-auth.p12", password)

    save_pem(cert, "ksef-auth.crt", "ksef-auth.key", password=password)   # PKCS#8, encrypted when a password is given
    cert = load_pem("ksef-auth.crt", "ksef-auth.key", password=password)

    cert = load_certificate("ksef-auth.p12", password=password)           # either form

Errors are :class:`~ksef_sdk.errors.CertificateStoreError` and never name the password.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from ksef_sdk.certificates._credential import KsefCertificate
from ksef_sdk.errors import CertificateStoreError, KsefCertificateError

__all__ = ["FILE_MODE", "load_certificate", "load_pem", "load_pkcs12", "save_pem", "save_pkcs12"]

FILE_MODE = 0o600
_PKCS12_KDF_ROUNDS = 200_000

PathLike = str | os.PathLike[str]


def _secret(password: str | bytes | None, what: str, *, required: bool) -> bytes | None:
    if password is None or password in ("", b""):
        if required:
            raise CertificateStoreError(f"{what} needs a non-empty password")
        return None
    if isinstance(password, str):
        return password.encode("utf-8")
    if isinstance(password, bytes):
        return password
    raise CertificateStoreError(f"{what}: the password must be str or bytes")


def _write_private(path: PathLike, data: bytes, *, overwrite: bool) -> Path:
    """Write ``data`` to ``path`` with mode 0600, atomically (readable by the owner only from the start)."""
    target = Path(path)
    if target.exists() and not overwrite:
        raise CertificateStoreError(f"{target} already exists (pass overwrite=True to replace it)")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise CertificateStoreError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            with contextlib.suppress(AttributeError, NotImplementedError):  # no fchmod on Windows
                os.fchmod(fh.fileno(), FILE_MODE)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise CertificateStoreError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


def _read(path: PathLike) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CertificateStoreError(f"cannot read {path}: {exc.strerror or exc}") from None


def save_pkcs12(cert: KsefCertificate, path: PathLike, password: str | bytes, *, overwrite: bool = False) -> Path:
    """Write ``cert`` and its key to an encrypted PKCS#12 file (mode 0600); the friendly name is the
    certificate's KSeF name. A password is required."""
    secret = _secret(password, "a PKCS#12 file", required=True)
    assert secret is not None
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(_PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(secret)
    )
    name = (cert.name or f"KSeF {cert.type or 'certificate'} {cert.serial_number}").encode("utf-8")
    data = pkcs12.serialize_key_and_certificates(
        name, cert.private_key, cert.certificate, list(cert.chain) or None, encryption
    )
    return _write_private(path, data, overwrite=overwrite)


def save_pem(
    cert: KsefCertificate,
    cert_path: PathLike,
    key_path: PathLike,
    *,
    password: str | bytes | None = None,
    overwrite: bool = False,
) -> tuple[Path, Path]:
    """Write the certificate (PEM, followed by its chain) and the PKCS#8 key (encrypted when ``password`` is
    given); both files mode 0600."""
    secret = _secret(password, "a PEM key", required=False)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    )
    key = cert.private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (cert.certificate, *cert.chain))
    if Path(cert_path).exists() and not overwrite:
        raise CertificateStoreError(f"{cert_path} already exists (pass overwrite=True to replace it)")
    key_file = _write_private(key_path, key, overwrite=overwrite)
    return _write_private(cert_path, chain, overwrite=overwrite), key_file


def _credential(
    key: object, certificate: x509.Certificate, chain: list[x509.Certificate], name: str | None, source: str
) -> KsefCertificate:
    from ksef_sdk.certificates._csr import check_key

    try:
        return KsefCertificate(certificate, check_key(key), name=name, chain=tuple(chain))
    except KsefCertificateError as exc:  # a foreign key type, or a key of another certificate
        raise CertificateStoreError(f"{source}: {exc}") from None


def load_pkcs12(path: PathLike, password: str | bytes | None) -> KsefCertificate:
    """A KSeF certificate from a PKCS#12 file (``.p12``/``.pfx``)."""
    data = _read(path)
    try:
        loaded = pkcs12.load_pkcs12(data, _secret(password, "a PKCS#12 file", required=False))
    except ValueError:
        raise CertificateStoreError(f"cannot open {path}: wrong password, or not a PKCS#12 file") from None
    if loaded.key is None or loaded.cert is None:
        raise CertificateStoreError(f"{path} must hold a private key and its certificate")
    raw_name = loaded.cert.friendly_name
    name = raw_name.decode("utf-8", "replace") if raw_name else None
    extra = [c.certificate for c in loaded.additional_certs]
    return _credential(loaded.key, loaded.cert.certificate, extra, name, str(path))


def load_pem(
    cert_path: PathLike, key_path: PathLike, password: str | bytes | None = None, *, name: str | None = None
) -> KsefCertificate:
    """A KSeF certificate from a PEM certificate file (its chain may follow) and a PEM private-key file."""
    try:
        certificates = x509.load_pem_x509_certificates(_read(cert_path))
    except ValueError:
        raise CertificateStoreError(f"{cert_path} is not a PEM certificate file") from None
    try:
        key = serialization.load_pem_private_key(_read(key_path), _secret(password, "a PEM key", required=False))
    except TypeError:  # a password for a plain key, or none for an encrypted one
        raise CertificateStoreError(
            f"cannot open {key_path}: " + ("it is not encrypted" if password else "it is encrypted: give the password")
        ) from None
    except ValueError:
        raise CertificateStoreError(f"cannot open {key_path}: wrong password, or not a PEM private key") from None
    return _credential(key, certificates[0], certificates[1:], name, str(key_path))


def load_certificate(
    path: PathLike, *, key_path: PathLike | None = None, password: str | bytes | None = None
) -> KsefCertificate:
    """PKCS#12 (``key_path=None``) or a PEM certificate plus ``key_path``."""
    if key_path is None:
        if _read(path).lstrip().startswith(b"-----BEGIN"):
            raise CertificateStoreError(f"{path} is PEM: give key_path as well")
        return load_pkcs12(path, password)
    return load_pem(path, key_path, password)
