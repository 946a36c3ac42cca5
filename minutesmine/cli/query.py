"""Commands for scrutiny officers over a store: search, themes, timeline, show (themes issue)."""

from __future__ import annotations
