"""Pages of real PDFs rewritten with words they never held: benchmark content not seen before.

A speed figure taken on an archive that repeats a few source documents flatters any cache
that remembers text. :class:`Rewriter` copies pages of the source PDFs and replaces each
text object with one saying something else in the same place, at the same size and weight:

* a number keeps its number of digits and gets new ones, a year stays in its century and
  a one- or two-digit number stays a day of the month ("2019" -> "2073", "14" -> "9");
* a name (a word the sources only write capitalised) becomes a new name of the same
  length, the front of one of the sources' names and the back of another ("Patel",
  "Morrison" -> "Parrison");
* another word outside the common vocabulary becomes another such word of the same length,
  capitalised as it was ("caseload" -> "planning");
* the common vocabulary is kept: words that several source documents use ("the",
  "asked"), the words of minutesmine's own rules and gazetteers under ``models/``
  ("resolved", "councillor", "mayor", "fostering") and the names of months and weekdays,
  so headings, numbering and cue phrases still read as minutes.

Rulings, images and the page size are kept (the page is imported whole and only its text
objects are replaced), and every replacement has the length of the word it replaces, so
line lengths and columns stay where they were. Text is set in the PDF standard fonts
(Helvetica, Helvetica-Bold), whose encoding covers Latin-1 plus the quotes and dashes minutes
use; a character outside it is written as "?".
"""

from __future__ import annotations

import ctypes
import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

#: Words kept as they are: those (lower-cased) that this many source documents use.
COMMON_IN = 4

CALENDAR = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july"),
        *("august", "september", "october", "november", "december"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    }
)

_WORD = re.compile(r"[A-Za-z]+|[0-9]+")
_ENCODABLE = re.compile(r"[^\x20-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]")


@dataclass
class Run:
    """One text object of a source page: its text, matrix, size and weight."""

    text: str
    matrix: tuple[float, float, float, float, float, float]
    size: float
    bold: bool


def page_runs(page: Any) -> list[Run]:
    """The text objects of a pypdfium2 page, in content order."""
    textpage = page.get_textpage()
    runs = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=1):
        n = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
        buf = ctypes.create_string_buffer(n * 2)
        raw.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
        text = buf.raw.decode("utf-16-le", errors="replace").rstrip("\0")
        matrix = raw.FS_MATRIX()
        raw.FPDFPageObj_GetMatrix(obj.raw, matrix)
        size = ctypes.c_float()
        raw.FPDFTextObj_GetFontSize(obj.raw, size)
        font = raw.FPDFTextObj_GetFont(obj.raw)
        name = ctypes.create_string_buffer(128)
        raw.FPDFFont_GetBaseFontName(font, name, 128)
        bold = b"bold" in name.value.lower() or raw.FPDFFont_GetWeight(font) >= 600
        m = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        runs.append(Run(text, m, size.value, bold))
    textpage.close()
    return runs


class Rewriter:
    """Rewrites runs of text with new words (see the module docstring); ``seed`` fixes them."""

    def __init__(self, documents: Iterable[Iterable[str]], seed: int, models: Path | None = None) -> None:
        uses: Counter[str] = Counter()
        lower: set[str] = set()
        for texts in documents:
            uses.update({w.lower() for t in texts for w in _WORD.findall(t) if w.isalpha()})
            lower.update(w for t in texts for w in _WORD.findall(t) if w.islower())
        self.common = {w for w, n in uses.items() if n >= COMMON_IN} | CALENDAR
        if models is not None:
            self.common |= rule_words(models)
        self.by_length: dict[int, list[str]] = {}
        for w in sorted(lower - self.common):
            self.by_length.setdefault(len(w), []).append(w)
        self.names = sorted(w for w in uses if w not in lower and w not in self.common and len(w) > 2)
        self.rng = random.Random(seed)

    def text(self, text: str) -> str:
        return _WORD.sub(self._word, text)

    def _word(self, m: re.Match[str]) -> str:
        word = m.group()
        rng = self.rng
        if word.isdigit():
            return _number(word, rng)
        if word.lower() in self.common:
            return word
        key = word.lower()
        if key in self.by_length.get(len(word), ()) or not self.names:
            pool = self.by_length.get(len(word))
            new = rng.choice(pool) if pool else key
        else:
            new = self._name(len(word))
        if word.isupper() and len(word) > 1:
            return new.upper()
        return new.capitalize() if word[0].isupper() else new

    def _name(self, length: int) -> str:
        """The front of one source name and the back of another, ``length`` letters in all."""
        rng = self.rng
        cut = rng.randint(1, max(1, length - 1))
        for _ in range(20):
            front, back = rng.choice(self.names), rng.choice(self.names)
            if len(front) >= cut and len(back) >= length - cut:
                return (front[:cut] + back[len(back) - (length - cut) :])[:length]
        return rng.choice(self.names)[:length].ljust(length, "n")


def rule_words(models: Path) -> set[str]:
    """The lower-cased words written in the rule files (JSON Lines) under ``models``."""
    words: set[str] = set()
    for path in models.rglob("*.jsonl"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}", path.read_text(encoding="utf-8")))
    return words


def _number(digits: str, rng: random.Random) -> str:
    if len(digits) <= 2:
        return str(rng.randint(1, 28)).zfill(len(digits))
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return digits[:2] + str(rng.randint(0, 99)).zfill(2)
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in digits[1:])


def rewrite_pages(new: Any, runs: list[list[Run]], rewriter: Rewriter) -> None:
    """Replace every text object of the document ``new`` (whose pages carry ``runs``, page by
    page) with a standard-font object saying the rewritten text in the same place."""
    fonts = {
        bold: raw.FPDFText_LoadStandardFont(new.raw, b"Helvetica-Bold" if bold else b"Helvetica")
        for bold in (False, True)
    }
    for index, page_runs_ in enumerate(runs):
        page = new[index]
        for obj in list(page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=1)):
            page.remove_obj(obj)
            obj.close()
        for run in page_runs_:
            _add_text(new, page, fonts[run.bold], run, rewriter.text(run.text))
        page.gen_content()
        page.close()


def _add_text(new: Any, page: Any, font: Any, run: Run, text: str) -> None:
    obj = raw.FPDFPageObj_CreateTextObj(new.raw, font, ctypes.c_float(run.size))
    encoded = (_ENCODABLE.sub("?", text) + "\0").encode("utf-16-le")
    buf = ctypes.create_string_buffer(encoded, len(encoded))
    raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_SetMatrix(obj, ctypes.byref(raw.FS_MATRIX(*run.matrix)))
    raw.FPDFPage_InsertObject(page.raw, obj)


def source_runs(path: Path) -> list[list[Run]]:
    """Every page's text objects of a source PDF."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [page_runs(pdf[i]) for i in range(len(pdf))]
    finally:
        pdf.close()
