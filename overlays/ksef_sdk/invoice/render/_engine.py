"""HTML from a :class:`~ksef_sdk.invoice.render._view.DocumentView` (Jinja2, everything escaped) and PDF from that
HTML (WeasyPrint), with the package's fonts embedded.

Safety: invoice fields are untrusted text. The template autoescapes every value, so a name such as
``<img src=http://...>`` is printed as those characters. The PDF engine gets a resource fetcher that serves
only the package's fonts and the ``data:`` PNG images the renderer itself made (QR codes); any other URL
(``http:``, ``file:``...) stops the rendering with :class:`~ksef_sdk.errors.RenderError` instead of being
fetched. Stand-alone HTML carries a Content-Security-Policy that forbids loading anything but inline
styles and ``data:`` images.

The WeasyPrint objects that cost time (fonts, the parsed stylesheet) are built once per process and language.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ksef_sdk.errors import RenderError
from ksef_sdk.invoice.render._fonts import FONT_FILES, font_bytes
from ksef_sdk.invoice.render._labels import labels
from ksef_sdk.invoice.render._view import DocumentView

__all__ = ["FONT_FAMILY", "css_text", "html_of", "pdf_of"]

TEMPLATES: Final = Path(__file__).resolve().parent / "templates"
FONT_FAMILY: Final = "KsefSans"
_FONT_SCHEME: Final = "ksef-font:"
_PNG_DATA: Final = "data:image/png;base64,"
_EXTRA = "rendering PDFs needs the 'pdf' extra: pip install 'ksef-sdk[pdf]'"


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise RenderError(f"{_EXTRA} ({exc})") from None
    except OSError as exc:  # WeasyPrint without the pango/harfbuzz system libraries
        raise RenderError(f"WeasyPrint cannot load its system libraries (pango): {exc}") from None


@lru_cache(maxsize=1)
def _jinja() -> Any:
    jinja2 = _module("jinja2")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every value is text: <, >, &, quotes are escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _page_css(lang: str) -> str:
    t = labels(lang)
    return (
        "@page { @bottom-right { content: "
        f'"{t["page"]} " counter(page) " {t["of"]} " counter(pages); }} '
        "@bottom-left { content: string(docnumber); } }"
    )


@lru_cache(maxsize=4)
def css_text(lang: str) -> str:
    """The stylesheet of every document (the template's ``style.css`` and the page footer in ``lang``)."""
    return (TEMPLATES / "style.css").read_text(encoding="utf-8") + "\n" + _page_css(lang)


def html_of(view: DocumentView, *, standalone: bool = True) -> str:
    """The document's HTML. ``standalone`` inlines the stylesheet (for browsers and e-mail); the PDF engine
    gets its parsed stylesheet separately."""
    template = _jinja().get_template("document.html.j2")
    rendered: str = template.render(view=view, css=css_text(view.lang) if standalone else "")
    return rendered


class _Pdf:
    """WeasyPrint with the package's fonts, a parsed stylesheet per language and a fetcher that refuses URLs."""

    def __init__(self) -> None:
        self.weasyprint = _module("weasyprint")
        urls = _module("weasyprint.urls")
        fonts_module = _module("weasyprint.text.fonts")
        self.fatal = urls.FatalURLFetchingError
        fonts = font_bytes()
        response = urls.URLFetcherResponse
        fatal = self.fatal

        class _PackageOnlyFetcher(urls.URLFetcher):  # type: ignore[misc,name-defined]
            """Serves the package's fonts and data: PNGs; refuses everything else (no network, no files)."""

            def fetch(self, url: str, headers: Any = None) -> Any:
                if url.startswith(_FONT_SCHEME) and url[len(_FONT_SCHEME) :] in fonts:
                    return response(url, fonts[url[len(_FONT_SCHEME) :]], {"Content-Type": "font/ttf"})
                if url.startswith(_PNG_DATA):
                    try:
                        data = base64.b64decode(url[len(_PNG_DATA) :], validate=True)
                    except (binascii.Error, ValueError):
                        raise fatal("a data: image that is not Base64") from None
                    return response(url, data, {"Content-Type": "image/png"})
                raise fatal(f"refused to fetch {url[:120]!r}: the renderer uses only its own resources")

        self.fetcher = _PackageOnlyFetcher(fail_on_errors=True)
        self.font_config = fonts_module.FontConfiguration()
        self.lock = threading.Lock()
        self._css: dict[str, Any] = {}

    def stylesheet(self, lang: str) -> Any:
        if lang not in self._css:
            faces = "".join(
                f"@font-face {{ font-family: {FONT_FAMILY}; font-weight: {weight}; "
                f"src: url({_FONT_SCHEME}{style}); }}\n"
                for style, weight in (("regular", "normal"), ("bold", "bold"))
                if style in FONT_FILES
            )
            text = faces + css_text(lang) + f"\nhtml {{ font-family: {FONT_FAMILY}; }}"
            self._css[lang] = self.weasyprint.CSS(string=text, font_config=self.font_config, url_fetcher=self.fetcher)
        return self._css[lang]

    def render(self, html: str, lang: str) -> bytes:
        with self.lock:  # WeasyPrint's shared font configuration is not meant for concurrent use
            try:
                document = self.weasyprint.HTML(string=html, url_fetcher=self.fetcher)
                pdf: bytes = document.write_pdf(stylesheets=[self.stylesheet(lang)], font_config=self.font_config)
            except self.fatal as exc:
                raise RenderError(f"the document was not rendered: {exc}") from None
            except RenderError:
                raise
            except Exception as exc:  # WeasyPrint's own failures: never half a PDF
                raise RenderError(f"the PDF engine failed: {type(exc).__name__}: {exc}") from None
        return pdf


@lru_cache(maxsize=1)
def _pdf() -> _Pdf:
    return _Pdf()


def pdf_of(view: DocumentView) -> bytes:
    """The PDF of a document view (A4, page numbers, fonts embedded)."""
    return _pdf().render(html_of(view, standalone=False), view.lang)
