"""spaCy components of the minutesmine pipeline, registered as factories.

=============================  =============================================================
factory                        what it adds
=============================  =============================================================
``minutesmine_figures``        MONEY, PERCENT, DATE, PERIOD, QUANTITY, PHONE (regex rules)
``minutesmine_gazetteer``      ORG, SERVICE, ROLE from ``models/gazetteers`` (PhraseMatcher)
``minutesmine_people``         PERSON by cue patterns; ORG/SERVICE by head noun
``minutesmine_resolve``        resolves overlaps into ``doc.ents`` and ``doc.spans["minutesmine"]``
=============================  =============================================================

The first three append :class:`~minutesmine.nlp.rules.Found` candidates (character offsets)
to ``doc.user_data["minutesmine_found"]``; the resolver keeps the longest of overlapping
candidates and stores each entity's normalised value and unit in the ``Span._.value`` and
``Span._.unit`` extensions. Each component's ``entities``/``gazetteers`` config names the
asset folders under ``models/`` (or absolute paths).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from minutesmine.nlp.lexicon import Lexicon, load_lexicon
from minutesmine.nlp.rules import FigureFinder, Found, TextFinder, resolve

__all__ = ["FOUND_KEY", "SPANS_KEY", "TextKeepingTokenizer", "add_found", "doc_text", "register_extensions"]

FOUND_KEY = "minutesmine_found"
SPANS_KEY = "minutesmine"
TEXT_KEY = "minutesmine_text"
DEFAULTS = {"entities": "entities", "gazetteers": "gazetteers"}


#: Length of a run without whitespace from which the tokenizer reads it in pieces.
LONG_RUN = 1_000
_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


class TextKeepingTokenizer:
    """The pipeline's tokenizer, also keeping each Doc's text in ``doc.user_data``.

    ``Doc.text`` is rebuilt from the tokens on every access, which costs more than all the
    rules together; the components read :func:`doc_text` instead. Everything else is
    delegated to the wrapped tokenizer.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if len(text) >= LONG_RUN and max(map(len, text.split()), default=0) >= LONG_RUN:
            doc = self._in_pieces(text)
        else:
            doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def _in_pieces(self, text: str) -> Doc:
        """Tokenize a text holding a run of :data:`LONG_RUN`+ characters without a space in
        pieces cut inside such runs, and join them (same text, a token boundary at each cut).

        spaCy peels a chunk's prefixes and suffixes one at a time, searching and copying
        what is left each time: a 200,000-character run of brackets or figures took a
        minute, a megabyte hours. Pieces of :data:`LONG_RUN` bound that to linear time.

        >>> from minutesmine.nlp import load
        >>> text = "Costs " + "(" * 5000 + "x rose."
        >>> doc = load().tokenizer(text)
        >>> doc.text == text, max(len(t) for t in doc) < LONG_RUN
        (True, True)
        """
        cuts = [0]
        for run in _RUN.finditer(text):
            cuts.extend(range(run.start() + LONG_RUN // 2, run.end(), LONG_RUN // 2))
        cuts.append(len(text))
        docs = [self.tokenizer(text[a:b]) for a, b in pairwise(cuts) if b > a]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def doc_text(doc: Doc) -> str:
    """The doc's text: kept by :class:`TextKeepingTokenizer`, else rebuilt by spaCy."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def register_extensions() -> None:
    """Span extensions holding normalised values (idempotent)."""
    Span.set_extension("value", default=None, force=True)
    Span.set_extension("unit", default=None, force=True)
    Span.set_extension("chars", default=None, force=True)


register_extensions()


def add_found(doc: Doc, found: list[Found]) -> None:
    """Append candidates to the doc's pending list."""
    doc.user_data.setdefault(FOUND_KEY, []).extend(found)


class FigureComponent:
    """Numbers with a meaning: money, percentages, dates, financial years, counts, phone numbers."""

    def __init__(self, lex: Lexicon) -> None:
        self.finder = FigureFinder(lex)

    def __call__(self, doc: Doc) -> Doc:
        add_found(doc, self.finder(doc_text(doc)))
        return doc


class GazetteerComponent:
    """Services, bodies, councils and roles from the gazetteers.

    Multi-word entries match whatever their case; single words and acronyms ("Ofsted",
    "MASH", "Camden") only as written (or in capitals), so "mash" or "reading" are not
    entities. Councils listed in ``councils_ambiguous.txt`` never match bare. A role takes
    in the prefixes before it ("Interim") and an "of/for ..." after it.
    """

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        self.lex = lex
        self.loose = PhraseMatcher(nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, tuple[str, str]] = {}
        loose: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        for gaz in lex.gazetteers:
            for name, aliases in gaz.entries:
                key = f"{gaz.label}\t{name}"
                self.labels[key] = (gaz.label, name)
                for s in (name, *aliases):
                    if s in lex.ambiguous:
                        continue
                    single = " " not in s
                    if single or re.search(r"[A-Z]{2,}|[a-z][A-Z]", s):
                        forms = {s, s.upper()} if single and len(s) > 3 else {s}
                        exact.setdefault(key, []).extend(forms)
                    else:
                        loose.setdefault(key, []).append(s)
        for key, forms in loose.items():
            self.loose.add(key, list(nlp.tokenizer.pipe(sorted(set(forms)))))
        for key, forms in exact.items():
            self.exact.add(key, list(nlp.tokenizer.pipe(sorted(set(forms)))))
        prefixes = "|".join(re.escape(p) for p in lex.role_prefixes) or "(?!)"
        self.role_left = re.compile(r"(?:(?:" + prefixes + r")[ \t]+)+$")
        titles = "|".join(re.escape(t) for t in lex.person_titles) or "(?!)"
        #: a person's title ends a role's "of/for ..." tail: "Cabinet Member for Health Councillor X"
        self.title_word = re.compile(r"[ \t]+(?:" + titles + r")\.?(?=[ \t])")
        self.role_right = re.compile(
            r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’]*"
            r"(?:[ \t]+(?:and|&|of|the)?[ \t]*[A-Z][\w'’]*){0,4}"
        )

    def __call__(self, doc: Doc) -> Doc:
        found = []
        text = doc_text(doc)
        strings = doc.vocab.strings
        for matcher in (self.loose, self.exact):
            for match_id, s, e in matcher(doc):
                label, name = self.labels[strings[match_id]]
                span = doc[s:e]
                start, end = span.start_char, span.end_char
                if label == "ROLE":
                    m = self.role_left.search(text, max(0, start - 40), start)
                    if m:
                        start = m.start()
                    if not _OF_FOR.search(text[span.start_char : end]):  # span.text
                        r = self.role_right.match(text, end)
                        if r:
                            t = self.title_word.search(text, end, r.end())
                            end = t.start() if t else r.end()
                found.append(Found(start, end, label, name))
        add_found(doc, _merge_roles(found))
        return doc


_OF_FOR = re.compile(r"\b(?:of|for)\b")


def _merge_roles(found: list[Found]) -> list[Found]:
    """Overlapping ROLE matches as one ("Strategic Director" + "Director of X")."""
    roles = sorted((f for f in found if f.label == "ROLE"), key=lambda f: (f.start, -f.end))
    merged: list[Found] = []
    for f in roles:
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            if f.end > last.end:
                last.end = f.end
            continue
        merged.append(Found(f.start, f.end, "ROLE", f.value))
    return [f for f in found if f.label != "ROLE"] + merged


class PeopleComponent:
    """People named by cues (titles, cover sheets, "Name, Role", speech verbs, attendance lists)
    and organisations or services named by a head noun ("... Safeguarding Children Board")."""

    def __init__(self, lex: Lexicon) -> None:
        self.finder = TextFinder(lex)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = self.finder(text)
        pending = doc.user_data.get(FOUND_KEY, [])
        roles = [(f.start, f.end) for f in pending if f.label == "ROLE"]
        orgs = [(f.start, f.end) for f in (*pending, *found) if f.label in ("ORG", "SERVICE")]
        if roles or orgs:
            found += self.finder.people_before_roles(text, roles, orgs)
        named = [f for f in (*pending, *found) if f.label in ("ORG", "SERVICE")]
        if named:
            joined = _joined(named, text)
            found += joined + self.finder.defined_acronyms(text, named + joined)
        add_found(doc, found)
        return doc


def _joined(named: list[Found], text: str) -> list[Found]:
    """Overlapping names as one: "Lincoln Square Ravenswood Chamber" (by its head noun) and
    "Chamber of Commerce" (by its "of" form) make "Lincoln Square Ravenswood Chamber of Commerce"."""
    out = []
    ordered = sorted(named, key=lambda f: (f.start, -f.end))
    for a, b in pairwise(ordered):
        if a.start < b.start < a.end < b.end and a.label == b.label:
            out.append(Found(a.start, b.end, a.label, text[a.start : b.end], rank=2))
    return out


class ResolveComponent:
    """Keeps the best of overlapping candidates and sets ``doc.ents`` and ``doc.spans``."""

    def __call__(self, doc: Doc) -> Doc:
        found = doc.user_data.pop(FOUND_KEY, [])
        text = doc_text(doc)
        doc.user_data.pop(TEXT_KEY, None)  # only the components need it; Doc.from_docs warns on it
        _roles_stop_at_people(found, text)
        kept = resolve(found)
        spans = []
        for f in kept:
            span = doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand")
            if span is not None and spans and span.start < spans[-1][0].end:
                # a token holds the end of the previous entity too ("40%-50%"): its own tokens
                span = doc.char_span(f.start, f.end, label=f.label, alignment_mode="contract")
            if span is None:
                continue
            spans.append((span, f))
        ents, last_end = [], -1
        group = []
        orgs: list[Found] | None = None  # candidates that may be named inside a role
        for span, f in spans:
            if span.start < last_end:  # token expansion made two entities touch
                continue
            last_end = span.end
            _annotate(span, f)
            ents.append(span)
            group.append(span)
            if f.label == "ROLE":
                if orgs is None:
                    orgs = [g for g in found if g.label in ("ORG", "SERVICE")]
                group += _named_inside(doc, f, orgs)
        _set_ents(doc, ents)
        doc.spans[SPANS_KEY] = group
        return doc


def _set_ents(doc: Doc, ents: list[Span]) -> None:
    """``doc.ents = ents`` for spans in order that do not overlap and have no kb_id or id,
    through one ``Doc.from_array``: the setter's ``set_ents`` takes a Python step per token.
    Entity tokens get B/I, the label and kb_id 0; all other tokens O and no label (their
    kb_id kept, as the setter keeps it)."""
    n = len(doc)
    if n == 0:
        return
    values = numpy.zeros((n, 3), dtype=numpy.uint64)
    values[:, 0] = 2  # O
    if doc.has_annotation("ENT_KB_ID"):  # (a token with a kb_id: not read when none has)
        values[:, 2] = doc.to_array(ENT_KB_ID)
    for span in ents:  # a few slices a span: cheaper than fancy indexing with index lists
        s, e = span.start, span.end
        if s < e:
            values[s, 0] = 3  # B
            values[s + 1 : e, 0] = 1  # I
            values[s:e, 1] = span.label
            values[s:e, 2] = 0
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], values)


def _roles_stop_at_people(found: list[Found], text: str) -> None:
    """A role's "of ..." tail ends where a person's name starts ("Head of Looked After Children
    and Fiona Brennan, Designated Nurse"), so the longer role does not hide the name."""
    starts = sorted(f.start for f in found if f.label == "PERSON")
    if not starts:
        return
    for r in found:
        if r.label != "ROLE":
            continue
        k = bisect.bisect_right(starts, r.start)  # the first name starting inside the role
        if k < len(starts) and starts[k] < r.end:
            cut = _ROLE_TAIL.sub("", text[r.start : starts[k]])
            r.end = r.start + len(cut)


_ROLE_TAIL = re.compile(r"(?:[ \t,]+(?:and|&|of|for|the))*[ \t,]*$")


def _annotate(span: Span, f: Found) -> None:
    """``span._.value``, ``span._.unit`` and ``span._.chars``, written straight into
    ``doc.user_data`` under the keys :class:`spacy.tokens.underscore.Underscore` uses."""
    data = span.doc.user_data
    s, e = span.start_char, span.end_char
    data[("._.", "value", s, e)] = f.value
    data[("._.", "unit", s, e)] = f.unit
    # exact offsets: a token may run past the entity ("£9.6m.")
    data[("._.", "chars", s, e)] = (f.start, f.end)


def _named_inside(doc: Doc, role: Found, orgs: list[Found]) -> list[Span]:
    """Organisations and services (``orgs``, the ORG and SERVICE candidates) named inside a
    role ("Chair of Barnfield College"): kept in ``doc.spans`` (not ``doc.ents``, which
    cannot nest) so they are entities too."""
    inner = [f for f in orgs if role.start <= f.start and f.end <= role.end]
    out = []
    for f in resolve(inner):
        span = doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand")
        if span is not None:
            _annotate(span, f)
            out.append(span)
    return out


@Language.factory("minutesmine_figures", default_config=DEFAULTS)
def make_figures(nlp: Language, name: str, entities: str, gazetteers: str) -> FigureComponent:
    """Factory of :class:`FigureComponent`."""
    return FigureComponent(load_lexicon(entities, gazetteers))


@Language.factory("minutesmine_gazetteer", default_config=DEFAULTS)
def make_gazetteer(nlp: Language, name: str, entities: str, gazetteers: str) -> GazetteerComponent:
    """Factory of :class:`GazetteerComponent`."""
    return GazetteerComponent(nlp, load_lexicon(entities, gazetteers))


@Language.factory("minutesmine_people", default_config=DEFAULTS)
def make_people(nlp: Language, name: str, entities: str, gazetteers: str) -> PeopleComponent:
    """Factory of :class:`PeopleComponent`."""
    return PeopleComponent(load_lexicon(entities, gazetteers))


@Language.factory("minutesmine_resolve")
def make_resolve(nlp: Language, name: str) -> ResolveComponent:
    """Factory of :class:`ResolveComponent`."""
    return ResolveComponent()
