"""Process-tree helpers for the tests and benchmarks that kill a run (psutil)."""

from __future__ import annotations

import psutil


def descendants(pid: int) -> list[int]:
    """Process ids below ``pid`` (none when it has gone)."""
    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
