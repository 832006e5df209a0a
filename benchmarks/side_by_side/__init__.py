"""ksef-sdk side by side with its peers (``python -m benchmarks --peers``).

One run, one sandbox: the parent process starts ``ksef_sandbox`` on loopback and, for every measure,
runs each implementation in a fresh child process (:mod:`._child`), interleaved in a new random order
each round, several rounds. Client CPU is the child's own ``time.process_time``; the sandbox's CPU is not
counted. The table gives, per measure and peer, the median of the paired ratios ksef-sdk ÷ peer (one pair
per round) with their min–max, and the floors (raw httpx, ``openssl``, ``zipfile``, ``json.loads``) the
same way; :mod:`._suite` writes it to stdout and to a JSON file.

The peers (``ksef-client``, ``ksef2``) need Python >= 3.12: :mod:`._venv` creates (or reuses) a
separate virtual environment with ksef-sdk installed from this checkout and the peers from PyPI, and
every implementation, ksef-sdk included, runs on that one interpreter. Without it, ksef-sdk and the
floors run on the current interpreter and the peer columns say why they are missing.
"""
