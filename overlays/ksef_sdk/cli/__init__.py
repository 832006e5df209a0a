"""The ``ksef`` command (extra ``cli``): profiles, secrets in the OS keyring, one module per command group.

The frame (root app and table of command modules, options, output, exit codes, errors) is in ``_app``,
``_runtime``, ``_output`` and ``_errors``; see ``_app.COMMANDS`` to add a command group.
"""

from ksef_sdk.cli._entry import main

__all__ = ["main"]
