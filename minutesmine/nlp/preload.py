"""Builds the spaCy pipeline on import: the batch forkserver preloads this module, so every
worker forked from it starts with the pipeline built (copy-on-write) instead of building
its own (~0.3 s each)."""

from __future__ import annotations

from minutesmine.nlp import load

load()
