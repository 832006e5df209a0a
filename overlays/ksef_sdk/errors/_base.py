"""The root of the exception tree and the errors found before any request is sent."""

from __future__ import annotations


class KsefError(Exception):
    """Base class of every ksef_sdk error."""


class ConfigurationError(KsefError, ValueError):
    """Invalid client configuration or arguments, detected before anything is sent."""


class KsefSystemWarning(UserWarning):
    """An ``X-System-Warning`` item of a successful KSeF response (``[code]: message``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}]: {message}")
        self.code = code
        self.message = message


class TransportError(KsefError):
    """No complete answer arrived (after the retries the retry table allows): the connection could not be
    made, it dropped, a timeout passed, or the body was cut short.

    ``cause`` is the underlying exception (also ``__cause__``); ``method``/``url`` name the request (no
    query string, never a header). :attr:`maybe_processed` says whether KSeF may have acted on it.
    """

    maybe_processed = True

    def __init__(
        self, message: str, *, method: str | None = None, url: str | None = None, cause: BaseException | None = None
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.cause = cause


class RequestNotSentError(TransportError):
    """The request never reached KSeF (no connection, connect timeout, no free pooled connection): it had
    no effect, and repeating it is safe."""

    maybe_processed = False


class OutcomeUnknownError(TransportError):
    """The request was sent but its answer was lost or cut short: KSeF may or may not have acted on it.

    The workflows resolve this themselves (an invoice sent this way is looked up by its hash in the
    session); a plain generated operation raises it to you.
    """


class UntrustedUrlError(KsefError):
    """A pre-signed URL in KSeF's answer that the client refuses to follow: not ``https`` (plain ``http`` is
    allowed only to a loopback host), or a host outside the environment's storage hosts. Nothing was sent.
    ``url`` is the scheme and host only (the rest carries a signature)."""

    def __init__(self, message: str, *, url: str | None) -> None:
        super().__init__(message)
        self.url = url
