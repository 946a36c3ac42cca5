"""Plain-text reader (placeholder until the readers land: paragraphs split on blank lines)."""

from __future__ import annotations

import re
from pathlib import Path

from minutesmine.blocks import Block, ReadError, ReadResult


def read_text(path: Path) -> ReadResult:
    data = path.read_bytes()
    if not data.strip():
        raise ReadError("empty file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\u00a0", " ").replace("\r\n", "\n")
    blocks = [Block(p.strip("\n")) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return ReadResult(blocks=blocks, format="text")
