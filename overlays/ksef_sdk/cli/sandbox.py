"""``ksef sandbox``: run the offline KSeF sandbox on loopback and make a profile for it.

Once listening, it prints the base URL and a KSeF token per ``--nip`` (default 5265877635), and saves the
profile ``sandbox`` (environment = the URL, the first NIP, login ksef-token, its token in the private
secrets file, since a sandbox token is worth nothing once the sandbox stops). In another terminal::

    ksef -p sandbox send invoices/

Ctrl-C stops it; its state lives in memory, so the next start issues new tokens (and updates the profile).
``python -m ksef_sandbox --token NIP`` does the same without the profile.
"""

from __future__ import annotations

from typing import Any

import typer

from ksef_sdk.cli._runtime import JsonOption, command_context

__all__ = ["app"]

app = typer.Typer()
DEFAULT_NIP = "5265877635"


@app.command()
def sandbox(
    ctx: typer.Context,
    port: int = typer.Option(0, "--port", min=0, max=65535, help="Port on 127.0.0.1 (0: a free one)."),
    nips: list[str] = typer.Option([DEFAULT_NIP], "--nip", help="Issue a KSeF token for this NIP (repeatable)."),  # noqa: B008
    profile_name: str = typer.Option("sandbox", "--save-profile", help="The profile to save for it."),
    no_profile: bool = typer.Option(False, "--no-profile", help="Print the URL and tokens only; save no profile."),
    rate_limits: bool = typer.Option(False, "--rate-limits", help="Enforce the spec's x-rate-limits (429s)."),
    json_output: JsonOption = False,
) -> None:
    """Run the offline KSeF sandbox (loopback) until Ctrl-C; print its URL and KSeF tokens, save a profile."""
    from ksef_sandbox import SandboxServer

    from ksef_sdk.cli._paths import config_dir
    from ksef_sdk.cli._profiles import Profile
    from ksef_sdk.cli._secrets import FileSecrets
    from ksef_sdk.identifiers import validate_nip

    cli = command_context(ctx, json_output=json_output)
    checked = [validate_nip(nip) for nip in nips]
    if not no_profile:
        Profile(name=profile_name, nip=checked[0]).check()  # a bad name fails before the server starts
    server = SandboxServer("127.0.0.1", port)
    server.control.configure(rate_limits_enabled=rate_limits)

    def ready(srv: Any) -> None:
        tokens = {nip: srv.control.issue_ksef_token(nip) for nip in checked}
        saved = None
        if not no_profile:
            profile = Profile(name=profile_name, nip=checked[0], environment=srv.url, secrets="file")
            FileSecrets(config_dir()).set(profile_name, "ksef-token", tokens[checked[0]])
            cli.profiles.save(profile)
            saved = profile_name
        data = {"url": srv.url, "tokens": tokens, "profile": saved}

        def human() -> None:
            cli.out.print(f"[bold]KSeF sandbox[/bold] listening on {srv.url} (Ctrl-C stops it)")
            for nip, token in tokens.items():
                cli.out.print(f"KSEF_TOKEN {nip} {token}")
            if saved:
                cli.out.print(f"profile '{saved}' saved: in another terminal, ksef -p {saved} send FILES...")

        cli.out.result(data, human)

    try:
        server.serve_forever(on_ready=ready)
    except KeyboardInterrupt:
        pass
    finally:
        server.core.close()
