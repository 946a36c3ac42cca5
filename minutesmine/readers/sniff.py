"""What a file holds, decided from its bytes: PDF, HTML, text (and in which Unicode form), or
binary content that no reader should be given.

The file's name is only a tie-breaker: a PDF named ``.txt`` is read as a PDF, an HTML page
saved as ``.txt`` as HTML, text named ``.html`` or ``.pdf`` as text, and a megabyte of random
bytes named ``.txt`` is refused in a line instead of being decoded into a million words.

>>> sniff(b"%PDF-1.7 ...", ".txt").kind
<Kind.PDF: 'pdf'>
>>> sniff("Minutes of the meeting".encode("utf-16"), ".txt")
Sniffed(kind=<Kind.TEXT: 'text'>, encoding='utf-16')
>>> sniff(b"<!DOCTYPE html><html><body><p>Minutes</p>", ".txt").kind
<Kind.HTML: 'html'>
>>> sniff(bytes(range(256)) * 4, ".txt").kind
<Kind.BINARY: 'binary'>
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "HEAD_BYTES",
    "Kind",
    "Sniffed",
    "binary_reason",
    "decode_wide",
    "named_kind",
    "sniff",
    "unicode_encoding",
]

#: Bytes read from the start of a file to decide what it holds.
HEAD_BYTES = 65_536

#: Share of control bytes (other than tab, line breaks and form feed) above which 8-bit
#: content is binary: text has next to none, random or compressed bytes about 11%.
MAX_CONTROL_SHARE = 0.02

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control bytes that text does not hold (NUL to US, DEL), all but tab, LF, VT, FF and CR.
_CONTROL = bytes([*range(0, 9), *range(14, 32), 127])
#: An HTML page starts with one of these (after a BOM, spaces, an XML declaration or comments).
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_ANY_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|body|p|div|table|h[1-6]|br)\b", re.IGNORECASE)
_PDF_SUFFIXES = frozenset({".pdf"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})


class Kind(str, Enum):
    """What a file's bytes hold."""

    PDF = "pdf"
    HTML = "html"
    TEXT = "text"
    BINARY = "binary"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Sniffed:
    """A file's :class:`Kind` and, for text and HTML in UTF-16/32 or with a BOM, its codec."""

    kind: Kind
    encoding: str | None = None


def unicode_encoding(data: bytes) -> str | None:
    """The Unicode codec that text bytes are in, by byte-order mark or, without one, by the
    pattern of zero bytes that UTF-16 and UTF-32 give ASCII text; None for 8-bit text.

    >>> unicode_encoding(codecs.BOM_UTF8 + b"Minutes"), unicode_encoding("Minutes".encode("utf-16-be"))
    ('utf-8-sig', 'utf-16-be')
    >>> unicode_encoding("Minutes".encode("utf-32-le")), unicode_encoding(b"Minutes")
    ('utf-32-le', None)
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    sample = data[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8 or b"\x00" not in sample:
        return None
    share = [sample[i:n:4].count(0) / (n // 4) for i in range(4)]
    if min(share[1:]) > 0.9 and share[0] < 0.1:
        return "utf-32-le"
    if min(share[:3]) > 0.9 and share[3] < 0.1:
        return "utf-32-be"
    odd, even = (share[1] + share[3]) / 2, (share[0] + share[2]) / 2
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def decode_wide(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-16 or UTF-32 bytes (with or without a byte-order mark) decoded, with a warning if
    some could not be; None for bytes in neither (8-bit text, UTF-8 with or without a BOM).

    >>> decode_wide("Caf\\u00e9 budget".encode("utf-16"))
    ('Café budget', [])
    >>> decode_wide("Minutes".encode("utf-16-le") + b"A")
    ('Minutes\\ufffd', ['UTF-16-LE text: 1 undecodable bytes replaced'])
    >>> decode_wide(b"Minutes") is None
    True
    """
    encoding = unicode_encoding(data)
    if encoding is None or encoding == "utf-8-sig":
        return None
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    return text, [f"{encoding.upper()} text: {bad} undecodable bytes replaced"] if bad else []


def binary_reason(data: bytes) -> str | None:
    """Why 8-bit bytes are not text (too many control bytes), or None if they may be.

    >>> binary_reason(b"Minutes\\tof the meeting\\r\\n\\x0cPage 2\\n") is None
    True
    >>> binary_reason(bytes(range(256)))
    'binary content, not text (11% control bytes)'
    """
    if not data:
        return None
    controls = len(data) - len(data.translate(None, _CONTROL))
    share = controls / len(data)
    return f"binary content, not text ({share:.0%} control bytes)" if share > MAX_CONTROL_SHARE else None


def _is_pdf(head: bytes) -> bool:
    """A PDF header in the first KB (readers accept leading junk there, as Acrobat does)."""
    return b"%PDF-" in head[:1024] or head.lstrip().startswith(b"%PDF")


def _looks_like_html(text: bytes, suffix: str) -> bool:
    """An HTML page: one that starts like one, or (named as HTML, or unnamed) holds HTML tags."""
    if _HTML_START.match(text):
        return True
    return suffix not in _TEXT_SUFFIXES and _ANY_HTML_TAG.search(text) is not None


def sniff(head: bytes, suffix: str = "") -> Sniffed:
    """What the bytes ``head`` (a file's first :data:`HEAD_BYTES`) hold; ``suffix`` is the file
    name's lower-case extension, used only where the bytes leave a choice (tags in text).

    >>> sniff(b"  \\n", ".txt").kind, sniff(b"Just notes, no tags", ".html").kind
    (<Kind.EMPTY: 'empty'>, <Kind.TEXT: 'text'>)
    >>> sniff(b"Notes with a <b>bold</b> word and <p> tags", ".txt").kind
    <Kind.TEXT: 'text'>
    """
    if _is_pdf(head):
        return Sniffed(Kind.PDF)
    encoding = unicode_encoding(head)
    if encoding is not None:
        text = head.decode(encoding, errors="replace")
        if not text.strip("\ufeff \t\r\n\x00"):
            return Sniffed(Kind.EMPTY)
        ascii_view = text[:HEAD_BYTES].encode("ascii", errors="replace")
        return Sniffed(Kind.HTML if _looks_like_html(ascii_view, suffix) else Kind.TEXT, encoding)
    if not head.strip():
        return Sniffed(Kind.EMPTY)
    if binary_reason(head) is not None:
        return Sniffed(Kind.BINARY)
    return Sniffed(Kind.HTML if _looks_like_html(head, suffix) else Kind.TEXT)


def named_kind(suffix: str) -> Kind | None:
    """The kind a file's extension names, if any.

    >>> named_kind(".PDF".lower()), named_kind(".htm"), named_kind(".bin")
    (<Kind.PDF: 'pdf'>, <Kind.HTML: 'html'>, None)
    """
    if suffix in _PDF_SUFFIXES:
        return Kind.PDF
    if suffix in _HTML_SUFFIXES:
        return Kind.HTML
    if suffix in _TEXT_SUFFIXES:
        return Kind.TEXT
    return None
