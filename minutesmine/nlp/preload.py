"""What a worker would otherwise build on its first document, built on import: the batch
forkserver preloads this module, so every worker forked from it starts with the spaCy
pipeline built (~0.3 s each) and the PDF reader's bindings loaded (~0.1 s each), shared
copy-on-write, instead of building its own."""

from __future__ import annotations

import pypdfium2.raw

from minutesmine.nlp import load
from minutesmine.readers.pdf_tables import api

load()
api(pypdfium2.raw)
