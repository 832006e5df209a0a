"""``ksef cert``: obtain, list, show, revoke and renew KSeF certificates (``certyfikaty-KSeF.md``).

Enrolling needs a XAdES login (a qualified certificate or seal - on TEST a self-signed look-alike - or a KSeF
``Authentication`` certificate); KSeF refuses it after a KSeF-token login. The new certificate and its key are
written to an encrypted PKCS#12 file (or a PEM pair) with mode 0600; the password is never a command-line
argument: it is asked for without echo, read with ``--password-stdin``, or taken from
``KSEF_NEW_CERTIFICATE_PASSWORD``::

    ksef cert enroll "Serwer faktur" --type Authentication --out ksef-auth.p12
    ksef cert list --status Active
    ksef cert show 0321C82DA41B4362
    ksef cert renew ksef-auth.p12 --within-days 30
    ksef cert revoke 0321C82DA41B4362 --reason KeyCompromise --yes

The login method ``ksef-certificate`` (a KSeF certificate, PKCS#12 or PEM) is :func:`ksef_certificate_login`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ksef_sdk.cli._passwords import read_password
from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context
from ksef_sdk.errors import ConfigurationError

if TYPE_CHECKING:
    from ksef_sdk.authentication import CertificateAuthenticator
    from ksef_sdk.cli._login import LoginContext

__all__ = ["app", "ksef_certificate_login"]

app = typer.Typer(no_args_is_help=True, help="KSeF certificates: enroll, list, show, revoke, renew.")

NEW_PASSWORD_VARIABLE = "KSEF_NEW_CERTIFICATE_PASSWORD"  # noqa: S105 - the name of a variable
PASSWORD_VARIABLE = "KSEF_CERTIFICATE_PASSWORD"  # noqa: S105 - the name of a variable


def ksef_certificate_login(context: LoginContext) -> CertificateAuthenticator:
    """The ``ksef-certificate`` login of a profile: its KSeF certificate (PKCS#12, or PEM certificate + key)
    and the secret ``certificate-password``, as a :class:`~ksef_sdk.authentication.CertificateAuthenticator`."""
    from ksef_sdk.authentication import CertificateAuthenticator
    from ksef_sdk.certificates import load_certificate

    if context.certificate is None:
        raise ConfigurationError(f"{context.where}: login 'ksef-certificate' needs a certificate file")
    password = context.secret("certificate-password") or None
    cert = load_certificate(context.certificate, key_path=context.key, password=password)
    return CertificateAuthenticator(context.public, cert, context.nip)


def _info_json(info: Any) -> dict[str, Any]:
    return {
        "serialNumber": info.serial_number,
        "name": info.name,
        "type": info.type,
        "status": info.status,
        "commonName": info.common_name,
        "subjectIdentifier": {"type": info.subject_identifier_type, "value": info.subject_identifier},
        "validFrom": info.valid_from,
        "validTo": info.valid_to,
        "requestDate": info.request_date,
        "lastUseDate": info.last_use_date,
    }


def _cert_json(cert: Any, files: list[Path]) -> dict[str, Any]:
    return {
        "serialNumber": cert.serial_number,
        "name": cert.name,
        "type": cert.type,
        "subject": cert.subject,
        "keyAlgorithm": cert.key_algorithm,
        "fingerprint": cert.fingerprint,
        "validFrom": cert.valid_from,
        "validTo": cert.valid_until,
        "files": [str(f) for f in files],
    }


def _save(
    cert: Any, out: Path | None, pem: Path | None, pem_key: Path | None, password: str | None, overwrite: bool
) -> list[Path]:
    from ksef_sdk.certificates import save_pem, save_pkcs12

    if out is not None:
        if not password:
            raise ConfigurationError(f"a PKCS#12 file needs a password: --password-stdin or {NEW_PASSWORD_VARIABLE}")
        return [save_pkcs12(cert, out, password, overwrite=overwrite)]
    assert pem is not None and pem_key is not None
    return list(save_pem(cert, pem, pem_key, password=password, overwrite=overwrite))


@app.command()
def enroll(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The certificate's name in KSeF (5-100 letters, digits, '_', '-', spaces)."),
    certificate_type: str = typer.Option(
        "Authentication", "--type", help="Authentication (login) or Offline (KOD II)."
    ),
    algorithm: str = typer.Option("ec", "--algorithm", help="Key: ec (P-256, recommended) or rsa (2048 bits)."),
    valid_from: dt.datetime | None = typer.Option(  # noqa: B008
        None, "--valid-from", help="Start of validity (default: when issued)."
    ),
    out: Path | None = typer.Option(None, "--out", help="Write an encrypted PKCS#12 file (.p12)."),  # noqa: B008
    pem: Path | None = typer.Option(None, "--pem", help="Write the certificate as PEM (with --pem-key)."),  # noqa: B008
    pem_key: Path | None = typer.Option(None, "--pem-key", help="Write the private key as PEM (PKCS#8)."),  # noqa: B008
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the file's password from stdin."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace existing files."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Obtain a KSeF certificate (limits → enrollment data → CSR → request → status → retrieval) and keep it."""
    from ksef_sdk.certificates import check_certificate_name, enroll_certificate

    if (out is None) == (pem is None) or (pem is None) != (pem_key is None):
        raise ConfigurationError("give --out FILE.p12, or --pem FILE and --pem-key FILE")
    check_certificate_name(name)
    if valid_from is not None and valid_from.tzinfo is None:
        valid_from = valid_from.replace(tzinfo=dt.timezone.utc)
    cli = command_context(ctx, json_output=json_output, profile=profile)
    password = read_password(
        "password for the new certificate file", from_stdin=password_stdin, variable=NEW_PASSWORD_VARIABLE, confirm=True
    )
    if out is not None and not password:
        raise ConfigurationError(f"a PKCS#12 file needs a password: --password-stdin or {NEW_PASSWORD_VARIABLE}")
    with cli.client() as client:
        cli.out.note("requesting the certificate from KSeF...")
        cert = enroll_certificate(client, name, certificate_type, algorithm=algorithm, valid_from=valid_from)  # type: ignore[arg-type]
    files = _save(cert, out, pem, pem_key, password, overwrite)
    data = _cert_json(cert, files)
    cli.out.result(
        data,
        lambda: cli.out.print(
            f"KSeF {cert.type} certificate [bold]{cert.serial_number}[/bold] ({cert.name}), valid "
            f"{cert.valid_from:%Y-%m-%d} - {cert.valid_until:%Y-%m-%d}, saved to {', '.join(map(str, files))}"
        ),
    )


@app.command("list")
def list_(
    ctx: typer.Context,
    status: str | None = typer.Option(None, "--status", help="Active, Blocked, Revoked or Expired."),
    certificate_type: str | None = typer.Option(None, "--type", help="Authentication or Offline."),
    name: str | None = typer.Option(None, "--name", help="Part of the name."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Your KSeF certificates (active and past), newest request first."""
    from ksef_sdk.certificates import iter_certificates

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        items = list(iter_certificates(client, status=status, type=certificate_type, name=name))  # type: ignore[arg-type]
    data = [_info_json(i) for i in items]

    def human() -> None:
        from rich.table import Table

        table = Table("serial", "name", "type", "status", "valid to", "subject")
        for i in items:
            table.add_row(i.serial_number, i.name, i.type, i.status, f"{i.valid_to:%Y-%m-%d}", i.subject_identifier)
        cli.out.print(table)

    cli.out.result(data, human)


@app.command()
def show(
    ctx: typer.Context,
    serial: str = typer.Argument(..., help="The certificate's serial number (16 hex digits)."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """One certificate: its metadata and what the certificate itself says (subject, key, key usage)."""
    from ksef_sdk.certificates import certificate_type_of, check_serial, iter_certificates, retrieve_certificates

    wanted = check_serial(serial)
    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        found = list(iter_certificates(client, serial_number=wanted))
        retrieved = retrieve_certificates(client, [wanted])
    if not found:
        raise ConfigurationError(f"no certificate {wanted} among yours")
    data = _info_json(found[0])
    if retrieved:
        cert = retrieved[0].certificate
        data["certificate"] = {
            "subject": cert.subject.rfc4514_string(),
            "issuer": cert.issuer.rfc4514_string(),
            "keyUsage": certificate_type_of(cert),
            "publicKey": type(cert.public_key()).__name__.removesuffix("PublicKey").removeprefix("_"),
        }
    cli.out.result(data, lambda: cli.out.print("\n".join(f"{k}: {v}" for k, v in data.items())))


@app.command()
def revoke(
    ctx: typer.Context,
    serial: str = typer.Argument(..., help="The certificate's serial number."),
    reason: str = typer.Option("Unspecified", "--reason", help="Unspecified, Superseded or KeyCompromise."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Revoke a certificate at once and for good (it can no longer log in or sign KOD II)."""
    from ksef_sdk.certificates import check_serial, revoke_certificate

    wanted = check_serial(serial)
    if not yes:
        if not sys.stdin.isatty():
            raise ConfigurationError("revoking cannot be undone: confirm with --yes")
        typer.confirm(f"Revoke certificate {wanted} for good?", abort=True)
    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        revoke_certificate(client, wanted, reason=reason)
    cli.out.result(
        {"serialNumber": wanted, "revoked": True, "reason": reason},
        lambda: cli.out.print(f"revoked {wanted} ({reason})"),
    )


@app.command()
def renew(
    ctx: typer.Context,
    certificate: Path = typer.Argument(..., help="The current certificate: PKCS#12, or PEM with --key."),  # noqa: B008
    key: Path | None = typer.Option(None, "--key", help="The current PEM private key."),  # noqa: B008
    out: Path | None = typer.Option(  # noqa: B008
        None, "--out", help="Where the successor goes (default: replace CERTIFICATE, keeping it as *.previous)."
    ),
    within_days: int = typer.Option(30, "--within-days", help="Renew when the certificate ends within this many days."),
    force: bool = typer.Option(False, "--force", help="Renew now, whatever the end date."),
    revoke_previous: bool = typer.Option(False, "--revoke-previous", help="Revoke the old one (Superseded) at once."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the files' password from stdin."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Enrol the successor of a certificate that ends soon (same type and subject, new key), and keep it with
    the same password."""
    import shutil

    from ksef_sdk.certificates import load_certificate, renew_certificate, save_pem, save_pkcs12

    password = read_password("password of the certificate file", from_stdin=password_stdin, variable=PASSWORD_VARIABLE)
    current = load_certificate(certificate, key_path=key, password=password)
    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        renewal = renew_certificate(
            client, current, within=dt.timedelta(days=within_days), force=force, revoke_previous=revoke_previous
        )
    files: list[Path] = []
    if renewal.renewed:
        target = out or certificate
        if out is None:  # keep the current files next to the new ones
            for path in (certificate, key):
                if path is not None:
                    shutil.copy2(path, path.with_name(path.name + ".previous"))
        if key is None:
            if not password:
                raise ConfigurationError("the PKCS#12 file needs a password")
            files = [save_pkcs12(renewal.current, target, password, overwrite=True)]
        else:
            key_target = key if out is None else out.with_suffix(".key")
            files = list(save_pem(renewal.current, target, key_target, password=password, overwrite=True))
    data = {
        "renewed": renewal.renewed,
        "previous": renewal.previous.serial_number,
        "previousRevoked": renewal.previous_revoked,
    }
    data["current"] = _cert_json(renewal.current, files)

    def human() -> None:
        if not renewal.renewed:
            cli.out.print(f"{current.serial_number} is valid until {current.valid_until:%Y-%m-%d}: no renewal due")
        else:
            saved = ", ".join(map(str, files))
            cli.out.print(
                f"renewed {current.serial_number} → [bold]{renewal.current.serial_number}[/bold], saved to {saved}"
            )

    cli.out.result(data, human)
