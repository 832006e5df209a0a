"""Build tooling for ksef-sdk: spec preparation, generation tables and spec diffs.

Not shipped in the distribution; used by the Makefile and by tests.
"""
