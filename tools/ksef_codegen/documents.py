"""Generate the typed invoice-document models (``generated/ksef_documents``) from the official XSDs.

``python -m ksef_codegen documents [OUT]`` (``make generate`` runs it) reads the schemas from
``$KSEF_SHARED/faktury/schemy`` (default ``../shared/ksef/faktury/schemy``) and runs the pinned
xsdata on a temporary copy in which

- the base schemas, imported by ``http://crd.gov.pl/...`` URL, are mapped to the local files (the
  generator never touches the network), and
- every file gets an English ASCII name (``schemat_FA(3)_v1-0E.xsd`` → ``invoice.xsd``,
  ``StrukturyDanych_v10-0E.xsd`` → ``base/data_structures.xsd``), which become the module names.

The schemas themselves are not changed otherwise and never copied into the repository, with one
exception: UBL's ``ExtensionContentDataType`` imports the signature extension schemas (XML-DSig, XAdES)
only so that a validator checks ``UBLExtensions`` content laxly; the generated model keeps that content
as generic elements (``xsd:any``), so the staged copy drops that one import (XSD validation still uses
the complete official schemas). Any line the generator prints as a warning makes the run fail.

One subpackage per form: ``fa3``, ``fa2``, ``fa_rr1`` (each with its ``base`` types), ``pef3`` and
``pef_kor3`` (sharing the UBL 2.1 components in ``ubl``).
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
    module: str = "invoice"  # the main schema's module name


@dataclass(frozen=True)
class Group:
    """Forms generated in one xsdata run; their imported schemas go to one shared folder."""

    name: str
    forms: tuple[Form, ...]
    shared: str  # folder of the imported schemas: per form ("{form}/base") or one for the group ("ubl")


GROUPS = (
    Group("fa3", (Form("fa3", "FA/schemat_FA(3)_v1-0E.xsd", "FA(3) invoice, schema 1-0E"),), "fa3/base"),
    Group("fa2", (Form("fa2", "FA/schemat_FA(2)_v1-0E.xsd", "FA(2) invoice, schema 1-0E"),), "fa2/base"),
    Group(
        "fa_rr1",
        (Form("fa_rr1", "RR/schemat_FA_RR(1)_v1-1E.xsd", "FA_RR(1) VAT RR invoice (flat-rate farmers), 1-1E"),),
        "fa_rr1/base",
    ),
    Group(
        "pef",
        (
            Form("pef3", "PEF/Schemat_PEF(3)_v2-1.xsd", "PEF(3) invoice (Peppol BIS 3 / UBL 2.1), 2-1"),
            Form("pef_kor3", "PEF/Schemat_PEF_KOR(3)_v2-1.xsd", "PEF_KOR(3) credit note (UBL 2.1), 2-1", "credit_note"),
        ),
        "ubl",
    ),
)
FORMS = tuple(form for group in GROUPS for form in group.forms)

# imports dropped from the staged copy (file, imported file): see the module docstring
DROPPED_IMPORTS = {("UBL-ExtensionContentDataType-2.1.xsd", "UBL-CommonSignatureComponents-2.1.xsd")}

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


def english_name(file_name: str) -> str:
    """The staged (module) name of an imported schema file, without folder."""
    if file_name in BASE_NAMES:
        return BASE_NAMES[file_name].rsplit("/", 1)[-1]
    stem = file_name.removesuffix(".xsd")
    stem = re.sub(r"^\d+_PEFPL-(.*)-2\.1-v[\d.]+$", r"PEFPL-\1", stem)  # 20241206_PEFPL-X-2.1-v1.4.34
    stem = stem.removeprefix("UBL-").removesuffix("-2.1")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", stem):
        raise GenerationError(f"no English module name for {file_name}")
    return stem + ".xsd"


def _drop_imports(name: str, text: str) -> str:
    for source, imported in DROPPED_IMPORTS:
        if name == source:
            pattern = r"<xsd:import\b[^>]*?schemaLocation=\"" + re.escape(imported) + r"\"[^>]*/>"
            text, count = re.subn(pattern, "", text, flags=re.DOTALL)
            if count != 1:
                raise GenerationError(f"expected one import of {imported} in {name}")
    return text


def stage(group: Group, schemy: Path, target: Path) -> None:
    """Copy the group's schemas and everything they import into ``target`` under English names.

    schemaLocation values are rewritten to the staged names (http URLs mapped to local files).
    """
    names: dict[Path, str] = {}
    queue = []
    for form in group.forms:
        main = (schemy / form.schema).resolve()
        names[main] = f"{form.package}/{form.module}.xsd"
        queue.append(main)
    while queue:
        source = queue.pop()
        text = _drop_imports(source.name, source.read_text(encoding="utf-8"))

        def rewrite(match: re.Match[str], source: Path = source) -> str:
            local = _locate(match.group(2), source, schemy)
            if local not in names:
                names[local] = f"{group.shared}/{english_name(local.name)}"
                queue.append(local)
            here = Path(names[source]).parent
            return match.group(1) + os.path.relpath(names[local], here) + match.group(3)

        staged = target / names[source]
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(_LOCATION.sub(rewrite, text), encoding="utf-8")


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
        for group in GROUPS:
            source = work / "xsd" / group.name
            stage(group, schemy, source)
            # xsdata names modules from the files' paths below their common folder: one form → its own folder
            package = f"{PACKAGE}.{group.forms[0].package}" if len(group.forms) == 1 else PACKAGE
            command = [*_xsdata(), "generate", str(source), "-r", "--config", str(CONFIG), "-p", package]
            result = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)  # noqa: S603
            output = result.stdout + result.stderr
            warnings = [line for line in output.splitlines() if "warning" in line.lower()]
            if result.returncode != 0 or warnings:
                raise GenerationError(f"xsdata failed for {group.name}:\n{output}")
            for form in group.forms:
                init = work / PACKAGE / form.package / "__init__.py"
                init.write_text(f'"""{form.title}: generated by xsdata from {form.schema}."""\n\n' + init.read_text())
        (work / PACKAGE / "__init__.py").write_text(
            '"""Typed KSeF invoice documents generated by xsdata from the official XSDs. Never edit by hand:\n'
            'regenerate with ``make generate`` (tools/ksef_codegen/documents.py)."""\n'
        )
        (work / PACKAGE / "py.typed").write_text("")  # the models are typed (PEP 561)
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
