"""The root of the ``ksef`` command: global options, the table of command modules, error handling.

Each command module exposes a typer app named ``app``; :data:`COMMANDS` lists them. A row with a group name
mounts the module as ``ksef GROUP ...``; a row with ``None`` puts its commands at the top (``ksef send``).
Adding a command group is one row here (and a test with typer's ``CliRunner``).

Any :class:`~ksef_sdk.errors.KsefError` or ``OSError`` escaping a command becomes one line on stderr and an
exit code (:mod:`._errors`); with ``--json`` stdout also gets ``{"ok": false, "error": {...}}``. ``--debug``
shows the traceback and the library's debug log instead.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click
import typer
from typer.core import TyperGroup

from ksef_sdk.cli._errors import ExitCode, describe, exit_code_of, one_line
from ksef_sdk.cli._output import Output, to_json
from ksef_sdk.cli._runtime import GlobalOptions
from ksef_sdk.errors import KsefError

__all__ = ["COMMANDS", "build_app", "main"]

COMMANDS: tuple[tuple[str, str | None], ...] = (
    # (module exposing `app`, group name or None for top-level commands)
    ("ksef_sdk.cli.profile", "profile"),
    ("ksef_sdk.cli.send", None),
    ("ksef_sdk.cli.status", None),
    ("ksef_sdk.cli.upo", "upo"),
    ("ksef_sdk.cli.download", None),
    ("ksef_sdk.cli.sync", None),
    ("ksef_sdk.cli.export", None),
    ("ksef_sdk.cli.limits", None),
    ("ksef_sdk.cli.validate", None),
    ("ksef_sdk.cli.sandbox", None),
    ("ksef_sdk.cli.demo", None),
    ("ksef_sdk.cli.outbox", "outbox"),
    ("ksef_sdk.cli.invoice", "invoice"),
    ("ksef_sdk.cli.cert", "cert"),
    ("ksef_sdk.cli.token", "token"),
    ("ksef_sdk.cli.permissions", "permissions"),
)

HANDLED: tuple[type[BaseException], ...] = (KsefError, OSError)


class KsefGroup(TyperGroup):
    """The root group: turns every failure of a command into one line and a documented exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except HANDLED as exc:
            options = ctx.obj if isinstance(ctx.obj, GlobalOptions) else GlobalOptions()
            if options.debug:
                raise
            _report(exc, options)
            raise click.exceptions.Exit(int(exit_code_of(exc))) from None
        except KeyboardInterrupt:
            options = ctx.obj if isinstance(ctx.obj, GlobalOptions) else GlobalOptions()
            Output(json_mode=options.json).error("interrupted")
            raise click.exceptions.Exit(int(ExitCode.INTERRUPTED)) from None


def _report(exc: BaseException, options: GlobalOptions) -> None:
    out = Output(json_mode=options.json)
    if options.json:
        sys.stdout.write(to_json({"ok": False, "error": describe(exc)}) + "\n")
        sys.stdout.flush()
    out.error(one_line(exc))


def _root(
    ctx: typer.Context,
    profile: str | None = typer.Option(
        None, "--profile", "-p", envvar="KSEF_PROFILE", help="The profile to use (see 'ksef profile')."
    ),
    json_output: bool = typer.Option(False, "--json", help="Results as JSON on stdout (every command)."),
    debug: bool = typer.Option(False, "--debug", envvar="KSEF_DEBUG", help="Tracebacks and the library's debug log."),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bars (default: on an interactive terminal)."
    ),
) -> None:
    """KSeF API v2 from the command line: send, status, UPO, download, sync, export, limits, sandbox."""
    ctx.obj = GlobalOptions(profile=profile, json=json_output, debug=debug, progress=progress)
    library_log = logging.getLogger("ksef_sdk")
    if debug:
        logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
        library_log.setLevel(logging.DEBUG)
    elif not logging.getLogger().handlers and not library_log.handlers:
        library_log.addHandler(logging.NullHandler())  # retries are not news; the outcome is (one line)


def build_app() -> typer.Typer:
    """The ``ksef`` typer app with every command module of :data:`COMMANDS` mounted."""
    app = typer.Typer(
        cls=KsefGroup,
        add_completion=False,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root)
    for module_name, group in COMMANDS:
        module = importlib.import_module(module_name)
        sub: typer.Typer = module.app
        if group is None:
            app.registered_commands.extend(sub.registered_commands)
            app.registered_groups.extend(sub.registered_groups)
        else:
            app.add_typer(sub, name=group)
    return app


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``ksef`` command."""
    app = build_app()
    app(args=argv, prog_name="ksef")
