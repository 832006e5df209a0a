"""What a rendered document shows, as plain data: sections of blocks (label/value lists, tables, text,
side-by-side columns), the header, the QR codes and the footer.

The document readers (``_fa``, ``_fa_rr``, ``_upo``) build a :class:`DocumentView` from a parsed document;
one template (``templates/document.html.j2``) turns any view into HTML. Every string here is shown as text
(the template escapes it): a view never carries markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

__all__ = [
    "Block",
    "Column",
    "Columns",
    "DocumentView",
    "Field",
    "Fields",
    "Note",
    "QrCode",
    "Row",
    "Section",
    "Table",
    "Text",
    "dense_table",
    "fields",
]


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class Fields:
    """Label/value pairs (a party's card, the details)."""

    kind: ClassVar[str] = "fields"
    items: tuple[Field, ...]
    title: str = ""


@dataclass(frozen=True)
class Column:
    """A table column; ``width`` (a CSS length) fixes it, columns without one share the rest of the line."""

    label: str
    numeric: bool = False
    width: str = ""


@dataclass(frozen=True)
class Row:
    """One table row; ``detail`` is printed small under the cell ``detail_column`` (codes of an invoice line)."""

    cells: tuple[str, ...]
    detail: str = ""
    detail_column: int = 1


@dataclass(frozen=True)
class Table:
    """A table whose header repeats on every page; ``total`` is a bold last row."""

    kind: ClassVar[str] = "table"
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    total: tuple[str, ...] | None = None
    title: str = ""
    css: str = ""


def dense_table(columns: Sequence[Column], rows: Sequence[Row], **options: object) -> Table:
    """A :class:`Table` without the columns that are empty in every row."""
    keep = [i for i in range(len(columns)) if any(row.cells[i] for row in rows)]
    kept_rows = []
    for row in rows:
        detail_column = keep.index(row.detail_column) if row.detail_column in keep else 0
        kept_rows.append(Row(tuple(row.cells[i] for i in keep), row.detail, detail_column))
    return Table(tuple(columns[i] for i in keep), tuple(kept_rows), **options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Text:
    """Paragraphs of free text (the invoice footer, an attachment's text)."""

    kind: ClassVar[str] = "text"
    paragraphs: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class Note:
    """A highlighted label and value (``Kwota należności ogółem: 1 234,56 PLN``), right-aligned."""

    kind: ClassVar[str] = "note"
    label: str
    value: str


@dataclass(frozen=True)
class Columns:
    """Blocks side by side (seller | buyer)."""

    kind: ClassVar[str] = "columns"
    blocks: tuple[Block, ...]


Block = Fields | Table | Text | Note | Columns


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    keep_together: bool = False


@dataclass(frozen=True)
class QrCode:
    """A verification code: PNG ``image`` (a data: URI), the ``label`` under it, the ``url`` it holds."""

    title: str
    text: str
    url: str
    label: str
    image: str
    size_mm: int = 35

    @property
    def url_lines(self) -> tuple[str, ...]:
        """The link cut into lines of 64 characters (a long KOD II link wraps without costly per-letter breaks)."""
        return tuple(self.url[i : i + 64] for i in range(0, len(self.url), 64))


@dataclass(frozen=True)
class DocumentView:
    lang: str
    title: str
    kind: str
    number_label: str
    number: str
    header: tuple[Field, ...]
    sections: tuple[Section, ...]
    qr_codes: tuple[QrCode, ...] = ()
    footer: tuple[Field, ...] = ()
    brand: str = ""


def fields(pairs: Iterable[tuple[str, object]], title: str = "") -> Fields | None:
    """A :class:`Fields` of the pairs whose value is not empty (None when nothing is left)."""
    items = tuple(Field(label, str(value)) for label, value in pairs if value not in (None, "", (), []))
    return Fields(items, title) if items else None


def blocks(*candidates: Block | Sequence[Block | None] | None) -> tuple[Block, ...]:
    """The non-empty blocks, flattening sequences."""
    out: list[Block] = []
    for candidate in candidates:
        if candidate is None:
            continue
        if isinstance(candidate, (list, tuple)):
            out.extend(b for b in candidate if b is not None)
        else:
            out.append(candidate)  # type: ignore[arg-type]
    return tuple(out)


def section(title: str, *candidates: Block | Sequence[Block | None] | None, keep: bool = False) -> Section | None:
    """A section of the non-empty blocks (None when it would be empty: empty sections are not printed)."""
    content = blocks(*candidates)
    return Section(title, content, keep) if content else None
