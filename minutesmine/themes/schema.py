"""The taxonomy file format as pydantic models: a file is validated before it is compiled.

A typo in a key ("treshold", "synonym") or a weight outside (0, 1] is reported with its
place in the file instead of being ignored. ``minutesmine taxonomy check FILE`` prints
these errors; :func:`~minutesmine.themes.taxonomy.load_taxonomy` raises them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Defaults", "Examples", "SynonymSpec", "TaxonomyFile", "ThemeSpec"]

Weight = Annotated[float, Field(gt=0, le=1.0)]
Phrases = str | list[str] | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SynonymSpec(_Strict):
    """One synonym: exactly one of ``phrase``, ``near`` or ``regex``, and its options."""

    phrase: str | None = None
    near: list[str] | None = None
    regex: str | None = None
    weight: Weight = 1.0
    window: Annotated[int, Field(ge=0)] = 8
    context: Phrases = None
    section_context: Phrases = None
    exclude: Phrases = None
    exclude_window: Annotated[int, Field(ge=0)] = 0
    fuzzy: bool = True
    in_names: bool = True

    @model_validator(mode="after")
    def _one_form(self) -> SynonymSpec:
        forms = [f for f in ("phrase", "near", "regex") if getattr(self, f) is not None]
        if len(forms) != 1:
            raise ValueError(f"a synonym needs exactly one of phrase, near, regex (has {forms or 'none'})")
        if self.near is not None and len(self.near) < 2:
            raise ValueError("'near' needs two or more phrases")
        return self


class Examples(_Strict):
    """Sentences the tests and ``taxonomy check`` run: positive ones alone reach the
    theme's threshold, negative ones do not."""

    positive: list[str] = []
    negative: list[str] = []


class ThemeSpec(_Strict):
    """One theme of a taxonomy file."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    label: str | None = None
    description: str = ""
    threshold: Annotated[float, Field(gt=0)] | None = None
    synonyms: Annotated[list[str | SynonymSpec], Field(min_length=1)]
    examples: Examples = Examples()


class Defaults(_Strict):
    """Scoring settings; a file loaded after the first only sets its own themes' threshold."""

    threshold: Annotated[float, Field(gt=0)] = 1.0
    title_weight: Annotated[float, Field(ge=0)] = 1.5
    repeat_factor: Annotated[float, Field(ge=0, le=1)] = 0.5
    max_repeats: Annotated[int, Field(ge=1)] = 1_000_000
    fuzzy_cutoff: Annotated[float, Field(ge=0, le=100)] = 90
    fuzzy_min_chars: Annotated[int, Field(ge=1)] = 7
    figure_labels: list[str] = ["MONEY", "PERCENT", "QUANTITY"]
    #: a theme of this file is an item's only when its evidence is at least this share of
    #: the strongest evidence of a theme of the same file in the item (0: no such rule)
    min_share: Annotated[float, Field(ge=0, le=1)] = 0.0
    #: phrases that drop any hit of this file's synonyms within ``exclude_window`` words
    exclude: Phrases = None
    exclude_window: Annotated[int, Field(ge=0)] = 0


class TaxonomyFile(_Strict):
    """A taxonomy file (``models/taxonomy.json``, ``models/taxonomy_local.json``, a user's)."""

    version: int = 1
    #: the name of the file's set of themes (for ``min_share``); default: its themes' own set
    family: str = ""
    about: str = ""
    defaults: Defaults = Defaults()
    contexts: dict[str, list[str]] = {}
    themes: Annotated[list[ThemeSpec], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_ids(self) -> TaxonomyFile:
        ids = [t.id for t in self.themes]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate theme ids: {', '.join(dupes)}")
        return self
