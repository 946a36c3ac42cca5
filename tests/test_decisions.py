"""Example tables: decisions wherever minutes write them (names invented, forms real).

One row per sentence or layout shape seen in councils' minutes: a resolution opening a
numbered paragraph of printed minutes or sitting mid-paragraph, US "Be it resolved",
Irish "On the proposal of ..., seconded by ..., ..." and notices of motion "proposed,
seconded and adopted", bullet minutes "X approved - A. Name (motion)", plain outcomes.
"""

from __future__ import annotations

import pytest

from minutesmine.blocks import Block, ReadResult
from minutesmine.segment import segment
from minutesmine.segment.cues import match_section
from minutesmine.segment.outcomes import narrative_decisions, outcome_examples, outcome_rows
from minutesmine.segment.requests import narrative_requests, request_rows
from minutesmine.segment.sections import narrative_actions

HEADER = "Minutes of the meeting of the Cabinet held on 5 March 2024"


def _seg(*paras: str):
    """Segment paragraphs as the body of a minutes document (its title line first)."""
    return segment(ReadResult(blocks=[Block(p) for p in (HEADER, *paras)], format="text"))


def _item(*paras: str):
    """The resolutions of one item titled "Budget Monitoring"."""
    seg = _seg("1. Budget Monitoring", *paras)
    return seg.items[0].resolutions


@pytest.mark.parametrize(("row_id", "example"), outcome_examples(), ids=[e[0] for e in outcome_examples()])
def test_every_outcome_row_matches_its_example(row_id: str, example: str) -> None:
    row = next(r for r in outcome_rows() if r.id == row_id)
    assert row.regex.match(example)


MARKERS = [
    ("5. RESOLVED that the report be noted.", "that the report be noted."),
    ("(2) It was RESOLVED to award the contract to Tarn Ltd.", "to award the contract to Tarn Ltd."),
    ("3) AGREED that the item be deferred.", "that the item be deferred."),
    ("(b) Resolved: That the plan be endorsed.", "That the plan be endorsed."),
    (
        "Be it resolved by the Board of Control that the bid be accepted.",
        "by the Board of Control that the bid be accepted.",
    ),
    (
        "Be it further resolved that the Director is authorized to sign.",
        "that the Director is authorized to sign.",
    ),
    ("NOW, THEREFORE, BE IT RESOLVED THAT the Council adopts the plan.", "THAT the Council adopts the plan."),
    ("1. Recommendations", None),  # a numbered report heading is no paragraph-opened decision
    ("4. Members asked about the overspend.", None),
]


@pytest.mark.parametrize(("line", "rest"), MARKERS, ids=[m[0][:40] for m in MARKERS])
def test_decision_markers_on_numbered_paragraphs(line: str, rest: str | None) -> None:
    hit = match_section(line)
    assert (hit[1] if hit is not None and hit[0].label == "resolution" else None) == rest


PRINTED = [
    # (paragraphs of one item, its resolutions)
    (
        (
            "1. Mr Oakes introduced the report.",
            "2. RESOLVED that the report be noted.",
            "3. The Chair thanked him.",
        ),
        ["that the report be noted."],
    ),
    (
        (
            "1. Members asked about the overspend. RESOLVED that:",
            "(a) the forecast overspend of £4.2m be noted;",
            "(b) the management action be agreed; and",
            "(c) the position be reported to the next meeting.",
            "2. The Chair moved to the next item.",
        ),
        [
            "the forecast overspend of £4.2m be noted;",
            "the management action be agreed; and",
            "the position be reported to the next meeting.",
        ],
    ),
    (
        ("(1) The Cabinet Member introduced the report. It was resolved to defer the decision to March.",),
        ["to defer the decision to March."],
    ),
    (
        (
            "5. RESOLVED that:",
            "1. the budget be approved;",
            "2. the fees be increased by 3%.",
            "6. Members discussed parking.",
        ),
        ["the budget be approved;", "the fees be increased by 3%."],
    ),
]


@pytest.mark.parametrize(("paras", "expected"), PRINTED, ids=[f"printed{k}" for k in range(len(PRINTED))])
def test_printed_minutes_paragraph_decisions(paras: tuple[str, ...], expected: list[str]) -> None:
    assert _item(*paras) == expected


NARRATIVE = [
    # (paragraphs, decisions that always count, decisions that count only unlabelled)
    (
        [
            "On the proposal of Councillor Reid, seconded by Councillor Okafor (M), the date of the June "
            "Meeting was re-fixed to Monday, 30th June."
        ],
        ["the date of the June Meeting was re-fixed to Monday, 30th June."],
        [],
    ),
    (
        ["On the proposal of Councillor Reid, seconded by Councillor Okafor, the Recommendation was agreed."],
        [],
        [],
    ),
    (
        [
            "I will move at the next Meeting that this Council write to the Minister asking for",
            "a plan to repair rural roads.",
            "Members supported the Motion.",
            "The Motion was proposed by Councillor Reid, seconded by Councillor Okafor, and adopted.",
        ],
        ["this Council write to the Minister asking for a plan to repair rural roads."],
        [],
    ),
    (
        [
            "We will move that the Council call on the Minister to fund school buses.",
            "The Motion was proposed by Councillor Reid and seconded by Councillor Okafor.",
        ],
        [],  # put, never adopted
        [],
    ),
    (
        [
            "The Mayor declared the proposal of Councillor Reid, seconded by Councillor Okafor "
            "- that meetings would remain monthly - as carried."
        ],
        ["that meetings would remain monthly"],
        [],
    ),
    (
        [
            "• Minutes from 10/14/19 meeting approved – J. Ortiz (motion), K. Lund (second)",
            "o APPROVED – 2020 Meetings Calendar",
        ],
        ["Minutes from 10/14/19 meeting approved", "2020 Meetings Calendar"],
        [],
    ),
    (
        ["The committee received and noted the Work Programme.", "The Committee noted that costs had risen."],
        [],
        ["The committee received and noted the Work Programme."],
    ),
    (
        ["The minutes of the meeting held on 4 March 2025 were approved as a correct record."],
        [],
        ["The minutes of the meeting held on 4 March 2025 were approved as a correct record."],
    ),
    (["The report was otherwise noted."], [], ["The report was otherwise noted."]),
    (["The Chair noted the apologies of the Vice-Chair."], [], []),
]


@pytest.mark.parametrize(("paras", "always", "unlabelled"), NARRATIVE, ids=[n[0][0][:40] for n in NARRATIVE])
def test_narrative_decisions(paras: list[str], always: list[str], unlabelled: list[str]) -> None:
    got = narrative_decisions(paras)
    assert (got.always, got.unlabelled) == (always, unlabelled)


NATIONAL_FORMS = [
    # (paragraphs of one item, its resolutions): UK, Irish, Scottish and Welsh forms
    pytest.param(
        (
            "The Minute of the Meeting held on 27 August was considered.",
            "DECISION",
            "AGREED that the Minute be approved.",
        ),
        ["that the Minute be approved."],
        id="scottish-decision-heading-agreed",
    ),
    pytest.param(
        ("The Convener read out a letter of thanks.", "DECISION", "NOTED."),
        ["NOTED."],
        id="scottish-decision-noted",
    ),
    pytest.param(
        (
            "The Council considered a report by the Leader.",
            "Decision",
            "1. Noted the contents of the report.",
            "2. Agreed to hold a seminar for Members.",
        ),
        ["Noted the contents of the report.", "Agreed to hold a seminar for Members."],
        id="scottish-decision-numbered-points",
    ),
    pytest.param(
        (
            "The Committee agreed:-",
            "(1) to note the report; and",
            "(2) to instruct the Director to report back.",
        ),
        ["to note the report; and", "to instruct the Director to report back."],
        id="scottish-committee-agreed-list",
    ),
    pytest.param(
        ("The Head of Finance presented the report.", "RESOLVED \u2013 That the report be noted."),
        ["That the report be noted."],
        id="welsh-resolved-dash",
    ),
    pytest.param(
        ("On the proposal of Cllr T. Walsh, seconded by Cllr M. Burke, it was agreed to adopt the Plan.",),
        ["to adopt the Plan."],
        id="irish-proposal-it-was-agreed",
    ),
    pytest.param(
        ("Members discussed the timetable. The Committee agreed to defer the item to the next meeting.",),
        ["to defer the item to the next meeting."],
        id="uk-committee-agreed-to",
    ),
    pytest.param(
        ("After a short discussion, it was agreed that the consultation be extended by four weeks.",),
        ["that the consultation be extended by four weeks."],
        id="uk-it-was-agreed-mid-sentence",
    ),
    pytest.param(
        ("After discussion, it was agreed that officers would circulate the figures.",),
        [],
        id="agreed-that-would-is-not-a-decision",
    ),
    pytest.param(
        (
            "It was moved and seconded that the Minutes be confirmed as a correct record.",
            "The vote was taken and the motion was declared carried.",
        ),
        ["the Minutes be confirmed as a correct record"],
        id="uk-moved-and-seconded-declared-carried",
    ),
]


NATIONAL_FORMS += [
    pytest.param(
        ("The officer presented the report.", "The recommendations set out in the report were approved."),
        ["The recommendations set out in the report were approved."],
        id="uk-recommendations-were-approved",
    ),
    pytest.param(
        (
            "Councillor Hale moved that the report be noted. The motion was seconded by Councillor Ross "
            "and carried.",
        ),
        ["that the report be noted"],
        id="uk-motion-seconded-and-carried",
    ),
    pytest.param(
        (
            "Moved by Councillor Hale, Seconded by Councillor Ross,\n(46) That we recommend to Council:\n"
            "A) That the 2024 tax rates be approved; and\nB) That the by-law be presented to Council.\n"
            "Carried",
        ),
        ["That the 2024 tax rates be approved; and", "That the by-law be presented to Council."],
        id="on-regional-numbered-resolution-with-lettered-points",
    ),
]


@pytest.mark.parametrize(("paras", "expected"), NATIONAL_FORMS)
def test_national_decision_forms(paras: tuple[str, ...], expected: list[str]) -> None:
    assert _item(*paras) == expected


def test_plain_outcomes_only_where_no_resolution_is_labelled() -> None:
    assert _item("The Committee noted the quarterly update.") == ["The Committee noted the quarterly update."]
    assert _item("The Committee noted the quarterly update.", "RESOLVED that the update be noted.") == [
        "that the update be noted."
    ]


def test_seconded_motion_text_and_rejected_motions() -> None:
    res = _item(
        "Proposed by Councillor Reid;",
        "Seconded by Councillor Okafor:",
        "\u201cThat, Dr Ann Vale be appointed as external member of the Audit Committee.\u201d",
        "The Mayor declared Dr Vale appointed.",
    )
    assert res == ["\u201cThat, Dr Ann Vale be appointed as external member of the Audit Committee.\u201d"]
    res = _item(
        "R2024-101 J. Smith, K. Lee:",
        "THAT we pass By-Law Number 2024-12 to set fees. Deferred.",
        "R2024-102 K. Lee, J. Smith:",
        "THAT we accept the correspondence as presented. Carried.",
    )
    assert [r.split(".")[0] for r in res] == ["THAT we accept the correspondence as presented"]


ACTIONS = [
    # (narrative text, [(owner or None)] of the actions found)
    (
        "In response, the Director of Roads, Parks and Transport outlined the works and agreed to review "
        "the schedule with Members.",
        ["the Director of Roads, Parks and Transport"],
    ),
    (
        "The Director of Finance, Audit and Risk, pointed out the increase in the budget, but he agreed to "
        "review the fees.",
        ["The Director of Finance, Audit and Risk"],
    ),
    ("The Chair welcomed the plan. He agreed to write to the Minister.", ["The Chair"]),
    ("The Mayor agreed to meet with the residents of Ballyvale.", ["The Mayor"]),
    ("It was also agreed to circulate the Motion to all Local Authorities for support.", [None]),
    (
        "Following discussions, it was agreed that the Senior Executive Officer, Corporate Services, "
        "would meet with Councillor Doyle to discuss the matter.",
        ["the Senior Executive Officer, Corporate Services"],
    ),
    ("It was agreed that the Motion, as amended, would be circulated to the Department of Health.", [None]),
    ("It was agreed that the community centres would be prioritised.", []),  # a decision, not a task
    ("Members agreed to defer the adoption of the plan.", []),  # the body decides: no owner
    ("Councillor Teskey agreed to the reworded Motion.", []),
    ("The programme is offered to circa 500 children each week.", []),
    # an owner and an infinitive, without "ACTION:" (parish and town councils, scrutiny minutes)
    ("The Clerk reported on the bus shelter.\nClerk to write to the bus operator.", ["Clerk"]),
    ("Director of Finance to circulate a breakdown of placement costs.", ["Director of Finance"]),
    ("Democratic Services Officer to add the item.", ["Democratic Services Officer"]),
    ("Cllr Okafor to contact the County Highways team about Mill Lane.", ["Cllr Okafor"]),
    ("Members to note the report.", []),
    ("4.3 Officers confirmed the plan.\n4.4 The Chair undertook to provide a list.", ["The Chair"]),
    (
        "The Manager replied that the road was scheduled for 2025 but that staff would review the drainage.",
        ["staff"],
    ),
    ("The new service would review cases each month.", []),
    ("The Director will provide a written response to Councillor Hunt.", ["The Director"]),
    ("That the County Council will write to the Minister.", []),
    ("The new system will provide better data.", []),
    ("Council to write to the Minister.", []),
    # a question taken on notice (Australian and New Zealand councils): an answer is owed
    ("The question was taken on notice and a written response will be provided to Mrs Lyle.", [None]),
    ("Cr Gale's question regarding the depot lease will be taken on notice.", [None]),
    ("Mr Ellery was not present and a written response would be sent to him.", []),  # a note, no undertaking
    ("The Questions on Notice were noted.", []),
]


@pytest.mark.parametrize(("text", "owners"), ACTIONS, ids=[a[0][:40] for a in ACTIONS])
def test_narrative_actions_and_owners(text: str, owners: list[str | None]) -> None:
    assert [a.owner for a in narrative_actions(text)] == owners


def test_agreed_that_would_is_an_action_not_a_resolution() -> None:
    seg = _seg(
        "1. Notice of Motion",
        "It was agreed that the Motion, as amended, would be circulated to the Department of Health.",
    )
    assert seg.items[0].resolutions == []
    assert [a.owner for a in seg.items[0].actions] == [None]


REQUESTS = [
    (
        "The Committee backed the work and requested a PDF copy that members could send to residents.",
        ["requested a PDF copy that members could send to residents."],
    ),
    (
        "The Chair asked that the Panel be kept advised of progress on the issues raised by the auditors.",
        ["asked that the Panel be kept advised of progress on the issues raised by the auditors."],
    ),
    (
        "Members asked officers to provide a breakdown of the figures by ward.",
        ["asked officers to provide a breakdown of the figures by ward."],
    ),
    ("Members requested clarity on the number of votes required.", []),  # a question, not a document
    ("The approval of the Council was now requested for the disposal.", []),
    (
        "Councillor Ford requested that the figures be provided to the Committee.",
        ["requested that the figures be provided to the Committee."],
    ),
    ("The applicant requested that the condition be removed.", []),
    (  # a Saskatchewan city councillor's inquiry, minuted in its own words under the councillor's name
        "Would the Administration please report on the cost of adding a crosswalk on Avenue H South.",
        ["Would the Administration please report on the cost of adding a crosswalk on Avenue H South."],
    ),
    ("Would the applicant please come forward to the microphone.", []),
    (
        "Councillor Penhallow requested that the footfall counts be reported to the Committee in six months.",
        ["requested that the footfall counts be reported to the Committee in six months."],
    ),
    ("The applicant requested that the appeal be reported to the press.", []),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTS, ids=[r[0][:40] for r in REQUESTS])
def test_information_requests_in_sentences(text: str, expected: list[str]) -> None:
    assert narrative_requests(text) == expected


@pytest.mark.parametrize(("row_id", "example"), [(r.id, r.example) for r, _ in request_rows()])
def test_every_request_row_finds_its_example(row_id: str, example: str) -> None:
    assert narrative_requests(example), row_id


def test_report_recommendations_one_per_point_across_explanatory_paragraphs() -> None:
    seg = _seg(
        "Agenda Item 12",
        "Summer Festival",
        "Council is recommended to approve events to be delivered by the Town Council in the summer.",
        "1. Purpose of Report",
        "To advise Council of the proposed festival.",
        "2. Recommendations",
        "Council is recommended to approve: -",
        "a) That the Philharmonic be commissioned to perform an open-air concert on 1 July.",
        "The programme would be drawn from the orchestra's repertoire.",
        "b) That the Town Clerk be delegated to apply for permission to use the park.",
        "c) That the Town Council approves a contribution of £50,000 towards the cost of the event.",
        "3. Background",
        "The festival has run since 2015.",
    )
    recs = [r for it in seg.items for r in it.recommendations]
    assert recs == [
        "approve events to be delivered by the Town Council in the summer.",
        "That the Philharmonic be commissioned to perform an open-air concert on 1 July.",
        "That the Town Clerk be delegated to apply for permission to use the park.",
        "That the Town Council approves a contribution of £50,000 towards the cost of the event.",
    ]


def test_recommendations_restated_in_the_body_count_once() -> None:
    seg = _seg(
        "1. Zebra Crossing",
        "Recommendations",
        "The Committee is asked to RESOLVE that:",
        "1. the result of the consultation be noted;",
        "2. the crossing be approved for implementation and residents be informed of the decision.",
        "Background",
        "Residents asked for a safer crossing.",
        "Recommendation",
        "In light of the consultation results, the Committee is recommended to note the result of the "
        "consultation and approve the crossing.",
        "Residents to be informed of the decision.",
    )
    assert seg.items[0].recommendations == [
        "the result of the consultation be noted;",
        "the crossing be approved for implementation and residents be informed of the decision.",
    ]


UNLABELLED_RECOMMENDATIONS = [
    (["Approve the proposed Planning Commission Meeting Schedule for Calendar Year 2020."], True),
    (["Accordingly, it was recommended that the Council approve the twinning agreement."], True),
    (["Adopt the Budget with or without amendment"], False),  # an option listed, not a sentence
    (["Approved the minutes."], False),
]


@pytest.mark.parametrize(
    ("paras", "found"), UNLABELLED_RECOMMENDATIONS, ids=[u[0][0][:40] for u in UNLABELLED_RECOMMENDATIONS]
)
def test_unlabelled_recommendations(paras: list[str], found: bool) -> None:
    assert bool(narrative_decisions(paras).recommendations) is found


DISPOSITIONS = [
    ("PLACED ON FILE", True),
    ("(Y-5) 184349", True),
    ("(Y-4; N-1) CONFIRMED", True),
    ("PASSED TO SECOND READING JANUARY 19, 2011 AT 9:30 AM", True),
    ("REFERRED TO COMMISSIONER OF PUBLIC WORKS", True),
    ("SUBSTITUTE PASSED TO SECOND READING JANUARY 19, 2011 AT 9:30 AM", True),
    ("Placed on file for later", False),
]


@pytest.mark.parametrize(("line", "found"), DISPOSITIONS, ids=[d[0][:30] for d in DISPOSITIONS])
def test_consent_calendar_dispositions(line: str, found: bool) -> None:
    hit = match_section(line)
    assert (hit is not None and hit[0].label == "resolution") is found


def test_minutes_table_decision_column_and_body_resolves() -> None:
    seg = _seg(
        "1. Community Grant Applications",
        "Committee considered the following applications:",
        "Organisation\tAmount Requested\tRecommendation\n"
        "Friends of Ash Park\t£1,200\tApproved. Meets the criteria.\n"
        "Harbour Rowing Club\t£9,000\tRejected. Does not meet the criteria.",
        "The Committee resolves in accordance with its powers under section 137 to incur the expenditure.",
    )
    assert seg.items[0].resolutions == [
        "Approved. Meets the criteria.",
        "Rejected. Does not meet the criteria.",
        "in accordance with its powers under section 137 to incur the expenditure.",
    ]


MOTION_BLOCKS = [
    # (paragraphs of one item, its resolutions): mover/seconder lines over the motion's text
    (
        (
            "Moved by:Councillor S. Marten",
            "Seconded by:Councillor K. Wilkes",
            "THAT the Regular Council Meeting be called to order at 6:04 p.m.",
            "Motion Carried Unanimously, By All Members Present",
            "The Mayor welcomed the public.",
        ),
        ["THAT the Regular Council Meeting be called to order at 6:04 p.m."],
    ),
    (
        (
            "Motion No. C200715-1",
            "Moved by Scott, Seconded by Hough",
            "Be it resolved that the agenda for the meeting of July 15, 2020 be received and adopted.",
            "Carried.",
        ),
        ["that the agenda for the meeting of July 15, 2020 be received and adopted."],
    ),
    (
        (
            "Motion: 495-2011 Moved by Jamie Heff Seconded by Neil Warr",
            "\u201cThat the minutes of the meeting of November 15th, 2011 be adopted as circulated.\u201d",
            "Disposition Carried",
        ),
        ["\u201cThat the minutes of the meeting of November 15th, 2011 be adopted as circulated.\u201d"],
    ),
    (
        (
            "Moved by Councillor Lee",
            "Seconded by Councillor Park",
            "THAT the road report be received for information.",
            "Motion Defeated",
        ),
        [],
    ),
    (
        ("The Council resolved to approve the minutes of the meeting held on 11 July 2011.",),
        ["approve the minutes of the meeting held on 11 July 2011."],
    ),
    (
        (
            "The Committee resolved:-",
            "(i) to approve the minute as a correct record; and",
            "(ii) to note the update.",
        ),
        ["to approve the minute as a correct record; and", "to note the update."],
    ),
    (
        ("It was moved by Councillor Ash and seconded by Councillor Birch that the report be noted.",),
        [],  # the outcome is not stated
    ),
]


@pytest.mark.parametrize(
    ("paras", "expected"), MOTION_BLOCKS, ids=[f"motion{k}" for k in range(len(MOTION_BLOCKS))]
)
def test_motion_blocks_carried_text_is_the_resolution(paras: tuple[str, ...], expected: list[str]) -> None:
    assert _item(*paras) == expected


def test_and_that_points_and_points_inside_one_clause() -> None:
    res = _item(
        "Proposed by Councillor Reid;",
        "Seconded by Councillor Okafor;",
        "And Resolved:",
        "THAT the draft Annual Budget be adopted.",
        "AND THAT, the General Annual Rate on Valuation be determined as €0.27.",
        "Band\n% Refund\nUp to €3,000\n75%",
        "AND THAT the Small Business Support Scheme 2025 is adopted (Item 5) AND THAT the Vacant Property "
        "Scheme 2025 is adopted.",
    )
    assert [r[:40] for r in res] == [
        "THAT the draft Annual Budget be adopted.",
        "AND THAT, the General Annual Rate on Val",
        "AND THAT the Small Business Support Sche",
        "AND THAT the Vacant Property Scheme 2025",
    ]
    res = _item(
        "And Resolved:",
        "\u201cThat, the approval of the Council be and is hereby given to the disposal of property "
        "at 12 Ash Row to Ann Vale, subject to (1) the disposal to be by way of exchange; and (2) the "
        "Council to acquire the property free of any mortgage.\u201d",
    )
    assert len(res) == 1 and res[0].startswith("\u201cThat, the approval of the Council")


def test_members_noting_is_discussion_not_a_decision() -> None:
    assert narrative_decisions(["Members noted the concerns raised by residents."]).unlabelled == []


def test_an_items_own_title_is_not_its_recommendation() -> None:
    seg = _seg(
        "1. Accept a grant in the amount of $98,000 from the State Department of Transport",
        "Accept a grant in the amount of $98,000 from the State Department of Transport for safety works.",
        "Approve the proposed Meeting Schedule for Calendar Year 2020.",
    )
    assert seg.items[0].recommendations == ["Approve the proposed Meeting Schedule for Calendar Year 2020."]


def test_moved_and_seconded_labels_without_by() -> None:
    """Australian and NZ minutes label the mover and seconder "Moved: Cr X" / "Seconded: Cr Y";
    the points of the motion that follows, closed by CARRIED, are the item's resolutions."""
    assert _item(
        "RESOLUTION 2023/43",
        "Moved: Cr P Lee",
        "Seconded: Cr K Brown",
        "That Council:",
        "1. Adopt the Road Resurfacing Program 2023/24.",
        "2. Note that 14 kilometres will be resurfaced.",
        "CARRIED",
    ) == ["Adopt the Road Resurfacing Program 2023/24.", "Note that 14 kilometres will be resurfaced."]


def test_an_action_log_heading_is_an_item_not_a_list_of_actions() -> None:
    """ "6. Action Log" is the standing item where the tracker of earlier actions is reviewed."""
    seg = _seg(
        "5. Budget Monitoring",
        "The Director presented the report.",
        "6. Action Log",
        "The Committee reviewed the action log.",
        "RESOLVED: That the action log be noted.",
    )
    assert [(i.number, i.title) for i in seg.items] == [("5", "Budget Monitoring"), ("6", "Action Log")]
    assert [i.actions for i in seg.items] == [[], []]
