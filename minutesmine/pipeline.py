"""The extraction pipeline: read -> segment -> annotate -> link, for one document.

:func:`extract` never raises for bad input: a file that cannot be read yields a
:class:`~minutesmine.models.Document` whose ``errors`` say why, so one corrupt file in an
archive loses nothing else.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy

# isort: off
import minutesmine.nlp  # noqa: F401  (first: spaCy is imported through it, see nlp/_startup.py)
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from minutesmine.nlp.sentences import stored_spans

# isort: on
from minutesmine.blocks import ReadError, ReadResult
from minutesmine.models import Document, Exchange, Source, ThemeMention
from minutesmine.readers import detect_format, read
from minutesmine.segment import Segmented
from minutesmine.segment.meeting import Manifest
from minutesmine.themes.taxonomy import Taxonomy, resolve_taxonomy

__all__ = ["annotate", "extract", "extract_many", "sentence_spans", "sha256_file"]

log = logging.getLogger(__name__)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _source(path: Path) -> Source:
    try:
        fmt = detect_format(path)
    except ReadError:
        fmt = "text"
    try:
        digest = sha256_file(path)
    except OSError:
        digest = ""
    return Source(path=str(path), sha256=digest, format=fmt)  # type: ignore[arg-type]


def extract(
    path: str | Path,
    *,
    nlp: Language | None = None,
    fast: bool = True,
    manifest: Manifest | None = None,
    ocr: str = "auto",
    taxonomy: Taxonomy | str | Path | Sequence[str | Path] | None = None,
) -> Document:
    """Extract one document into the contract's record.

    ``fast`` selects the fast PDF path (pypdfium2 for text, fonts and ruled tables);
    ``fast=False`` reads every page with pdfplumber. ``manifest`` supplies council,
    committee and date where the document does not state them. ``ocr`` (``auto``,
    ``always``, ``never``) says when PDF pages are read with Tesseract. ``taxonomy``: a user's
    taxonomy file (or files) added to the shipped themes, or a loaded
    :class:`~minutesmine.themes.taxonomy.Taxonomy`.
    """
    from minutesmine.segment import segment

    path = Path(path)
    source = _source(path)
    try:
        result = read(path, fast=fast, ocr=ocr)
    except ReadError as exc:
        return Document(source=source, errors=[str(exc)])
    except Exception as exc:  # a reader bug must not stop an archive run
        log.exception("reading %s failed", path)
        return Document(source=source, errors=[f"unreadable: {type(exc).__name__}: {exc}"])
    source.format = result.format
    source.pages = result.pages
    source.ocr_pages = result.ocr_pages
    try:
        seg = segment(result, path, manifest=manifest)
    except Exception as exc:  # a segmenter bug: keep the text, unstructured, and say so
        log.exception("segmenting %s failed", path)
        seg = _unstructured(result, path)
        seg.warnings.append(f"structure not recognised (segmenter error: {type(exc).__name__}: {exc})")
    if seg.document_type == "not_council":  # a README beside the files: say why, extract nothing
        return Document(source=source, document_type="not_council", errors=[f"skipped: {seg.warnings[-1]}"])
    doc = Document(
        source=source,
        kind=seg.kind,  # type: ignore[arg-type]
        document_type=seg.document_type,  # type: ignore[arg-type]
        meeting=seg.meeting,
        metadata=seg.metadata,
        items=seg.items,
        warnings=[*result.warnings, *seg.warnings],
    )
    try:
        annotate(doc, nlp, taxonomy=resolve_taxonomy(taxonomy))
    except Exception as exc:  # an annotator bug: keep the structure without entities/themes
        log.exception("annotating %s failed", path)
        doc.entities, doc.mentions = [], []
        doc.warnings.append(f"entities and themes not extracted ({type(exc).__name__}: {exc})")
    return doc


def _unstructured(result: ReadResult, path: Path) -> Segmented:
    """One item holding every block as a narrative section: the fallback when segmenting fails."""
    from minutesmine.models import AgendaItem, Section

    blocks = [b for b in result.blocks if b.text.strip()]
    title = blocks[0].text.splitlines()[0][:200] if blocks else path.stem
    sections = [
        Section(
            kind="table" if b.kind == "table" else "minutes", text=b.text, pages=[b.page] if b.page else []
        )
        for b in blocks
    ]
    pages = sorted({b.page for b in blocks if b.page})
    return Segmented(items=[AgendaItem(title=title, sections=sections, pages=pages)])


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans ``(s.start_char, s.end_char)`` of ``doc.sents``; ``[(0, len(text))]``
    for a Doc without sentence starts. ``text`` is ``doc.text``.

    Read from the token arrays: ``doc.sents`` and ``doc.text`` build a Python object per
    token, which costs more than the theme matching they feed.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> text = "Costs rose.  Fuel did too. "
    >>> sentence_spans(nlp(text), text) == [(s.start_char, s.end_char) for s in nlp(text).sents]
    True
    >>> sentence_spans(nlp(""), "")
    [(0, 0)]
    """
    stored = stored_spans(doc)  # kept by the pipeline's sentencizer
    if stored is not None:
        return stored
    n = len(doc)
    if n == 0 or not doc.has_annotation("SENT_START"):
        return [(0, len(text))]
    arr = doc.to_array([IDX, LENGTH, SENT_START])
    starts = numpy.flatnonzero(arr[1:, 2] == 1) + 1  # token 0 always starts a sentence
    firsts = numpy.concatenate(([0], starts))
    lasts = numpy.concatenate((starts - 1, [n - 1]))
    ends = arr[lasts, 0] + arr[lasts, 1]
    return list(zip(arr[firsts, 0].tolist(), ends.tolist(), strict=True))


def annotate(doc: Document, nlp: Language | None = None, taxonomy: Taxonomy | None = None) -> Document:
    """Run the spaCy pipeline over every section: entities, exchanges and theme mentions.

    Questions and responses are looked for across each run of consecutive narrative
    sections of an item, read after the item's title, so a question whose title says
    who asked it ("Question submitted by Councillor X") or whose answer follows in the
    next paragraph is still paired. Procedural items (apologies, minutes ...) are marked
    and get no theme mentions.
    """
    from minutesmine.nlp import load
    from minutesmine.nlp.components import TEXT_KEY
    from minutesmine.nlp.entities import attendee_people, doc_entities, fill_years, title_entities
    from minutesmine.segment import NARRATIVE_KINDS
    from minutesmine.segment.exchanges import find_exchanges_in
    from minutesmine.themes import is_procedural_item, item_themes, link_text, matcher_for

    nlp = nlp or load()
    matcher = matcher_for(taxonomy)
    for item in doc.items:
        item.procedural = is_procedural_item(item.title)
    where = [(i, j) for i, item in enumerate(doc.items) for j, _ in enumerate(item.sections)]
    texts = (doc.items[i].sections[j].text for i, j in where)
    sentencizer = nlp.get_pipe("sentencizer")

    def title_doc(i: int) -> Doc:
        # exchanges read only a title's tokens and sentence starts: no entity rules for it
        tdoc = sentencizer(nlp.make_doc(doc.items[i].title))
        tdoc.user_data.pop(TEXT_KEY, None)
        return tdoc

    doc.entities, doc.mentions = [], []
    runs: list[list[Doc]] = [[] for _ in doc.items]  # narrative Docs of the item's current run
    titled: set[int] = set()  # items whose title has been read before a run

    def close_run(i: int) -> None:
        if runs[i]:
            docs = runs[i] if i in titled else [title_doc(i), *runs[i]]
            titled.add(i)
            doc.items[i].exchanges.extend(find_exchanges_in(docs))
            runs[i] = []

    for (i, j), sdoc in zip(where, nlp.pipe(texts, batch_size=64), strict=True):
        item = doc.items[i]
        section = item.sections[j]
        kind = section.kind
        ents = doc_entities(sdoc, table=kind == "table", text=section.text)
        for e in ents:
            e.item_index, e.section_index = i, j
        doc.entities.extend(ents)
        if kind in NARRATIVE_KINDS:
            runs[i].append(sdoc)
        else:
            close_run(i)
            if kind == "table":
                item.exchanges.extend(_question_table(section.text, nlp))
        # as themes.link_sentences, without rebuilding ``sdoc.text`` from its tokens
        text = section.text
        if not item.procedural:
            doc.mentions.extend(link_text(text, sentence_spans(sdoc, text), ents, i, j, matcher))
        if j == len(item.sections) - 1:
            close_run(i)
    doc.entities += title_entities(doc, nlp)
    doc.entities = fill_years(doc.entities, (doc.meeting.date or "")[:4] or None)
    doc.entities += attendee_people(doc, nlp.get_pipe("minutesmine_people").finder)
    by_item: list[list[ThemeMention]] = [[] for _ in doc.items]
    for m in doc.mentions:
        by_item[m.item_index].append(m)
    for item, mentions in zip(doc.items, by_item, strict=True):
        item.themes = [] if item.procedural else item_themes(mentions, item.title, matcher.taxonomy)
    return doc


def _question_table(text: str, nlp: Language) -> list[Exchange]:
    """The exchanges of a table section whose columns are a question and its answer ("Question |
    Response"): its rows (tab-separated lines under the header) read by
    :func:`~minutesmine.segment.exchanges.table_exchanges`. Other tables give none, at the cost
    of reading the header line."""
    from minutesmine.segment.exchanges import qa_table_columns, table_exchanges

    header, _, body = text.partition("\n")
    cols = qa_table_columns(header.split("\t"), nlp.vocab)
    if cols is None:
        return []
    rows = [line.split("\t") for line in body.split("\n") if line.strip()]
    q, r = cols
    pairs = [(row[q].strip(), row[r].strip() if len(row) > r else "") for row in rows if len(row) > q]
    pairs = [(a, b) for a, b in pairs if a]
    docs = nlp.pipe(c for pair in pairs for c in pair if c)  # in order: a question, its answer if any
    return table_exchanges([(next(docs), next(docs) if b else None) for _q, b in pairs])


def extract_many(
    paths: Iterable[str | Path],
    *,
    fast: bool = True,
    manifest: Manifest | None = None,
    ocr: str = "auto",
    taxonomy: Taxonomy | str | Path | Sequence[str | Path] | None = None,
) -> Iterator[Document]:
    """Extract documents one after another (in this process), yielding each record."""
    tax = resolve_taxonomy(taxonomy)
    for path in paths:
        yield extract(path, fast=fast, manifest=manifest, ocr=ocr, taxonomy=tax)
