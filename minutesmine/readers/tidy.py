"""Block-level tidying shared by the readers, for layouts other tools produce.

The same document rendered by a browser, an office suite or a report generator comes out
with different table furniture: a cover sheet drawn as a ruled two-column grid, a data
table split over a page break (its header repeated or not), tab-laid-out rows that lost
their tabs in HTML. These functions turn such blocks back into what the segmenter expects
from any rendering: cover sheets as ``LABEL:<tab>value`` text lines and one table block
per table.
"""

from __future__ import annotations

import re
from collections import Counter

from minutesmine.blocks import Block, TableData
from minutesmine.readers.normalize import fold

__all__ = ["cover_sheets", "is_cover_sheet", "join_split_tables", "row_tables", "tab_tables"]


def is_cover_sheet(grid: list[list[str]]) -> bool:
    """Whether a grid is a report's cover sheet: label/value rows, the labels ending in ``:``.

    The first row is a label row too (a data table's header does not end in a colon).

    >>> is_cover_sheet([["REPORT TO:", "Cabinet"], ["SUBJECT:", "Budget"], ["WARDS:", "All"]])
    True
    >>> is_cover_sheet([["Service", "Managers"], ["Adolescent services", "10"]])
    False
    >>> is_cover_sheet([["Date:", "Item"], ["1", "2", "3"]])
    False
    """
    if not grid or max(len(r) for r in grid) != 2 or not grid[0][0].endswith(":"):
        return False
    labels = [r[0] for r in grid if len(r) == 2]
    return bool(labels) and sum(lab.endswith(":") for lab in labels) >= 0.5 * len(labels)


def cover_sheets(blocks: list[Block]) -> list[Block]:
    """Turn table blocks that are cover sheets into ``label<TAB>value`` text blocks.

    >>> t = TableData(header=["REPORT TO:", "Cabinet"], rows=[["WARDS:", "All"], ["Notes", ""]])
    >>> [b.text for b in cover_sheets([Block("x", kind="table", table=t)])]
    ['REPORT TO:\\tCabinet\\nWARDS:\\tAll\\nNotes']
    """
    out: list[Block] = []
    for b in blocks:
        if b.kind == "table" and b.table is not None and is_cover_sheet([b.table.header, *b.table.rows]):
            lines = ["\t".join(c for c in r if c) for r in [b.table.header, *b.table.rows]]
            out.append(Block("\n".join(x for x in lines if x), page=b.page))
        else:
            out.append(b)
    return out


def join_split_tables(blocks: list[Block]) -> list[Block]:
    """Join a table that a page break split in two: the next block is a table on the next
    page with as many columns; a header repeated on the new page is dropped, and a row the
    page break cut in two is one row again (:func:`_rejoin_row`). A table may run on over
    several pages.

    >>> a = Block("", page=1, kind="table", table=TableData(header=["A", "B"], rows=[["1", "2"]]))
    >>> b = Block("", page=2, kind="table", table=TableData(header=["A", "B"], rows=[["3", "4"]]))
    >>> c = Block("", page=3, kind="table", table=TableData(header=["A", "B"], rows=[["5", "6"]]))
    >>> [(x.table.header, x.table.rows) for x in join_split_tables([a, b, c])]
    [(['A', 'B'], [['1', '2'], ['3', '4'], ['5', '6']])]
    """
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        ends = None if prev is None else prev.last_page or prev.page  # the page prev ends on
        if (
            prev is not None
            and prev.kind == b.kind == "table"
            and prev.table is not None
            and b.table is not None
            and ends is not None
            and b.page == ends + 1
            and len(prev.table.header) == len(b.table.header)
            and not b.table.caption
        ):
            rows = (
                b.table.rows
                if _same_row(b.table.header, prev.table.header)
                else [b.table.header, *b.table.rows]
            )
            table = TableData(
                header=prev.table.header, rows=_rejoin_row(prev.table.rows, rows), caption=prev.table.caption
            )
            text = "\n".join("\t".join(r) for r in [table.header, *table.rows])
            out[-1] = Block(text, page=prev.page, kind="table", table=table, last_page=b.page)
            continue
        out.append(b)
    return out


def _rejoin_row(before: list[list[str]], after: list[list[str]]) -> list[list[str]]:
    """``before`` and ``after`` as one table's rows; ``after``'s first row carries on
    ``before``'s last when a page break cut that row: its first cell is empty and a cell of it
    goes on with a word in lower case (a sentence carried over).

    >>> before = [["Scouts", "Rejected. Committee said that"]]
    >>> _rejoin_row(before, [["", "funding waits."], ["Club", "Approved."]])
    [['Scouts', 'Rejected. Committee said that funding waits.'], ['Club', 'Approved.']]
    >>> _rejoin_row([["Parks", "Mowing"]], [["", "Litter"]])
    [['Parks', 'Mowing'], ['', 'Litter']]
    """
    if not before or not after or len(before[-1]) != len(after[0]):
        return [*before, *after]
    head, last = after[0], before[-1]
    carried = [c.strip() for c in head[1:] if c.strip()]
    if head[0].strip() or not any(c[0].islower() for c in carried):
        return [*before, *after]
    joined = [f"{a} {c}".strip() if c.strip() else a for a, c in zip(last, head, strict=True)]
    return [*before[:-1], joined, *after[1:]]


def _same_row(a: list[str], b: list[str]) -> bool:
    return [fold(x) for x in a] == [fold(x) for x in b]


def tab_tables(blocks: list[Block]) -> list[Block]:
    """Turn runs of >= 2 text lines with the same number (>= 2) of tabs into table blocks.

    The lines may come one per block (one ``<p>`` per line) or several in one block; the
    rest of a block it interrupts stays as text before and after the table.

    >>> bs = [Block("Intro"), Block("Service\\tLocum\\tSalaried"), Block("Care\\t6\\t13\\nEnd")]
    >>> [(b.kind, b.text) for b in tab_tables(bs)]
    [('text', 'Intro'), ('table', 'Service\\tLocum\\tSalaried\\nCare\\t6\\t13'), ('text', 'End')]
    >>> [b.text for b in tab_tables([Block("a\\tb\\tc\\nplain")])]
    ['a\\tb\\tc\\nplain']
    """
    if not any("\t" in b.text for b in blocks if b.kind == "text"):
        return blocks
    # (block index, line) for every line of every text block; (index, None) for other blocks
    flat: list[tuple[int, str | None]] = []
    for i, b in enumerate(blocks):
        if b.kind == "text":
            flat.extend((i, line) for line in b.text.split("\n"))
        else:
            flat.append((i, None))
    in_run: dict[int, int] = {}  # flat index -> run id
    runs: list[list[int]] = []
    k = 0
    while k < len(flat):
        line = flat[k][1]
        n = line.count("\t") if line is not None else 0
        j = k
        while n >= 2 and j + 1 < len(flat) and (flat[j + 1][1] or "").count("\t") == n:
            j += 1
        if j > k:
            for m in range(k, j + 1):
                in_run[m] = len(runs)
            runs.append(list(range(k, j + 1)))
        k = j + 1
    if not runs:
        return blocks
    out: list[Block] = []
    pending: list[str] = []
    pending_from: int | None = None

    def flush_text() -> None:
        nonlocal pending, pending_from
        if pending and pending_from is not None:
            src = blocks[pending_from]
            out.append(Block("\n".join(pending), page=src.page, kind=src.kind, bold=src.bold))
        pending, pending_from = [], None

    for k, (i, line) in enumerate(flat):
        if line is None:
            flush_text()
            out.append(blocks[i])
            continue
        if k in in_run:
            run = runs[in_run[k]]
            if k == run[0]:
                flush_text()
                lines = [flat[m][1] or "" for m in run]
                cells = [[c.strip() for c in ln.split("\t")] for ln in lines]
                table = TableData(header=cells[0], rows=cells[1:])
                out.append(Block("\n".join(lines), page=blocks[i].page, kind="table", table=table))
            continue
        if pending_from is not None and pending_from != i:
            flush_text()
        pending_from = i
        pending.append(line)
    flush_text()
    return out


_FUSED = re.compile(r"^(?P<label>.*\D)\s+(?P<num>[-+£$€]?\d[\d,.]*%?)$")


def _split_fused(rows: list[list[str]]) -> list[list[str]]:
    """Split a figure off a row's first cell where a narrow gap fused it to the label.

    The row has one cell fewer than most rows, its first cell ends in a figure.

    >>> _split_fused([["Care", "19", "6"], ["TOTAL 77", "25"]])
    [['Care', '19', '6'], ['TOTAL', '77', '25']]
    """
    width = Counter(len(r) for r in rows).most_common(1)[0][0]
    out = []
    for r in rows:
        m = _FUSED.match(r[0]) if len(r) == width - 1 else None
        out.append([m.group("label").strip(), m.group("num"), *r[1:]] if m else r)
    return out


def _row_lines(b: Block) -> list[str] | None:
    """A text block's lines if all are rows of 3+ cells (a short tab-less first line is
    the wrapped start of the first cell below it), else None.

    >>> _row_lines(Block("Children with\\ndisabilities\\t7\\t4")), _row_lines(Block("a\\tb"))
    (['Children with disabilities\\t7\\t4'], None)
    """
    if b.kind != "text":
        return None
    lines = b.text.split("\n")
    if len(lines) >= 2 and "\t" not in lines[0] and len(lines[0]) <= 40:
        lines = [f"{lines[0]} {lines[1]}", *lines[2:]]
    return lines if all(line.count("\t") >= 2 for line in lines) else None


def _bridge(b: Block) -> bool:
    """A short tab-less line: the first words of a wrapped first cell (``Children with``)."""
    return b.kind == "text" and "\n" not in b.text and "\t" not in b.text and len(b.text) <= 40


def row_tables(blocks: list[Block]) -> list[Block]:
    """Tables from rows of gap-separated cells (no rulings): consecutive text blocks on one
    page whose lines all have 3+ cells, as an office suite lays out an unruled table (one
    paragraph per row). A short line between two rows is the start of the next row's
    wrapped first cell; a figure fused to its label by a narrow gap is split off.

    >>> texts = ["A\\t1\\t2\\t3", "Children with", "ill\\t3\\t4\\t5", "TOTAL 4\\t6\\t7", "Next"]
    >>> bs = [Block(t, page=1) for t in texts]
    >>> out = row_tables(bs)
    >>> out[0].table.rows, out[1].text
    ([['Children with ill', '3', '4', '5'], ['TOTAL', '4', '6', '7']], 'Next')
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        first = _row_lines(b)
        if first is None:
            out.append(b)
            i += 1
            continue
        lines = list(first)
        j = i + 1
        while j < len(blocks) and blocks[j].page == b.page:
            more = _row_lines(blocks[j])
            if more is not None:
                lines += more
                j += 1
                continue
            after = (
                _row_lines(blocks[j + 1]) if j + 1 < len(blocks) and blocks[j + 1].page == b.page else None
            )
            if _bridge(blocks[j]) and after is not None:
                lines += [f"{blocks[j].text} {after[0]}", *after[1:]]
                j += 2
                continue
            break
        if len(lines) < 2:
            out.append(b)
            i += 1
            continue
        rows = _split_fused([[c.strip() for c in line.split("\t")] for line in lines])
        table = TableData(header=rows[0], rows=rows[1:])
        out.append(Block("\n".join("\t".join(r) for r in rows), page=b.page, kind="table", table=table))
        i = j
    return out
