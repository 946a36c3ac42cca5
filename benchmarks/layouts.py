"""Other page layouts councils print their minutes in, to render the held-out text forms with.

``corpus/build_renderings.py`` draws one layout (single column, Helvetica, headings in bold
capitals). The layouts here print the same paragraphs, in order and with the same words, the way
other real minutes are printed:

- ``margin``: "printed minutes" (ModernGov/CMIS): an item's number sits in a left margin column
  with its title in bold beside it, body paragraphs are indented to the title, numbered paragraphs
  hang their number in the margin;
- ``serif``: a Times body, justified, headings in bold sentence case, a running header naming the
  council and a ``Page N`` footer on every page, attendance lists as a borderless two-column
  table (role | name);
- ``compact``: a small font with tight leading (a US clerk's minutes at 9 pt).

    write_layout(paras, title, out, "margin")
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))

import build_renderings as br
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_PARA_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?|[ivx]{1,5}\.|\([a-z0-9]{1,3}\))\s+")
_COUNCIL = re.compile(
    r"\b(?:council|board|commission|shire|county|borough|city|town|township|district|parish)\b", re.IGNORECASE
)
LAYOUTS = ("margin", "serif", "compact")
_ITEM = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?\.?|[A-Z]\.|\(\d{1,2}\))\s+(\S.*)$")
_ROLE = re.compile(
    r"^(?:Councillors?|Cllr\.?|Mayor|Deputy Mayor|Alderman|Commissioner|Trustee|Director|Member)\s"
)


_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _heading_case(text: str) -> str:
    """A capitals heading as printed in mixed case: a numbered item in title case ('6.1 QUARTERLY
    BUDGET REVIEW' -> '6.1 Quarterly Budget Review'), any other in sentence case ('DECLARATIONS OF
    INTEREST' -> 'Declarations of interest'); a word with a digit (a reference) is kept as it is.

    >>> _heading_case("6.1 DEVELOPMENT APPLICATION DA2023/118 - LOT 12")
    '6.1 Development Application DA2023/118 - Lot 12'
    >>> _heading_case("DECLARATIONS OF INTEREST")
    'Declarations of interest'
    >>> _heading_case("LG/24/033 MINUTES OF COUNCIL MEETING")  # a minute reference numbers it too
    'LG/24/033 Minutes of Council Meeting'
    """
    if not text.isupper():
        return text
    numbered = any(c.isdigit() for c in text.split(" ")[0])
    words = []
    for word in text.split(" "):
        if any(c.isdigit() for c in word) or not word:
            words.append(word)
        elif (
            not words or not any(w[:1].isalpha() for w in words) or (numbered and word.lower() not in _MINOR)
        ):
            words.append(word.capitalize())
        else:
            words.append(word.lower())
    return " ".join(words)


def _is_item(p: br.Para) -> re.Match[str] | None:
    """An item heading: one short line that starts with a number ('4. Planning Applications')."""
    if len(p.lines) != 1 or len(p.lines[0]) > 90:
        return None
    m = _ITEM.match(p.lines[0])
    if not m or ":" in m.group(2) or m.group(2).rstrip().endswith((".", ";", ",", "-")):
        return None
    return m


def _attendance(p: br.Para) -> list[tuple[str, str]] | None:
    """A list of members ('Councillor Ann Lee (Chair)') as (role, name) rows, else None."""
    if len(p.lines) < 3 or not all(_ROLE.match(line.strip()) for line in p.lines[1:]):
        return None
    rows = []
    for line in p.lines[1:]:
        role, _, name = line.strip().partition(" ")
        rows.append((role, name))
    return rows


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


def _margin_story(paras: list[br.Para], width: float) -> list:
    """Item numbers in a 1.6 cm margin column, titles bold beside them, bodies indented."""
    gutter = 1.6 * cm
    body = _style("mbody", "Helvetica", 10.5, 14, leftIndent=gutter, spaceAfter=7)
    bold = _style("mbold", "Helvetica-Bold", 10.5, 14)
    story: list = []
    for p in paras:
        m = _is_item(p)
        if m:
            row = [[Paragraph(br._x(m.group(1)), bold), Paragraph(br._x(m.group(2)), bold)]]
            t = Table(row, colWidths=[gutter, width - gutter])
            t.setStyle(
                TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            )
            story += [t, Spacer(1, 4)]
            continue
        if p.kind in {"table", "cover"}:
            story += br.pdf_story([p], width)
            continue
        for i, line in enumerate(p.lines):
            gap = 7 if i == len(p.lines) - 1 else 0
            num = _PARA_NUMBER.match(line)
            if num:
                # a minute's paragraph number ("4.5") in the margin column, a list point's hanging in the body
                margin = bool(re.match(r"\s*\d{1,2}\.\d", line))
                indent = gutter if margin else gutter + 0.9 * cm
                st = ParagraphStyle(
                    f"hang{gap}{margin}",
                    parent=body,
                    leftIndent=indent,
                    bulletIndent=0 if margin else gutter,
                    spaceAfter=gap,
                )
                story.append(Paragraph(br._x(line[num.end() :]), st, bulletText=num.group(0).strip()))
                continue
            bullet = br._BULLET.match(line)
            if bullet:
                st = ParagraphStyle(f"mb{gap}", parent=body, leftIndent=gutter + 16, bulletIndent=gutter + 3)
                story.append(Paragraph(br._x(line[bullet.end() :]), st, bulletText=bullet.group(1)))
                continue
            font = "Helvetica-Bold" if p.kind in {"title", "heading"} else "Helvetica"
            st = ParagraphStyle(f"m{font}{gap}", parent=body, fontName=font, spaceAfter=gap)
            if p.kind in {"title", "heading"}:
                st.leftIndent = 0
            story.append(Paragraph(br._x(line), st))
    return story


def _serif_story(paras: list[br.Para], width: float, size: float, leading: float) -> list:
    """Times, justified, bold sentence-case headings, attendance as a borderless role | name table."""
    body = _style("sbody", "Times-Roman", size, leading, alignment=TA_JUSTIFY, spaceAfter=leading * 0.5)
    bold = ParagraphStyle("sbold", parent=body, fontName="Times-Bold", alignment=TA_LEFT)
    story: list = []
    for p in paras:
        rows = _attendance(p)
        if rows:
            story.append(Paragraph(br._x(p.lines[0]), bold))
            cells = [[Paragraph(br._x(r), body), Paragraph(br._x(n), body)] for r, n in rows]
            t = Table(cells, colWidths=[3.6 * cm, width - 3.6 * cm])
            t.setStyle(
                TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
            )
            story += [t, Spacer(1, leading * 0.5)]
            continue
        if p.kind in {"table", "cover"}:
            story += br.pdf_story([p], width)
            continue
        heading = p.kind in {"title", "heading"} or _is_item(p) is not None
        for i, line in enumerate(p.lines):
            gap = leading * 0.5 if i == len(p.lines) - 1 else 0
            if br._BULLET.match(line):
                story.append(br._bullet_para(line, {"body": body}, gap))
                continue
            text = _heading_case(line.strip()) if p.kind == "heading" else line
            st = ParagraphStyle(f"s{heading}{gap}", parent=bold if heading else body, spaceAfter=gap)
            story.append(Paragraph(br._x(text), st))
    return story


def _footer_canvas(header: str, font: str):
    """Running header (the council) and ``Page N`` on every page."""

    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawRightString(width - doc.rightMargin, height - 1.5 * cm, header)
        canvas.drawCentredString(width / 2, 1.3 * cm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def write_layout(paras: list[br.Para], title: str, out: Path, layout: str) -> int:
    """Write ``paras`` as a PDF in ``layout`` (one of LAYOUTS); returns its page count."""
    page = LETTER if layout == "compact" else A4
    margin = 2.0 * cm if layout == "compact" else 2.5 * cm
    width = page[0] - 2 * margin
    if layout == "margin":
        story = _margin_story(paras, width)
    else:
        size, leading = (9, 10.5) if layout == "compact" else (11.5, 14)
        story = _serif_story(paras, width, size, leading)
    council = next(
        (line.strip() for p in paras[:3] for line in p.lines if len(line) < 80 and _COUNCIL.search(line)),
        "Committee papers",
    )
    doc = SimpleDocTemplate(
        str(out),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=2.4 * cm,
        bottomMargin=2.2 * cm,
        title=title,
        invariant=1,
    )
    draw = _footer_canvas(council, "Times-Roman" if layout != "margin" else "Helvetica")
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return doc.page
