"""OCR for PDF pages without a text layer: Tesseract, through pytesseract.

Scanned, signed minutes have no text layer. :func:`ocr_page` renders such a page with
pdfium and reads it with Tesseract, keeping each word's box in PDF points (top-left origin)
and its line's height as the word's size, so the PDF reader lays OCR'd words out into lines,
paragraphs and headings exactly as it does text-layer words.

The mode is :class:`OcrMode`: ``auto`` (the default) OCRs pages without text when Tesseract is
installed, ``always`` OCRs every page (a text layer that is garbage), ``never`` only flags them.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np
from PIL import Image

from minutesmine.readers.pdf_tables import Box, Edge, Grid, find_grids

__all__ = ["DPI", "OCR_INSTALL_HINT", "OcrMode", "OcrPage", "OcrWord", "ocr_available", "ocr_page"]

#: Rendering resolution: Tesseract reads body text best at about 300 dpi.
DPI = 300
#: Seconds Tesseract may spend on one page before the page is given up (and flagged).
PAGE_SECONDS = 60.0
#: What Tesseract reads a round bullet as, when it opens a line ("e Perfunctory business").
BULLET_MISREADS = frozenset({"e", "©", "«", "°", "@", "¢", "*"})
#: Words read with less confidence (0-100) are dropped: specks, logos and stamps read as letters.
MIN_CONFIDENCE = 40.0
#: A run of dark pixels at least this long (in points) is a ruling, not part of a letter.
MIN_RULING_POINTS = 20.0
_RULE_CHARS = re.compile(r"[|¦!Il\[\]_—–-]+")
OCR_INSTALL_HINT = "install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr) to OCR them"


class OcrMode(str, Enum):
    """When pages are OCR'd."""

    AUTO = "auto"  # pages without a text layer, when Tesseract is installed
    ALWAYS = "always"  # every page, ignoring the text layer
    NEVER = "never"  # no OCR: pages without text are flagged


@dataclass(slots=True)
class OcrWord:
    """One recognised word: its box and its line's height (the word's size), in PDF points with a
    top-left origin, and Tesseract's confidence (0-100)."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    confidence: float
    bold: bool = False


def ocr_available() -> bool:
    """Whether the Tesseract program and its Python binding are both installed."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(slots=True)
class OcrPage:
    """What OCR read on one page: its words, and its ruled tables as (bbox, rows of cell texts)."""

    words: list[OcrWord]
    tables: list[tuple[Box, list[list[str | None]]]]


def ocr_page(page: Any, *, dpi: int = DPI, timeout: float = PAGE_SECONDS) -> OcrPage:
    """Read one ``pypdfium2.PdfPage`` with Tesseract: words in reading order, and the tables
    ruled on the image (found by the same grid finder as text-layer tables).

    Raises ``RuntimeError`` when Tesseract runs past ``timeout`` seconds.
    """
    import pytesseract

    scale = dpi / 72
    pixels = np.array(page.render(scale=scale, grayscale=True).to_pil().convert("L"))
    runs = ruling_runs(pixels, round(MIN_RULING_POINTS * scale))
    edges = [Edge(o, (r + 0.5) / scale, lo / scale, hi / scale) for o, r, lo, hi in runs]
    erase_runs(pixels, runs)  # Tesseract reads table cells far better without their borders
    data = pytesseract.image_to_data(
        Image.fromarray(pixels), lang="eng", config="--psm 3", output_type=pytesseract.Output.DICT,
        timeout=timeout,
    )
    rows = _line_rows(data)
    words = _words(data, rows, 1 / scale)
    mark_bold(words, _ink(data, rows, pixels < 128))
    return OcrPage(words, [(g.bbox, fill_cells(g, words)) for g in find_grids(edges)])


Run = tuple[str, int, int, int]  # orientation "h"/"v", row (or column), first pixel, end pixel


def ruling_runs(gray: np.ndarray, min_px: int) -> list[Run]:
    """Horizontal and vertical rulings drawn on a page image: runs of dark pixels at least
    ``min_px`` long (letters are far shorter).

    >>> img = np.full((50, 60), 255, dtype=np.uint8); img[10, 5:55] = 0; img[5:45, 30] = 0
    >>> ruling_runs(img, 30)
    [('h', 10, 5, 55), ('v', 30, 5, 45)]
    """
    dark = gray < 128
    out: list[Run] = []
    for orient, mask in (("h", dark), ("v", dark.T)):
        padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = mask
        step = np.diff(padded, axis=1)
        rows, starts = np.nonzero(step == 1)  # row-major: each run's start and end pair up
        _, ends = np.nonzero(step == -1)
        long = (ends - starts) >= min_px
        out.extend(
            (orient, r, lo, hi)
            for r, lo, hi in zip(rows[long].tolist(), starts[long].tolist(), ends[long].tolist(), strict=True)
        )
    return out


def erase_runs(pixels: np.ndarray, runs: list[Run]) -> None:
    """Paint ``runs`` white, in place."""
    for orient, r, lo, hi in runs:
        if orient == "h":
            pixels[r, lo:hi] = 255
        else:
            pixels[lo:hi, r] = 255


def fill_cells(grid: Grid, words: list[OcrWord]) -> list[list[str | None]]:
    """Each cell's words (centre inside the cell) in reading order; ``None`` for covered slots.
    A word that is only a ruling read as a character ("|") is left out."""
    out: list[list[str | None]] = []
    for row in grid.rows:
        texts: list[str | None] = []
        for cell in row:
            if cell is None:
                texts.append(None)
                continue
            x0, top, x1, bottom = cell
            inside = [
                w for w in words
                if x0 <= (w.x0 + w.x1) / 2 < x1 and top <= (w.top + w.bottom) / 2 < bottom
                and not _RULE_CHARS.fullmatch(w.text)
            ]
            inside.sort(key=lambda w: (round(w.top), w.x0))
            texts.append(" ".join(w.text for w in inside))
        out.append(texts)
    return out


Rows = dict[tuple[int, int, int], list[int]]  # Tesseract line -> its kept word rows


def _line_rows(data: dict[str, list[Any]]) -> Rows:
    """Tesseract's rows of the words kept (text, confidence), grouped by its lines, in order."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for k, text in enumerate(data["text"]):
        if str(text).strip() and float(data["conf"][k]) >= MIN_CONFIDENCE:
            key = (data["block_num"][k], data["par_num"][k], data["line_num"][k])
            lines.setdefault(key, []).append(k)
    return lines


def _words(data: dict[str, list[Any]], lines: Rows, to_points: float) -> list[OcrWord]:
    """Tesseract's word rows as :class:`OcrWord` s, each in its own box, sized by its line's height
    (a line's box, not a word's: "a" is shorter than "Th"; Tesseract's lines may also span
    several lines of print, so words are laid out into lines by their own boxes)."""
    boxes = [
        (min(data["top"][k] for k in ks), max(data["top"][k] + data["height"][k] for k in ks))
        for ks in lines.values()
    ]
    sizes = line_sizes([(bottom - top) * to_points for top, bottom in boxes])
    out: list[OcrWord] = []
    for ks, size in zip(lines.values(), sizes, strict=True):
        if len(ks) > 1 and str(data["text"][ks[0]]).strip() in BULLET_MISREADS:
            data["text"][ks[0]] = "•"
        for k in ks:
            left, width = data["left"][k], data["width"][k]
            out.append(
                OcrWord(
                    x0=left * to_points,
                    x1=(left + width) * to_points,
                    top=data["top"][k] * to_points,
                    bottom=(data["top"][k] + data["height"][k]) * to_points,
                    text=str(data["text"][k]).strip(),
                    size=size,
                    confidence=float(data["conf"][k]),
                )
            )
    return out


#: A word whose ink covers this much more of its box than the page's typical word is bold.
BOLD_INK_RATIO = 1.2


def _ink(data: dict[str, list[Any]], rows: Rows, dark: np.ndarray) -> list[float]:
    """The share of dark pixels in each kept word's box, in the order :func:`_words` keeps them."""
    out: list[float] = []
    for ks in rows.values():
        for k in ks:
            top, left = data["top"][k], data["left"][k]
            box = dark[top : top + data["height"][k], left : left + data["width"][k]]
            out.append(float(box.mean()) if box.size else 0.0)
    return out


def mark_bold(words: list[OcrWord], ink: list[float]) -> None:
    """Mark words set in a heavier weight: ink well above the page's median word (of three or
    more characters); a shorter word ("1.", "of") takes the weight of the word after it.

    >>> ws = [OcrWord(0, 1, 0, 1, t, 10, 90) for t in ("1.", "BUDGET", "The", "report", "was", "noted")]
    >>> mark_bold(ws, [0.5, 0.45, 0.3, 0.31, 0.29, 0.3]); [w.bold for w in ws]
    [True, True, False, False, False, False]
    """
    long = sorted(d for w, d in zip(words, ink, strict=True) if len(w.text) >= 3)
    if not long:
        return
    threshold = BOLD_INK_RATIO * long[len(long) // 2]
    for w, d in zip(words, ink, strict=True):
        w.bold = d >= threshold
    for k in range(len(words) - 2, -1, -1):  # short words: as the next word
        if len(words[k].text) < 3:
            words[k].bold = words[k + 1].bold


#: Line heights within this band around the page's median are body text of one size: a
#: line of digits or capitals is shorter than one with ascenders and descenders.
BODY_BAND = (0.7, 1.25)


def line_sizes(heights: list[float]) -> list[float]:
    """Font sizes of a page's OCR lines from their heights: heights near the page's median
    read as that median (one body size), others (headings, footnotes) as they are.

    >>> line_sizes([11.0, 8.0, 11.5, 18.0, 10.5])
    [11.0, 11.0, 11.0, 18.0, 11.0]
    """
    if not heights:
        return []
    body = sorted(heights)[len(heights) // 2]
    lo, hi = BODY_BAND[0] * body, BODY_BAND[1] * body
    return [body if lo <= h <= hi else h for h in heights]
