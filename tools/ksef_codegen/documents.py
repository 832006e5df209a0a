"""Generate the typed invoice-document models (``generated/ksef_documents``) from the official XSDs.

``python -m ksef_codegen documents [OUT]`` (``make generate`` runs it) reads the schemas from
``$KSEF_SHARED/faktury/schemy`` (default ``../shared/ksef/faktury/schemy``) and runs the pinned
xsdata on a temporary copy in which

- the base schemas, imported by ``http://crd.gov.pl/...`` URL, are mapped to the local files (the
  generator never touches the network), and
- every file gets an English ASCII name (``schemat_FA(3)_v1-0E.xsd`` → ``invoice.xsd``,
  ``StrukturyDanych_v10-0E.xsd`` → ``base/data_structures.xsd``), which become the module names.

The schemas themselves are not changed otherwise and never copied into the repository. Any line the
generator prints as a warning makes the run fail. One subpackage per form: ``fa3``, ``fa2``,
``fa_rr1``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("xsdata.xml")
PACKAGE = "ksef_documents"
DEFAULT_OUT = ROOT / "generated" / PACKAGE

# official base-schema file name → module path (English, ASCII) inside a form package
BASE_NAMES = {
    "StrukturyDanych_v10-0E.xsd": "base/data_structures.xsd",
    "ElementarneTypyDanych_v10-0E.xsd": "base/elementary_types.xsd",
    "KodyKrajow_v10-0E.xsd": "base/country_codes.xsd",
}


@dataclass(frozen=True)
class Form:
    package: str  # subpackage of ksef_documents
    schema: str  # relative to faktury/schemy
    title: str


FORMS = (
    Form("fa3", "FA/schemat_FA(3)_v1-0E.xsd", "FA(3) invoice, schema 1-0E"),
    Form("fa2", "FA/schemat_FA(2)_v1-0E.xsd", "FA(2) invoice, schema 1-0E"),
    Form("fa_rr1", "RR/schemat_FA_RR(1)_v1-1E.xsd", "FA_RR(1) VAT RR invoice (flat-rate farmers), schema 1-1E"),
)

_LOCATION = re.compile(r'(schemaLocation=")([^"]+)(")')


class GenerationError(RuntimeError):
    """The generator failed or printed a warning."""


def schema_root() -> Path:
    shared = os.environ.get("KSEF_SHARED")
    base = Path(shared) if shared else ROOT.parent / "shared" / "ksef"
    return base / "faktury" / "schemy"


def _locate(reference: str, referrer: Path, schemy: Path) -> Path:
    """The local file for a schemaLocation: http URLs map to a ``*/bazowe`` file of the same name."""
    if reference.startswith(("http://", "https://")):
        name = reference.rsplit("/", 1)[-1]
        found = sorted(schemy.glob(f"*/bazowe/{name}"))
        if not found:
            raise GenerationError(f"no local copy of {reference} under {schemy}/*/bazowe")
        return found[0]
    return (referrer.parent / reference).resolve()


def stage(form: Form, schemy: Path, target: Path) -> Path:
    """Copy the form's schema and everything it imports into ``target`` under English names.

    Returns the staged main schema. schemaLocation values are rewritten to the staged names.
    """
    main = (schemy / form.schema).resolve()
    names: dict[Path, str] = {main: "invoice.xsd"}
    queue = [main]
    while queue:
        source = queue.pop()
        text = source.read_text(encoding="utf-8")

        def rewrite(match: re.Match[str], source: Path = source) -> str:
            local = _locate(match.group(2), source, schemy)
            if local not in names:
                if local.name not in BASE_NAMES:
                    raise GenerationError(f"{source.name} imports {local.name}, which has no English name yet")
                names[local] = BASE_NAMES[local.name]
                queue.append(local)
            here = Path(names[source]).parent
            return match.group(1) + os.path.relpath(names[local], here) + match.group(3)

        staged = target / names[source]
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(_LOCATION.sub(rewrite, text), encoding="utf-8")
    return target / "invoice.xsd"


def _xsdata() -> list[str]:
    exe = Path(sys.executable).with_name("xsdata")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "xsdata"]


def generate(out: Path, schemy: Path | None = None) -> None:
    """Regenerate every form package into ``out`` (the ``ksef_documents`` directory)."""
    schemy = schemy or schema_root()
    if not (schemy / FORMS[0].schema).is_file():
        raise GenerationError(f"the official schemas were not found in {schemy}; set KSEF_SHARED")
    with tempfile.TemporaryDirectory(prefix="ksef-documents-") as tmp:
        work = Path(tmp)
        for form in FORMS:
            main = stage(form, schemy, work / "xsd" / form.package)
            command = [*_xsdata(), "generate", str(main), "--config", str(CONFIG), "-p", f"{PACKAGE}.{form.package}"]
            result = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)  # noqa: S603
            output = result.stdout + result.stderr
            warnings = [line for line in output.splitlines() if "warning" in line.lower()]
            if result.returncode != 0 or warnings:
                raise GenerationError(f"xsdata failed for {form.schema}:\n{output}")
            init = work / PACKAGE / form.package / "__init__.py"
            init.write_text(f'"""{form.title}: generated by xsdata from {form.schema}."""\n\n' + init.read_text())
        (work / PACKAGE / "__init__.py").write_text(
            '"""Typed KSeF invoice documents generated by xsdata from the official XSDs. Never edit by hand:\n'
            'regenerate with ``make generate`` (tools/ksef_codegen/documents.py)."""\n'
        )
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(work / PACKAGE, out, ignore=shutil.ignore_patterns("__pycache__"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    try:
        generate(out)
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"generated {', '.join(f.package for f in FORMS)} into {out}")
    return 0
