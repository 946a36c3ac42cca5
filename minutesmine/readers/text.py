"""Plain-text and Markdown reader.

Paragraphs are runs of lines separated by blank lines; inside a paragraph each line stays
a logical line. Text that was hard-wrapped at a fixed width (a PDF converted to text or
Markdown, one line per printed line) is re-flowed so a wrapped sentence becomes one line.
Tables laid out with tabs or pipes ("a | b | c", Markdown "| a | b |") become table
blocks; in Markdown, a line that is wholly bold (or an
ATX ``#`` heading) becomes a heading block, ``---`` rules and link-only lines are dropped,
and a bare page number after a rule sets the page of the blocks that follow.
"""

from __future__ import annotations

import re
from pathlib import Path

from minutesmine.blocks import Block, ReadError, ReadResult, TableData
from minutesmine.readers.normalize import (
    CAPTION_RE,
    clean_line,
    is_list_start,
    is_page_number,
)
from minutesmine.readers.sniff import binary_reason, decode_wide, unicode_encoding

__all__ = ["decode_bytes", "read_text", "text_blocks"]

_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_MD_LINK_LINE = re.compile(r"^\s*!?\[[^\]]*\]\([^)]*\)\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?!\*)(.+?)(?<!\*)\1\s*$")
_MD_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode text bytes: UTF-16/32 (by BOM or zero-byte pattern), UTF-8 (with or without
    BOM), else cp1252; warnings say which.

    >>> decode_bytes("caf\\u00e9".encode("utf-8"))
    ('café', [])
    >>> decode_bytes(b"caf\\xe9 \\x81")[1]
    ['not valid UTF-8: decoded as cp1252 (1 undecodable bytes replaced)']
    """
    wide = decode_wide(data)
    if wide is not None:
        return wide
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    note = f" ({bad} undecodable bytes replaced)" if bad else ""
    return text, [f"not valid UTF-8: decoded as cp1252{note}"]


def _strip_markup(line: str) -> str:
    return _TAG_RE.sub(" ", line) if "<" in line else line


_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _rule_row(line: str) -> bool:
    """A Markdown table's rule row: "|---|:--:|"."""
    return "|" in line and _MD_TABLE_RULE.match(line) is not None


def _cells(line: str, least: int = 3) -> list[str] | None:
    """A table row's cells: three or more tab-separated cells, or pipe-separated cells ("a | b
    | c" of ``least`` or more, or a Markdown row "| a | b |" of two or more); None for a line
    that is not a row."""
    if line.count("\t") >= 2:
        return [c.strip() for c in line.split("\t")]
    body = line.strip()
    framed = body.startswith("|") and body.endswith("|") and len(body) > 1
    if framed:
        body = body[1:-1]
    cells = [c.strip() for c in body.split("|")]
    return cells if len(cells) >= (2 if framed else least) else None


#: consecutive "a | b" lines that make a two-column table without a frame ("Legal | None")
PAIR_ROWS = 3


def _pair_rows(lines: list[str]) -> bool:
    """Whether unframed "a | b" lines are a two-column table: enough of them, no empty cell."""
    rows = [c for line in lines if not _rule_row(line) and (c := _cells(line, least=2)) is not None]
    return len(rows) >= PAIR_ROWS and all(all(cell) for cell in rows)


def _table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """Index ranges of >= 2 consecutive table rows (see :func:`_cells`) with the same cell
    count; a Markdown rule row ("|---|---|") under the header belongs to the run."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        first = _cells(lines[i], least=2)
        j = i
        if first is not None:
            while j + 1 < len(lines) and (
                _rule_row(lines[j + 1]) or len(_cells(lines[j + 1], least=2) or ()) == len(first)
            ):
                j += 1
        if j > i and (_cells(lines[i]) is not None or _pair_rows(lines[i : j + 1])):
            runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return runs


def _table_block(lines: list[str], page: int | None) -> Block:
    cells = [c for line in lines if not _rule_row(line) and (c := _cells(line, least=2)) is not None]
    table = TableData(header=cells[0], rows=cells[1:])
    return Block("\n".join("\t".join(r) for r in cells), page=page, kind="table", table=table)


def _wrap_width(lines: list[str]) -> int | None:
    """The width text was hard-wrapped at, if it was (else None).

    Wrapped text has a ceiling: many lines end just short of one width, none far beyond.
    """
    lengths = sorted(len(s) for s in lines if len(s) > 1)
    if len(lengths) < 20:
        return None
    p95 = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= p95 <= 160 or lengths[-1] > 1.5 * p95:
        return None
    near = sum(1 for n in lengths if n >= 0.8 * p95)
    return p95 if near >= 0.3 * len(lengths) else None


def _wrapped(line: str, nxt: str, width: int) -> bool:
    """Whether ``line`` ended only because ``nxt``'s first word did not fit on it."""
    first = nxt.split(" ", 1)[0]
    slack = 2 if line[-1:] in ".:;?!" else max(2, width // 10)  # first lines may be indented
    return len(line) + 1 + len(first) > width - slack and not is_list_start(nxt) and "\t" not in line


def _join(line: str, nxt: str) -> str:
    if re.search(r"[A-Za-z]-$", line) and nxt[:1].islower():
        return line + nxt
    return f"{line} {nxt}"


def text_blocks(paras: list[tuple[list[str], str, int | None]], width: int | None) -> list[Block]:
    """Turn paragraphs ``(lines, kind, page)`` into blocks: tables, captions, re-flowed text."""
    out: list[Block] = []
    for lines, kind, page in paras:
        if kind.startswith("heading"):
            level = int(kind[7:]) if kind[7:] else None
            out.append(Block(" ".join(lines), page=page, kind="heading", level=level))
            continue
        start = 0
        for a, b in [*_table_runs(lines), (len(lines), len(lines))]:
            if a > start:
                chunk = lines[start:a]
                if width:
                    merged = [chunk[0]]
                    for nxt in chunk[1:]:
                        if _wrapped(merged[-1], nxt, width):
                            merged[-1] = _join(merged[-1], nxt)
                        else:
                            merged.append(nxt)
                    chunk = merged
                out.append(Block("\n".join(chunk), page=page))
            if b > a:
                out.append(_table_block(lines[a:b], page))
            start = b
    return _attach_captions(_reflow_paragraphs(out, width) if width else out)


_BARE_ENUMERATOR = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]?$")


def _sentence_end(line: str, nxt: str) -> bool:
    """Whether ``line`` ends a sentence (not an initial like ``C.``) before a new one.

    A new one starts with a capital, a digit or a bare item number such as ``1.`` / ``(b)``.

    >>> _sentence_end("the recent storms.", "He said"), _sentence_end("Housing (Ms. C.", "Curley")
    (True, False)
    >>> _sentence_end("seconded by Councillor Daly, and adopted.", "1.")
    True
    >>> _sentence_end("to exempt their dog.", "11."), _sentence_end("prior to Item No.", "5 on the")
    (True, False)
    """
    line = line.rstrip("\"'\u201d\u2019")  # a closing quote after the full stop
    last = line.rsplit(" ", 1)[-1].strip("().,;:")
    starts_anew = nxt[:1].isupper() or nxt[:1].isdigit() or _BARE_ENUMERATOR.match(nxt) is not None
    word = len(last) > 3 or (len(last) > 1 and last.islower() and last not in _LOWER_ABBREVIATIONS)
    return line[-1:] in ".:;?!" and word and starts_anew


#: short lower-case words that end with a full stop without ending a sentence ("Item no. 5")
_LOWER_ABBREVIATIONS = frozenset({"no", "nos", "p", "pp", "para", "ie", "eg", "cf", "vs", "etc"})


def _caps_heading(text: str) -> bool:
    """Whether a paragraph is one line set in capitals: a heading, never the rest of a
    wrapped sentence (a file of one-line paragraphs can look double-spaced).

    >>> _caps_heading("ITEM 4 - CONSENT AGENDA"), _caps_heading("the Consent Agenda was approved")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return "\n" not in text and len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _reflow_paragraphs(blocks: list[Block], width: int) -> list[Block]:
    """Join one-line paragraphs of double-spaced wrapped text (a blank line after every line)."""
    texts = [b for b in blocks if b.kind == "text"]
    if sum("\n" not in b.text for b in texts) < 0.7 * max(len(texts), 1):
        return blocks
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "text"
            and b.kind == "text"
            and _wrapped(prev.text.rsplit("\n", 1)[-1], b.text, width)
            and not _sentence_end(prev.text.rsplit("\n", 1)[-1], b.text)
            and not _BARE_ENUMERATOR.match(b.text)  # "32." alone: an item number over its title
            and not _caps_heading(b.text)  # "ITEM 4 - CONSENT AGENDA" after a long line
        ):
            first, _, rest = b.text.partition("\n")
            prev.text = _join(prev.text, first) + (f"\n{rest}" if rest else "")
            continue
        out.append(b)
    return out


def _attach_captions(blocks: list[Block]) -> list[Block]:
    """Move a ``Table N`` line next to a table into the table's caption."""
    drop: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "table" or b.table is None:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(blocks) and j not in drop and blocks[j].kind != "table":
                cand = blocks[j].text.strip()
                if "\n" not in cand and CAPTION_RE.match(cand):
                    b.table.caption = cand
                    drop.add(j)
                    break
    return [b for i, b in enumerate(blocks) if i not in drop]


def _markdown_paragraphs(raw_lines: list[str]) -> list[tuple[list[str], str, int | None]]:
    paras: list[tuple[list[str], str, int | None]] = []
    cur: list[str] = []
    page: int | None = None
    after_rule = False

    def flush() -> None:
        nonlocal cur
        if cur:
            paras.append((cur, "text", page))
            cur = []

    for raw in raw_lines:
        if _MD_RULE.match(raw):
            flush()
            after_rule = True
            continue
        if _MD_LINK_LINE.match(raw):
            continue
        line = clean_line(_strip_markup(raw))
        if not line:
            flush()
            continue
        if after_rule and is_page_number(line) and line.isdigit():
            page = int(line)
            after_rule = False
            continue
        after_rule = False
        line = _MD_LINK.sub(r"\1", line)
        heading = _MD_ATX.match(line)
        bold = _MD_BOLD_LINE.match(line)
        if heading or bold:
            flush()
            text = clean_line(_MD_EMPHASIS.sub(r"\2", heading.group(1) if heading else bold.group(2)))
            if text:
                level = len(line.lstrip()) - len(line.lstrip().lstrip("#")) if heading else 0
                paras.append(([text], f"heading{level}" if level else "heading", page))
            continue
        cur.append(clean_line(_MD_EMPHASIS.sub(r"\2", line).replace("***", "").replace("**", "")))
    flush()
    if page is not None:  # pages were numbered from the second one on
        paras = [(ls, k, p if p is not None else 1) for ls, k, p in paras]
    return paras


def _plain_paragraphs(raw_lines: list[str]) -> list[tuple[list[str], str, int | None]]:
    paras: list[tuple[list[str], str, int | None]] = []
    cur: list[str] = []
    for raw in raw_lines:
        line = clean_line(_strip_markup(raw))
        if line:
            cur.append(line)
        elif cur:
            paras.append((cur, "text", None))
            cur = []
    if cur:
        paras.append((cur, "text", None))
    return paras


def read_text(path: Path) -> ReadResult:
    """Read a plain-text (``.txt``) or Markdown (``.md``) file into blocks.

    Raises :class:`ReadError` for an empty or binary file. UTF-16 and UTF-32 are read as
    such; bytes that are not UTF-8 are decoded as cp1252 and a warning says so.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("empty file")
    if unicode_encoding(data) is None and (binary := binary_reason(data)) is not None:
        raise ReadError(binary)
    text, warnings = decode_bytes(data)
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if path.suffix.lower() in {".md", ".markdown"}:
        paras = _markdown_paragraphs(raw_lines)
    else:
        paras = _plain_paragraphs(raw_lines)
    width = _wrap_width([line for lines, kind, _ in paras if kind == "text" for line in lines])
    blocks = text_blocks(paras, width)
    if not blocks:
        raise ReadError("no text")
    return ReadResult(blocks=blocks, format="text", warnings=warnings)
