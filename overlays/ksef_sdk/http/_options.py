"""The options of the ``build_*client`` functions (:class:`ClientOptions`).

``_RaisingOptions`` is the same set with ``raise_on_error`` left at its default (``True``): the overloads of
``build_*client`` use it to type the result as a raising client kind of ``ksef_api``.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict, Union

import httpx

from ksef_sdk.http._ratelimit import Limits, RateLimiter
from ksef_sdk.http._transport import RetryPolicy

__all__ = ["ClientOptions", "RateLimitOption"]

RateLimitOption = Union[bool, RateLimiter, Mapping[str, Union[Limits, None]]]  # noqa: UP007


class _Options(TypedDict, total=False):
    timeout: float | httpx.Timeout
    retry: bool | RetryPolicy
    rate_limits: RateLimitOption
    problem_details: bool | None
    user_agent: str | None
    headers: Mapping[str, str] | None
    limits: httpx.Limits
    verify: ssl.SSLContext | str | bool
    follow_redirects: bool
    storage_hosts: Sequence[str] | None


class _RaisingOptions(_Options, total=False):
    raise_on_error: Literal[True]  # the default: build_* are typed as returning a raising client kind


class ClientOptions(_Options, total=False):
    """The options every ``build_*client`` function takes (all optional; defaults in :mod:`ksef_sdk.defaults`).

    - ``timeout``: always on (default ``defaults.TIMEOUT``); ``None`` is refused.
    - ``retry``: ``True`` (default :class:`RetryPolicy`), ``False``, or a policy (the README's retry table).
    - ``rate_limits``: ``True`` (the spec's ``x-rate-limits``), ``False``, overrides
      (``{"POST /invoices/exports": {"perSecond": 2}}``, ``{"invoiceSend": None}``) or a shared :class:`RateLimiter`.
    - ``raise_on_error``: every non-2xx raises the typed :class:`~ksef_sdk.errors.KsefApiError`, so ``sync()``
      never returns an error model (default ``True``). With ``False``, check ``sync_detailed`` results with
      :func:`~ksef_sdk.errors.unwrap`.
    - ``problem_details``: send ``X-Error-Format: problem-details`` (default: when ``raise_on_error``; the
      generated parsers of 400/429 expect the legacy JSON).
    - ``user_agent``: your product, prepended to ``ksef-sdk/<version>``; ``headers``: extra headers
      (never ``Authorization``).
    - ``limits``, ``verify``, ``follow_redirects``: as in httpx (one connection pool per client).
    - ``storage_hosts``: host patterns pre-signed URLs may point to (default: the environment's).
    """

    raise_on_error: bool
