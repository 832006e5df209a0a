"""Invoice fields are untrusted text: the HTML escapes them, the PDF prints them as text, and the PDF engine
never fetches anything (only the package's fonts and the renderer's own data: images)."""

from __future__ import annotations

import re

import pytest
from ksef_sdk.environments import TEST
from ksef_sdk.errors import RenderError
from ksef_sdk.invoice.builder import InvoiceLine, Party, build_fa3_invoice
from ksef_sdk.invoice.render import _engine, invoice_view, render_invoice_html, render_invoice_pdf
from ksef_sdk.invoice.render._view import DocumentView, Field

from tests.invoice.builders import BUYER, CREATED, ISSUE

from .conftest import pdf_text

SCRIPT = "<script>alert('x')</script>"
IMAGE = '<img src="http://127.0.0.1:9/tracker.png">'
STYLE = "</style><link rel=stylesheet href=http://127.0.0.1:9/x.css>"


@pytest.fixture(scope="module")
def hostile() -> bytes:
    seller = Party("5265877635", f"Firma {SCRIPT}", f"ul. {IMAGE}", "00-001 Warszawa", email="a@b.pl")
    lines = [InvoiceLine(STYLE, 1, "10.00"), InvoiceLine("Q & A \"quoted\" 'single'", 1, "5.00")]
    return build_fa3_invoice(
        seller=seller, buyer=BUYER, lines=lines, invoice_number="FV/<b>1</b>", issue_date=ISSUE, created_at=CREATED
    )


def test_html_escapes_every_field(hostile: bytes) -> None:
    html = render_invoice_html(hostile, environment=TEST)
    assert "<script" not in html and '<img src="http' not in html and "<link" not in html and "<b>1</b>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=&#34;http://127.0.0.1:9/tracker.png&#34;&gt;" in html
    assert "&lt;/style&gt;&lt;link rel=stylesheet" in html
    assert "Q &amp; A &#34;quoted&#34; &#39;single&#39;" in html
    # every image is the renderer's own data: PNG; nothing points outside
    assert re.findall(r'<img src="([^"]{0,22})', html) == ["data:image/png;base64,"]
    assert 'http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:;' in html


def test_pdf_prints_the_markup_as_text(hostile: bytes) -> None:
    text = pdf_text(render_invoice_pdf(hostile, environment=TEST))
    assert SCRIPT in text and "FV/<b>1</b>" in text and "tracker.png" in text and "</style><link" in text


def test_a_normal_render_fetches_only_package_resources(hostile: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    fetcher = _engine._pdf().fetcher
    original = type(fetcher).fetch

    def spy(self: object, url: str, headers: object = None) -> object:
        asked.append(url[:40])
        return original(self, url, headers)

    monkeypatch.setattr(type(fetcher), "fetch", spy)
    render_invoice_pdf(hostile, environment=TEST)
    assert asked and all(u.startswith(("ksef-font:", "data:image/png;base64,")) for u in asked), asked


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="http://127.0.0.1:9/x.png">',
        '<img src="file:///etc/hostname">',
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
        '<div style="background: url(https://example.invalid/x.png)">x</div>',
        '<img src="data:image/svg+xml;base64,PHN2Zy8+">',
    ],
)
def test_the_engine_refuses_any_url(markup: str) -> None:
    """Even if markup reached the engine, it would fetch nothing: the render stops with a typed error."""
    with pytest.raises(RenderError, match="refused to fetch"):
        _engine._pdf().render(f"<html><body><p>x</p>{markup}</body></html>", "pl")


def test_views_carry_text_only() -> None:
    view = DocumentView(
        lang="pl", title="<t>", kind="<k>", number_label="N", number="<n>", header=(Field("<l>", "<v>"),), sections=()
    )
    html = _engine.html_of(view)
    assert "<t>" not in html and "<k>" not in html and "<n>" not in html and "<l>" not in html and "<v>" not in html


def test_offline_key_never_in_repr(offline_certificate: object) -> None:
    from ksef_sdk.invoice.render import OfflineCertificate

    loaded = OfflineCertificate.load(offline_certificate.to_pkcs12("pw"), "pw")  # type: ignore[attr-defined]
    assert "PRIVATE" not in repr(loaded) and "key" not in repr(loaded).lower()
    view = invoice_view(
        build_fa3_invoice(
            seller=Party("5265877635", "S", "a", "b"),
            buyer=BUYER,
            lines=[InvoiceLine("x", 1, "1.00")],
            invoice_number="1",
            issue_date=ISSUE,
            created_at=CREATED,
        ),
        environment=TEST,
        offline=loaded,
    )
    assert len(view.qr_codes) == 2
