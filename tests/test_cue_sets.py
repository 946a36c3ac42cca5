"""Cue families matched with one combined regex give exactly the loop's answer: the first
cue in order that matches at the line start, and where its match ends."""

from __future__ import annotations

import pytest

from minutesmine.segment import cues as C
from minutesmine.segment.lines import clean
from tests.paths import REAL, SEEDS

FAMILIES = [
    C.section_cues,
    C.chrome_cues,
    C.attendance_cues,
    C.purpose_cues,
    C.procedural_cues,
    C.report_heading_cues,
    C.vote_cues,
]


def _loop(cues: tuple[C.Cue, ...], text: str) -> tuple[str, int] | None:
    for c in cues:
        m = c.regex.match(text)
        if m:
            return c.id, m.end()
    return None


#: Lines in the forms each family is for, so every family is exercised without ../shared.
FORMS = [
    "PRESENT: Councillors A Smith (Chair), B Jones and C Patel",
    "Also present: Councillor D Brown",
    "Apologies for absence were received from Councillor E White.",
    "Apologies for absence",
    "Declarations of interest",
    "Minutes of the previous meeting",
    "Voting: unanimous",
    "For: 7, Against: 2",
    "RESOLVED: That the report be noted.",
    "Supporting documents:",
    "To update the Committee on the improvement plan",
    "EXECUTIVE SUMMARY",
]


def _lines() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt"))
    if REAL.exists():
        paths += sorted(p for p in REAL.glob("*") if p.suffix in (".txt", ".md"))
    lines = [ln for p in paths for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += FORMS
    # each line also in variants that cues often see: stripped, upper case, with a trailing colon
    # (and with markdown emphasis removed, as the segmenter sees it)
    return [v for ln in lines for v in (ln, ln.strip(), ln.strip().upper(), ln.strip() + ":", clean(ln)[0])]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__)
def test_combined_equals_loop(family) -> None:
    cues = family()
    assert C._build_combined(cues) is not None  # the shipped cues combine
    hits = 0
    for line in _lines():
        got = C.first_match(cues, line)
        want = _loop(cues, line)
        assert (None if got is None else (got[0].id, got[1])) == want, line
        hits += want is not None
    assert hits  # the family matched something in the corpus


def test_cue_examples_in_order() -> None:
    assert C.match_section("Resolved:  That the update be noted.")[0].label == "resolution"
    assert C.is_chrome("Supporting documents:")
    assert not C.is_chrome("Minutes:")


def test_every_rule_file_is_strict_jsonl() -> None:
    """Every JSON Lines asset holds one JSON object per line and nothing else (notes on the
    rows live in models/README.md), and the loader names the line of anything that is not."""
    import json

    from minutesmine.assets import models_dir

    files = sorted(models_dir().rglob("*.jsonl"))
    assert files
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                assert isinstance(json.loads(line), dict), f"{path}:{number}"


def test_a_comment_in_a_rule_file_is_named(tmp_path, monkeypatch) -> None:
    import pytest

    from minutesmine import assets

    (tmp_path / "cues").mkdir()
    (tmp_path / "cues" / "x.jsonl").write_text('{"id": "a"}\n// a note\n', encoding="utf-8")
    monkeypatch.setattr(assets, "models_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match=r"x\.jsonl:2: not a JSON object"):
        assets.read_jsonl("cues", "x.jsonl")


def test_a_comment_in_the_entity_patterns_is_named(tmp_path) -> None:
    """The entity patterns are read as strictly as the cue files: a "//" line is an error."""
    import shutil

    from minutesmine.assets import models_dir
    from minutesmine.nlp.lexicon import load_lexicon

    entities = tmp_path / "entities"
    shutil.copytree(models_dir() / "entities", entities)
    with (entities / "patterns.jsonl").open("a", encoding="utf-8") as f:
        f.write("// a note\n")
    with pytest.raises(ValueError, match=r"patterns\.jsonl:\d+: not a JSON object"):
        load_lexicon(str(entities))
