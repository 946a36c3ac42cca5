"""HTML reader (ModernGov agenda, minutes and agenda-item pages, and HTML in general).

The page is walked in document order with lxml. Scripts, styles, navigation, headers,
footers, forms and menus are skipped. Headings (``h1``-``h6``, and a paragraph that is
wholly bold) become heading blocks; paragraphs and ``div`` text become text blocks (``<br>``
starts a new line); a list becomes one block with a line per item (``• `` for bullets,
``1.``/``a.``/``i.`` for ordered lists, numbered as a browser would). A data table becomes
a table block, a two-column ``Label: | value`` table becomes ``label<TAB>value`` lines (a
cover sheet), and a layout table (cells holding paragraphs, as ModernGov's item list) is
read cell by cell. An item number standing alone (``54.``) is joined to the title after
it into one heading block, ``54. Public Question Time``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html
from pydantic import BaseModel, ConfigDict

from minutesmine.assets import read_jsonl
from minutesmine.blocks import Block, ReadError, ReadResult, TableData
from minutesmine.readers.normalize import BULLET, clean_line
from minutesmine.readers.sniff import binary_reason, decode_wide, unicode_encoding
from minutesmine.readers.tidy import tab_tables

__all__ = ["html_blocks", "read_html"]

_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "head",
        "title",
        "meta",
        "link",
        "map",
        "area",
        "canvas",
        "audio",
        "video",
        "dialog",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "blockquote",
        "pre",
        "dl",
        "dt",
        "dd",
        "body",
        "html",
        "center",
        "address",
        "figure",
        "figcaption",
        "caption",
        "fieldset",
        "details",
        "summary",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "hr",
    ]
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CHROME_TOKENS = frozenset({"sr-only", "visually-hidden", "is-hidden", "hidden", "mgfilesize", "skip-link"})
_CHROME_PARTS = ("menu", "dropdown", "cookie", "navbar", "sidebar-nav")
_ITEM_NUMBER = re.compile(r"^(?:item\s+)?\(?\d{1,3}[a-z]?(?:\.\d{1,2})?[.)]?$", re.IGNORECASE)
_WS = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _decode(data: bytes) -> tuple[str, list[str]]:
    """Decode page bytes: UTF-16/32 or a UTF-8 BOM, then the declared charset, then UTF-8,
    then cp1252."""
    wide = decode_wide(data)
    if wide is not None:
        return wide
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else None
    for enc in [e for e in (declared, "utf-8") if e]:
        try:
            return data.decode(enc), []
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    note = f" ({bad} undecodable bytes replaced)" if bad else ""
    what = f"declared charset {declared} does not fit" if declared else "not valid UTF-8"
    return text, [f"{what}: decoded as cp1252{note}"]


def _ws_run(m: re.Match[str]) -> str:
    run = m.group()
    return "\t" if "\t" in run and "\n" not in run else " "


def _ws(text: str | None) -> str:
    """Source white space (newlines included) is one space; only ``<br>`` breaks a line.

    A tab inside a line of text (no newline around it: not source indentation) is kept,
    as the cell break of a text-laid-out table or cover sheet pasted into the page.

    >>> _ws("Service\\tLocum \\n\\t Salaried"), _ws("REPORT TO:\\t Cabinet")
    ('Service\\tLocum Salaried', 'REPORT TO:\\tCabinet')
    """
    return _WS.sub(_ws_run, text) if text else ""


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_chrome(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if "display:none" in (el.get("style") or "").replace(" ", "").lower():
        return True
    tokens = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    if not tokens:
        return False
    return any(t in _CHROME_TOKENS for t in tokens) or any(p in t for t in tokens for p in _CHROME_PARTS)


@lru_cache(maxsize=1)
def _title_classes() -> dict[str, int]:
    rows = [TitleClass.model_validate(r) for r in read_jsonl("cues", "title_classes.jsonl")]
    return {r.css_class.lower(): r.level for r in rows}


class TitleClass(BaseModel):
    """One row of ``models/cues/title_classes.jsonl``: a CSS class that marks a title."""

    model_config = ConfigDict(extra="forbid")

    id: str
    css_class: str
    level: int


def title_level(el: etree._Element) -> int | None:
    """The heading level a ModernGov/CMIS title class gives an element, if any."""
    cls = el.get("class")
    if not cls:
        return None
    levels = _title_classes()
    return min((levels[c] for c in cls.lower().split() if c in levels), default=None)


_BANNER_PARTS = frozenset({"nav", "form", "input", "button", "select"})


def _is_banner(el: etree._Element) -> bool:
    """A ``<header>`` that is the site's banner (a logo, links, a search box, a menu, a line or
    two of site name), not the header of the content (a meeting's title, date, venue and
    attendance, as eScribe's).

    >>> _is_banner(lxml_html.fromstring('<header><a href="/">Home</a><form><input></form></header>'))
    True
    >>> _is_banner(lxml_html.fromstring('<header><p>Committee papers</p></header>'))
    True
    >>> _is_banner(lxml_html.fromstring('<header><p>Council</p><p>Minutes</p><p>May 7</p></header>'))
    False
    """
    if any(_tag(d) in _BANNER_PARTS for d in el.iterdescendants()):
        return True
    text = len("".join(el.itertext()).strip())
    linked = sum(len("".join(a.itertext()).strip()) for a in el.iterdescendants("a"))
    inner = _ws(el.text) + "".join(_inline_text(c) + _ws(c.tail) for c in el)
    return 2 * linked >= text or len(_lines(inner)) < 3


def _skip(el: etree._Element) -> bool:
    tag = _tag(el)
    return not tag or tag in _DROP_TAGS or _is_chrome(el) or (tag == "header" and _is_banner(el))


def _inline_text(el: etree._Element) -> str:
    """Text of an element with ``<br>`` as newlines and skipped elements left out."""
    parts: list[str] = []

    def go(e: etree._Element) -> None:
        if _tag(e) == "br":
            parts.append("\n")
        elif not _skip(e):
            parts.append(_ws(e.text))
            for c in e:
                go(c)
                parts.append(_ws(c.tail))
            if _tag(e) in _BLOCK_TAGS or _tag(e) in _HEADINGS or _tag(e) == "li":
                parts.append("\n")

    go(el)
    return "".join(parts)


def _lines(raw: str) -> list[str]:
    return [line for line in (clean_line(seg) for seg in raw.split("\n")) if line]


def _cell_text(el: etree._Element) -> str:
    return " ".join(_lines(_inline_text(el)))


def _bold_only(el: etree._Element) -> bool:
    """A paragraph whose visible text is all inside ``<strong>``/``<b>``."""
    if (el.text or "").strip():
        return False
    kids = [c for c in el if _tag(c) != "br" and not _skip(c)]
    if not kids or any((c.tail or "").strip() for c in kids):
        return False
    return all(_tag(c) in {"strong", "b"} or (_tag(c) == "span" and _bold_only(c)) for c in kids)


def _roman(n: int) -> str:
    """Lower-case roman numeral. >>> _roman(14)
    'xiv'
    """
    out = ""
    for value, sym in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _marker(kind: str, n: int) -> str:
    if kind in {"i", "I"}:
        s = _roman(n)
        return f"{s.upper() if kind == 'I' else s}."
    if kind in {"a", "A"} and 1 <= n <= 26:
        s = chr(ord("a") + n - 1)
        return f"{s.upper() if kind == 'A' else s}."
    return f"{n}."


def _list_lines(el: etree._Element, depth: int = 0) -> list[str]:
    ordered = _tag(el) == "ol"
    kind = el.get("type") or "1"
    try:
        n = int(el.get("start") or 1)
    except ValueError:
        n = 1
    out: list[str] = []
    for li in el:
        if _tag(li) != "li" or _skip(li):
            if _tag(li) in {"ul", "ol"}:
                out.extend(_list_lines(li, depth + 1))
            continue
        if li.get("value", "").isdigit():
            n = int(li.get("value"))
        nested = [c for c in li if _tag(c) in {"ul", "ol"}]
        own = _inline_text_excluding(li, nested)
        text = " ".join(_lines(own))
        if text:
            out.append(f"{_marker(kind, n) if ordered else BULLET} {text}")
        for c in nested:
            out.extend(_list_lines(c, depth + 1))
        n += 1
    return out


def _inline_text_excluding(el: etree._Element, skip: list[etree._Element]) -> str:
    parts: list[str] = [_ws(el.text)]
    for c in el:
        if c not in skip:
            parts.append(_inline_text(c))
        parts.append(_ws(c.tail))
    return "".join(parts)


def _rows(table: etree._Element) -> list[etree._Element]:
    rows: list[etree._Element] = []
    for child in table:
        t = _tag(child)
        if t == "tr":
            rows.append(child)
        elif t in {"thead", "tbody", "tfoot"}:
            rows.extend(c for c in child if _tag(c) == "tr")
    return rows


def _cells(row: etree._Element) -> list[etree._Element]:
    return [c for c in row if _tag(c) in {"td", "th"}]


def _is_layout_table(table: etree._Element, rows: list[etree._Element]) -> bool:
    """Layout tables hold flow content (paragraphs, lists, nested tables) in their cells."""
    if len(rows) < 1:
        return True
    for row in rows:
        for cell in _cells(row):
            if cell.find(".//table") is not None:
                return True
            blocks = [d for d in cell.iter() if _tag(d) in {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4"}]
            if len(blocks) > 1 or any(_tag(d) in {"ul", "ol", "h1", "h2", "h3", "h4"} for d in blocks):
                return True
    width = max(len(_cells(r)) for r in rows)
    return width < 2 or _numbered_layout(rows)


def _numbered_layout(rows: list[etree._Element]) -> bool:
    """A two-column grid laying out minutes: item numbers ("1.", "2.") in the first column,
    blank beside the text rows under each title (CMIS and older council sites)."""
    firsts = [_cell_text(cells[0]) for r in rows if len(cells := _cells(r)) == 2]
    if len(firsts) < len(rows) or len(firsts) < 3:
        return False
    numbered = sum(bool(_ITEM_NUMBER.match(f)) for f in firsts)
    return numbered >= 2 and numbered + sum(not f for f in firsts) == len(firsts) and not all(firsts)


class _Walker:
    """Walks a parsed page, collecting blocks in reading order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []

    def flush(self) -> None:
        lines = _lines("".join(self.buf))
        self.buf = []
        if lines:
            self.blocks.append(Block("\n".join(lines)))

    def emit_heading(self, raw: str, level: int | None = None) -> None:
        text = " ".join(_lines(raw))
        if text:
            self.blocks.append(Block(text, kind="heading", bold=True, level=level))

    def walk(self, el: etree._Element) -> None:
        tag = _tag(el)
        if tag == "br":
            self.buf.append("\n")
            return
        if _skip(el):
            return
        if tag in _HEADINGS:
            self.flush()
            self.emit_heading(_inline_text(el), int(tag[1]) if tag[1:].isdigit() else None)
            return
        level = title_level(el)
        if level is not None:
            start = len(self.blocks)
            self.walk_level(el, tag)
            self.flush()
            for b in self.blocks[start:]:
                b.level = b.level or level
            return
        self.walk_level(el, tag)

    def walk_level(self, el: etree._Element, tag: str) -> None:
        """Walk an element that is not a heading tag (its text, its children)."""
        if tag in {"ul", "ol"}:
            self.flush()
            lines = _list_lines(el)
            if lines:
                self.blocks.append(Block("\n".join(lines)))
            return
        if tag == "table":
            self.flush()
            self.table(el)
            return
        block = tag in _BLOCK_TAGS or tag == "li"
        if block:
            self.flush()
            if tag == "p" and _bold_only(el):
                self.emit_heading(_inline_text(el))
                return
        self.buf.append(_ws(el.text))
        for child in el:
            self.walk(child)
            self.buf.append(_ws(child.tail))
        if block:
            self.flush()

    def table(self, el: etree._Element) -> None:
        rows = _rows(el)
        if _is_layout_table(el, rows):
            for row in rows:
                cells = _cells(row)
                if all(_tag(c) == "th" for c in cells):  # column titles of a layout grid
                    continue
                for cell in cells:
                    self.walk(cell)
            return
        grid = [[_cell_text(c) for c in _cells(r)] for r in rows]
        grid = [r for r in grid if any(r)]
        if not grid:
            return
        caption_el = el.find("caption")
        caption = _cell_text(caption_el) if caption_el is not None else None
        has_th = any(_tag(c) == "th" for c in _cells(rows[0]))
        labels = [r[0] for r in grid if len(r) == 2]
        if (
            not has_th
            and max(len(r) for r in grid) <= 2
            and labels
            and sum(lab.endswith(":") for lab in labels) >= 0.5 * len(labels)
        ):  # a cover sheet: label/value rows
            lines = ["\t".join(c for c in r if c) for r in grid]
            self.blocks.append(Block("\n".join(line for line in lines if line)))
            return
        if len(grid) < 2 and not has_th:
            self.blocks.append(Block("\t".join(grid[0])))
            return
        table = TableData(header=grid[0], rows=grid[1:], caption=caption or None)
        self.blocks.append(Block("\n".join("\t".join(r) for r in grid), kind="table", table=table))


@lru_cache(maxsize=1)
def _cover_labels() -> frozenset[str]:
    """A report cover sheet's labels (``models/cues/cover_sheet.jsonl``), lower case."""
    return frozenset(r["label"].lower() for r in read_jsonl("cues", "cover_sheet.jsonl"))


def _cover_label_line(text: str) -> bool:
    """Whether a line is a cover sheet's "Label: value" ("To: Policy Board"), not a title.

    >>> _cover_label_line("To: Education Policy Board"), _cover_label_line("Petition: Save the Library")
    (True, False)
    """
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label) <= 40 and label.strip().lower() in _cover_labels()


def _join_numbers(blocks: list[Block]) -> list[Block]:
    """Join an item number standing alone (``54.``) to the short title after it (not to a
    cover sheet's first label under a pack's "Item 2" stamp)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            b.kind == "text"
            and _ITEM_NUMBER.match(b.text)
            and nxt is not None
            and nxt.kind != "table"
            and "\n" not in nxt.text
            and len(nxt.text) <= 250
            and not _ITEM_NUMBER.match(nxt.text)
            and not _cover_label_line(nxt.text)
        ):
            out.append(Block(f"{b.text} {nxt.text}", kind="heading", bold=nxt.bold))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


def _hints(root: etree._Element) -> dict[str, str]:
    """The page's title and DC metadata; the site's name after the title's last " | " (the
    text every page of the site carries, as a PDF's running header) as ``running_header``."""
    hints: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and (title.text or "").strip():
        hints["title"] = " ".join(title.text_content().split())
        site = hints["title"].rpartition(" | ")[2]
        if site != hints["title"] and 0 < len(site) <= 80:
            hints["running_header"] = site
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip()
        if name.lower() in {"dc.title", "dc.date"} and meta.get("content"):
            hints.setdefault(
                "DC.title" if name.lower() == "dc.title" else "DC.date", meta.get("content").strip()
            )
    return hints


def html_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """Parse an HTML string into blocks and container hints (title, DC.title, DC.date)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"not parseable as HTML: {exc}") from exc
    hints = _hints(root)
    body = root.find("body")
    walker = _Walker()
    walker.walk(body if body is not None else root)
    walker.flush()
    return _join_numbers(tab_tables(walker.blocks)), hints


def read_html(path: Path) -> ReadResult:
    """Read an HTML page into blocks; ``hints`` carries its title and DC metadata.

    Raises :class:`ReadError` for an empty file or a page with no text. Bytes that do not
    fit the declared charset (or UTF-8) are decoded as cp1252 and a warning says so.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("empty file")
    if unicode_encoding(data) is None and (binary := binary_reason(data)) is not None:
        raise ReadError(binary)
    text, warnings = _decode(data)
    blocks, hints = html_blocks(text)
    if not blocks:
        raise ReadError("no text in HTML page")
    return ReadResult(blocks=blocks, format="html", warnings=warnings, hints=hints)
