"""Type-check downstream code against the built wheel, as a user of ``ksef-sdk`` would.

1. builds the wheel (``pip wheel --no-build-isolation``: offline, hatchling comes from the dev extra) and
   checks that every top-level package in it ships ``py.typed``;
2. installs it with ``--no-deps`` into a fresh virtual environment; the dependencies (httpx, attrs...)
   and the checkers are borrowed from the running environment through a ``.pth`` line, so nothing is
   downloaded, while ``ksef_api``/``ksef_sdk``/``ksef_sandbox`` resolve to the installed wheel only
   (``--install-deps`` installs the dependencies from the package index instead);
3. copies ``examples/typing_check`` to a scratch directory (away from the repository's settings) and runs
   ``mypy --strict`` and pyright (strict) over the samples with that environment's interpreter. The
   samples assert types with ``assert_type`` and mark the lines that must NOT type-check with ignore
   comments that both checkers report when unneeded.

Run: ``python tools/downstream_typing.py [SAMPLE.py ...] [--install-deps] [--keep]``; exit status 0 when
every check passes. ``tests/test_downstream_typing.py`` runs it (marker ``downstream``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "typing_check"
# Shipped packages that do not have py.typed yet; an entry here fails once the package has it.
KNOWN_UNTYPED: frozenset[str] = frozenset()


@dataclass
class Environment:
    """A fresh virtual environment with the wheel installed, and a scratch copy of the samples."""

    root: Path
    python: Path
    samples: Path
    wheel: Path
    problems: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def _run(command: list[str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # fixed argument lists built here (interpreter, pip, mypy, pyright): no untrusted input
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)  # noqa: S603


def _checked(command: list[str], *, cwd: Path | None = None) -> str:
    result = _run(command, cwd=cwd)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def build_wheel(out: Path) -> Path:
    _checked(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)]
    )
    (wheel,) = out.glob("ksef_sdk-*.whl")
    return wheel


def untyped_packages(wheel: Path) -> list[str]:
    """Problems with ``py.typed`` in the wheel: a top-level package without it (or a known one with it)."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    packages = sorted({name.split("/")[0] for name in names if name.count("/") == 1 and name.endswith("/__init__.py")})
    problems = []
    for package in packages:
        typed = f"{package}/py.typed" in names
        if not typed and package not in KNOWN_UNTYPED:
            problems.append(f"{wheel.name}: {package} has no py.typed")
        if typed and package in KNOWN_UNTYPED:
            problems.append(f"{package} ships py.typed now: remove it from KNOWN_UNTYPED in {Path(__file__).name}")
    if "ksef_api" not in packages or "ksef_sdk" not in packages:
        problems.append(f"{wheel.name} lacks ksef_api or ksef_sdk: {packages}")
    return problems


def prepare(root: Path, *, install_deps: bool = False) -> Environment:
    """Build the wheel and a fresh environment with it under ``root``."""
    started = time.perf_counter()
    wheel = build_wheel(root / "dist")
    built = time.perf_counter()
    venv = root / "venv"
    _checked([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)]
    _checked(install if install_deps else [*install, "--no-deps"])
    purelib = Path(_checked([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip())
    here = sysconfig.get_paths()
    # after the venv's own site-packages: only what the wheel does not provide is taken from here
    borrowed = [here["purelib"]] if install_deps else sorted({here["purelib"], here["platlib"]})
    (purelib / "_borrowed_from_dev_env.pth").write_text("\n".join(borrowed) + "\n")
    samples = root / "typing_check"
    shutil.copytree(SAMPLES, samples)
    env = Environment(root=root, python=python, samples=samples, wheel=wheel)
    env.timings["build wheel"] = built - started
    env.timings["venv + install"] = time.perf_counter() - built
    env.problems += untyped_packages(wheel)
    located = _checked([str(python), "-c", "import ksef_api, ksef_sdk; print(ksef_api.__file__, ksef_sdk.__file__)"])
    if any(not Path(path).is_relative_to(venv) for path in located.split()):
        env.problems.append(f"ksef_api/ksef_sdk do not come from the fresh environment: {located.strip()}")
    return env


def check(env: Environment, samples: list[str]) -> list[str]:
    """Problems found by mypy --strict and pyright in ``samples`` (file names in examples/typing_check)."""
    problems = []
    started = time.perf_counter()
    cache = str(env.root / "mypy_cache")
    mypy = _run(
        [str(env.python), "-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", cache, *samples], cwd=env.samples
    )
    env.timings["mypy"] = time.perf_counter() - started
    if mypy.returncode != 0:
        problems.append(f"mypy --strict:\n{mypy.stdout}{mypy.stderr}")
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if pyright is None:
        problems.append("pyright is not installed (it is in the dev extra)")
        return problems
    started = time.perf_counter()
    result = _run([pyright, "--pythonpath", str(env.python), *samples], cwd=env.samples)
    env.timings["pyright"] = time.perf_counter() - started
    if result.returncode != 0:
        problems.append(f"pyright:\n{result.stdout}{result.stderr}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*", help="sample files (default: every *.py in examples/typing_check)")
    parser.add_argument("--install-deps", action="store_true", help="install the dependencies from the index")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args(argv)
    samples = args.samples or sorted(p.name for p in SAMPLES.glob("*.py"))
    root = Path(tempfile.mkdtemp(prefix="ksef-downstream-"))
    try:
        env = prepare(root, install_deps=args.install_deps)
        problems = env.problems + check(env, samples)
        timing = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in env.timings.items())
        print(f"{env.wheel.name}: {', '.join(samples)}; {timing}")
        for problem in problems:
            print(problem)
        print("downstream typing: " + ("FAILED" if problems else "ok"))
        return 1 if problems else 0
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
