"""Request URLs merged with the client's base URL once per distinct URL, not once per request.

The generated operations pass relative URLs (``/sessions/online/{ref}/invoices``); httpx merges each
with the base URL by parsing it and then the merged URL again (``httpx.Client._merge_url``): about a
third of the client's own CPU per invoice sent. The URLs a client uses repeat - one per operation and
session - and :class:`httpx.URL` is immutable, so the merged URL is kept and reused.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["MergedUrlCache"]

_MAX = 1024


class MergedUrlCache:
    """Mixin for ``httpx.Client`` / ``httpx.AsyncClient`` subclasses: caches ``_merge_url`` for string URLs."""

    _merged: dict[str, httpx.URL]
    _merged_base: Any = None

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        merge: Any = super()._merge_url  # type: ignore[misc]
        if not isinstance(url, str):
            return merge(url)  # type: ignore[no-any-return]
        base = self.base_url  # type: ignore[attr-defined]
        if self._merged_base is not base:  # first use, or the base URL was changed
            self._merged, self._merged_base = {}, base
        found = self._merged.get(url)
        if found is None:
            found = merge(url)
            if len(self._merged) >= _MAX:
                self._merged.clear()
            self._merged[url] = found
        return found
