"""Malformed inputs made from real documents, for the fuzz suite (tests/test_fuzz.py) and the
large campaign (benchmarks/robustness.py): byte flips, truncations, garbage behind a %PDF
header, encrypted PDFs, broken HTML, binary content named as text, UTF-16/32 text, empty and
blank files, files under another format's name and spliced halves of two documents.

Every case is ``(name, suffix, bytes)``, made from a seeded ``random.Random``, so a failing
case is reproduced from its name alone.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MUTATIONS", "Case", "cases", "write_cases"]

#: Largest input a mutation makes (a 50 MB file is the campaign's job, not the suite's).
MAX_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    suffix: str
    data: bytes


#: the other source documents (bytes, suffix), and what a mutation makes (bytes, suffix)
Others = list[tuple[bytes, str]]
Made = tuple[bytes, str]
Mutation = Callable[[random.Random, bytes, str, Others], Made]


def _flip(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    out = bytearray(data)
    for _ in range(rng.choice([1, 4, 32, max(1, len(out) // 100)])):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out), suffix


def _truncate(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    return data[: rng.randrange(max(1, len(data)))], suffix


def _garbage_pdf(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    body = rng.randbytes(rng.choice([0, 16, 4096, 200_000]))
    tail = rng.choice([b"", b"\n%%EOF\n", b"\ntrailer\n<< /Root 1 0 R /Size 9999999999 >>\n%%EOF"])
    header = b"%PDF-1." + str(rng.randrange(8)).encode() + b"\n"
    return header + body + tail, rng.choice([".pdf", ".txt", ".html"])


def _pdf_header_on_text(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    return b"%PDF-1.4\n" + data, rng.choice([".pdf", suffix])


def _encrypted(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, encrypt=rng.choice(["secret", ""]) or None)
    text = data[:2000].decode("utf-8", errors="replace").splitlines() or ["Minutes"]
    for i, line in enumerate(text[:40]):
        canvas.drawString(72, 750 - 15 * i, line[:90])
    canvas.save()
    return buf.getvalue(), ".pdf"


def _broken_html(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    text = data.decode("utf-8", errors="replace")
    kind = rng.randrange(4)
    if kind == 0:  # tags cut at random points
        cuts = sorted(rng.randrange(len(text) + 1) for _ in range(8))
        text = "".join(text[a:b] + "<" for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))
    elif kind == 1:  # deep nesting, never closed
        text = "<html><body>" + "<div><table><tr><td>" * rng.choice([50, 2000]) + text
    elif kind == 2:  # a wrong charset declared
        text = '<html><head><meta charset="x-unknown-9"></head><body><p>' + text
    else:  # an unterminated comment or script swallowing the page
        text = "<html><body><p>Minutes</p><!-- " + text if rng.random() < 0.5 else "<script>" + text
    return text.encode("utf-8", errors="replace"), ".html"


def _binary(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    size = rng.choice([1, 100, 65_536, 1_000_000])
    return rng.randbytes(size), rng.choice([".txt", ".html", ".md", ".pdf"])


def _wide(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    text = data.decode("utf-8", errors="replace")
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
    return text.encode(codec, errors="replace"), suffix


def _empty(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    blank = rng.choice([b"", b" ", b"\n\n\t \r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 64])
    return blank, rng.choice([".txt", ".html", ".pdf", ".md"])


def _renamed(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    return data, rng.choice([s for s in (".txt", ".html", ".pdf", ".md") if s != suffix])


def _splice(rng: random.Random, data: bytes, suffix: str, others: Others) -> Made:
    other, other_suffix = rng.choice(others)
    head = data[: rng.randrange(max(1, len(data)))]
    return head + other[rng.randrange(max(1, len(other))) :], rng.choice([suffix, other_suffix])


def _nuls(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    out = bytearray(data)
    for _ in range(rng.choice([1, 10, len(out) // 50 + 1])):
        out.insert(rng.randrange(len(out) + 1), 0)
    return bytes(out), suffix


def _long_line(rng: random.Random, data: bytes, suffix: str, _: Others) -> Made:
    unit = rng.choice([b"a", b"\xc2\xa310m, ", b"12.5% ", b"Councillor Smith asked ", b"(", b"-"])
    return unit * (rng.choice([10_000, 200_000]) // len(unit)), rng.choice([".txt", ".md", ".html"])


MUTATIONS: dict[str, Mutation] = {
    "flip": _flip,
    "truncate": _truncate,
    "garbage_pdf": _garbage_pdf,
    "pdf_header_on_text": _pdf_header_on_text,
    "encrypted": _encrypted,
    "broken_html": _broken_html,
    "binary": _binary,
    "wide": _wide,
    "empty": _empty,
    "renamed": _renamed,
    "splice": _splice,
    "nuls": _nuls,
    "long_line": _long_line,
}


def cases(sources: list[Path], n: int, seed: int = 0) -> Iterator[Case]:
    """``n`` malformed inputs made from ``sources``, the mutations taken in turn."""
    rng = random.Random(seed)
    originals = [(p.read_bytes(), p.suffix.lower()) for p in sources]
    names = sorted(MUTATIONS)
    for i in range(n):
        kind = names[i % len(names)]
        data, suffix = originals[rng.randrange(len(originals))]
        out, out_suffix = MUTATIONS[kind](rng, data, suffix, originals)
        yield Case(f"{i:05d}_{kind}", out_suffix, out[:MAX_BYTES])


def write_cases(folder: Path, sources: list[Path], n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` cases into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in cases(sources, n, seed):
        path = folder / f"{case.name}{case.suffix}"
        path.write_bytes(case.data)
        paths.append(path)
    return paths
