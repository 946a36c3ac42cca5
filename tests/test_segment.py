"""Segmentation of the seeds (every rendering) against their gold, and of small synthetic
minutes built from blocks: item numbering styles, typed sections, attendance, provenance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutesmine.blocks import Block, ReadResult, TableData
from minutesmine.readers import read
from minutesmine.segment import NARRATIVE_KINDS, segment
from minutesmine.segment.meeting import Manifest
from tests.paths import GOLD, SEED_STEMS, SEEDS

RENDERINGS = [p for stem in SEED_STEMS for p in sorted(SEEDS.glob(f"{stem}.*"))]


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").replace("\u00a0", " ").split()).lower()


def _words(s: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in s.lower()).split())


@pytest.mark.parametrize("path", RENDERINGS, ids=[p.name for p in RENDERINGS])
def test_seed_matches_gold(path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text())
    seg = segment(read(path), path)
    assert seg.kind == gold["kind"]
    assert len(seg.items) == len(gold["items"]) == 1
    item, gi = seg.items[0], gold["items"][0]
    assert _norm(item.title) == _norm(gi["title"])
    for field in ("recommendations", "conclusions", "resolutions", "information_requests"):
        got = [_norm(x) for x in getattr(item, field)]
        assert len(got) == len(gi[field]), field
        for want in gi[field]:
            assert any(_norm(want) in g for g in got), (field, want)
    assert [_norm(a.owner or a.text) for a in item.actions] == [_norm(a["owner"]) for a in gi["actions"]]
    gm = gold["meeting"]
    assert seg.meeting.council == gm["council"]
    for key in ("committee", "date"):
        if gm[key]:
            assert _norm(getattr(seg.meeting, key)) == _norm(gm[key])
    for key, value in (gold.get("metadata") or {}).items():
        assert _norm(value) in _norm(seg.metadata[key])
    if "sections" in gi:
        headings = [_norm(s.heading) for s in item.sections if s.heading]
        assert all(_norm(h) in headings for h in gi["sections"])
    for gt in gi.get("tables", []):
        assert any(t.header == gt["header"] and t.rows == gt["rows"] for t in item.tables)


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_text_is_all_in_sections(stem: str) -> None:
    """Every substantive line of a seed ends up in some section (chrome aside)."""
    path = SEEDS / f"{stem}.txt"
    item = segment(read(path), path).items[0]
    body = _words(" ".join([item.title, *(s.text for s in item.sections)]))
    for line in path.read_text().splitlines():
        line = _words(line)
        if len(line) > 40:
            assert line[:40] in body


def test_seed_purpose_and_narrative_kinds() -> None:
    item = segment(read(SEEDS / "000_5b79e3178bf18c50.txt")).items[0]
    assert item.purpose == "To update the Committee on the Improvement Plan"
    kinds = [s.kind for s in item.sections]
    assert kinds == ["purpose", "minutes", "conclusion"]
    assert "minutes" in NARRATIVE_KINDS and "other" not in NARRATIVE_KINDS


def _doc(*texts: str | Block) -> ReadResult:
    return ReadResult(blocks=[t if isinstance(t, Block) else Block(t) for t in texts], format="text")


MINUTES = _doc(
    "MINUTES of the meeting of the Scrutiny Panel held on 5 March 2019",
    "PRESENT: Councillor Jane Smith (Chair), Councillors Amir Khan and Lucy Brown.",
    "ALSO PRESENT: Sarah Jones (Director of Children's Services)",
    "Apologies for absence were received from Councillor Tom Green.",
    "44/19 Apologies for absence",
    "Noted as above.",
    "45/19 Declarations of interest",
    "There were none.",
    "46/19 Children's Services Improvement Plan",
    "The Director introduced the report. A Member asked about caseloads. Officers advised that the "
    "average caseload was 18. The Director offered to circulate the caseload figures by team.",
    "RESOLVED:",
    "1. That the report be noted.",
    "2. That a further update be brought to the June meeting.",
    "ACTION: Director of Children's Services",
    "47/19 Work Programme",
    "AGREED \u2013 that the work programme be approved.",
)


def test_minutes_items_sections_and_attendance() -> None:
    seg = segment(MINUTES)
    assert [(i.number, i.title) for i in seg.items] == [
        ("44/19", "Apologies for absence"),
        ("45/19", "Declarations of interest"),
        ("46/19", "Children's Services Improvement Plan"),
        ("47/19", "Work Programme"),
    ]
    plan = seg.items[2]
    assert plan.resolutions == [
        "That the report be noted.",
        "That a further update be brought to the June meeting.",
    ]
    owners = [a.owner for a in plan.actions]
    assert "Director of Children's Services" in owners and "The Director" in owners
    assert seg.items[3].resolutions == ["that the work programme be approved."]
    assert [s.kind for s in plan.sections] == ["minutes", "resolution", "action"]
    m = seg.meeting
    assert (m.committee, m.date) == ("Scrutiny Panel", "2019-03-05")
    assert m.provenance["committee"] == m.provenance["date"] == "document"
    people = {(a.name, a.role, a.status) for a in m.attendees}
    assert ("Councillor Jane Smith", "Chair", "present") in people
    assert ("Amir Khan", None, "present") in people
    assert ("Sarah Jones", "Director of Children's Services", "in_attendance") in people
    assert ("Councillor Tom Green", None, "apologies") in people
    # the preamble (header and attendance) is kept, as non-narrative sections of the first item
    first = seg.items[0].sections
    assert {"attendance"} <= {s.kind for s in first} and all(
        s.kind not in NARRATIVE_KINDS for s in first if "PRESENT" in s.text
    )


NUMBERING_STYLES = [
    (["Item 3: Budget Monitoring", "Item 4: Work Programme"], ["3", "4"]),
    (["Minute 23 Declarations of Interest", "Minute 24 Budget"], ["23", "24"]),
    (["7(a) Highways Programme", "7(b) Street Lighting"], ["7(a)", "7(b)"]),
    (["54.", "Public Question Time", "55.", "Petitions"], ["54", "55"]),
    (["CYP/16/24", "Declarations of Interest", "CYP/17/24", "Fostering Update"], ["CYP/16/24", "CYP/17/24"]),
    (["HI.1 \u2013 Minutes of Housing SPC Meeting", "HI.2 \u2013 Housing Supply Update"], ["HI.1", "HI.2"]),
    # New Zealand (Infocouncil): "7.1" under a group heading that stands for item 7, after item 5
    (
        ["5 Confirmation of Council Minutes", "7.1 Annual Plan Deliberations", "7.2 Community Grants"],
        ["5", "7.1", "7.2"],
    ),
    (["Budget Monitoring", "(Item 4)", "Work Programme", "(Item 5)"], ["4", "5"]),
    (
        ["1 DECLARATIONS OF INTEREST", "2 MINUTES OF THE MEETING HELD ON 23 JUNE 2009 (Agenda item 3)"],
        ["1", "2"],
    ),
]


@pytest.mark.parametrize(("headings", "numbers"), NUMBERING_STYLES, ids=[n[0][0] for n in NUMBERING_STYLES])
def test_item_numbering_styles(headings: list[str], numbers: list[str]) -> None:
    blocks: list[str] = []
    per_item = len(headings) // len(numbers)
    for k in range(len(numbers)):
        blocks.extend(headings[k * per_item : (k + 1) * per_item])
        blocks.append("The Committee considered the matter and noted the position.")
    seg = segment(_doc(*blocks))
    assert [i.number for i in seg.items] == numbers
    assert all(i.sections for i in seg.items)


def test_numbered_list_points_are_not_items() -> None:
    seg = segment(
        _doc(
            "12. Budget Monitoring",
            "The report was presented.",
            "RESOLVED:",
            "1. Approve the Budget",
            "2. Note the Risks",
            "13. Work Programme",
            "Noted.",
        )
    )
    assert [i.number for i in seg.items] == ["12", "13"]
    assert seg.items[0].resolutions == ["Approve the Budget", "Note the Risks"]


def test_sub_items_going_back_are_not_items() -> None:
    seg = segment(
        _doc(
            Block("4. APPROVAL OF CONSENT CALENDAR", kind="heading"),
            Block("1. Planning Commission Meeting Calendar 2020", kind="heading"),
            "Approve the proposed schedule.",
            Block("5. SPECIAL PRESENTATIONS", kind="heading"),
            "None.",
        )
    )
    assert [i.title for i in seg.items] == ["APPROVAL OF CONSENT CALENDAR", "SPECIAL PRESENTATIONS"]


def test_report_cover_sheet_headings_and_tables() -> None:
    seg = segment(
        _doc(
            "REPORT TO:\tCabinet 4 June 2020",
            "SUBJECT:\tFostering Sufficiency",
            "LEAD OFFICER:\tJane Doe, Director",
            "1. RECOMMENDATIONS",
            "1.1 Approve the strategy",
            "1.2 Note the budget",
            "2. BACKGROUND",
            "2.1 Foster carer numbers have fallen.",
            Block(
                "Year\tCarers\tPlacements\n2019\t120\t140",
                kind="table",
                table=TableData(["Year", "Carers", "Placements"], [["2019", "120", "140"]]),
            ),
            "Table 1",
            "CONTACT OFFICER: John Roe, Head of Fostering",
        )
    )
    assert seg.kind == "report"
    assert (
        seg.metadata["report_to"] == "Cabinet"
        and seg.metadata["contact_officer"] == "John Roe, Head of Fostering"
    )
    assert (seg.meeting.committee, seg.meeting.date) == ("Cabinet", "2020-06-04")
    item = seg.items[0]
    assert item.title == "Fostering Sufficiency"
    assert item.recommendations == ["Approve the strategy", "Note the budget"]
    assert [s.heading for s in item.sections if s.heading] == ["RECOMMENDATIONS", "BACKGROUND"]
    assert item.tables[0].caption == "Table 1" and item.tables[0].rows == [["2019", "120", "140"]]


def test_provenance_manifest_then_path(tmp_path: Path) -> None:
    doc = _doc("Agenda item", "Budget Update", "Minutes:", "The report was noted.")
    folder = tmp_path / "croydon" / "2018-11-27"
    folder.mkdir(parents=True)
    path = folder / "item.txt"
    path.write_text("x")
    seg = segment(doc, path)
    assert (seg.meeting.council, seg.meeting.date) == ("Croydon", "2018-11-27")
    assert seg.meeting.provenance == {"council": "path", "date": "path"}

    manifest = tmp_path / "meetings.csv"
    manifest.write_text(
        "path,council,committee,date\ncroydon/2018-11-27/item.txt,Sutton,Scrutiny Committee,2018-11-28\n"
    )
    man = Manifest.load(manifest)
    for p in (path, Path("elsewhere/item.txt")):
        assert man.lookup(p) == {"council": "Sutton", "committee": "Scrutiny Committee", "date": "2018-11-28"}
    seg = segment(doc, path, manifest=man)
    assert (seg.meeting.council, seg.meeting.committee, seg.meeting.date) == (
        "Sutton",
        "Scrutiny Committee",
        "2018-11-28",
    )
    assert seg.meeting.provenance == {"council": "manifest", "committee": "manifest", "date": "manifest"}
    assert man.lookup(tmp_path / "other.txt") is None


def test_document_header_wins_over_manifest(tmp_path: Path) -> None:
    doc = _doc(
        "CORPORATE PARENTING PANEL \u2013 10th December 2024",
        "London Borough of Merton",
        "1. Apologies for absence",
        "None.",
    )
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,council,committee,date\nx.txt,Sutton,Other,2020-01-01\n")
    seg = segment(doc, tmp_path / "x.txt", manifest=Manifest.load(manifest))
    m = seg.meeting
    assert (m.council, m.committee, m.date) == ("Merton", "Corporate Parenting Panel", "2024-12-10")
    assert m.provenance == {"council": "document", "committee": "document", "date": "document"}


def test_empty_document_warns() -> None:
    seg = segment(_doc("Supporting documents:"))
    assert seg.items == [] and seg.warnings


def test_decision_repeated_in_minutes_is_one_resolution_each() -> None:
    """A ModernGov page carries the decision twice ("Decision:" block, then "It was RESOLVED
    that:" in the minutes, with vote lines between points): each resolution once."""
    seg = segment(
        _doc(
            "48. Community Grants Programme",
            "To consider applications for community grants.",
            "Decision:",
            "RESOLVED that:",
            "1. the redistribution of unspent ward funding to the grants programme be approved; and",
            "2. the application for \u00a31,500 by the Riverside Youth Club be approved.",
            "Minutes:",
            "The Committee considered the report.",
            "It was RESOLVED that:",
            "1. the redistribution of unspent ward funding to the grants programme be approved; and",
            "Voting: unanimous",
            "2. the application for \u00a31,500 by the Riverside Youth Club be approved.",
            "Voting: unanimous",
            "Councillor Patel was not present for these votes.",
        )
    )
    item = seg.items[0]
    assert item.resolutions == [
        "the redistribution of unspent ward funding to the grants programme be approved; and",
        "the application for \u00a31,500 by the Riverside Youth Club be approved.",
    ]


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (["That the report be noted.", "that the report be NOTED"], ["That the report be noted."]),
        (["A be approved;", "B be approved."], ["A be approved;", "B be approved."]),
        (
            ["the grant to the Youth Club be approved", "the grant to the Youth Club be approved. Carried."],
            ["the grant to the Youth Club be approved. Carried."],
        ),
        (["Note the plan", "Note the plan and agree the budget for 2025/26"], None),
    ],
)
def test_list_entries_deduplicated(entries: list[str], expected: list[str] | None) -> None:
    from minutesmine.segment.sections import dedupe

    assert dedupe(entries) == (entries if expected is None else expected)


def test_bare_numbers_over_titles_across_pages_are_items() -> None:
    """Irish minutes: "21." alone, the title on its own line; bare numbers that open several
    pages are item numbers, not running heads. Vote-tally labels are never items."""
    blocks = []
    for page, (num, title) in enumerate(
        [
            ("21.", "Notice of Motion submitted by Councillor A. Byrne"),
            ("1.", "Adoption of Minutes"),
            ("2.", "Declaration of Interest"),
            ("3.", "Disposal of Land"),
        ],
        start=1,
    ):
        blocks += [
            Block(num, page=page),
            Block(title, page=page),
            Block(f"Discussion of {title.lower()} followed.", page=page),
        ]
    blocks += [
        Block("A vote was taken on the proposal.", page=4),
        Block("For", page=4, bold=True),
        Block("Councillors Byrne, Kelly and Walsh.", page=4),
        Block("Against", page=4, bold=True),
        Block("Councillors Moran and Ryan.", page=4),
        Block("Abstentions", page=4, bold=True),
        Block("There were no abstentions.", page=4),
    ]
    seg = segment(ReadResult(blocks=blocks, format="text", pages=4))
    assert [(i.number, i.title) for i in seg.items] == [
        ("21", "Notice of Motion submitted by Councillor A. Byrne"),
        ("1", "Adoption of Minutes"),
        ("2", "Declaration of Interest"),
        ("3", "Disposal of Land"),
    ]
