"""Who holds which permissions in a context: the context's own NIP, a subject's owners, granted permissions.

See ``uprawnienia.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._records import ALL_PERMISSIONS
from ksef_sandbox._state import SandboxState

__all__ = ["permissions_of"]


def permissions_of(state: SandboxState, context_value: str, subject_value: str, subject_type: str) -> list[str]:
    """The permissions ``subject_value`` (a NIP, PESEL or certificate fingerprint) has in ``context_value``."""
    if subject_type == "Nip" and subject_value == context_value.split("-", maxsplit=1)[0]:
        return list(ALL_PERMISSIONS)
    granted = set(state.grants.get((context_value, subject_value), set()))
    subject = state.subjects.get(context_value)
    if subject and subject_value in subject.get("owners", ()):
        granted |= set(ALL_PERMISSIONS)
    return sorted(granted)
