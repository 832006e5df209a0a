"""Errors of the visualization (HTML/PDF) of invoices and UPOs."""

from __future__ import annotations

from ksef_sdk.errors._base import KsefError
from ksef_sdk.errors._local import QrError


class RenderError(KsefError):
    """An invoice or UPO cannot be rendered: the ``pdf`` extra or its fonts are missing, the document asked
    for a resource the renderer refuses to fetch, or the PDF engine failed. Nothing was written."""


class OfflineCertificateRequiredError(QrError):
    """KOD II can only be signed with a KSeF certificate of type ``Offline`` (key usage nonRepudiation, no
    digitalSignature); the certificate given is of another type (an ``Authentication`` certificate, a
    qualified certificate...). Nothing was rendered."""
