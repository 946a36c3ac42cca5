#!/usr/bin/env python3
"""Render each seed text as a PDF and a ModernGov-style HTML page with the same paragraphs.

    python corpus/build_renderings.py            # writes corpus/seeds/<stem>.pdf and .html

The renderings let the gold annotations (written against the text) score the PDF and HTML
readers too: every paragraph of ``<stem>.txt`` appears, in order and with the same words,
in ``<stem>.pdf`` (A4, at least two pages, a running header and a ``Page N of M`` footer,
bullets as bullets, tab-laid-out tables as ruled tables, cover-sheet rows as label/value
rows) and in ``<stem>.html`` (breadcrumb, headings, paragraphs, lists, tables). Nothing
is added that the seed does not say: the running header is neutral and names only the
seed's own title. Output is deterministic (reportlab ``invariant``), so re-running it
rewrites identical files.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation date and document id: identical bytes on every run

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

SEEDS = Path(__file__).resolve().parent / "seeds"

#: Page chrome of the pages the seeds were copied from (not titles).
CHROME = {"home > agenda item", "agenda item", "local democracy", "for general release"}
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BULLET = re.compile(r"^\s*([\u2022\u00b7\uf0b7]|-(?=\s))\s*")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+")
_ROMAN = re.compile(r"^\s*([ivx]{1,5})\.\s+")
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_CAPTION = re.compile(r"^Table\s+\d+\b")

FONT, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEADING, PARA_GAP = 11.5, 16, 9


@dataclass
class Para:
    """One paragraph of a seed: its lines (tabs kept) and how to render it."""

    lines: list[str]
    kind: str = "text"  # text | title | heading | table | cover | bullets | numbered | caption | chrome


def seed_paragraphs(text: str) -> list[Para]:
    """Split a seed into paragraphs at blank (or white-space-only) lines and classify them."""
    paras: list[Para] = []
    cur: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = _TAG.sub("", raw).rstrip("\t ")
        if line.strip(" \t\u00a0"):
            cur.append(line)
        elif cur:
            paras.append(Para(cur))
            cur = []
    if cur:
        paras.append(Para(cur))
    titled = False
    for i, p in enumerate(paras):
        first = p.lines[0].strip(" \u00a0")
        single = len(p.lines) == 1 and len(first) <= 90
        if len(p.lines) >= 2 and all(line.count("\t") >= 2 for line in p.lines):
            p.kind = "table"
        elif any(line.count("\t") == 1 for line in p.lines):
            p.kind = "cover"
        elif len(p.lines) == 1 and first.lower() in CHROME:
            p.kind = "chrome"
        elif len(p.lines) == 1 and _CAPTION.match(first):
            p.kind = "caption"
        elif single and first.isupper() and sum(c.isalpha() for c in first) >= 6:
            p.kind = "heading"
        elif all(_BULLET.match(line) for line in p.lines):
            p.kind = "bullets"
        elif all(_NUMBERED.match(line) or _ROMAN.match(line) for line in p.lines):
            p.kind = "numbered"
        elif single and i < 4 and not first[:1].isdigit() and not first.endswith((".", ":")) and not titled:
            p.kind, titled = "title", True
    return paras


def seed_title(paras: list[Para]) -> str:
    """The seed's own title: the cover sheet's SUBJECT, else its first title-like line."""
    for p in paras:
        for line in p.lines:
            label, _, value = line.partition("\t")
            if label.strip().upper().rstrip(":") == "SUBJECT" and value.strip():
                return value.strip()
    for p in paras:
        if p.kind == "title":
            return p.lines[0].strip()
    return "Agenda item"


# --------------------------------------------------------------------------- PDF


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=LEADING, alignment=TA_LEFT)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=20),
        "caption": ParagraphStyle("caption", parent=body, fontName="Helvetica-Oblique"),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12),
        "cellhead": ParagraphStyle("cellhead", parent=body, fontName=BOLD, fontSize=9.5, leading=12),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD),
    }


def _x(text: str) -> str:
    """Escape text for a reportlab Paragraph (which reads a little XML)."""
    return html.escape(text.replace("\u00a0", " ").strip(), quote=False)


def _bullet_para(line: str, st: dict[str, ParagraphStyle], gap_after: float) -> Paragraph:
    m = _BULLET.match(line)
    assert m
    depth = 1 if line.startswith((" ", "\t")) else 0
    style = ParagraphStyle(
        f"bullet{depth}",
        parent=st["body"],
        leftIndent=16 + 14 * depth,
        bulletIndent=3 + 14 * depth,
        spaceAfter=gap_after,
        bulletFontName=FONT,
    )
    return Paragraph(_x(line[m.end() :]), style, bulletText=m.group(1))


def pdf_story(paras: list[Para], frame_width: float) -> list:
    st = _styles()
    story: list = []
    for p in paras:
        if p.kind == "table":
            rows = [[c.strip() for c in line.split("\t")] for line in p.lines]
            data = [[Paragraph(_x(c), st["cellhead"]) for c in rows[0]]]
            data += [[Paragraph(_x(c), st["cell"]) for c in r] for r in rows[1:]]
            first = frame_width * 0.26
            widths = [first] + [(frame_width - first) / (len(rows[0]) - 1)] * (len(rows[0]) - 1)
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [table, Spacer(1, PARA_GAP)]
            continue
        if p.kind == "cover":
            label_w = 4.6 * cm
            data, spans = [], []
            for i, line in enumerate(p.lines):
                label, tab, value = line.partition("\t")
                if tab:
                    data.append([Paragraph(_x(label), st["label"]), Paragraph(_x(value), st["body"])])
                else:
                    data.append([Paragraph(_x(line), st["body"]), ""])
                    spans.append(("SPAN", (0, i), (1, i)))
            table = Table(data, colWidths=[label_w, frame_width - label_w])
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                        *spans,
                    ]
                )
            )
            story += [table, Spacer(1, PARA_GAP)]
            continue
        for i, line in enumerate(p.lines):
            gap = PARA_GAP if i == len(p.lines) - 1 else 0
            if _BULLET.match(line):
                story.append(_bullet_para(line, st, gap))
                continue
            style = {"title": st["title"], "heading": st["bold"], "caption": st["caption"]}.get(
                p.kind, st["body"]
            )
            story.append(
                Paragraph(_x(line), ParagraphStyle(f"{style.name}{gap}", parent=style, spaceAfter=gap))
            )
    return story


def _numbered_canvas(header: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws the running header and ``Page N of M`` once the page count is known."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, height = A4
                self.setFont(FONT, 9)
                self.drawString(2.8 * cm, height - 1.6 * cm, header)
                self.line(2.8 * cm, height - 1.8 * cm, width - 2.8 * cm, height - 1.8 * cm)
                self.drawCentredString(width / 2, 1.4 * cm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(paras: list[Para], title: str, out: Path) -> int:
    """Write the PDF; returns its page count."""
    margin = 2.8 * cm
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=2.6 * cm,
        bottomMargin=2.4 * cm,
        title=title,
        author="minutesmine seed corpus",
        creator="corpus/build_renderings.py",
        producer="reportlab",
        invariant=1,
    )
    doc.build(
        pdf_story(paras, A4[0] - 2 * margin), canvasmaker=_numbered_canvas(f"Committee papers \u2014 {title}")
    )
    return doc.page


# --------------------------------------------------------------------------- HTML


def _h(text: str) -> str:
    return html.escape(text.replace("\u00a0", " ").strip(), quote=False)


def _list_html(p: Para) -> str:
    if p.kind == "bullets":
        items = "".join(f"<li>{_h(_BULLET.sub('', line))}</li>" for line in p.lines)
        return f'<ul class="mgBulletList">{items}</ul>'
    roman = _ROMAN.match(p.lines[0])
    if roman:
        start = _ROMAN_VALUES.get(roman.group(1), 1)
        items = "".join(f"<li>{_h(_ROMAN.sub('', line))}</li>" for line in p.lines)
        return f'<ol type="i" start="{start}">{items}</ol>'
    start = int(_NUMBERED.match(p.lines[0]).group(1))  # type: ignore[union-attr]
    items = "".join(f"<li>{_h(_NUMBERED.sub('', line))}</li>" for line in p.lines)
    return f'<ol start="{start}">{items}</ol>'


def html_page(paras: list[Para], title: str) -> str:
    body: list[str] = []
    for p in paras:
        first = _h(p.lines[0])
        if p.kind == "chrome":
            if ">" in p.lines[0]:
                body.append(f'<div class="breadcrumb">{first}</div>')
            elif p.lines[0].strip().lower() == "agenda item":
                body.append(f'<h1 class="mgMainTitleTxt">{first}</h1>')
            else:
                body.append(f'<p class="mgSiteTitle">{first}</p>')
        elif p.kind == "title":
            body.append(f'<h2 class="mgSubTitleTxt">{first}</h2>')
        elif p.kind == "heading":
            body.append(f"<h3>{first}</h3>")
        elif p.kind == "caption":
            continue  # the table's <caption>
        elif p.kind == "table":
            rows = [[_h(c) for c in line.split("\t")] for line in p.lines]
            idx = paras.index(p)
            caption = next(
                (
                    q.lines[0].strip()
                    for q in paras[idx + 1 : idx + 2] + paras[idx - 1 : idx]
                    if q.kind == "caption"
                ),
                None,
            )
            parts = ['<table class="mgStatsTable">']
            if caption:
                parts.append(f"<caption>{_h(caption)}</caption>")
            parts.append("<tr>" + "".join(f'<th scope="col">{c}</th>' for c in rows[0]) + "</tr>")
            parts += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]]
            parts.append("</table>")
            body.append("\n".join(parts))
        elif p.kind == "cover":
            rows = []
            for line in p.lines:
                label, tab, value = line.partition("\t")
                if tab:
                    rows.append(f'<tr><td class="mgLabel">{_h(label)}</td><td>{_h(value)}</td></tr>')
                else:
                    rows.append(f'<tr><td colspan="2">{_h(line)}</td></tr>')
            body.append('<table class="mgCoverSheet">\n' + "\n".join(rows) + "\n</table>")
        elif p.kind in {"bullets", "numbered"}:
            body.append(_list_html(p))
        elif p.lines[0].strip().endswith(":") and len(p.lines) == 1 and len(first) < 40:
            body.append(f'<p class="mgSubItemTitleTxt">{first}</p>')
        else:
            body.append('<p class="MsoNormal">' + "<br>\n".join(_h(line) for line in p.lines) + "</p>")
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="DC.title" content="{html.escape(title)}">
<title>{_h(title)}</title>
<style>td, th {{ border: 1px solid #000; }}</style>
</head>
<body>
<header id="page-header"><p>Committee papers</p></header>
<nav class="menu"><ul><li><a href="#">Calendar</a></li><li><a href="#">Committees</a></li></ul></nav>
<div id="modgov">
<div class="mgContent">
{content}
</div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- main


def render(seed: Path) -> tuple[Path, Path, int]:
    text = seed.read_text(encoding="utf-8")
    paras = seed_paragraphs(text)
    title = seed_title(paras)
    pdf_path, html_path = seed.with_suffix(".pdf"), seed.with_suffix(".html")
    pages = write_pdf(paras, title, pdf_path)
    html_path.write_text(html_page(paras, title), encoding="utf-8")
    return pdf_path, html_path, pages


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else SEEDS
    for seed in sorted(folder.glob("*.txt")):
        pdf_path, html_path, pages = render(seed)
        if pages < 2:
            print(f"{seed.name}: only {pages} page(s)", file=sys.stderr)
            return 1
        print(f"{seed.stem}: {pdf_path.name} ({pages} pages), {html_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
