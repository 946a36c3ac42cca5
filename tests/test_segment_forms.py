"""Example tables for forms seen on public ModernGov pages of UK councils (paraphrased).

Each row is a synthetic line or document in the same FORM as a real page: link chrome after
titles, unlabelled resolutions, lead-ins before lettered points, decision-detail pages,
owner tags on action points, paragraph-numbered resolutions.
"""

from __future__ import annotations

import pytest

from minutesmine.blocks import Block, ReadResult
from minutesmine.segment import segment
from minutesmine.segment.cues import standalone_resolution, strip_trailing_chrome
from minutesmine.segment.sections import _owner, narrative_actions

TRAILING = [
    ("Minutes pdf icon PDF 100 KB", "Minutes"),
    ("Ofsted Action Plan and Progress Update pdf icon PDF 107 KB", "Ofsted Action Plan and Progress Update"),
    (
        "14 Ofsted Update Report - Children's Services PDF 161 KB",
        "14 Ofsted Update Report - Children's Services",
    ),
    ("Fostering Annual Report (PDF, 1.4 MB)", "Fostering Annual Report"),
    ("Work Programme PDF 3 MB", "Work Programme"),
    ("PDF 9 KB", "PDF 9 KB"),  # whole-line chrome is left to is_chrome
    ("The file had grown to 20 KB", "The file had grown to 20 KB"),
]


@pytest.mark.parametrize(("line", "expected"), TRAILING, ids=[t[0][:30] for t in TRAILING])
def test_trailing_link_chrome(line: str, expected: str) -> None:
    assert strip_trailing_chrome(line) == expected


STANDALONE = [
    ("That the report be noted.", True),
    ("That the verbal update be noted.", True),
    ("That the recommendations in the report be approved.", True),
    ("That, subject to the amendments, the work programme be agreed.", True),
    ("That the Committee notes the progress made.", True),
    ("That, whilst the aims might be supported, the costs be considered.", False),
    ("That was the view of the young people.", False),
    ("that the report be noted.", False),
    ("The report was noted.", False),
]


@pytest.mark.parametrize(("line", "resolution"), STANDALONE, ids=[s[0][:30] for s in STANDALONE])
def test_unlabelled_resolutions(line: str, resolution: bool) -> None:
    assert (standalone_resolution(line) is not None) is resolution


OWNERS = [
    ("Director of Children's Services", "Director of Children's Services"),
    ("JB to circulate the figures", "JB"),
    ("Raise the contract extension with the Chief Executive. (Owner: Chris Botten)", "Chris Botten"),
    ("Add transitions to the work programme (Lead officer: Scrutiny Officer)", "Scrutiny Officer"),
]


@pytest.mark.parametrize(("entry", "owner"), OWNERS, ids=[o[0][:30] for o in OWNERS])
def test_action_owners(entry: str, owner: str) -> None:
    assert _owner(entry) == owner


def _seg(*paras: str):
    return segment(ReadResult(blocks=[Block(p) for p in paras], format="text"))


def test_titles_lose_link_chrome_and_items_keep_numbers() -> None:
    seg = _seg(
        "Children and Young People Select Committee - Wednesday 25th September, 2024 5.00 pm",
        "CYP/17/24",
        "Minutes pdf icon PDF 100 KB",
        "To approve the minutes of the last meeting.",
        "Minutes:",
        "AGREED that the minutes be confirmed as a correct record.",
        "CYP/18/24",
        "Review of Attainment pdf icon PDF 3 MB",
        "Minutes:",
        "The Committee reviewed the draft report.",
    )
    assert [(i.number, i.title) for i in seg.items] == [
        ("CYP/17/24", "Minutes"),
        ("CYP/18/24", "Review of Attainment"),
    ]


def test_lead_in_before_points_gives_one_entry_per_point() -> None:
    seg = _seg(
        "Agenda item",
        "Scrutiny of a Cabinet Decision",
        "Minutes:",
        "The Cabinet received the report of the scrutiny committee.",
        "RESOLVED: That the Cabinet:-",
        "(a) notes the request that the decision be deferred;",
        "(b) agrees to defer the decision; and",
        "(c) agrees to provide more detail to the committee.",
    )
    assert seg.items[0].resolutions == [
        "notes the request that the decision be deferred;",
        "agrees to defer the decision; and",
        "agrees to provide more detail to the committee.",
    ]
    seg = _seg(
        "6 Governance Arrangements",
        "Minutes:",
        "Consideration was given to the arrangements.",
        "RESOLVED",
        "For the reasons set out in the report: -",
        "1. That a Corporate Parenting Board be established.",
        "1. That training be provided for all Members.",
    )
    assert seg.items[0].resolutions == [
        "That a Corporate Parenting Board be established.",
        "That training be provided for all Members.",
    ]


def test_unlabelled_resolution_after_the_minutes_not_in_agenda_text() -> None:
    seg = _seg(
        "Agenda item",
        "Overview and Scrutiny Review Updates",
        "Verbal update by the Scrutiny Officer.",
        "The officer noted that the working group had met twice.",
        "That the verbal update be noted.",
    )
    assert seg.items[0].resolutions == ["That the verbal update be noted."]
    assert seg.meeting.committee is None  # the item's own title is not the meeting
    seg = _seg(
        "Agenda item",
        "Budget Report",
        "That the report be noted.",  # agenda text before "Minutes:": the recommendation put
        "Minutes:",
        "The report was presented and discussed.",
    )
    assert seg.items[0].resolutions == []


def test_paragraph_numbered_resolutions_and_glued_marker() -> None:
    seg = _seg(
        "1.",
        "PROCEDURAL BUSINESS",
        "Minutes:",
        "1.4 The Committee considered whether the press and public should be excluded.",
        "1.5 RESOLVED - That the press and public be not excluded from the meeting.",
        "2.",
        "MINUTES OF THE PREVIOUS MEETING",
        "Minutes:",
        "2.1 RESOLVEDThat the minutes of the meeting held on 1 April 2008 be approved.",
    )
    assert [i.resolutions for i in seg.items] == [
        ["That the press and public be not excluded from the meeting."],
        ["That the minutes of the meeting held on 1 April 2008 be approved."],
    ]


def test_decision_details_page_paragraphs_are_minutes() -> None:
    seg = _seg(
        "Decision details",
        "Update to the Panel's Terms of Reference",
        "Decisions:",
        "17.1 The Committee considered a report on changes to the terms of reference.",
        "17.2 A query was raised about the quorum and the Director said the wording would be adjusted.",
        "17.3 Resolved \u2013 That the revised terms of reference be endorsed.",
        "Decided at meeting: 24/09/2021 - Governance Committee",
    )
    item = seg.items[0]
    assert item.title == "Update to the Panel's Terms of Reference"
    assert item.resolutions == ["That the revised terms of reference be endorsed."]
    assert (seg.meeting.committee, seg.meeting.date) == ("Governance Committee", "2021-09-24")


def test_inline_capital_titles_with_text_after_a_dash_are_items() -> None:
    seg = _seg(
        "Children and Young People Scrutiny Panel \u2013 21 March 2011",
        "PRESENT: Councillor Wilson in the chair.",
        "Councillors Bainbridge, Cawsey and Whiteley.",
        "219 DECLARATIONS OF INTEREST \u2013 There were no declarations of interest.",
        "220 PUBLIC REQUESTS TO SPEAK \u2013 There were no public requests received.",
        "221 (28) SCRUTINY OVERVIEW \u2013 Safeguarding on Election Days \u2013 The chair opened.",
        "Resolved \u2013 (a) That members be thanked for their input, and (b) that the report be approved.",
    )
    assert [i.title for i in seg.items] == [
        "DECLARATIONS OF INTEREST",
        "PUBLIC REQUESTS TO SPEAK",
        "SCRUTINY OVERVIEW \u2013 Safeguarding on Election Days",
    ]
    assert seg.items[1].sections[0].text == "There were no public requests received."
    assert seg.items[2].resolutions == [
        "That members be thanked for their input, and",
        "that the report be approved.",
    ]
    m = seg.meeting
    assert (m.committee, m.date) == ("Children and Young People Scrutiny Panel", "2011-03-21")
    assert [(a.name, a.role) for a in m.attendees][:2] == [
        ("Councillor Wilson", "Chair"),
        ("Bainbridge", None),
    ]


def test_heading_markup_makes_sentence_like_titles_items() -> None:
    heads = [
        "Substitutions",
        "To take the minutes of the meeting held on 3 November as a correct record",
        "Public speaking requests, if any.",
    ]
    blocks = [Block("Agenda and draft minutes", kind="heading")]
    for h in heads:
        blocks += [Block(h, kind="heading"), Block("There were none.")]
    seg = segment(ReadResult(blocks=blocks, format="html"))
    assert [i.title for i in seg.items] == heads


def test_decision_lead_in_before_resolved_to_is_not_a_resolution() -> None:
    seg = _seg(
        "5 Youth Justice Plan",
        "Decision:",
        "Having considered all of the information, Cabinet noted the report and,",
        "RESOLVED to",
        "Recommend that the Youth Justice Plan be presented to Full Council for approval.",
    )
    assert seg.items[0].resolutions == [
        "Recommend that the Youth Justice Plan be presented to Full Council for approval."
    ]


NARRATIVE_ACTIONS = [
    ("The Director offered to circulate the caseload figures by team.", "The Director"),
    ("The Head of Service agreed to circulate the audit results.", "The Head of Service"),
    (
        "The Head of Service, Sufficiency & Permanency would provide an updated plan at the next meeting.",
        "The Head of Service, Sufficiency & Permanency",
    ),
    ("Cllr Tomar would send members the membership details.", "Cllr Tomar"),
    ("The new hub would provide support to families at the next stage.", None),
    ("In response, the Director pointed out that a solution would provide members with choice.", None),
]


@pytest.mark.parametrize(("sentence", "owner"), NARRATIVE_ACTIONS, ids=[a[0][:30] for a in NARRATIVE_ACTIONS])
def test_narrative_undertakings(sentence: str, owner: str | None) -> None:
    found = narrative_actions(sentence)
    assert [a.owner for a in found] == ([owner] if owner else [])


def test_title_ending_in_a_colon_over_its_bullets() -> None:
    seg = _seg(
        "Agenda item",
        "Next Steps and Forward Plan:",
        "\u2022 Corporate Parenting Action Plan",
        "\u2022 Annual reporting themes",
        "Minutes:",
        "The Head of Service introduced the papers.",
    )
    assert seg.items[0].title == "Next Steps and Forward Plan"


def test_colon_letters_in_a_resolution_and_purpose_label() -> None:
    seg = _seg(
        "Agenda item",
        "Assistive Technology Review",
        "Purpose:",
        "To consider the report of the review panel.",
        "Minutes:",
        "The Chairman presented the report.",
        "RESOLVED:",
        "That Cabinet:",
        "A:        Welcomes the commitment to independent living.",
        "B:        Agrees the recommendations of the review.",
    )
    item = seg.items[0]
    assert item.purpose == "To consider the report of the review panel."
    assert item.resolutions == [
        "Welcomes the commitment to independent living.",
        "Agrees the recommendations of the review.",
    ]
