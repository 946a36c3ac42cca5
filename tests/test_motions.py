"""Motions and votes: every cue row's example matches as it says, and one row per real-world
shape of a minuted motion (names invented) gives the mover, seconder, words, outcome and votes."""

from __future__ import annotations

from typing import Any

import pytest

from minutesmine.models import AgendaItem, Motion, Section
from minutesmine.segment.motions import (
    add_motions,
    find_motions,
    opener_rows,
    outcome_rows,
    outcome_words,
    procedural_rows,
    vote_rows,
)

ROWS = [*opener_rows(), *outcome_rows(), *vote_rows()]


@pytest.mark.parametrize("form", ROWS, ids=[f.row.id for f in ROWS])
def test_cue_row_example_matches(form):
    m = form.regex.search(form.row.example)
    assert m is not None, form.row.pattern
    for group, want in form.row.expect.items():
        assert (m.groupdict().get(group) or "").strip() == want


def test_outcome_words_cover_the_outcome_groups():
    assert outcome_words()["carried"].value == "carried"
    assert outcome_words()["defeated"].value == "lost"


# (id, text, expected motions: (text prefix, mover, seconder, outcome, {votes}))
SHAPES = [
    ("uk_moved_seconded_put_to_vote",
     "It was moved by Councillor Ann Patel and seconded by Councillor Tom Reed that the report be noted.\n"
     "On being put to the vote the motion was CARRIED.",
     [("the report be noted", "Councillor Ann Patel", "Councillor Tom Reed", "carried", {})]),
    ("uk_recorded_vote",
     "It was moved by Cllr Hale, seconded by Cllr Moss, that the budget be approved.\n"
     "For (3) Mr A Brown, Mrs C Green, Ms D White\nAgainst (1) Mr E Black\nAbstain (0)\n"
     "The motion was declared carried.",
     [("the budget be approved", "Cllr Hale", "Cllr Moss", "carried",
       {"for": 3, "against": 1, "abstain": 0})]),
    ("uk_amendment_lost",
     "It was moved by Councillor Ruth Ames, seconded by Councillor Leo Kent, as an amendment, that the "
     "words 'be noted' be replaced by 'be deferred'.\nThe amendment was LOST.",
     [("the words 'be noted' be replaced", "Councillor Ruth Ames", "Councillor Leo Kent", "lost", {})]),
    ("uk_moved_and_seconded_without_names",
     "It was moved and seconded that the Minutes of the meeting held on 15 May be confirmed as a correct "
     "record.\n"
     "The vote was taken and the motion was declared carried.",
     [("the Minutes of the meeting held on 15 May be confirmed", None, None, "carried", {})]),
    ("irish_proposed_seconded_and_resolved",
     "Proposed by Councillor Dunne;\nSeconded by Councillor Walsh (P);\nAnd Resolved:\n"
     "\"That, the draft Minutes, as circulated, be taken as read and adopted.\"",
     [("That, the draft Minutes", "Councillor Dunne", "Councillor Walsh (P)", "carried", {})]),
    ("irish_notice_of_motion",
     "I will move at the next Meeting that this Council write to the Minister for Rural Roads.\n"
     "In moving the Motion, Councillor Brophy outlined the need for funding.\n"
     "The Motion was seconded by Councillor Nolan.",
     [("this Council write to the Minister", "Councillor Brophy", "Councillor Nolan", None, {})]),
    ("irish_on_the_proposal_of",
     "On the proposal of Councillor Quinn, seconded by Councillor Lacey, the date of the May Meeting "
     "was re-fixed to Monday, 2nd June.",
     [("the date of the May Meeting was re-fixed", "Councillor Quinn", "Councillor Lacey", "carried", {})]),
    ("irish_recorded_for_against_paragraphs",
     "It was proposed by Councillor Rice, seconded by Councillor Shaw, not to change the frequency.\n"
     "For\nCouncillors Adams, Byrne (T), Cole. (3)\nAgainst\nCouncillors Doyle, Egan. (2)\n"
     "Abstentions\nThere were no abstentions.\nThe Chair declared the proposal as carried.",
     [("not to change the frequency", "Councillor Rice", "Councillor Shaw", "carried",
       {"for": 3, "against": 2, "abstain": 0})]),
    ("canada_numbered_resolution",
     "R2024-101 A. Lowe, B. Grant:\nTHAT we donate $100 to the Fall Fair. Carried.",
     [("THAT we donate $100 to the Fall Fair", "A. Lowe", "B. Grant", "carried", {})]),
    ("canada_escribe_moved_by_blockquote",
     "> **Moved by:** Councillor Pine\n> **Seconded by:** Councillor Oak\n"
     "That the report BE RECEIVED.\nMotion Carried (13 to 2)",
     [("That the report BE RECEIVED", "Councillor Pine", "Councillor Oak", "carried",
       {"for": 13, "against": 2})]),
    ("us_motion_by_passed_count",
     "Motion by Commissioner Vega, seconded by Commissioner Cho, to approve the minutes; motion passed 5-0.",
     [("to approve the minutes", "Commissioner Vega", "Commissioner Cho", "carried",
       {"for": 5, "against": 0})]),
    ("us_made_a_motion_failed",
     "Commissioner Ray Ford made a motion, seconded by Commissioner Lin, to continue the item, and the "
     "motion failed.",
     [("to continue the item", "Commissioner Ray Ford", "Commissioner Lin", "lost", {})]),
    ("us_legistar_record_block",
     "RESULT:\tAPPROVED [UNANIMOUS]\nMOTION BY:\tOrtiz\nSECOND:\tPrice\nAYES:\tOrtiz, Price, Ng\n"
     "ABSENT:\tVale",
     [("APPROVAL OF MINUTES", "Ortiz", "Price", "carried", {"for": 3, "against": 0})]),
    ("us_yeas_nays",
     "By Director Horn.\nResolved, by the Board of Control of the City that all bids are rejected.\n"
     "Yeas: Directors Horn, Lake,\nMoss, and Reid.\nNays: None.",
     [("all bids are rejected", "Director Horn", None, "carried", {"for": 4, "against": 0})]),
    ("us_portland_disposition",
     "Motion to accept the substitute report: Moved by Mayor Banks and seconded by Commissioner Hale. (Y-5)",
     [("accept the substitute report", "Mayor Banks", "Commissioner Hale", "carried", {"for": 5})]),
    ("us_bullet_motion_second",
     "\u2022 Minutes from 10/12/17 meeting approved \u2013 R. Stone (motion), K. Marsh (second)",
     [("Minutes from 10/12/17 meeting", "R. Stone", "K. Marsh", "carried", {})]),
    ("us_bullet_record_without_outcome_word",
     "\u2022 Meeting called to order at 9:05am \u2013 L. Park (motion), D. Wu (second)",
     [("Meeting called to order at 9:05am", "L. Park", "D. Wu", "carried", {})]),
    ("au_nz_moved_seconded_carried",
     "Moved Cr J. Ellis\nSeconded Cr P. Ward\nThat the report be received.\nCARRIED",
     [("That the report be received", "Cr J. Ellis", "Cr P. Ward", "carried", {})]),
    ("uk_moved_seconded_and_resolved_dash",
     "It was moved by Councillor Hart seconded by Councillor Penn and\n"
     "RESOLVED \u2013 That the minutes of the meeting held on 1st May be approved.",
     [("That the minutes of the meeting held on 1st May", "Councillor Hart", "Councillor Penn", "carried",
       {})]),
    ("uk_there_voted_for_dot_leaders",
     "It was moved by Councillor Ryle,\nSeconded by Councillor Dunn,\n"
     "\u201cThat the Minutes be approved.\u201d\n"
     "The Mayor put the Minutes to the Council and they were declared carried by 3 votes, to 2 votes, "
     "with 1 abstention.\nThere voted for the Minutes:\nCouncillors Abel, Bray, Cole ........ 3\n"
     "There voted against the Minutes:\nCouncillors Drew and Eden ......... 2",
     [("That the Minutes be approved", "Councillor Ryle", "Councillor Dunn", "carried",
       {"for": 3, "against": 2, "abstain": 1})]),
    ("uk_moderngov_recorded_vote_table",
     "Moved by Councillor Okoro, seconded by Councillor Lamb, that the budget be approved.\n"
     "Motion status: Carried\nFor\tR H Allen, N Baines and I K Cross\t3\nAgainst\tNone\t0\nAbstain\tNone\t0",
     [("the budget be approved", "Councillor Okoro", "Councillor Lamb", "carried",
       {"for": 3, "against": 0, "abstain": 0})]),
    ("ca_motion_label_moved_by_with_id",
     "MOTION: That the March minutes be adopted.\nMoved by: Dana Frost (ab123)\nSeconded by: Mary Dale\n"
     "VOTE: All in favour",
     [("That the March minutes be adopted.", "Dana Frost", "Mary Dale", "carried", {})]),
    ("au_were_moved_by_carried",
     "The Minutes of the previous meeting were moved by Jon Tate and seconded by Cody Bell. Carried.",
     [("APPROVAL OF MINUTES", "Jon Tate", "Cody Bell", "carried", {})]),
    ("irish_declared_appointed",
     "Proposed by Councillor Nash;\nSeconded by Councillor Hickey-\nO'Brien (T);\n"
     "\"That, Councillor Rose Kane be appointed to the Civic Trust.\"\n"
     "As there were no other nominations, the Chair declared Councillor Rose Kane appointed.",
     [("That, Councillor Rose Kane be appointed", "Councillor Nash", "Councillor Hickey-O'Brien (T)",
       "carried", {})]),
    ("us_disposition_then_next_motion",
     "Motion to accept the substitute: Moved by Commissioner Hale and seconded by Commissioner Ross. "
     "(Y-4) PASSED TO SECOND READING 58 Accept the report Motion to amend the report: Moved by Mayor Banks "
     "and seconded by Commissioner Hale. (Y-4)",
     [("accept the substitute", "Commissioner Hale", "Commissioner Ross", "carried", {"for": 4}),
      ("amend the report", "Mayor Banks", "Commissioner Hale", "carried", {"for": 4})]),
    ("irish_notice_quoted_then_proposed_same_line",
     "I will move at the next Meeting that this Council amend the Plan to include the following: "
     "'Homes be allowed.' The Motion was proposed by Councillor Ruane and seconded by Councillor Moore.\n"
     "And that an inspection be carried out ahead of the works.",
     [("this Council amend the Plan", "Councillor Ruane", "Councillor Moore", None, {})]),
    ("irish_lettered_heading_then_proposal",
     "(g)\nDate for May Meeting\nOn the proposal of Councillor Quinn, seconded by Councillor Lacey, "
     "the date of the May Meeting was re-fixed.",
     [("the date of the May Meeting was re-fixed", "Councillor Quinn", "Councillor Lacey", "carried", {})]),
    ("uk_proposal_seconded_voted_on",
     "A proposal was made by the Chair to defer the decision to March. The proposal was seconded by "
     "Councillor Amin, voted on and carried.",
     [("to defer the decision to March", "the Chair", "Councillor Amin", "carried", {})]),
]


@pytest.mark.parametrize("text,expected", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_motion_shapes(text, expected):
    found = find_motions(text, "APPROVAL OF MINUTES")
    assert len(found) == len(expected), [m.text for m in found]
    for m, (words, mover, seconder, outcome, votes) in zip(found, expected, strict=True):
        assert m.text.startswith(words) or words in m.text
        assert (m.mover, m.seconder) == (mover, seconder)
        assert (m.outcome.value if m.outcome else None) == outcome
        got = m.votes.model_dump(by_alias=True)
        assert {k: got[k] for k in votes} == votes


NOT_MOTIONS = [
    ("resolution_without_vote", "RESOLVED: That the report be noted."),
    ("narrative_carried_out", "The works were carried out in 2025 and the report was presented."),
    ("for_a_discussion", "For a discussion of agenda items, please consult the recording."),
    ("for_information_after_motion",
     "Moved by Cllr Fox, seconded by Cllr Hart, that X be noted.\nFor Information"),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_MOTIONS], ids=[i for i, _ in NOT_MOTIONS])
def test_not_motions_nor_votes(text):
    assert all(not m.recorded for m in find_motions(text, "Item"))
    assert not any(m.text.startswith(("RESOLVED", "The works", "For a")) for m in find_motions(text, "Item"))


def test_disposition_alone_is_the_items_motion():
    (m,) = find_motions("(Ordinance) (Y-5) 184355", "Pay claim of Jane Doe")
    assert (m.text, m.outcome.value, m.votes.for_) == ("Pay claim of Jane Doe", "carried", 5)


def test_amendment_then_motion_dispositions():
    text = ("(Report) 15 minutes requested Motion to accept substitute report: Moved by Mayor Banks "
            "and seconded by Commissioner Hale. (Y-5) (Y-5) ACCEPTED AS AMENDED")
    found = find_motions(text, "Accept the Report")
    assert [(m.text, m.kind.value, m.votes.for_) for m in found] == [
        ("accept substitute report", "amendment", 5), ("Accept the Report", "motion", 5)]


def test_bracketed_note_is_not_the_motion():
    (m,) = find_motions("(Second Reading Agenda 12)\n(Y-5) 184353", "Call for bids")
    assert m.text == "Call for bids"


def test_recorded_votes_by_name():
    (m,) = find_motions("Moved by Cllr Fox, seconded by Cllr Hart, that X be approved.\n"
                        "AYES: Fox, Hart\nNOES: Lee\nABSENT: Kim\nCarried.", "Item")
    assert [(r.name, r.vote.value) for r in m.recorded] == [
        ("Fox", "for"), ("Hart", "for"), ("Lee", "against"), ("Kim", "absent")]


def test_carried_motion_joins_resolutions_once():
    item = AgendaItem(title="Grants", sections=[Section(kind="minutes", text=(
        "Moved by Cllr Fox\nSeconded by Cllr Hart\nThat the grant be approved.\nCARRIED"))])
    item.resolutions = ["That the grant be approved."]
    add_motions(item)
    assert len(item.motions) == 1 and item.resolutions == ["That the grant be approved."]
    item.resolutions = []
    add_motions(item)
    assert item.resolutions == ["That the grant be approved."]


def test_motion_json_uses_contract_names():
    m = Motion(text="That X", votes={"for": 2})
    assert '"for":2' in m.model_dump_json()


def test_numbered_motion_with_be_it_resolved_received_and_adopted() -> None:
    """A "Motion No." heading, mover and seconder on one line without a stop, then "Be it
    resolved that ... be received and adopted." and "Carried.": one carried motion, whose
    words keep "and adopted" (a verb of the text, not its outcome)."""
    [m] = find_motions(
        "Motion No. C200715-1\nMoved by Scott, Seconded by Hough\n"
        "Be it resolved that the agenda for the meeting of July 15, 2020 be received and adopted.\nCarried."
    )
    assert (m.mover, m.seconder, m.outcome.value) == ("Scott", "Hough", "carried")
    assert m.text.endswith("be received and adopted.")


@pytest.mark.parametrize("row", procedural_rows(), ids=lambda r: r[0])
def test_every_procedural_motion_row_matches_its_example(row: tuple[str, Any, str]) -> None:
    _, regex, example = row
    assert regex.search(example)


@pytest.mark.parametrize(
    ("text", "in_resolutions"),
    [
        ("Moved by Cllr A. Reid, seconded by Cllr B. Kaur, to adjourn the meeting for 15 minutes. Carried.",
         False),
        ("Proposed by Cllr Ryan, seconded by Cllr Daly, that Standing Order No. 4 be suspended. Agreed.",
         False),
        ("Moved by Cllr A. Reid, seconded by Cllr B. Kaur, that the report be noted. Carried.", True),
    ],
)
def test_procedural_motions_are_not_resolutions(text: str, in_resolutions: bool) -> None:
    item = AgendaItem(title="Budget 2025", sections=[Section(kind="minutes", text=text)])
    add_motions(item)
    assert item.motions and item.motions[0].outcome.value == "carried"
    assert bool(item.resolutions) == in_resolutions


def test_nomination_moved_and_seconded_with_bare_initials() -> None:
    """UK printed minutes write initials without full stops ("Mr J H Smith"); a nomination
    moved and seconded, then RESOLVED, is one carried motion whose words are the resolution."""
    [m] = find_motions(
        "The nomination of Mr A P Miller was moved by Mr J H Smith and seconded by Mrs E A Eyre. "
        "There were no other nominations.\nRESOLVED that Mr A P Miller be elected Chairman of the Council.",
        "Chairman",
    )
    assert (m.mover, m.seconder, m.outcome.value) == ("Mr J H Smith", "Mrs E A Eyre", "carried")
    assert m.text.startswith("that Mr A P Miller be elected Chairman")


def test_australian_resolution_block_with_points() -> None:
    """"RESOLUTION 2023/43 / Moved: Cr X / Seconded: Cr Y / That Council: / 1. ... / 2. ... /
    CARRIED", then the next line: the motion is carried, and the item's resolutions are its
    points (the lead-in "That Council:" is not one)."""
    text = (
        "RESOLUTION 2023/43\nMoved: Cr P Lee\nSeconded: Cr K Brown\nThat Council:\n"
        "1. Adopt the Road Resurfacing Program 2023/24.\n2. Note that 14 kilometres will be resurfaced.\n"
        "CARRIED\nThe meeting closed at 7.15pm."
    )
    points = ["Adopt the Road Resurfacing Program 2023/24.", "Note that 14 kilometres will be resurfaced."]
    item = AgendaItem(
        title="Road Resurfacing Program", sections=[Section(kind="minutes", text=text)], resolutions=points
    )
    add_motions(item)
    [m] = item.motions
    assert (m.mover, m.seconder, m.outcome.value) == ("Cr P Lee", "Cr K Brown", "carried")
    assert len(item.resolutions) == 2
