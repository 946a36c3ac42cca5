"""OCR for PDF pages without a text layer: Tesseract, through pytesseract.

Scanned, signed minutes have no text layer. :func:`ocr_page` renders such a page with
pdfium and reads it with Tesseract, keeping each word's box in PDF points (top-left origin)
and its line's height as the word's size, so the PDF reader lays OCR'd words out into lines,
paragraphs and headings exactly as it does text-layer words. Bullets are read from the image
(:func:`with_bullets`: Tesseract reads a ring as "0" or "Oo"), and the words on a picture, such
as a logo's name or a seal's motto, are left out (:func:`picture_boxes`).

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
BULLET_MISREADS = frozenset({"e", "©", "«", "°", "@", "¢", "*", "=", "■", "§"})
#: Words read with less confidence (0-100) are dropped: specks, logos and stamps read as letters.
MIN_CONFIDENCE = 40.0
#: A run of dark pixels at least this long (in points) is a ruling, not part of a letter.
MIN_RULING_POINTS = 20.0
#: A ruling's pixels are at most this light (0-255; a scanner's grey hairline included) and
#: this much darker than the paper ``FAINT_GAP`` (or twice that) pixels either side of them.
FAINT_LEVEL, FAINT_CONTRAST, FAINT_GAP = 215, 25, 4
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
        Image.fromarray(pixels),
        lang="eng",
        config="--psm 3",
        output_type=pytesseract.Output.DICT,
        timeout=timeout,
    )
    grids = find_grids(edges)
    tables = [tuple(round(v * scale) for v in g.bbox) for g in grids]
    rows = outside_pictures(_line_rows(data), data, picture_boxes(pixels, data, tables, scale))
    words = _words(data, rows, 1 / scale)
    mark_bold(words, _stroke_widths(data, rows, pixels < 128))
    lines = _by_line(words, [len(ks) for ks in rows.values()])
    even_out_bold(lines)
    mend_capital_i(lines)
    words = with_bullets(lines, pixels < 128, scale)
    return OcrPage(words, [(g.bbox, fill_cells(g, words)) for g in grids])


#: Ink darker than this (0-255) is drawn; table shading and highlighting are lighter.
GRAPHIC_LEVEL = 200
#: A picture is traced on cells this many points square that are nearly all ink (``SOLID_SHARE``)
#: outside the words Tesseract read: the bars, fills and frames of a logo, a seal or an emblem,
#: which letters, bullets, signatures and (erased) rulings, all thinner, do not fill.
GRAPHIC_CELL, SOLID_SHARE = 2.0, 0.75
#: A picture is at least this many body words high and wide, and outside the page's ruled tables:
#: the words on or beside it (a logo's name, a seal's motto) are not the minutes' text.
GRAPHIC_LINES = 2.0
#: A drawing that fills this much of its box is a block (a redaction over lines of text, a filled
#: panel), not a picture: the words beside it are the minutes' own.
BLOCK_SHARE = 0.9

PixelBox = tuple[int, int, int, int]  # x0, top, x1, bottom in pixels


def picture_boxes(
    gray: np.ndarray, data: dict[str, list[Any]], tables: list[PixelBox], scale: float
) -> list[PixelBox]:
    """The boxes (pixels) of the pictures on a page image: solid drawings of ink outside the
    words Tesseract read, at least :data:`GRAPHIC_LINES` body words high and wide, not in a
    ruled table.

    >>> gray = np.full((400, 400), 255, dtype=np.uint8)
    >>> gray[100:300, 100:120] = gray[100:300, 280:300] = 170  # a framed emblem's sides
    >>> gray[100:120, 100:300] = gray[280:300, 100:300] = 170
    >>> gray[50:53, 20:380] = 0  # a thin line and a word are not drawings
    >>> data = {"text": ["LOGO"], "level": [5], "left": [150], "top": [180], "width": [100],
    ...         "height": [30]}
    >>> picture_boxes(gray, data, [], 4.0), picture_boxes(gray, data, [(90, 90, 310, 310)], 4.0)
    ([(104, 104, 296, 296)], [])
    """
    ink = gray < GRAPHIC_LEVEL
    heights = []
    for k, text in enumerate(data["text"]):
        if data["level"][k] == 5 and str(text).strip():
            left, top = data["left"][k], data["top"][k]
            ink[top : top + data["height"][k], left : left + data["width"][k]] = False
            heights.append(data["height"][k])
    if not heights:
        return []
    cell = max(1, round(GRAPHIC_CELL * scale))
    rows, cols = ink.shape[0] // cell, ink.shape[1] // cell
    share = ink[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).mean(axis=(1, 3))
    least = GRAPHIC_LINES * sorted(heights)[len(heights) // 2]
    out: list[PixelBox] = []
    solid = share >= SOLID_SHARE
    for r0, c0, r1, c1 in _component_boxes(solid):
        box = (c0 * cell, r0 * cell, c1 * cell, r1 * cell)
        big = box[2] - box[0] >= least and box[3] - box[1] >= least
        block = solid[r0:r1, c0:c1].mean() >= BLOCK_SHARE
        if big and not block and not any(_overlap(box, t) for t in tables):
            out.append(box)
    return out


def _overlap(a: PixelBox, b: PixelBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _component_boxes(grid: np.ndarray) -> list[PixelBox]:
    """The box (first row, first column, end row, end column) of each 8-connected component of
    ``grid``'s True cells (a union-find over the cells, which are few).

    >>> g = np.zeros((5, 6), dtype=bool); g[0, 0] = g[1, 1] = True; g[3:5, 3:6] = True
    >>> sorted(_component_boxes(g))
    [(0, 0, 2, 2), (3, 3, 5, 6)]
    """
    cells = list(zip(*(a.tolist() for a in np.nonzero(grid)), strict=True))
    index = {cell: k for k, cell in enumerate(cells)}
    parent = list(range(len(cells)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k, (r, c) in enumerate(cells):
        for near in ((r, c + 1), (r + 1, c - 1), (r + 1, c), (r + 1, c + 1)):
            j = index.get(near)
            if j is not None:
                parent[root(j)] = root(k)
    boxes: dict[int, list[int]] = {}
    for k, (r, c) in enumerate(cells):
        b = boxes.setdefault(root(k), [r, c, r, c])
        b[0], b[1], b[2], b[3] = min(b[0], r), min(b[1], c), max(b[2], r), max(b[3], c)
    return [(r0, c0, r1 + 1, c1 + 1) for r0, c0, r1, c1 in boxes.values()]


def outside_pictures(rows: Rows, data: dict[str, list[Any]], pictures: list[PixelBox]) -> Rows:
    """Tesseract's lines (``rows``) without those with a word on a picture's box."""

    def on_picture(k: int) -> bool:
        left, top = data["left"][k], data["top"][k]
        box = (left, top, left + data["width"][k], top + data["height"][k])
        return any(_overlap(box, p) for p in pictures)

    return {key: ks for key, ks in rows.items() if not any(on_picture(k) for k in ks)}


def _by_line(words: list[OcrWord], line_lengths: list[int]) -> list[list[OcrWord]]:
    """``words`` cut into Tesseract's lines (``line_lengths`` words each, in order)."""
    out, start = [], 0
    for n in line_lengths:
        out.append(words[start : start + n])
        start += n
    return out


Run = tuple[str, int, int, int]  # orientation "h"/"v", row (or column), first pixel, end pixel


def ruling_runs(gray: np.ndarray, min_px: int) -> list[Run]:
    """Horizontal and vertical rulings drawn on a page image: runs of dark (or faint, thin)
    pixels at least ``min_px`` long (letters are far shorter).

    >>> img = np.full((50, 60), 255, dtype=np.uint8); img[10, 5:55] = 0; img[5:45, 30] = 0
    >>> ruling_runs(img, 30)
    [('h', 10, 5, 55), ('v', 30, 5, 45)]
    """
    out: list[Run] = []
    for orient, image in (("h", gray), ("v", np.ascontiguousarray(gray.T))):
        rows, mask = _line_mask(image, min_px)
        at, starts, ends = _long_runs(mask, min_px)
        out.extend(
            (orient, r, lo, hi)
            for r, lo, hi in zip(rows[at].tolist(), starts.tolist(), ends.tolist(), strict=True)
        )
    return out


def _long_runs(mask: np.ndarray, min_px: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, first column, end column) of each run of ``mask`` pixels at least ``min_px`` long."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)  # row-major: each run's start and end pair up
    _, ends = np.nonzero(step == -1)
    long = (ends - starts) >= min_px
    return rows[long], starts[long], ends[long]


def _line_mask(gray: np.ndarray, min_px: int) -> tuple[np.ndarray, np.ndarray]:
    """The rows that may hold a horizontal ruling (a run of ``min_px`` dark or faint pixels), and
    which of their pixels may belong to one: those of a thin line, with lighter paper a few
    pixels above and below. A grey fill behind a table's header and a solid logo are not lines.

    >>> img = np.full((40, 30), 255, dtype=np.uint8); img[8] = 190; img[12:20] = 230
    >>> img[6:11, 4] = 190  # a crossing line
    >>> img[25:40] = 0  # a solid block
    >>> rows, m = _line_mask(img, 20); rows[m[:, 0]].tolist(), bool(m[rows.tolist().index(8), 4])
    ([8], True)
    """
    faint = gray <= FAINT_LEVEL
    rows = np.unique(_long_runs(faint, min_px)[0])
    g = gray.astype(np.int16)
    mid = g[rows]
    thin = np.zeros(mid.shape, dtype=bool)
    for gap in (FAINT_GAP, 2 * FAINT_GAP):  # a hairline, and a ruling up to 4 points thick
        inside = (rows >= gap) & (rows < len(g) - gap)
        above = g[np.clip(rows - gap, 0, len(g) - 1)]
        below = g[np.clip(rows + gap, 0, len(g) - 1)]
        lighter = (above >= mid + FAINT_CONTRAST) & (below >= mid + FAINT_CONTRAST)
        thin |= lighter & inside[:, None]
    mask = faint[rows] & thin
    return rows, mask | (faint[rows] & _bridged(mask, 4 * FAINT_GAP))


def _bridged(mask: np.ndarray, reach: int) -> np.ndarray:
    """Pixels with a ``mask`` pixel within ``reach`` on both their left and their right: where a
    crossing ruling runs through a line, the paper either side of the line is not lighter."""
    width = mask.shape[1]
    counts = np.zeros((mask.shape[0], width + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=counts[:, 1:])  # counts[:, j]: mask pixels left of column j
    padded = np.pad(counts, ((0, 0), (reach, reach)), mode="edge")
    before = padded[:, reach : reach + width] > padded[:, :width]
    after = padded[:, 2 * reach + 1 : 2 * reach + 1 + width] > padded[:, reach + 1 : reach + 1 + width]
    return before & after


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
                w
                for w in words
                if x0 <= (w.x0 + w.x1) / 2 < x1
                and top <= (w.top + w.bottom) / 2 < bottom
                and not _RULE_CHARS.fullmatch(w.text)
            ]
            texts.append(" ".join(w.text for w in reading_order(inside)))
        out.append(texts)
    return out


def reading_order(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` line by line, left to right: words whose middles lie within half a line's height
    of each other share a line (their tops differ by a pixel or two: "Andrei" and "Garcia")."""
    lines: list[list[OcrWord]] = []
    for w in sorted(words, key=_middle):
        if lines and abs(_middle(w) - _middle(lines[-1][0])) <= (w.bottom - w.top) / 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w.x0)]


def _middle(w: OcrWord) -> float:
    return (w.top + w.bottom) / 2


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


#: A capital I that Tesseract read as a lower-case l (one glyph in sans-serif faces): no English
#: word starts with l and one of these consonants ("lreland", "lqbal", "ltem", "ln").
_L_FOR_I_CONSONANT = re.compile(r"l(?=[cdfgjkmnpqrstvwxz])(?=\w*[aeiouy]|\w$)")
#: ... and before a vowel only in a name: after a capitalised word, before a comma or another
#: capitalised word ("Eleni loannides, Director"; "Ms lona Smith").
_L_FOR_I_VOWEL = re.compile(r"l(?=[aeiou][a-z]+$)")


def mend_capital_i(lines: list[list[OcrWord]]) -> None:
    """Read a lower-case l that opens a word as the capital I it is, where English allows no l.

    >>> ws = [OcrWord(0, 1, 0, 1, t, 10, 90) for t in "lt was Eleni loannides, the loan ltd".split()]
    >>> mend_capital_i([ws]); " ".join(w.text for w in ws)
    'It was Eleni Ioannides, the loan ltd'
    """
    for line in lines:
        for k, w in enumerate(line):
            if _L_FOR_I_CONSONANT.match(w.text) or _in_name(line, k):
                w.text = "I" + w.text[1:]


def _in_name(line: list[OcrWord], k: int) -> bool:
    word = line[k].text.rstrip(",")
    if not _L_FOR_I_VOWEL.match(word) or k == 0:
        return False
    before = line[k - 1].text
    after = line[k + 1].text if k + 1 < len(line) else ""
    capital_before = before[:1].isupper() and before[-1:].isalpha()
    return capital_before and (line[k].text.endswith(",") or after[:1].isupper())


#: A bullet glyph before a line's first word: at most this far before it (in line heights),
#: between these shares of the line's height across and high, about as wide as high, and
#: either mostly ink (a solid dot or square) or a ring around an empty middle (a hollow bullet).
BULLET_REACH, BULLET_SIZE, BULLET_ASPECT = 3.0, (0.2, 0.7), (0.75, 1.33)
BULLET_FILL, RING_FILL, RING_HOLE = 0.6, 0.2, 0.1
#: What Tesseract reads a bullet glyph as ("e", "©", "0", "o", "Oo", "=", '="'), or a column of
#: bullets as a line of its own ("Oo 0 0 0 0"): tokens dropped where the page shows a bullet.
_BULLET_TOKEN = re.compile(r"[eoO0Qc©®«»°@¢*=■§•◦·\"'.,]{1,3}")


class Glyph(str, Enum):
    """What a bullet mark is drawn as, and the character it is written as."""

    SOLID = "\u2022"  # a dot or a filled square
    HOLLOW = "o"  # a ring: a second-level bullet


def with_bullets(lines: list[list[OcrWord]], dark: np.ndarray, scale: float) -> list[OcrWord]:
    """The words of ``lines``, each line that opens after a bullet glyph opened by a bullet word
    in the glyph's box: "•" for a solid one, "o" for a ring (as a word processor's text layer has
    it: kept apart from "•", a second level ends where the first goes on). Whatever Tesseract
    read the glyph as ("e", "0", "Oo", or nothing) is dropped, also when it read a column of
    bullets as a line of its own. Where the page shows no glyph, a misread opening a line of
    words still reads as "•"."""
    found: list[OcrWord | None] = [None] * len(lines)
    for k, line in enumerate(lines):
        first = next((w for w in line if not _BULLET_TOKEN.fullmatch(w.text)), None)
        if first is not None:
            found[k] = _bullet_before(first, dark, scale)
    glyphs = [g for g in found if g is not None]
    out: list[OcrWord] = []
    for line, glyph in zip(lines, found, strict=True):
        words = [w for w in line if not (_BULLET_TOKEN.fullmatch(w.text) and _inside_any(w, glyphs))]
        if glyph is not None:
            out.append(glyph)
        elif len(words) > 1 and words[0].text in BULLET_MISREADS:
            words[0].text = Glyph.SOLID.value
        out.extend(words)
    return out


def _inside_any(word: OcrWord, glyphs: list[OcrWord]) -> bool:
    """Whether ``word``'s middle lies in one of the ``glyphs``' boxes (give or take a point)."""
    x, y = (word.x0 + word.x1) / 2, _middle(word)
    return any(g.x0 - 1 <= x <= g.x1 + 1 and g.top - 1 <= y <= g.bottom + 1 for g in glyphs)


def _bullet_before(word: OcrWord, dark: np.ndarray, scale: float) -> OcrWord | None:
    """A bullet glyph on ``word``'s line, before it and alone there, as a bullet word.

    >>> dark = np.zeros((60, 200), dtype=bool); dark[22:32, 20:30] = True  # a solid dot
    >>> w = OcrWord(60 / 3, 120 / 3, 15 / 3, 45 / 3, "Minutes", 10, 90)
    >>> _bullet_before(w, dark, 3.0).text, _bullet_before(w, np.zeros_like(dark), 3.0)
    ('•', None)
    >>> dark[24:30, 22:28] = False  # a ring: ink around an empty middle
    >>> _bullet_before(w, dark, 3.0).text
    'o'
    """
    height = word.size * scale
    middle = _middle(word) * scale
    top, bottom = max(0, round(middle - 0.55 * height)), round(middle + 0.55 * height)
    right = round(word.x0 * scale) - 1
    left = max(0, right - round(BULLET_REACH * height))
    if height <= 0 or right <= left or bottom <= top:
        return None
    box = dark[top:bottom, left:right]
    cols, rows = np.nonzero(box.any(axis=0))[0], np.nonzero(box.any(axis=1))[0]
    if not len(cols):
        return None
    ink = box[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    glyph = _glyph(ink, height)
    if glyph is None:
        return None
    x0, y0 = (left + cols[0]) / scale, (top + rows[0]) / scale
    x1, y1 = x0 + ink.shape[1] / scale, y0 + ink.shape[0] / scale
    return OcrWord(x0, x1, y0, y1, glyph.value, word.size, word.confidence, word.bold)


def _glyph(ink: np.ndarray, height: float) -> Glyph | None:
    """The bullet that the ink pixels ``ink`` (cropped to their box) draw on a line ``height``
    pixels high, if they draw one."""
    tall, wide = ink.shape
    lo, hi = BULLET_SIZE[0] * height, BULLET_SIZE[1] * height
    if not (lo <= wide <= hi and lo <= tall <= hi and BULLET_ASPECT[0] <= wide / tall <= BULLET_ASPECT[1]):
        return None
    fill = ink.mean()
    middle = ink[tall // 3 : tall - tall // 3, wide // 3 : wide - wide // 3]
    if fill >= RING_FILL and middle.size and middle.mean() <= RING_HOLE:
        return Glyph.HOLLOW
    return Glyph.SOLID if fill >= BULLET_FILL else None


#: A word whose strokes are this much wider than the page's typical word's is bold.
BOLD_STROKE_RATIO = 1.2


def _stroke_widths(data: dict[str, list[Any]], rows: Rows, dark: np.ndarray) -> list[float]:
    """The mean width (pixels) of the dark strokes each kept word's box crosses, row by row, in
    the order :func:`_words` keeps them. Unlike the share of ink in the box, it hardly depends on
    which letters the word has: "Planning" in bold is as far from "Planning" in regular weight
    as "AYES:" is."""
    out: list[float] = []
    for ks in rows.values():
        for k in ks:
            top, left = data["top"][k], data["left"][k]
            box = dark[top : top + data["height"][k], left : left + data["width"][k]].astype(np.int8)
            strokes = int((np.diff(box, axis=1, prepend=0) == 1).sum())
            out.append(float(box.sum()) / strokes if strokes else 0.0)
    return out


def mark_bold(words: list[OcrWord], strokes: list[float]) -> None:
    """Mark words set in a heavier weight: strokes well wider than the page's median word's (of
    three or more characters); a shorter word ("1.", "of") takes the weight of the word after it.

    >>> ws = [OcrWord(0, 1, 0, 1, t, 10, 90) for t in ("1.", "BUDGET", "The", "report", "was", "noted")]
    >>> mark_bold(ws, [9.0, 9.5, 6.0, 6.2, 5.8, 6.1]); [w.bold for w in ws]
    [True, True, False, False, False, False]
    """
    long = sorted(d for w, d in zip(words, strokes, strict=True) if len(w.text) >= 3)
    if not long:
        return
    threshold = BOLD_STROKE_RATIO * long[len(long) // 2]
    for w, d in zip(words, strokes, strict=True):
        w.bold = d >= threshold
    for k in range(len(words) - 2, -1, -1):  # short words: as the next word
        if len(words[k].text) < 3:
            words[k].bold = words[k + 1].bold


#: A line with at least this many words, nearly all of them read as bold, is bold throughout:
#: a word of thin letters ("July") in a bold line measures light.
EVEN_LINE_WORDS, EVEN_BOLD_SHARE = 4, 0.8


def even_out_bold(lines: list[list[OcrWord]]) -> None:
    """Make a line (of Tesseract's ``lines``) bold throughout when nearly all its words are.

    >>> ws = [OcrWord(0, 1, 0, 1, t, 10, 90, b) for t, b in zip("1. June 24, July 8, 2019;".split(),
    ...       [True, True, True, False, True, True])]
    >>> even_out_bold([ws]); all(w.bold for w in ws)
    True
    """
    for line in lines:
        n = len(line)
        if n >= EVEN_LINE_WORDS and sum(w.bold for w in line) >= EVEN_BOLD_SHARE * n:
            for w in line:
                w.bold = True


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
