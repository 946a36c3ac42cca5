"""Rule data for the entity components, read from ``models/entities`` and ``models/gazetteers``.

Everything a rule needs that could change with a new council's wording lives in those
folders as text (one entry a line, ``#`` comments) or JSON Lines; this module only parses
it. :func:`load_lexicon` is cached per folder pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from minutesmine.assets import models_dir, read_jsonl_file
from minutesmine.nlp.normalize import singular

__all__ = ["Gazetteer", "Lexicon", "load_lexicon", "plural", "read_list", "read_table"]

#: Gazetteer file -> label of its entries.
GAZETTEER_FILES: dict[str, str] = {
    "bodies.txt": "ORG",
    "services.txt": "SERVICE",
    "roles.txt": "ROLE",
    "councils.txt": "ORG",
}

_IRREGULAR_PLURAL = {
    "child": "children",
    "person": "people",
    "man": "men",
    "woman": "women",
    "foot": "feet",
    "tooth": "teeth",
    "analysis": "analyses",
    "criterion": "criteria",
    "staff": "staff",
    "data": "data",
}


def read_list(path: Path) -> list[str]:
    """Non-blank, non-comment lines of a text asset (empty when the file is absent)."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.strip())
    return out


def read_table(path: Path) -> list[tuple[str, list[str]]]:
    """Rows ``name<TAB>alias|alias`` of a gazetteer-style asset as ``(name, aliases)``."""
    rows = []
    for line in read_list(path):
        name, _, rest = line.partition("\t")
        aliases = [a.strip() for a in rest.split("|") if a.strip()]
        rows.append((name.strip(), aliases))
    return rows


def plural(phrase: str) -> str:
    """The plural of a unit phrase: its head noun (before of/in/per, else the last word) pluralised.

    >>> plural("case"), plural("priority"), plural("head of service"), plural("child in care")
    ('cases', 'priorities', 'heads of service', 'children in care')
    >>> plural("box"), plural("day"), plural("person")
    ('boxes', 'days', 'people')
    """
    words = phrase.split()
    head = len(words) - 1
    for i, w in enumerate(words):
        if w.lower() in ("of", "in", "per", "with") and i > 0:
            head = i - 1
            break
    w = words[head]
    lw = w.lower()
    if lw in _IRREGULAR_PLURAL:
        p = _IRREGULAR_PLURAL[lw]
    elif re.search(r"[^aeiou]y$", lw):
        p = w[:-1] + "ies"
    elif re.search(r"(?:s|x|z|ch|sh)$", lw):
        p = w + "es"
    else:
        p = w + "s"
    words[head] = p
    return " ".join(words)


@dataclass(frozen=True)
class Gazetteer:
    """Entries of one label: canonical name and the surface forms that mean it."""

    label: str
    entries: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass
class Lexicon:
    """All rule data for the entity components."""

    units: dict[str, str] = field(default_factory=dict)
    unit_max_words: int = 1
    measures: frozenset[str] = frozenset()
    number_words: dict[str, int] = field(default_factory=dict)
    number_word_determiners: frozenset[str] = frozenset()
    ing_nouns: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    not_units: frozenset[str] = frozenset()
    time_adverbials: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    number_labels: frozenset[str] = frozenset()
    number_labels_capitalised: frozenset[str] = frozenset()
    continuation_cues: frozenset[str] = frozenset()
    implied_units: dict[str, str] = field(default_factory=dict)
    implied_links: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    person_titles: tuple[str, ...] = ()
    role_prefixes: tuple[str, ...] = ()
    not_names: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    heads: dict[str, str] = field(default_factory=dict)
    gazetteers: tuple[Gazetteer, ...] = ()
    ambiguous: frozenset[str] = frozenset()
    patterns: list[dict[str, Any]] = field(default_factory=list)
    macros: dict[str, str] = field(default_factory=dict)
    gazetteer_phrases: frozenset[str] = frozenset()

    def is_number_label(self, word: str) -> bool:
        """Whether ``word`` before a number makes it an identifier ("Priority 2", "Year 6")."""
        return word.lower() in self.number_labels or word in self.number_labels_capitalised


def _resolve(folder: str) -> Path:
    p = Path(folder)
    return p if p.is_absolute() else models_dir() / folder


def _unit_forms(units: dict[str, str], surface: str, unit: str) -> None:
    s = surface.lower()
    units.setdefault(s, unit)
    units.setdefault(plural(s), unit)


@lru_cache(maxsize=8)
def load_lexicon(entities: str = "entities", gazetteers: str = "gazetteers") -> Lexicon:
    """Read the rule data; ``entities`` and ``gazetteers`` are folders under ``models/`` (or absolute)."""
    edir, gdir = _resolve(entities), _resolve(gazetteers)
    units = _read_units(edir / "units.txt")
    gaz, phrases = _read_gazetteers(gdir, units)
    labels = read_list(edir / "number_labels.txt")
    patterns, macros = _read_patterns(edir / "patterns.jsonl")
    return Lexicon(
        units=units,
        unit_max_words=max((len(k.split()) for k in units), default=1),
        gazetteers=gaz,
        gazetteer_phrases=phrases,
        ambiguous=frozenset(read_list(gdir / "councils_ambiguous.txt")),
        measures=_lower_set(edir / "measures.txt"),
        number_words=_read_number_words(edir / "number_words.txt"),
        number_word_determiners=_lower_set(edir / "number_word_determiners.txt"),
        ing_nouns=_lower_set(edir / "ing_nouns.txt"),
        modifiers=_lower_set(edir / "modifiers.txt"),
        not_units=frozenset(read_list(edir / "not_units.txt")),
        time_adverbials=_lower_set(edir / "time_adverbials.txt"),
        stopwords=_lower_set(edir / "stopwords.txt"),
        number_labels=frozenset(w for w in labels if w == w.lower()),
        number_labels_capitalised=frozenset(w for w in labels if w != w.lower()),
        continuation_cues=_lower_set(edir / "continuation_cues.txt"),
        implied_units=_read_implied_units(edir / "implied_units.txt"),
        implied_links=tuple(read_list(edir / "implied_links.txt")),
        speech_verbs=tuple(read_list(edir / "speech_verbs.txt")),
        person_titles=tuple(sorted(read_list(edir / "person_titles.txt"), key=len, reverse=True)),
        role_prefixes=tuple(read_list(edir / "role_prefixes.txt")),
        not_names=_lower_set(edir / "not_names.txt"),
        given_names=frozenset(read_list(edir / "given_names.txt")),
        place_words=frozenset(read_list(gdir / "place_words.txt")),
        heads={name: (kinds[0] if kinds else "ORG") for name, kinds in read_table(edir / "heads.txt")},
        patterns=patterns,
        macros=macros,
    )


def _lower_set(path: Path) -> frozenset[str]:
    """The lines of a word list, lower-cased."""
    return frozenset(w.lower() for w in read_list(path))


def _read_units(path: Path) -> dict[str, str]:
    """Surface form (singular and plural, lower case) -> unit, from ``units.txt``."""
    units: dict[str, str] = {}
    for name, aliases in read_table(path):
        _unit_forms(units, name, name.lower())
        for a in aliases:
            _unit_forms(units, a, name.lower())
    return units


def _read_gazetteers(gdir: Path, units: dict[str, str]) -> tuple[tuple[Gazetteer, ...], frozenset[str]]:
    """The gazetteers of :data:`GAZETTEER_FILES` and all their phrases (lower case); each role
    is added to ``units`` too, as a count of staff: "56 team managers" -> "team manager"."""
    gaz = []
    phrases: set[str] = set()
    for fname, label in GAZETTEER_FILES.items():
        rows = read_table(gdir / fname)
        if not rows:
            continue
        gaz.append(Gazetteer(label, tuple((name, tuple(aliases)) for name, aliases in rows)))
        for name, aliases in rows:
            for s in (name, *aliases):
                phrases.add(s.lower())
                if label == "ROLE":
                    _unit_forms(units, s, singular(s))
    return tuple(gaz), frozenset(phrases)


def _read_number_words(path: Path) -> dict[str, int]:
    """Rows ``word<TAB>value``: "three" -> 3."""
    out = {}
    for line in read_list(path):
        word, _, value = line.partition("\t")
        out[word.strip().lower()] = int(value)
    return out


def _read_implied_units(path: Path) -> dict[str, str]:
    """Rows ``noun<TAB>unit``: the unit a count of that noun implies."""
    out = {}
    for line in read_list(path):
        noun, _, unit = line.partition("\t")
        if noun.strip() and unit.strip():
            out[noun.strip().lower()] = unit.strip().lower()
    return out


def _read_patterns(path: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The token patterns of ``patterns.jsonl`` and its macros (rows with a ``macro`` name)."""
    patterns, macros = [], {}
    if path.exists():
        for rec in read_jsonl_file(path):
            if "macro" in rec:
                macros[rec["macro"]] = rec["pattern"]
            else:
                patterns.append(rec)
    return patterns, macros
