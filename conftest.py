"""Collection guard: ``minutesmine/web`` is the optional ``web`` extra (Datasette); without
Datasette installed its doctests are not collected (tests/test_web*.py skip themselves)."""

from __future__ import annotations

import importlib.util

collect_ignore_glob = [] if importlib.util.find_spec("datasette") else ["minutesmine/web/*"]
