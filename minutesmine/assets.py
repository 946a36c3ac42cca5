"""Locate the pipeline assets (``models/``): inside the wheel, or beside the source tree."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["asset_path", "models_dir", "read_jsonl", "read_jsonl_file"]


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """The folder holding patterns, gazetteers, cue phrases and the taxonomy.

    An installed wheel carries it as ``minutesmine/_models``; an editable install or a
    source checkout uses ``models/`` at the repository root.
    """
    here = Path(__file__).resolve().parent
    for cand in (here / "_models", here.parent / "models"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("minutesmine models/ assets not found (broken install?)")


def asset_path(*parts: str) -> Path:
    """Path of one asset file under the models folder."""
    return models_dir().joinpath(*parts)


def read_jsonl(*parts: str) -> list[dict[str, Any]]:
    """Records of a strict JSON Lines asset: one JSON object per non-blank line.

    Anything else (a comment, a broken line) raises ``ValueError`` naming the file and line;
    notes on a file's rows live in ``models/README.md``.
    """
    return read_jsonl_file(asset_path(*parts))


def read_jsonl_file(path: Path) -> list[dict[str, Any]]:
    """:func:`read_jsonl` of a file given by its path (a models folder of the user's own)."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not a JSON object ({exc.msg})") from None
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{number}: not a JSON object")
        out.append(record)
    return out
