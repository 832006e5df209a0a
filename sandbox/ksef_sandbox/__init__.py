"""ksef_sandbox: an offline KSeF API v2 server for tests (being built; see issue 6)."""
