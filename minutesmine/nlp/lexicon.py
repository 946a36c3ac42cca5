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
    lex = Lexicon()
    units: dict[str, str] = {}
    for name, aliases in read_table(edir / "units.txt"):
        _unit_forms(units, name, name.lower())
        for a in aliases:
            _unit_forms(units, a, name.lower())
    gaz = []
    phrases: set[str] = set()
    for fname, label in GAZETTEER_FILES.items():
        rows = read_table(gdir / fname)
        if not rows:
            continue
        entries = tuple((name, tuple(aliases)) for name, aliases in rows)
        gaz.append(Gazetteer(label, entries))
        for name, aliases in rows:
            for s in (name, *aliases):
                phrases.add(s.lower())
                if label == "ROLE":
                    # a count of staff: "56 team managers" -> "team manager"
                    _unit_forms(units, s, singular(s))
    lex.units = units
    lex.unit_max_words = max((len(k.split()) for k in units), default=1)
    lex.gazetteers = tuple(gaz)
    lex.gazetteer_phrases = frozenset(phrases)
    lex.ambiguous = frozenset(read_list(gdir / "councils_ambiguous.txt"))
    lex.measures = frozenset(w.lower() for w in read_list(edir / "measures.txt"))
    lex.number_words = {}
    for line in read_list(edir / "number_words.txt"):
        word, _, value = line.partition("\t")
        lex.number_words[word.strip().lower()] = int(value)
    determiners = read_list(edir / "number_word_determiners.txt")
    lex.number_word_determiners = frozenset(w.lower() for w in determiners)
    lex.ing_nouns = frozenset(w.lower() for w in read_list(edir / "ing_nouns.txt"))
    lex.modifiers = frozenset(w.lower() for w in read_list(edir / "modifiers.txt"))
    lex.not_units = frozenset(read_list(edir / "not_units.txt"))
    lex.time_adverbials = frozenset(w.lower() for w in read_list(edir / "time_adverbials.txt"))
    lex.stopwords = frozenset(w.lower() for w in read_list(edir / "stopwords.txt"))
    labels = read_list(edir / "number_labels.txt")
    lex.number_labels = frozenset(w for w in labels if w == w.lower())
    lex.number_labels_capitalised = frozenset(w for w in labels if w != w.lower())
    lex.continuation_cues = frozenset(w.lower() for w in read_list(edir / "continuation_cues.txt"))
    lex.implied_units = {}
    for line in read_list(edir / "implied_units.txt"):
        noun, _, unit = line.partition("\t")
        if noun.strip() and unit.strip():
            lex.implied_units[noun.strip().lower()] = unit.strip().lower()
    lex.implied_links = tuple(read_list(edir / "implied_links.txt"))
    lex.speech_verbs = tuple(read_list(edir / "speech_verbs.txt"))
    lex.person_titles = tuple(sorted(read_list(edir / "person_titles.txt"), key=len, reverse=True))
    lex.role_prefixes = tuple(read_list(edir / "role_prefixes.txt"))
    lex.not_names = frozenset(w.lower() for w in read_list(edir / "not_names.txt"))
    lex.heads = {name: (labels[0] if labels else "ORG") for name, labels in read_table(edir / "heads.txt")}
    patterns, macros = [], {}
    path = edir / "patterns.jsonl"
    if path.exists():
        for rec in read_jsonl_file(path):
            if "macro" in rec:
                macros[rec["macro"]] = rec["pattern"]
            else:
                patterns.append(rec)
    lex.patterns, lex.macros = patterns, macros
    return lex
