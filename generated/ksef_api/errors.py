"""Contains shared errors types that can be raised from API functions"""

import re

_SECRET_VALUE = re.compile(
    r'("[A-Za-z_]*token[A-Za-z_]*"\s*:\s*)"[^"]*"?', re.IGNORECASE
)


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ErrorStatus(Exception):
    """Raised by api functions called through a raising client (``client.RaisingClient``: ``SyncClient``,
    ``AsyncClient``, ``SyncAuthenticatedClient``, ``AsyncAuthenticatedClient``) for a response whose
    status is not 2xx, unless the client's ``error_factory`` makes another exception"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Error status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


def body_snippet(content: bytes, limit: int = 200) -> str:
    """The start of a response body for a message: at most ``limit`` characters, and the value of any JSON
    key naming a token (``"token"``, ``"accessToken"``...) replaced by ``<redacted>``."""
    text = content[: limit * 20].decode(errors="replace")
    text = _SECRET_VALUE.sub(lambda match: match.group(1) + '"<redacted>"', text)
    return text[:limit] + (
        "…" if len(text) > limit or len(content) > limit * 20 else ""
    )


class MalformedResponse(UnexpectedStatus):
    """Raised by api functions for a 2xx status the API does not document, or for a body the models cannot
    parse, unless the client's ``response_error`` makes another exception.

    Attributes: ``status_code``, ``content`` (the whole body), ``content_type``, ``snippet`` (the start of
    the body, token values redacted) and ``cause`` (the parsing error; None for an undocumented status).
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        content_type: str | None,
        cause: BaseException | None,
    ):
        self.status_code = status_code
        self.content = content
        self.content_type = content_type
        self.snippet = body_snippet(content)
        self.cause = cause
        if cause is None:
            problem = "undocumented status"
        else:
            problem = f"unparsable body ({type(cause).__name__}: {str(cause)[:200]})"
        Exception.__init__(
            self,
            f"Malformed response: {problem}; status {status_code}, Content-Type {content_type}, body {self.snippet!r}",
        )


__all__ = ["ErrorStatus", "MalformedResponse", "UnexpectedStatus", "body_snippet"]
