"""Report cover sheets as councils lay them out: one row per layout shape (names invented)."""

from __future__ import annotations

import pytest

from minutesmine.blocks import Block, ReadResult, TableData
from minutesmine.segment import segment


def _doc(*texts: str | Block) -> ReadResult:
    return ReadResult(blocks=[t if isinstance(t, Block) else Block(t) for t in texts], format="text")


def _h(text: str) -> Block:
    return Block(text, kind="heading", bold=True)


COVERS = [
    (  # ModernGov-style: committee and date above a bold title, "Report by" with no colon
        (
            _h("Riverside Neighbourhood Committee"),
            "3 March 2025",
            _h("Elm Street Parking Review"),
            "Report by Ann Cole, Director of Place",
            "Relevant Portfolio Holder: Councillor Ben Hart, Portfolio Holder for Transport",
            _h("Purpose of Report"),
            "To report the results of the parking review.",
        ),
        {
            "report_to": "Riverside Neighbourhood Committee",
            "subject": "Elm Street Parking Review",
            "lead_officer": "Ann Cole, Director of Place",
            "cabinet_member": "Councillor Ben Hart, Portfolio Holder for Transport",
        },
    ),
    (  # town council: "<Council> Meeting <date>", "Agenda Item N", title, numbered headings
        (
            _h("Royal Oakfield Town Council Meeting 14 May 2019"),
            _h("Agenda Item 212"),
            _h("Summer Festival"),
            "Council is recommended to approve the festival programme.",
            _h("1. Purpose of Report"),
            "To advise Council of the festival arrangements.",
            _h("2. Background"),
            "The festival has run since 2010.",
        ),
        {"report_to": "Royal Oakfield Town Council", "subject": "Summer Festival", "agenda_item": "212"},
    ),
    (  # labels alone on their line, the value on the next (a two-column cover table read as text)
        (
            "REPORT TO:",
            "Cabinet",
            "SUBJECT:",
            "Library Service Review",
            "WARDS:",
            "All",
            "1. RECOMMENDATIONS",
            "1.1 Approve the review.",
        ),
        {"report_to": "Cabinet", "subject": "Library Service Review", "wards": "All"},
    ),
    (  # a two-column cover read cell by cell: label and value on lines of their own, no colons
        (
            "Report to",
            "Licensing Committee",
            "Lead Officer",
            "Head of Regulatory Services",
            "Wards Affected",
            "All",
            _h("1. Purpose of Report"),
            "To review the licensing policy.",
        ),
        {"report_to": "Licensing Committee", "lead_officer": "Head of Regulatory Services", "wards": "All"},
    ),
    (  # memo style: To / From / Subject / Date of meeting
        (
            "To:\tPlanning Committee",
            "From:\tHead of Planning Services",
            "Subject:\tTree Preservation Order 4/2023",
            "Date of meeting:\t12 March 2024",
            "1. PURPOSE",
            "To confirm the order.",
        ),
        {
            "report_to": "Planning Committee",
            "lead_officer": "Head of Planning Services",
            "subject": "Tree Preservation Order 4/2023",
        },
    ),
    (  # district cabinet report: council, meeting, date and "Report of" above a title in capitals
        (
            "OAKDENE DISTRICT COUNCIL",
            "CABINET",
            "Thursday 12 June 2025",
            "Report of the Director of Housing",
            "HOUSING STRATEGY 2025-2030",
            "Portfolio Holder: Councillor Ann Hale, Housing",
            "Key Decision: Yes",
            "Summary",
            "The strategy is due for renewal.",
        ),
        {
            "report_to": "CABINET",
            "meeting_date": "Thursday 12 June 2025",
            "subject": "HOUSING STRATEGY 2025-2030",
            "key_decision": "Yes",
        },
    ),
    (  # US staff report: "Meeting:" dated, "Subject" alone over its value, sign-off at the end
        (
            "CITY COUNCIL",
            "STAFF REPORT",
            "Meeting: May 20, 2025",
            "Subject",
            "Agreement for a Shuttle Pilot",
            "Recommended Action",
            "1. Authorize the City Manager to execute the agreement.",
            "Prepared by: Lena Holt, Transportation Planner",
            "Approved for Submission by: Cara Dreyer, City Manager",
            "Attachments:",
            "A - Draft Agreement",
        ),
        {
            "meeting_date": "May 20, 2025",
            "subject": "Agreement for a Shuttle Pilot",
            "lead_officer": "Cara Dreyer, City Manager",
            "attachments": "A - Draft Agreement",
        },
    ),
]


def test_date_of_meeting_row_dates_the_report() -> None:
    seg = segment(
        _doc("Report to:\tCabinet", "Date of meeting:\t12 March 2024", "Subject:\tBudget", "1. PURPOSE")
    )
    assert (seg.meeting.committee, seg.meeting.date) == ("Cabinet", "2024-03-12")


def test_background_papers_heading_with_a_note() -> None:
    seg = segment(
        _doc(_h("1. Purpose of Report"), "To note the budget.", "Background papers - Held by Author", "None.")
    )
    assert "Background papers" in [s.heading for s in seg.items[0].sections]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    COVERS,
    ids=["moderngov", "town_council", "lone", "cells", "memo", "district_cabinet", "us_staff_report"],
)
def test_cover_sheet_metadata(blocks: tuple, expected: dict[str, str]) -> None:
    seg = segment(_doc(*blocks))
    assert seg.kind == "report"
    for key, value in expected.items():
        assert seg.metadata.get(key) == value, key


def test_numbered_purpose_heading_makes_a_report_without_cover_rows() -> None:
    seg = segment(
        _doc(
            _h("Summer Festival"),
            _h("1. Purpose of Report"),
            "To advise Council of the festival arrangements.",
            _h("2. Financial Implications"),
            "The cost is met from reserves.",
        )
    )
    assert seg.kind == "report"
    headings = [s.heading for s in seg.items[0].sections if s.heading]
    assert headings == ["Purpose of Report", "Financial Implications"]


def test_agenda_front_sheet_labels_do_not_make_a_report() -> None:
    seg = segment(
        _doc(
            "To: All Members of the Licensing Committee",
            "Contact: Democratic Services",
            "1. Apologies for absence",
            "2. Minutes of the previous meeting",
        )
    )
    assert seg.kind != "report"


def test_lettered_recommendations_keep_their_paragraphs() -> None:
    seg = segment(
        _doc(
            _h("1. Purpose of Report"),
            "To seek approval for the event.",
            _h("2. Recommendations"),
            _h("Council is recommended to approve: -"),
            "a) That the orchestra be commissioned to perform in the park.",
            "The programme would be drawn from a varied repertoire.",
            "b) That the Town Clerk apply for permission to use the park.",
            _h("3. Background"),
            "The event was proposed last year.",
        )
    )
    recs = seg.items[0].recommendations
    assert len(recs) == 2
    assert recs[0].startswith("That the orchestra") and "varied repertoire" in recs[0]
    assert recs[1].startswith("That the Town Clerk")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "Meeting: Audit Committee\nMeeting date: 4 June 2024\nTitle of report: Internal Audit Plan",
            {"report_to": "Audit Committee", "meeting_date": "4 June 2024", "subject": "Internal Audit Plan"},
        ),
        (
            "To: Full Council\nFrom: Chief Executive\nDate: 9 July 2024\nRe: Staffing Review",
            {"report_to": "Full Council", "meeting_date": "9 July 2024", "subject": "Staffing Review"},
        ),
        ("Report to: Executive\nDecision type: Key\nTitle: Waste Strategy", {"key_decision": "Key"}),
        (
            "Report Author: Ann Lee, Planner\nResponsible Officer: Director Assets\nFile Reference: F24/9\n"
            "Attachments: 1. Draft Plan",
            {
                "contact_officer": "Ann Lee, Planner",
                "lead_officer": "Director Assets",
                "file_reference": "F24/9",
                "attachments": "1. Draft Plan",
            },
        ),
        (
            "Report No.: CS-2025-01\nPrepared by: Raj Patel, Analyst\nDepartment: Corporate Services\n"
            "Submitted by: Mary Roy, Director\nSubject: Fees Review",
            {
                "report_number": "CS-2025-01",
                "contact_officer": "Raj Patel, Analyst",
                "department": "Corporate Services",
                "lead_officer": "Mary Roy, Director",
            },
        ),
    ],
    ids=["meeting_label", "memo_re", "decision_type", "business_paper", "report_to_council"],
)
def test_more_cover_sheet_labels(rows: str, expected: dict[str, str]) -> None:
    body = ("1. Purpose of Report", "1.1 To seek approval.", "2. Recommendations", "2.1 That it be approved.")
    seg = segment(_doc(rows, *body))
    assert seg.kind == "report"
    assert {k: seg.metadata.get(k) for k in expected} == expected


def test_headings_numbered_n_point_0_and_a_bare_lead_in() -> None:
    """Word exports number a report's headings "2.0", "3.0" (a tab after the number), and the
    recommendation heading runs on into "That the Board" before lettered points."""
    seg = segment(
        _doc(
            "REPORT TO:\tPolicy and Performance Board\nSUBJECT:\tStreet Lighting Programme",
            "1.0\tPURPOSE OF THE REPORT",
            "1.1\tTo update the Board on the programme.",
            "2.0\tRECOMMENDATION: That the Board",
            "(a)\tnote the progress made; and",
            "(b)\tsupport phase three.",
            "3.0\tFINANCIAL IMPLICATIONS",
            "3.1\tThe cost is met from borrowing.",
        )
    )
    item = seg.items[0]
    assert [s.heading for s in item.sections if s.heading][:3] == [
        "PURPOSE OF THE REPORT",
        "RECOMMENDATION:",
        "FINANCIAL IMPLICATIONS",
    ]
    assert item.recommendations == ["note the progress made; and", "support phase three."]


def test_us_staff_report_unnumbered_headings_keep_numbered_points() -> None:
    """A staff report's headings are unnumbered capitals (RECOMMENDATION, FISCAL IMPACT,
    ATTACHMENTS): the numbered lines under them are points, not headings."""
    seg = segment(
        _doc(
            "TO: Honorable Mayor and City Council\nFROM: Ana Ruiz, Director of Finance",
            "SUBJECT: Fee Schedule",
            "RECOMMENDATION",
            "1. Adopt a resolution approving the fee schedule; and",
            "2. Direct staff to publish the fees.",
            "FISCAL IMPACT",
            "Fees will recover $40,000 a year.",
            "ATTACHMENTS",
            "1. Resolution",
            "2. Fee Schedule",
        )
    )
    item = seg.items[0]
    assert [s.heading for s in item.sections if s.heading] == [
        "RECOMMENDATION",
        "FISCAL IMPACT",
        "ATTACHMENTS",
    ]
    assert item.recommendations == [
        "Adopt a resolution approving the fee schedule; and",
        "Direct staff to publish the fees.",
    ]


def test_scottish_report_header_title_and_decimal_lead_in() -> None:
    """A capitals "COMMITTEE - DATE" line names the meeting; a capitals title with a colon is the
    subject; "2.1 It is recommended that the Committee:" introduces lettered points."""
    seg = segment(
        _doc(
            "ABERLOCH COUNCIL",
            "HOUSING COMMITTEE - 3 JUNE 2025",
            "HOUSING STOCK: ANNUAL CONDITION SURVEY",
            "Report by Executive Director of Housing",
            "1. PURPOSE",
            "1.1 The purpose of this report is to present the survey.",
            "2. RECOMMENDATIONS",
            "2.1 It is recommended that the Committee:",
            "(a) notes the survey; and",
            "(b) approves the repair programme.",
            "3. BACKGROUND",
            "3.1 The survey is annual.",
        )
    )
    assert seg.kind == "report"
    assert (seg.meeting.committee, seg.meeting.date) == ("Housing Committee", "2025-06-03")
    assert seg.metadata["subject"] == "HOUSING STOCK: ANNUAL CONDITION SURVEY"
    assert seg.items[0].recommendations == ["notes the survey; and", "approves the repair programme."]


def test_business_paper_title_loses_its_agenda_number() -> None:
    seg = segment(
        _doc(
            "11.3 DRAFT PLAY SPACE STRATEGY",
            "Report Author: Ann Lee, Planner\nResponsible Officer: Director Assets",
            "OFFICER RECOMMENDATION",
            "That Council endorse the Draft Strategy for exhibition.",
            "BACKGROUND",
            "The previous strategy was adopted in 2012.",
        )
    )
    assert (seg.metadata["subject"], seg.metadata["agenda_item"]) == ("DRAFT PLAY SPACE STRATEGY", "11.3")
    assert seg.items[0].recommendations == ["That Council endorse the Draft Strategy for exhibition."]


def test_recommended_action_points_are_recommendations() -> None:
    """A US staff report's "Recommended Action" heading over numbered points, one per point."""
    seg = segment(
        _doc(
            "STAFF REPORT",
            "Subject",
            "Shuttle Pilot Agreement",
            "Recommended Action",
            "1. Authorize the City Manager to execute the agreement;",
            "2. Approve a budget modification of $90,000; and",
            "Background",
            "Council directed staff to seek proposals.",
        )
    )
    recs = seg.items[0].recommendations
    assert [r[:20] for r in recs] == ["Authorize the City M", "Approve a budget mod"]


def test_record_of_officer_decision_gives_the_decision_taken() -> None:
    """A record of an officer's executive decision: the text under "Decision taken" is what was
    decided, the reasons and alternatives are sections of their own."""
    seg = segment(
        _doc(
            "RECORD OF OFFICER DECISION",
            "Decision reference: ODR/2024/117",
            "Decision maker: Alison Threlfall, Director of Place",
            "Subject: Award of contract for grounds maintenance",
            "1. Decision taken",
            "To award the grounds maintenance contract to Hartwell Landscapes Limited for three years.",
            "2. Reasons for the decision",
            "The tender was the most economically advantageous.",
            "3. Alternative options considered and rejected",
            "(a) To extend the current contract. Rejected because no extension is allowed.",
            "4. Conflicts of interest declared by any Cabinet Member consulted",
            "None.",
        )
    )
    assert seg.kind == "report"
    assert [r[:30] for r in seg.items[0].resolutions] == ["To award the grounds maintenan"]
    assert seg.items[0].recommendations == []
    headings = [s.heading for s in seg.items[0].sections if s.heading]
    assert headings[-1] == "Conflicts of interest declared by any Cabinet Member consulted"
    assert seg.meeting.committee is None  # an officer deciding alone is no committee


DECISION_MAKERS = [
    # an officer, or a member deciding alone, is no committee: the council's name above is not either
    ("Decision maker: Alison Threlfall, Director of Place", None),
    ("Decision taker: Mark Reeve, Head of Legal and Democratic Services", None),
    ("Decision maker: Cabinet Member for Environment and Transport", None),
    # a body deciding is the meeting
    ("Decision maker: Cabinet", "Cabinet"),
    ("Decision maker: Planning Committee", "Planning Committee"),
]


@pytest.mark.parametrize(("row", "committee"), DECISION_MAKERS)
def test_decision_maker_names_the_committee_only_when_a_body(row: str, committee: str | None) -> None:
    seg = segment(
        _doc(
            "BRAMLEIGH DISTRICT COUNCIL",
            "RECORD OF DECISION",
            "Decision reference: ODR/2024/117",
            row,
            "Date of decision: 12 August 2024",
            "Subject: Award of contract for grounds maintenance",
            "1. Decision taken",
            "To award the grounds maintenance contract to Hartwell Landscapes Limited.",
        )
    )
    assert (seg.kind, seg.meeting.committee) == ("report", committee)


def test_meeting_line_under_the_authority_name_is_report_to() -> None:
    """A Scottish report: the council's own name, "Report by", then the committee and its date."""
    seg = segment(
        _doc(
            "Glenmore Council",
            "Report by Chief Officer - Roads",
            "ROADS COMMITTEE",
            "3 September 2025",
            "WINTER SERVICE PLAN 2025/26",
            "1 PURPOSE AND SUMMARY",
            "1.1 This report seeks approval of the plan.",
        )
    )
    assert seg.metadata["report_to"] == "ROADS COMMITTEE"
    assert seg.metadata["subject"] == "WINTER SERVICE PLAN 2025/26"
    assert (seg.meeting.committee, seg.meeting.date) == ("Roads Committee", "2025-09-03")


def test_sign_off_rows_run_into_one_line_are_each_read() -> None:
    """A staff report's sign-off block as a PDF reader may join it: two rows on one line."""
    seg = segment(
        _doc(
            "STAFF REPORT",
            "Subject",
            "Shuttle Pilot Agreement",
            "Background",
            "Council directed staff to seek proposals.",
            "Prepared by: Lena Holt, Planner",
            "Reviewed by: Omar Field, Director Approved for Submission by: Cara Dreyer, City Manager",
        )
    )
    assert seg.metadata["lead_officer"] == "Cara Dreyer, City Manager"
    assert seg.metadata["contact_officer"] == "Lena Holt, Planner"


def _cells(table: TableData) -> str:
    """A table's text as the readers give it: rows of tab-joined cells."""
    return "\n".join("\t".join(row) for row in (table.header, *table.rows))


def test_cover_table_rows_and_recommendations_under_the_purpose() -> None:
    """An English committee report's front page: the cover as a table of label and value cells,
    "Purpose of Report" over "Decision" and the line that introduces the numbered recommendations,
    then a timetable table (its "Meeting | Date" header is no cover row)."""
    cover = TableData(
        ["Final Decision-Maker", "Licensing Committee"],
        [
            ["Lead Head of Service", "Head of Housing"],
            ["Lead Officer and Report Author", "Ann Lee, Licensing Manager"],
            ["Classification", "Public"],
            ["Wards affected", "All"],
        ],
    )
    timetable = TableData(["Meeting", "Date"], [["Licensing Committee", "2 June 2025"]])
    seg = segment(
        _doc(
            "LICENSING COMMITTEE",
            "2 June 2025",
            "Taxi Licensing Policy",
            Block(_cells(cover), kind="table", table=cover),
            "Executive Summary",
            "This report presents the revised policy.",
            "Purpose of Report",
            "Decision",
            "This report makes the following recommendations to this Committee:",
            "1. That the revised Taxi Licensing Policy at Appendix 1 be adopted.",
            "2. That the policy take effect on 1 September 2025.",
            "Timetable",
            Block(_cells(timetable), kind="table", table=timetable),
            "1. INTRODUCTION AND BACKGROUND",
            "1.1 The policy was last revised in 2019.",
            "2. AVAILABLE OPTIONS",
            "2.1 Option 1: adopt the revised policy. Option 2: keep the 2019 policy.",
            "3. PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS",
            "3.1 Option 1 is recommended.",
            "4. BACKGROUND PAPERS",
            "None.",
        )
    )
    assert seg.metadata["report_to"] == "Licensing Committee"
    assert seg.metadata["lead_officer"] == "Head of Housing"
    assert seg.metadata["contact_officer"] == "Ann Lee, Licensing Manager"
    assert (seg.metadata["classification"], seg.metadata["wards"]) == ("Public", "All")
    assert "meeting" not in seg.metadata
    recs = seg.items[0].recommendations
    assert [r[:20] for r in recs] == ["That the revised Tax", "That the policy take"]


def test_business_paper_running_header_names_the_meeting() -> None:
    """A Queensland general meeting agenda: the running header "GENERAL MEETING AGENDA <date>"
    over the council's name is the meeting the report goes to, not a cover row; "ISSUES" and
    "STRATEGIC IMPLICATIONS" are its headings, the officer's recommendation comes last."""
    seg = segment(
        _doc(
            "GENERAL MEETING AGENDA 14 MAY 2025",
            "Coralbay City Council",
            "14.2 COMMUNITY GRANTS PROGRAM ROUND TWO",
            "Responsible Officer: Aaron Feld, Group Manager Community Partnerships",
            "Report Author: Priya Castellano, Community Grants Officer",
            "PURPOSE",
            "To seek Council approval of the community grants.",
            "ISSUES",
            "The panel recommends that 31 applications be funded.",
            "STRATEGIC IMPLICATIONS",
            "The grants are administered under the Community Grants Policy.",
            "OFFICER'S RECOMMENDATION",
            "That Council resolves to approve the grants.",
        )
    )
    assert "general_meeting_agenda" not in seg.metadata
    assert (seg.meeting.committee or "").lower().startswith("general meeting")
    assert seg.meeting.date == "2025-05-14"
    assert seg.metadata["subject"] == "COMMUNITY GRANTS PROGRAM ROUND TWO"
    headings = [s.heading for s in seg.items[0].sections]
    assert {"ISSUES", "STRATEGIC IMPLICATIONS"} <= set(headings)
    assert seg.items[0].recommendations == ["That Council resolves to approve the grants."]


def test_us_agenda_report_public_notice_heading() -> None:
    """A California agenda report's headings end in a colon; "PUBLIC NOTICE:" is one of them."""
    seg = segment(
        _doc(
            "AGENDA REPORT",
            "TO: Honorable Mayor and Members of the City Council",
            "SUBJECT: Adoption of the Operating Budget",
            "RECOMMENDATION:",
            "That the City Council adopt the budget.",
            "PUBLIC NOTICE:",
            "A notice was published in the Courier on May 30, 2025.",
            "ATTACHMENTS:",
            "1. Resolution",
        )
    )
    headings = [s.heading for s in seg.items[0].sections]
    assert "PUBLIC NOTICE" in headings


def test_legistar_staff_report_file_header_and_run_in_report_number() -> None:
    """A British Columbia staff report exported from Legistar: the file header dates the meeting
    ("On agenda: 3/17/2025", month first), "Report No." runs in after the report's own date, and
    the export's "Recommendation" ... "Body" markers do not join the recommendation."""
    seg = segment(
        _doc(
            "File #: 25-118 Version: 1 Name:",
            "Type: Staff Report Status: Regular Agenda",
            "On agenda: 3/17/2025 Final action:",
            "Title: Boat Launch Renewal",
            "REQUEST FOR DECISION",
            "DATE: March 6, 2025 Report No. PW-25-004",
            "TO: Mayor and Council",
            "FROM: Ada Kwan, Director of Public Works",
            "ESSENTIAL QUESTION:",
            "Does Council wish to renew the boat launch?",
            "RECOMMENDATION:",
            "Recommendation",
            "That Council approve the boat launch renewal.",
            "Body",
            "BACKGROUND:",
            "The boat launch was built in 1988.",
        )
    )
    assert seg.metadata["report_number"] == "PW-25-004"
    assert seg.meeting.date == "2025-03-17"
    assert seg.items[0].recommendations == ["That Council approve the boat launch renewal."]
    assert "ESSENTIAL QUESTION" in [s.heading for s in seg.items[0].sections]
