"""The theme taxonomy: themes and their weighted synonyms, loaded from ``models/taxonomy.json``.

The taxonomy is data: a user adds a theme or a synonym by editing the JSON (or by passing
another file to :func:`load_taxonomy`), never Python. See the ``about`` field of the file
for the synonym forms (phrase, near, regex) and how their weights are combined.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from minutesmine.assets import asset_path
from minutesmine.themes.schema import TaxonomyFile

__all__ = [
    "SHIPPED",
    "Rule",
    "Taxonomy",
    "Theme",
    "load_taxonomies",
    "load_taxonomy",
    "merge_taxonomies",
    "normalise_word",
    "read_taxonomy",
    "resolve_taxonomy",
    "tokenize",
]

#: the taxonomy files shipped in ``models/``, loaded in this order
SHIPPED = ("taxonomy.json", "taxonomy_local.json")

#: A word: letters/digits, with an optional apostrophe suffix ("children's").
TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")

_IRREGULAR = {"children": "child", "people": "person", "women": "woman", "men": "man", "staffs": "staff"}
_NO_S_STRIP = ("ss", "us", "is")


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """Lower-case a word, drop a possessive and fold plurals to the singular.

    >>> [normalise_word(w) for w in ["Carers", "caseloads", "vacancies", "children's", "process"]]
    ['carer', 'caseload', 'vacancy', 'child', 'process']
    >>> [normalise_word(w) for w in ["searches", "boxes", "status", "analysis", "CP"]]
    ['search', 'box', 'status', 'analysis', 'cp']
    """
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2] if w.endswith("'s") else w[:-1]
    elif "'" in w:
        w = w.split("'", 1)[0]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w.isdigit():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(_NO_S_STRIP):
        return w[:-1]
    return w


class _Normalised(dict[str, str]):
    """``normalise_word`` memoised per raw word; ``map(cache.__getitem__, words)`` runs in C."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        got = self[word] = normalise_word(word)
        return got


_NORMALISED = _Normalised()
#: ``TOKEN_RE`` as one capturing group: ``split`` alternates gaps and words
_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")


def split_tokens(text: str) -> list[str]:
    """``text`` cut before and after each word: gap, word, gap, ..., word, gap.

    >>> split_tokens("Carers' reviews.")
    ['', 'Carers', "' ", 'reviews', '.']
    """
    return _SPLIT_RE.split(text)


class _NormalisedBytes(dict[bytes, str]):
    """``normalise_word`` memoised per raw word as ASCII bytes (see :func:`span_words`)."""

    def __missing__(self, word: bytes) -> str:
        if len(self) > 200_000:
            self.clear()
        got = self[word] = normalise_word(word.decode("ascii"))
        return got


_NORMALISED_BYTES = _NormalisedBytes()
#: the characters of a word (``TOKEN_RE``)
_WORD_CHARS = frozenset(string.ascii_letters + string.digits + "'\u2019")
#: bytes: word characters kept (the apostrophe ’ is ' by then), any other byte a space
_WORD_BYTES = bytes(c if chr(c) in _WORD_CHARS else 32 for c in range(256))
_BYTES_TOKEN_RE = re.compile(rb"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def span_words(
    text: str, spans: list[tuple[int, int]]
) -> tuple[list[tuple[int, int, int, int]], list[str]] | None:
    """The words of ``tokenize(text)`` that start inside each of ``spans``: the spans that
    have some, as ``(start, end, a, b)``, and the words, ``words[a:b]`` for each span one
    after the other. None when a span starts or ends inside a word.

    When no span starts or ends inside a word, a span's words are the words of its own
    text (a word is read left to right, never looking behind). The text is read as ASCII
    bytes, one per character: a character that is not a letter or a digit is no part of a
    word, so it may become "?" (and the apostrophe ’ '); the bytes that are not word
    characters become spaces, so that ``split`` cuts out the words, except where an
    apostrophe needs ``TOKEN_RE``.

    >>> span_words("Foster carers’ views. Ofsted’s visit, ‘good’", [(0, 21), (22, 44)])
    ([(0, 21, 0, 3), (22, 44, 3, 6)], ['foster', 'carer', 'view', 'ofsted', 'visit', 'good'])
    >>> span_words("Foster carers", [(0, 8)]) is None
    True
    """
    n = len(text)
    plain = text.replace("\u2019", "'") if "\u2019" in text else text
    data = plain.encode("ascii", "replace").translate(_WORD_BYTES)
    apostrophe = b"'" in data
    raw: list[bytes] = []
    out = []
    for s, e in spans:
        # a span edge between two word characters (32, a space, is no word character)
        if (
            s < 0
            or e > n
            or (0 < s < n and data[s - 1] != 32 != data[s])
            or (0 < e < n and data[e - 1] != 32 != data[e])
        ):
            return None
        a = len(raw)
        chunk = data[s:e]
        if apostrophe and b"'" in chunk:
            raw += _BYTES_TOKEN_RE.findall(chunk)  # the words of its pieces, one after the other
        else:
            raw += chunk.split()
        if len(raw) > a:
            out.append((s, e, a, len(raw)))
    return out, list(map(_NORMALISED_BYTES.__getitem__, raw))


def token_arrays(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of ``text`` (normalised), their start and their end offsets: the columns
    of :func:`tokenize`, computed without a Python loop over the regex matches (``split``
    alternates gaps and words; running sums of the pieces' lengths are the offsets).

    >>> token_arrays("In-house foster carers' reviews")
    (['in', 'house', 'foster', 'carer', 'review'], [0, 3, 9, 16, 24], [2, 8, 15, 22, 31])
    """
    parts = _SPLIT_RE.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return list(map(_NORMALISED.__getitem__, parts[1::2])), offsets[1:-1:2], offsets[2::2]


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` as (normalised form, start, end) character spans.

    >>> [t[0] for t in tokenize("In-house foster carers' reviews")]
    ['in', 'house', 'foster', 'carer', 'review']
    """
    return list(zip(*token_arrays(text), strict=True))


def _words(phrase: str) -> tuple[str, ...]:
    """A synonym phrase as normalised words; a trailing ``*`` (prefix match) is kept."""
    out = []
    for raw in phrase.split():
        star = raw.endswith("*")
        for tok, _, _ in tokenize(raw.rstrip("*")):
            out.append(tok)
        if star and out:
            out[-1] = raw.rstrip("*").lower() + "*"
    return tuple(out)


@dataclass(frozen=True, eq=False)
class Rule:
    """One synonym of a theme: a phrase, a set of phrases near each other, or a regex.

    Rules compare and hash by identity (they key the matcher's look-ups)."""

    theme: str
    kind: str  # "phrase" | "near" | "regex"
    weight: float
    source: str  # the synonym as written in the taxonomy
    parts: tuple[tuple[str, ...], ...] = ()
    window: int = 0
    regex: re.Pattern[str] | None = None
    fuzzy_key: str | None = None  # the phrase without spaces, for fuzzy matching
    #: the hit counts only when one of ``context`` is in its sentence outside the hit's own
    #: words, or one of ``section_context`` anywhere in its section; neither: no requirement
    context: tuple[tuple[str, ...], ...] = ()
    section_context: tuple[tuple[str, ...], ...] = ()
    #: the hit is dropped when one of these phrases overlaps it or lies within
    #: ``exclude_window`` words of it ("vacancy abatement", "fostering mutual understanding")
    exclude: tuple[tuple[str, ...], ...] = ()
    exclude_window: int = 0
    #: the words (or 4-letter prefixes, for a prefix word) that start an ``exclude`` phrase:
    #: a sentence with none of them cannot exclude a hit
    exclude_keys: frozenset[str] = frozenset()
    #: false: the hit is dropped when written as part of a capitalised name ("Bridge Road",
    #: "Raheen Business Park", "Eastfield Community Centre": an address or a venue)
    in_names: bool = True

    @property
    def constrained(self) -> bool:
        """Whether the rule has a context or exclusions to check."""
        return bool(self.exclude or self.context or self.section_context)


@dataclass
class Theme:
    """A taxonomy theme."""

    id: str
    label: str
    description: str = ""
    threshold: float = 1.0
    rules: list[Rule] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: the set of themes (taxonomy file) it belongs to, and the share of the strongest
    #: evidence of that set in an item that it needs (see :func:`item_themes`)
    family: str = ""
    min_share: float = 0.0
    #: how many sentences with the same matched words count towards an item's evidence
    max_repeats: int = 1_000_000


@dataclass
class Taxonomy:
    """All themes plus the scoring settings (``defaults`` in the JSON)."""

    themes: dict[str, Theme]
    title_weight: float = 1.5
    repeat_factor: float = 0.5
    fuzzy_cutoff: float = 90.0
    fuzzy_min_chars: int = 7
    figure_labels: frozenset[str] = frozenset({"MONEY", "PERCENT", "QUANTITY"})

    def label(self, theme_id: str) -> str:
        """Human label of a theme id (emergent ids are turned into words)."""
        if theme_id in self.themes:
            return self.themes[theme_id].label
        if theme_id.startswith("emergent:"):
            return theme_id.split(":", 1)[1].replace("-", " ")
        return theme_id


#: a named context list: its phrases as written, or already as normalised phrases
_Contexts = dict[str, Any]


def _phrases(theme: str, spec: str | list[str] | None, contexts: _Contexts) -> tuple[tuple[str, ...], ...]:
    """A ``context``/``exclude`` value as normalised phrases: a named context list of the
    taxonomy (``contexts``: phrases as written, or a tuple of normalised phrases), a phrase,
    or a list mixing both.

    >>> _phrases("t", ["staff", "@people"], {"people": ["social worker", "team"]})
    (('staff',), ('social', 'worker'), ('team',))
    """
    if not spec:
        return ()
    out: list[tuple[str, ...]] = []
    for item in [spec] if isinstance(spec, str) else spec:
        if item.startswith("@"):
            if item[1:] not in contexts:
                raise ValueError(f"theme {theme}: unknown context {item!r}")
            got = contexts[item[1:]]
            out.extend(got if isinstance(got, tuple) else _phrases(theme, got, contexts))
        elif words := _words(item):
            out.append(words)
    return tuple(dict.fromkeys(out))


def _rule(theme: str, syn: str | dict[str, Any], fuzzy_min: int, contexts: _Contexts | None = None) -> Rule:
    if isinstance(syn, str):
        syn = {"phrase": syn, "weight": 1.0}
    contexts = contexts or {}
    weight = float(syn.get("weight", 1.0))
    extra: dict[str, Any] = {
        "context": _phrases(theme, syn.get("context"), contexts),
        "section_context": _phrases(theme, syn.get("section_context"), contexts),
        "exclude": (exclude := _phrases(theme, syn.get("exclude"), contexts)),
        "exclude_keys": frozenset(p[0][:-1][:4] if p[0].endswith("*") else p[0] for p in exclude),
        "exclude_window": int(syn.get("exclude_window", 0)),
        "in_names": bool(syn.get("in_names", True)),
    }
    if "phrase" in syn:
        words = _words(syn["phrase"])
        if not words:
            raise ValueError(f"theme {theme}: empty phrase {syn!r}")
        key = "".join(words)
        fuzzy = key if "*" not in key and len(key) >= fuzzy_min and syn.get("fuzzy", True) else None
        return Rule(theme, "phrase", weight, syn["phrase"], (words,), fuzzy_key=fuzzy, **extra)
    if "near" in syn:
        parts = tuple(_words(p) for p in syn["near"])
        if len(parts) < 2 or not all(parts):
            raise ValueError(f"theme {theme}: 'near' needs two or more phrases: {syn!r}")
        return Rule(
            theme, "near", weight, " ~ ".join(syn["near"]), parts, window=int(syn.get("window", 8)), **extra
        )
    if "regex" in syn:
        pattern = re.compile(syn["regex"], re.IGNORECASE)
        return Rule(theme, "regex", weight, syn["regex"], regex=pattern, **extra)
    raise ValueError(f"theme {theme}: synonym needs phrase, near or regex: {syn!r}")


def _as_list(spec: str | list[str]) -> list[str]:
    return [spec] if isinstance(spec, str) else list(spec)


def _file_exclude(syn: str | dict[str, Any], defaults: dict[str, Any]) -> str | dict[str, Any]:
    """A synonym with the file's own ``exclude`` phrases (``defaults``) added to its own,
    looked for within the larger of the two windows ("Director of Public Health", "Minister
    for Housing": a theme's words inside a role or body's name are not a discussion of it).

    >>> _file_exclude("housing", {"exclude": ["minister for"], "exclude_window": 2})
    {'phrase': 'housing', 'weight': 1.0, 'exclude': ['minister for'], 'exclude_window': 2}
    """
    extra = defaults.get("exclude")
    if not extra:
        return syn
    spec = {"phrase": syn, "weight": 1.0} if isinstance(syn, str) else dict(syn)
    own = spec.get("exclude") or []
    spec["exclude"] = _as_list(own) + _as_list(extra)
    spec["exclude_window"] = max(int(spec.get("exclude_window", 0)), int(defaults.get("exclude_window", 0)))
    return spec


def parse_taxonomy(data: dict[str, Any]) -> Taxonomy:
    """Build a :class:`Taxonomy` from the JSON structure of ``models/taxonomy.json``, after
    validating it (:class:`~minutesmine.themes.schema.TaxonomyFile`: a misspelt key or a
    weight outside (0, 1] raises ``pydantic.ValidationError``)."""
    TaxonomyFile.model_validate(data)
    d = data.get("defaults", {})
    fuzzy_min = int(d.get("fuzzy_min_chars", 7))
    raw: dict[str, list[str]] = data.get("contexts", {})
    # each named list tokenised once, not once per synonym naming it
    contexts = {name: _phrases(f"context {name}", words, raw) for name, words in raw.items()}
    themes: dict[str, Theme] = {}
    for t in data["themes"]:
        tid = t["id"]
        themes[tid] = Theme(
            id=tid,
            label=t.get("label") or tid,
            description=t.get("description", ""),
            threshold=float(t.get("threshold") or d.get("threshold", 1.0)),
            rules=[_rule(tid, _file_exclude(s, d), fuzzy_min, contexts) for s in t.get("synonyms", [])],
            examples=t.get("examples", {}),
            family=data.get("family", ""),
            min_share=float(d.get("min_share", 0.0)),
            max_repeats=int(d.get("max_repeats", 1_000_000)),
        )
    return Taxonomy(
        themes=themes,
        title_weight=float(d.get("title_weight", 1.5)),
        repeat_factor=float(d.get("repeat_factor", 0.5)),
        fuzzy_cutoff=float(d.get("fuzzy_cutoff", 90)),
        fuzzy_min_chars=fuzzy_min,
        figure_labels=frozenset(d.get("figure_labels", ["MONEY", "PERCENT", "QUANTITY"])),
    )


def merge_taxonomies(parts: list[Taxonomy]) -> Taxonomy:
    """One taxonomy from several: the first's scoring settings, every file's themes in
    order (a later theme with the same id replaces the earlier one: a user's file may
    redefine a shipped theme)."""
    if not parts:
        raise ValueError("no taxonomy to merge")
    themes: dict[str, Theme] = {}
    for part in parts:
        themes.update(part.themes)
    return replace(parts[0], themes=themes)


def read_taxonomy(path: str | Path) -> Taxonomy:
    """One taxonomy file, validated and compiled (not cached)."""
    return parse_taxonomy(json.loads(Path(path).read_text(encoding="utf-8")))


def load_taxonomies(paths: tuple[str, ...] = (), shipped: bool = True) -> Taxonomy:
    """The shipped taxonomies (``SHIPPED``, unless ``shipped`` is false) followed by the
    files ``paths`` (a user's own themes), merged (:func:`merge_taxonomies`); cached per
    list of paths (the same object each time: its matcher is built once).

    >>> load_taxonomies() is load_taxonomies(()) is load_taxonomies((), True)
    True
    """
    return _load_taxonomies(tuple(str(p) for p in paths), bool(shipped))


@lru_cache(maxsize=8)
def _load_taxonomies(paths: tuple[str, ...], shipped: bool) -> Taxonomy:
    files = [asset_path(name) for name in SHIPPED] if shipped else []
    files += [Path(p) for p in paths]
    return merge_taxonomies([read_taxonomy(p) for p in files])


def resolve_taxonomy(taxonomy: Taxonomy | str | Path | Sequence[str | Path] | None) -> Taxonomy:
    """A taxonomy given as itself, a user's file or files (added to the shipped ones:
    :func:`load_taxonomies`), or None (the shipped ones).

    >>> len(resolve_taxonomy(None).themes) >= 32  # the children's and the local themes
    True
    """
    if isinstance(taxonomy, Taxonomy):
        return taxonomy
    if isinstance(taxonomy, (str, Path)):
        taxonomy = [taxonomy]
    return load_taxonomies(tuple(str(p) for p in taxonomy or ()))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy from ``path`` (JSON), by default the shipped ones merged: the
    children's services themes (``models/taxonomy.json``) and the local-government themes
    (``models/taxonomy_local.json``)."""
    return load_taxonomies((str(path),), shipped=False) if path else load_taxonomies()
