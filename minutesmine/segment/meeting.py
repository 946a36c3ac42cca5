"""Meeting header: council, committee, date and attendance (placeholder until the structure issue)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Manifest:
    """A sidecar CSV (path, council, committee, date) giving meeting details per file."""

    rows: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, csv_path: str | Path) -> Manifest:
        raise NotImplementedError

    def lookup(self, path: Path) -> dict[str, str] | None:
        return None
