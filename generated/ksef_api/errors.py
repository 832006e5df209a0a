"""Contains shared errors types that can be raised from API functions"""


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


__all__ = ["ErrorStatus", "UnexpectedStatus"]
