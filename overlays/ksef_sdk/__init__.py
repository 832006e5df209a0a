"""ksef_sdk: the hand-written layer over the generated KSeF client ``ksef_api``."""

__version__ = "0.1.0"
