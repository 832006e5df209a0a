"""Peppol services (spec tag "Usługi Peppol"): the registered Peppol service providers (none are seeded)."""

from __future__ import annotations

from ksef_sandbox._http import Request, Response
from ksef_sandbox._state import SandboxState

from ._input import offset_page

__all__ = ["query_providers"]


def query_providers(state: SandboxState, req: Request) -> Response:
    """``GET /peppol/query`` (public)."""
    page, more = offset_page(req, state.peppol_providers)
    return Response.json({"peppolProviders": page, "hasMore": more})
