"""Importing spaCy without its command line.

``import spacy`` imports ``spacy.cli`` (for ``spacy.info``), which pulls in typer, weasel,
httpx and requests: about 0.2 s of every ``minutesmine`` start-up and worker, for code the
pipeline never runs. :func:`import_spacy` imports spaCy with a stand-in for that one
import, then removes the stand-in, so a later ``import spacy.cli`` (or a call of
``spacy.info``) loads the real command line as usual.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["import_spacy"]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, importing spaCy's command line on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy (if not imported yet) without importing ``spacy.cli``.

    >>> import_spacy()
    >>> import spacy
    >>> spacy.blank("en")("ok").text
    'ok'
    """
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that "spacy.cli.info" resolves to the stand-in below
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
