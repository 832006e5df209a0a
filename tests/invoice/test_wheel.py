"""The built wheel carries the official XSDs with their licence: XSD validation works after install."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

from .conftest import sample_bytes

ROOT = Path(__file__).resolve().parents[2]

CHECK = r"""
import sys
from pathlib import Path
import ksef_sdk
from ksef_sdk.invoice.schemas import schema_dir, packaged_schema_root
from ksef_sdk.invoice.parse import parse_invoice, serialize_invoice
from ksef_sdk.invoice.checks import SchemaValidationError

assert "site-packages" in ksef_sdk.__file__, ksef_sdk.__file__
root = packaged_schema_root()
assert root is not None and (root / "LICENSE.txt").read_text().startswith("MIT License")
assert schema_dir() == (root / "faktury" / "schemy").resolve(), schema_dir()
data = Path(sys.argv[1]).read_bytes()
model = parse_invoice(data)
assert serialize_invoice(model)
try:
    parse_invoice(data.replace(b"<KodWaluty>PLN", b"<KodWaluty>XYZ"))
except SchemaValidationError as exc:
    assert exc.path == "/Faktura/Fa/KodWaluty", exc.path
else:
    raise AssertionError("an XSD-invalid invoice was accepted")
from ksef_sandbox._xml import default_schema_dir

assert default_schema_dir() == schema_dir(), default_schema_dir()  # the sandbox: the same locator, same schemas
from ksef_sdk.invoice.render import render_invoice_pdf
from ksef_sdk.invoice.render._fonts import font_dir, packaged_font_dir

assert font_dir() == packaged_font_dir(), font_dir()  # the PDF fonts come from the wheel
assert "Bitstream" in (packaged_font_dir() / "LICENSE-DejaVu.txt").read_text()
assert render_invoice_pdf(data, environment="test").startswith(b"%PDF-")
print("ok", schema_dir())
"""


def test_wheel_and_sdist_carry_the_schemas(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("ksef_sdk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ksef_documents/schemas/LICENSE.txt" in names
    assert "ksef_documents/schemas/faktury/schemy/FA/schemat_FA(3)_v1-0E.xsd" in names
    assert "ksef_documents/schemas/faktury/schemy/FA/bazowe/StrukturyDanych_v10-0E.xsd" in names
    assert "ksef_documents/schemas/faktury/upo/schemy/upo-v4-3.xsd" in names
    assert "ksef_documents/schemas/auth/schemy/schemat_auth_v2-1.xsd" in names  # the sandbox's XAdES checks
    assert "ksef_documents/fa3/invoice.py" in names
    fonts = "ksef_sdk/invoice/render/fonts/"
    assert {
        f"{fonts}DejaVuSansCondensed.ttf",
        f"{fonts}DejaVuSansCondensed-Bold.ttf",
        f"{fonts}LICENSE-DejaVu.txt",
    } <= names
    assert "ksef_sdk/invoice/render/templates/document.html.j2" in names

    subprocess.run(
        [sys.executable, "-c", f"from hatchling.build import build_sdist; build_sdist({str(dist)!r})"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    (sdist,) = dist.glob("ksef_sdk-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = set(archive.getnames())
    top = sdist.name.removesuffix(".tar.gz")
    assert f"{top}/official/LICENSE.txt" in members
    assert f"{top}/official/faktury/schemy/FA/schemat_FA(3)_v1-0E.xsd" in members
    assert f"{top}/hatch_build.py" in members
    assert f"{top}/fonts/DejaVuSansCondensed.ttf" in members and f"{top}/fonts/LICENSE-DejaVu.txt" in members

    # a fresh venv with only the wheel installed; third-party dependencies come from this venv's site-packages
    # as a plain path entry (its .pth files, among them the editable ksef_sdk, are not processed)
    fresh = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = fresh / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", purelib, str(wheel)],
        check=True,
        capture_output=True,
    )
    (Path(purelib) / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    invoice = tmp_path / "invoice.xml"
    invoice.write_bytes(sample_bytes("invoice-template-fa-3.xml"))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("KSEF_SHARED", "KSEF_SCHEMA_DIR", "KSEF_SANDBOX_SCHEMAS", "KSEF_FONT_DIR")
    }
    result = subprocess.run(
        [str(python), "-I", "-c", CHECK, str(invoice)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "site-packages/ksef_documents/schemas/faktury/schemy" in result.stdout
