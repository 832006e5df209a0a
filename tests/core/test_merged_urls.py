"""The client's cache of URLs merged with the base URL gives exactly httpx's own merge."""

from __future__ import annotations

import httpx
import pytest
from ksef_sdk.http._urls import MergedUrlCache


class Cached(MergedUrlCache, httpx.Client):
    pass


@pytest.mark.parametrize(
    "url",
    [
        "/sessions/online/20261201-SO-0000000000-0000000000-00/invoices",
        "sessions",
        "/auth/challenge?x=1",
        "https://storage.example/part?sig=a%2Fb",
        "/zażółć/%20x",
    ],
)
def test_same_as_httpx(url: str) -> None:
    with (
        Cached(base_url="https://api-test.ksef.mf.gov.pl/v2") as cached,
        httpx.Client(base_url="https://api-test.ksef.mf.gov.pl/v2") as plain,
    ):
        assert cached.build_request("GET", url).url == plain.build_request("GET", url).url
        assert cached.build_request("GET", url).url == plain.build_request("GET", url).url  # from the cache
        assert cached.build_request("GET", httpx.URL(url)).url == plain.build_request("GET", httpx.URL(url)).url


def test_a_new_base_url_is_not_served_from_the_cache() -> None:
    with Cached(base_url="https://one.example/v2") as client:
        assert str(client.build_request("GET", "/a").url) == "https://one.example/v2/a"
        client.base_url = "https://two.example/v2"  # type: ignore[assignment]
        assert str(client.build_request("GET", "/a").url) == "https://two.example/v2/a"


def test_the_cache_stays_bounded() -> None:
    with Cached(base_url="https://one.example/v2") as client:
        for i in range(3000):
            client.build_request("GET", f"/sessions/{i}")
        assert len(client._merged) <= 1024
