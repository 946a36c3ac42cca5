"""Locate the pipeline assets (``models/``): inside the wheel, or beside the source tree."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["asset_path", "models_dir", "read_jsonl"]


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
    """Records of a JSON Lines asset; blank lines and lines starting with ``//`` are skipped."""
    out = []
    for line in asset_path(*parts).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            out.append(json.loads(line))
    return out
