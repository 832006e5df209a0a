"""``python -m ksef_sdk.cli``: the ``ksef`` command."""

from ksef_sdk.cli._entry import main

main()
