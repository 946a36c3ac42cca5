"""Text clean-up shared by the readers: one spelling of spaces, quotes and bullets.

Every reader passes its lines through :func:`clean_line`, so a paragraph reads the same
whether it came from a PDF, an HTML page or a text file.
"""

from __future__ import annotations

import re

__all__ = [
    "BULLET",
    "CAPTION_RE",
    "clean_line",
    "fold",
    "is_list_start",
    "is_page_number",
    "split_paragraphs",
]

#: The bullet every reader writes at the start of a list line.
BULLET = "\u2022"

_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TAB_RUN = re.compile(r" *\t[ \t]*")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u000b": " ",
        "\f": " ",
    }
)
_TRANSLATE_RE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")


def _translate_one(m: re.Match[str]) -> str:
    """``str.translate(_TRANSLATE)`` of one matched character (a long line has few of them)."""
    return _TRANSLATE[ord(m.group())]


#: Glyphs that start a bulleted line (``-`` and ``*`` only when followed by a space).
_BULLET_RE = re.compile(
    r"^(?:[\u2022\u00b7\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u27a2\u2023\u2043\u25e6\uf0b7\uf0a7\uf0d8]|[-*\u2013](?=\s))\s*"
)
_NUMBERED_RE = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}\.\d{1,3}(?:\.\d{1,3})*|\(?[a-z][.)]|\([a-z]{1,2}\)|\(?[ivxlc]{1,6}[.)])\s",
    re.IGNORECASE,
)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-\u2013]?\s*\d{1,4}\s*[-\u2013]?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[ivxlc]{1,6})$",
    re.IGNORECASE,
)
_MARKER_TAB = re.compile(r"^([\u2022\u00b7\uf0b7-]|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[A-Za-z]{1,4}[.)])\t")
#: A table caption such as ``Table 1`` or ``Table 2: Managers by service``.
CAPTION_RE = re.compile(r"^Table\s+\d+[A-Za-z]?\b(?:\s*[:.\-\u2013]\s*\S.{0,100})?$", re.IGNORECASE)


def clean_line(line: str) -> str:
    """Normalise one logical line: spaces, quotes, bullets; tabs are kept (they mark cells).

    >>> clean_line("\\u00a0 \\u2018Step\\u00a0Up\\u2019  programme ")
    "'Step Up' programme"
    >>> clean_line("\\u00b7\\u00a0 The stability of placements")
    '\\u2022 The stability of placements'
    >>> clean_line(" - 2.1 One year into")
    '\\u2022 2.1 One year into'
    >>> clean_line("1.\\tFor several years")
    '1. For several years'
    >>> clean_line("REPORT TO:\\tChildren \\t")
    'REPORT TO:\\tChildren'
    """
    # each step runs only when it can change something: in an ASCII line only \v and \f
    # translate, there are no zero-width characters and no spaces but " "; without a tab
    # there is no tab run and no marker-tab
    if line.isascii():
        if "\x0b" in line or "\f" in line:
            line = line.translate(_TRANSLATE)
        if "  " in line:
            line = _SPACES.sub(" ", line)
    else:
        line = _TRANSLATE_RE.sub(_translate_one, line)
        if not line.isascii():
            line = _SPACES.sub(" ", _ZERO_WIDTH.sub("", line))
        elif "  " in line:
            line = _SPACES.sub(" ", line)
    if "\t" in line:
        line = _MARKER_TAB.sub(r"\1 ", _TAB_RUN.sub("\t", line).strip(" \t\r\n"))
    else:
        line = line.strip(" \t\r\n")
    m = _BULLET_RE.match(line)
    if m and len(line) > m.end():
        line = f"{BULLET} {line[m.end() :]}"
    return line


def fold(text: str) -> str:
    """Fold white space (tabs included) and case, for comparing texts across formats.

    >>> fold(" A\\tb\\n  C ")
    'a b c'
    """
    return " ".join(text.split()).lower()


#: :data:`BULLET`, :data:`_BULLET_RE` or :data:`_NUMBERED_RE` (case-insensitive) in one pattern.
_LIST_START_RE = re.compile(f"{re.escape(BULLET)}|(?:{_BULLET_RE.pattern})|(?i:{_NUMBERED_RE.pattern})")


def is_list_start(line: str) -> bool:
    """Whether a line starts a bullet or numbered point (so it cannot continue the line above).

    ``line.startswith(BULLET) or _BULLET_RE.match(line) or _NUMBERED_RE.match(line)``, as one
    match of :data:`_LIST_START_RE`.

    >>> [is_list_start(s) for s in ["\\u2022 Item", "1. First", "(a) one", "ii) two", "3.2 The plan"]]
    [True, True, True, True, True]
    >>> is_list_start("Officers advised")
    False
    """
    return _LIST_START_RE.match(line) is not None


def is_page_number(line: str) -> bool:
    """Whether a line is only a page number (``3``, ``- 3 -``, ``Page 3 of 7``, ``3/7``).

    >>> [is_page_number(s) for s in ["3", "Page 3 of 7", "- 12 -", "2 of 18", "Item 3"]]
    [True, True, True, True, False]
    """
    return bool(_PAGE_NUMBER_RE.match(line.strip()))


def split_paragraphs(lines: list[str]) -> list[list[str]]:
    """Group cleaned lines into paragraphs at empty lines.

    >>> split_paragraphs(["a", "b", "", "", "c"])
    [['a', 'b'], ['c']]
    """
    paras: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if line:
            cur.append(line)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras
