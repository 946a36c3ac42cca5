"""Emergent themes: word forms and labels, procedure left out, meetings named, the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import minutesmine
from minutesmine.assets import read_jsonl
from minutesmine.cli import main
from minutesmine.models import AgendaItem, Document, Section, Source
from minutesmine.models import Meeting as MeetingInfo
from minutesmine.store import Store
from minutesmine.themes.emergent import Lexicon, Meeting, find_emergent
from minutesmine.themes.match import Matcher
from minutesmine.themes.taxonomy import Taxonomy
from tests.paths import SEED_STEMS, SEEDS

#: a matcher that knows no theme: these tests are about the phrases, not the taxonomy
NO_TAXONOMY = Matcher(Taxonomy(themes={}))


def themes(*texts: list[str], **kw: object) -> list:
    meetings = [Meeting(f"m{k}", str(2015 + k), t) for k, t in enumerate(texts)]
    return find_emergent(meetings, min_meetings=2, matcher=NO_TAXONOMY, **kw)  # type: ignore[arg-type]


# (the sentences of three meetings, the label, a phrase of the same words that is no theme of its own)
WORD_FORMS = [
    (
        ["Foster carers were thanked for their work.", "Two foster carers attended."],
        ["Each foster carer receives a visit."],
        ["The Panel met foster carers in March."],
        "foster carers",
        "foster carer",
    ),
    (
        ["The improvement plans were reviewed."],
        ["The improvement plan was agreed.", "Progress on the improvement plan was slow."],
        ["The improvement plan report focuses on recruitment."],
        "improvement plan",
        "improvement plans",
    ),
    (
        ["Two children's centres closed."],
        ["Children's centres were busy."],
        ["Funding for children's centres was cut.", "A children's centre opened in Elmford."],
        "children's centres",
        "children's centre",
    ),
    (
        ["The youth co-ordinators met."],
        ["A youth co-ordinator was appointed."],
        ["Youth co-ordinators reported on the summer scheme."],
        "youth co-ordinators",
        "youth co-ordinator",
    ),
    (
        ["New bus lanes were proposed on Mill Road."],
        ["Enforcement of bus lanes was discussed."],
        ["The bus lane on Station Street opened."],
        "bus lanes",
        "bus lane",
    ),
    (
        ["The contextual safeguarding hub opened."],
        ["The contextual safeguarding hubs grew."],
        ["A contextual-safeguarding hub review was held."],
        "contextual safeguarding hub",
        "contextual-safeguarding hub",
    ),
    (
        ["The  walkway   lighting failed twice."],
        ["The walkway lighting failed."],
        ["Walkway lighting was repaired."],
        "walkway lighting",
        "walkway   lighting",
    ),
    (
        ["Residents spoke about their quality of life."],
        ["Noise harms the quality of life of residents."],
        ["Street lighting and quality of life were raised."],
        "quality of life",
        "qualities of life",
    ),
]


# a phrase as written → the lemmas it is compared by (lemminflect's lexicon, not suffix stripping)
LEMMAS = [
    ("foster carers", "foster carer"),
    ("Foster Carer", "foster carer"),
    ("the improvement plans", "the improvement plan"),
    ("improvement plan report focuses", "improvement plan report focus"),
    ("children's centres", "child centre"),
    ("bus lanes and buses", "bus lane and bus"),
    ("crises and analyses", "crisis and analysis"),
    ("housing needs", "housing need"),
    ("youth co-ordinators", "youth co ordinator"),
    ("contextual-safeguarding hubs", "contextual safeguarding hub"),
]


@pytest.mark.parametrize(("written", "lemmas"), LEMMAS)
def test_words_are_compared_by_lemma(written: str, lemmas: str) -> None:
    assert Lexicon.default().key(written) == lemmas


@pytest.mark.parametrize(("m1", "m2", "m3", "label", "variant"), WORD_FORMS)
def test_word_forms_make_one_theme_labelled_as_written(
    m1: list[str], m2: list[str], m3: list[str], label: str, variant: str
) -> None:
    found = themes(m1, m2, m3)
    labels = [t.label for t in found]
    assert label in labels and variant not in labels
    (theme,) = [t for t in found if t.label == label]
    assert theme.meetings == ["m0", "m1", "m2"]
    text = " ".join(m1 + m2 + m3).lower()
    assert all(t.label.lower() in text for t in found)  # every label is words of the documents


def test_no_label_is_a_broken_word_form() -> None:
    found = themes(
        ["The improvement plan report focuses on caseloads."],
        ["The improvement plan report focuses on agency staff."],
        ["Our analyses of the improvement plan report were shared."],
    )
    assert [t.label for t in found] == ["improvement plan"]  # never "improvement plan report focuse"


def test_a_phrase_ends_on_a_noun_and_does_not_start_on_a_verb() -> None:
    found = themes(
        ["Officers were seeking funding for the scheme.", "The conditions contained in the lease."],
        ["The group was seeking funding again.", "The conditions contained in the permit."],
    )
    assert not any(t.label in ("seeking funding", "conditions contained") for t in found)


def test_names_are_not_themes() -> None:
    found = themes(
        ["A crossing on Coombe Lane West was requested.", "Coombe Lane West was resurfaced."],
        ["Speeding on Coombe Lane West was reported."],
    )
    assert not any("coombe" in t.label.lower() for t in found)


PROCEDURE = [
    "Councillor Ames made a declaration of interest in the item.",
    "Apologies for absence were received from Councillor Byrne.",
    "The minutes of the previous meeting were agreed as a correct record.",
    "The date of next meeting was confirmed.",
    "There was no other business under any other business.",
    "The committee resolved on the exclusion of press and public.",
    "The riverside walkway lighting was discussed.",
]


def test_procedural_phrases_are_left_out() -> None:
    found = themes(PROCEDURE, PROCEDURE, PROCEDURE)
    labels = " | ".join(t.label.lower() for t in found)
    assert "walkway lighting" in labels
    for phrase in ("declaration", "apologies", "absence", "correct record", "previous meeting",
                   "next meeting", "other business", "press and public"):  # fmt: skip
        assert phrase not in labels


@pytest.mark.parametrize("phrase", [r["phrase"] for r in read_jsonl("emergent_stop_phrases.jsonl")])
def test_every_stop_phrase_is_left_out(phrase: str) -> None:
    sentences = [f"Members discussed the {phrase} again.", "The riverside walkway lighting failed."]
    labels = [t.label.lower() for t in themes(sentences, sentences, sentences)]
    assert "riverside walkway lighting" in labels
    assert not any(phrase.lower() in label or label in phrase.lower() for label in labels)


def test_taxonomy_themes_are_left_out() -> None:
    texts = ["Caseloads were high.", "The walkway lighting failed."]
    meetings = [Meeting(f"m{k}", None, texts) for k in range(3)]
    labels = [t.label for t in find_emergent(meetings, min_meetings=2)]
    assert "walkway lighting" in labels and not any("caseload" in lb.lower() for lb in labels)


def document(n: int, council: str | None = "Testshire", title: str = "Riverside Walkway") -> Document:
    items = [
        AgendaItem(
            title="Declarations of Interest",
            sections=[Section(kind="minutes", text="Councillor Ames declared a prejudicial interest.")],
        ),
        AgendaItem(
            title=title,
            sections=[
                Section(kind="minutes", text="The riverside walkway lighting was discussed again."),
                Section(kind="minutes", text=f"Visit {n} to the site was reported."),  # a text of its own
            ],
        ),
    ]
    return Document(
        source=Source(path=f"archive/m{n}.txt", sha256=str(n) * 64, format="text"),
        meeting=MeetingInfo(council=council, committee="Panel" if council else None, date=f"201{n}-02-01"),
        items=items,
    )


def test_meetings_are_named_by_council_committee_and_date(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for n in range(2):
            store.add(document(n))
        store.add(document(2, council=None))
        (theme,) = [t for t in store.emergent_themes() if "walkway" in t.label]
    assert theme.meetings == [
        "Testshire / Panel / 2010-02-01",
        "Testshire / Panel / 2011-02-01",
        "m2.txt / 2012-02-01",  # no council or committee: the file's name
    ]
    assert "keys" not in theme.model_dump() and len(theme.keys) == 3


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A store of the seed documents, extracted, and their text (lower case)."""
    path = tmp_path_factory.mktemp("emergent") / "minutes.db"
    texts = []
    with Store(path) as s:
        for k, stem in enumerate(SEED_STEMS):
            doc = minutesmine.extract(SEEDS / f"{stem}.txt")
            doc.meeting = doc.meeting.model_copy(update={"date": f"{2016 + k}-05-01"})
            texts += [sec.text for it in doc.items for sec in it.sections]
            texts += [it.title or "" for it in doc.items]
            s.add(doc)
    return str(path), re.sub(r"\s+", " ", "\n".join(texts).lower())


def test_cli_lists_labels_as_written_and_meetings_by_name(seed_db: tuple[str, str]) -> None:
    db, text = seed_db
    result = CliRunner().invoke(main, ["emergent", "--db", db, "--format", "json", "--limit", "20"])
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert found and all(t["label"].lower() in text for t in found)
    assert all(re.fullmatch(r".+ / \d{4}-05-01", m) for t in found for m in t["meetings"])
    assert all(t["count"] == len(t["meetings"]) for t in found)


def test_cli_progress_only_when_asked_off_a_terminal(seed_db: tuple[str, str]) -> None:
    db, _ = seed_db
    quiet = CliRunner().invoke(main, ["emergent", "--db", db, "--limit", "3"])
    shown = CliRunner().invoke(main, ["emergent", "--db", db, "--limit", "3", "--progress"])
    assert quiet.exit_code == shown.exit_code == 0
    assert "reading meetings" not in quiet.stderr
    assert f"reading meetings: {len(SEED_STEMS)}/{len(SEED_STEMS)}" in shown.stderr
    assert "label" in shown.stdout and "meetings" in shown.stdout
