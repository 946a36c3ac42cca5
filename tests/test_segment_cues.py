"""Example tables for the segmentation cue phrases (models/cues/*.jsonl) and number styles.

A new council wording becomes a new row here and, if it fails, a new row in the cue data.
"""

from __future__ import annotations

import pytest

from minutesmine.segment.cues import (
    councils,
    cover_labels,
    is_chrome,
    is_procedural,
    is_purpose,
    match_attendance,
    match_section,
    report_heading_kind,
)
from minutesmine.segment.meeting import (
    find_committee_date,
    find_council,
    find_dates,
    parse_attendees,
    split_trailing_date,
)
from minutesmine.segment.numbering import is_title, item_number, point_marker, split_inline_points
from minutesmine.segment.report import cover_row, numbered_heading

SECTION_EXAMPLES = [
    # phrase, expected kind (None: not a marker), inline entry after the marker
    ("Minutes:", "minutes", ""),
    ("Recommended \u2013", "recommendation", ""),
    ("RECOMMENDATIONS 1.1 Note the refreshed plan", "recommendation", "1.1 Note the refreshed plan"),
    ("Recommendation(s)", "recommendation", ""),
    (
        "It is recommended that the Committee notes the report.",
        "recommendation",
        "that the Committee notes the report.",
    ),
    ("The Committee is asked to RESOLVE that:", "recommendation", ""),
    ("Conclusions", "conclusion", ""),
    ("The Sub-Committee came to the following conclusions:", "conclusion", ""),
    ("The Panel reached the following conclusions:", "conclusion", ""),
    ("Request for Information", "information_request", ""),
    ("Requests for further information:", "information_request", ""),
    (
        "ACTION: Strategic Director for Children\u2019s Services",
        "action",
        "Strategic Director for Children\u2019s Services",
    ),
    # an actions register's numbered line (Australian audit and risk committees)
    (
        "Action 23/14 - Director Corporate Services to provide the test results.",
        "action",
        "Director Corporate Services to provide the test results.",
    ),
    ("Resolved \u2013", "resolution", ""),
    ("Resolved:  That the update be noted.", "resolution", "That the update be noted."),
    ("RESOLVED:", "resolution", ""),
    ("RESOLVED that the minutes be agreed.", "resolution", "that the minutes be agreed."),
    ("It was RESOLVED that the report be noted.", "resolution", "that the report be noted."),
    ("It was unanimously agreed that the report be noted.", "resolution", "that the report be noted."),
    ("And Resolved:", "resolution", ""),
    ("AGREED \u2013 that the plan be endorsed", "resolution", "that the plan be endorsed"),
    ("Decision:", "resolution", ""),
    ("NOTED", "resolution", ""),
    ("R2024-228 S. Foote, J. Scott:", "resolution", ""),
    ("The Panel raised the following points in discussion:", "discussion", ""),
    ("The Director introduced the Dashboard and the following was noted:", "discussion", ""),
    ("(Marium Haque \u2013 01274 436625)", "other", ""),
    (
        "RESOLVEDThat the minutes of the last meeting be approved.",
        "resolution",
        "That the minutes of the last meeting be approved.",
    ),
    (
        "The Panel Resolved to: Note the feedback from the session.",
        "resolution",
        "Note the feedback from the session.",
    ),
    ("The Committee resolved that the plan be endorsed.", "resolution", "that the plan be endorsed."),
    (
        "1.5   RESOLVED - That the press and public be not excluded.",
        "resolution",
        "That the press and public be not excluded.",
    ),
    (
        "17.4 Resolved \u2013 That the terms of reference be endorsed.",
        "resolution",
        "That the terms of reference be endorsed.",
    ),
    ("AND AGREED", "resolution", ""),  # Irish: under "Proposed by ..." / "Seconded by ..."
    ("And Agreed: That the report be adopted.", "resolution", "That the report be adopted."),
    ("DECISION", "resolution", ""),  # Scottish ModernGov minutes: the heading over the outcome
    ("The Committee agreed:-", "resolution", ""),
    ("The Sub-Committee agreed as follows:", "resolution", ""),
    # a Scottish integration joint board names itself in full, after a lead-in or not
    ("The Integration Joint Board agreed:-", "resolution", ""),
    ("Following questions and answers the Integration Joint Board further agreed:-", "resolution", ""),
    ("Following discussion, the Licensing Board agreed:", "resolution", ""),
    ("The following dates were agreed:-", None, None),
    # not markers
    ("Decisions taken under delegated powers were reported.", None, None),
    ("The Committee agreed that the report was helpful and thanked officers.", None, None),
    ("The Panel considered the report and resolved issues raised by members.", None, None),
    ("Minutes of the previous meeting", None, None),
    ("Agreed targets were missed in 2017.", None, None),
    ("Recommendations were made by Ofsted in 2017 about supervision.", None, None),
    ("The Chair thanked officers for their responses to questions.", None, None),
    ("Actions taken since the last meeting had improved caseloads.", None, None),
    ("This report makes the following recommendations to this Committee:", "recommendation", ""),
    ("This report makes the following recommendation to the Executive: -", "recommendation", ""),
    ("This report makes the following points about the budget.", None, None),
    # Northern Territory regional councils: the resolution's number first, the outcome before the points
    ("101/2024 RESOLVED (Keith Dunn/Ann Roe) Carried", "resolution", ""),
    ("Resolved (Cr Ann Marsh / Cr Tom Reid)", "resolution", ""),
]


@pytest.mark.parametrize(
    ("phrase", "kind", "rest"), SECTION_EXAMPLES, ids=[p for p, _, _ in SECTION_EXAMPLES]
)
def test_section_markers(phrase: str, kind: str | None, rest: str | None) -> None:
    found = match_section(phrase)
    if kind is None:
        assert found is None
    else:
        assert found is not None and found[0].label == kind
        assert found[1] == rest


CHROME = [
    ("Home > Agenda item", True),
    ("Agenda item", True),
    ("Local democracy", True),
    ("Supporting documents:", True),
    ("(To Follow)", True),
    ("View the background to item 31.", True),
    ("PDF 284 KB", True),
    ("Page 2 of 18", True),
    ("This page is intentionally blank", True),
    ("Issue - meetings", True),
    ("Issue - decisions", True),
    ("Decision details", True),
    ("Media", True),
    ("pdf icon", True),
    ("...  view the full minutes text for item 3.", True),
    ("... view the full agenda text for item 12.", True),
    # an attachment link standing alone (eScribe, ModernGov): its file name
    ("PW-2024-22 Gravel Road Resurfacing.pdf", True),
    ("Appendix B - Consultation Responses.docx", True),
    ("The report was circulated as a pdf.", False),
    ("Agenda item 4 was deferred.", False),
    ("Media coverage of the inspection was discussed.", False),
    ("Minutes:", False),
    # the markers a Legistar file export leaves around a staff report's title and recommendation
    ("Body", True),
    ("End", True),
    ("End of the meeting", False),
]


@pytest.mark.parametrize(("line", "chrome"), CHROME, ids=[c[0] for c in CHROME])
def test_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


ATTENDANCE = [
    ("PRESENT: Dave Roberts (Chairman), Danny Connellan.", "present"),
    ("Present: Mayor Tom Piper and Councillors Tom Butler", "present"),
    ("ALSO PRESENT: Councillors Chris Edge (Chairman), Mark Betteridge", "in_attendance"),
    ("IN ATTENDANCE: Caroline Holland (Director of Corporate Services)", "in_attendance"),
    ("OFFICIALS IN ATTENDANCE:", "in_attendance"),
    ("MEMBERS PRESENT:", "present"),
    ("PRESENT IN THE CHAIR: Pr\u00edomh Chomhairleoir, Councillor D. McSweeney.", "present"),
    ("Apologies were received from Councillors Noel Hadjimichael and John Sweeney.", "apologies"),
    ("Apologies for absence were received from Councillors Rod Scott", "apologies"),
    ("Apologies: Councillor Smith", "apologies"),
    ("Substitutes: Councillor Jones for Councillor Smith", "substitute"),
    ("Present remotely: Councillor Patel", "virtual"),
    ("Staff: Fire Chief Will Bateman", "in_attendance"),
    ("1.1 Elected Members", "present"),  # NT regional councils, under "1. PRESENT/STAFF/GUESTS"
    ("1.2 Staff", "in_attendance"),
]


@pytest.mark.parametrize(("line", "status"), ATTENDANCE, ids=[a[0][:40] for a in ATTENDANCE])
def test_attendance_openers(line: str, status: str) -> None:
    found = match_attendance(line)
    assert found is not None and found[0].label == status


def test_attendees_names_roles_status() -> None:
    people = parse_attendees(
        "Mayor Dave Yemm and Councillors Shelly Foote, Stephen Kirkey, and James Scott.", "present"
    )
    assert [p.name for p in people] == ["Dave Yemm", "Shelly Foote", "Stephen Kirkey", "James Scott"]
    assert people[0].role == "Mayor"  # the office before the name is the role
    people = parse_attendees(
        "Caroline Holland (Director of Corporate Services), Grant Miles (Head of Finance)", "in_attendance"
    )
    assert [(p.name, p.role, p.status) for p in people] == [
        ("Caroline Holland", "Director of Corporate Services", "in_attendance"),
        ("Grant Miles", "Head of Finance", "in_attendance"),
    ]


ITEM_NUMBERS = [
    ("44. Apologies for absence", ("44", "Apologies for absence")),
    ("5 \u2013 Budget Monitoring", ("5", "Budget Monitoring")),
    ("1.0 Confirmation of Minutes", ("1", "Confirmation of Minutes")),  # Irish: "1.0" over its points "1.1"
    ("Min. No. 45 Budget Monitoring", ("45", "Budget Monitoring")),
    ("C.45/24 Housing Strategy", ("C.45/24", "Housing Strategy")),
    ("FC 23/045 Grants to Local Groups", ("FC23/045", "Grants to Local Groups")),
    ("COVID 19 Recovery Plan", None),
    ("44/18 Work Programme", ("44/18", "Work Programme")),
    ("Minute 23 Declarations of Interest", ("23", "Declarations of Interest")),
    ("7(b) Highways Programme", ("7(b)", "Highways Programme")),
    ("CPP/17/39 Care Leavers Local Offer", ("CPP/17/39", "Care Leavers Local Offer")),
    ("CYP/15/24", ("CYP/15/24", "")),
    # Irish Strategic Policy Committees: the committee's letters, a stop, the number and a dash
    ("HSC.2 \u2013 Housing Delivery Update", ("HSC.2", "Housing Delivery Update")),
    ("Item 3: Budget Monitoring", ("3", "Budget Monitoring")),
    ("Agenda Item 12 - Performance Report", ("12", "Performance Report")),
    ("1 DECLARATIONS OF INTEREST", ("1", "DECLARATIONS OF INTEREST")),
    ("29.", ("29", "")),
    ("10.4 RESOLVED: That the Cabinet:-", None),
    ("Budget Monitoring", None),
]


@pytest.mark.parametrize(("line", "expected"), ITEM_NUMBERS, ids=[i[0] for i in ITEM_NUMBERS])
def test_item_numbers(line: str, expected: tuple[str, str] | None) -> None:
    assert item_number(line) == expected


POINTS = [
    ("1.\u00a0\u00a0 This Committee requests", "decimal", "1"),
    ("  1. Data on the average length of time", "decimal", "1"),
    ("(2) That the report be noted", "decimal", "2"),
    ("i. Further information was required", "roman", "i"),
    ("(iv) To receive statements", "roman", "iv"),
    ("a. To withdraw or order transfers", "alpha", "a"),
    ("(B) That the Audit Committee notes", "ALPHA", "B"),
    ("\u2022 It was encouraging that children", "bullet", ""),
    ("\u00b7\u00a0 The stability of placements", "bullet", ""),
    ("- 2.1 One year into the improvement journey", "decimal2", "2.1"),
    ("287.2 Application 25/0130/HH \u2013 side extension", "decimal2", "287.2"),  # under minute 287
    ("A Member asked about caseloads", None, None),
    ("I will move at the next meeting", None, None),
    ("o Reports to be circulated before the meeting", "bullet", ""),  # a letter "o" as a bullet
    ("iii) Data on agency social workers", "roman", "iii"),
    ("Mr. Jones said the posts were filled", None, None),
]


@pytest.mark.parametrize(("line", "style", "label"), POINTS, ids=[p[0][:30] for p in POINTS])
def test_point_markers(line: str, style: str | None, label: str | None) -> None:
    pm = point_marker(line.replace("\u00a0", " "))
    if style is None:
        assert pm is None
    else:
        assert pm is not None and (pm.style, pm.label) == (style, label)


def test_inline_points_split() -> None:
    assert split_inline_points("1.1 Note a 1.2 Note b 1.3 Note c") == ["Note a", "Note b", "Note c"]
    assert split_inline_points("Note the plan for 2018.19 only") is None


TITLES = [
    ("Children's Social Care - Verbal Update", True),
    ("MONITORING OF THE CHILDREN'S SOCIAL CARE IMPROVEMENT PLAN", True),
    ("Early Help CSC and Education DashBoard", True),
    ("Petition Regarding the Introduction of Traffic Management Measures", True),
    ("The positive outcome of the Ofsted meeting was welcomed", False),
    ("24 SEPTEMBER 2009", False),
    ("Committee Reports:", False),
    ("| Circulate Briefing on Road Safety | Director of Place |", False),
]


@pytest.mark.parametrize(("line", "title"), TITLES, ids=[t[0][:30] for t in TITLES])
def test_titles(line: str, title: bool) -> None:
    assert is_title(line) is title


PROCEDURAL = [
    ("Apologies for absence", True),
    ("Declarations of interest", True),
    ("Disclosures of Pecuniary Interest", True),
    ("Minutes of the previous meeting", True),
    ("Work Programme 2024/25", True),
    ("Any other business", True),
    ("Exclusion of the press and public", True),
    ("CITY MANAGER COMMENT", True),
    ("Council Member Comments", True),
    ("ADJOURN", True),
    ("ORAL COMMUNICATIONS", True),
    ("Staff comments on the plan", False),
    ("Children's Improvement Plan", False),
    # a scrutiny committee's review of the actions it set
    ("Actions from previous meetings", True),
    ("Action Log", True),
    ("Actions to tackle fly-tipping", False),
    # New Zealand district councils: "2 Leave of absence" after "1 Apologies"
    ("Leave of absence", True),
    ("Leave of absence granted to Cr Lee", False),
]


@pytest.mark.parametrize(("line", "procedural"), PROCEDURAL, ids=[p[0] for p in PROCEDURAL])
def test_procedural_titles(line: str, procedural: bool) -> None:
    assert is_procedural(line) is procedural


VOTES = [
    ("For", True),
    ("Against", True),
    ("Abstentions", True),
    ("Against: 3", True),
    ("Abstentions \u2013 none", True),
    ("Voting: unanimous", True),
    ("Vote: For 7, Against 2", True),
    ("For 7, Against 2, Abstentions 1", True),
    ("The voting was as follows:", True),
    ("Vote: Motion carried 4-2.", True),
    ("ROLL CALL VOTE", True),
    ("Vote: Motion failed 2-4.", True),
    ("Votes of Sympathy", False),
    ("Vote of Congratulations", False),
    ("Forward Plan", False),
    ("For information", False),
    ("Against the motion, Councillor Ryan said the plan was flawed.", False),
    # eScribe minutes (Saskatchewan cities): each side's count in brackets, then its names
    ("In Favour: (8)Mayor R. Lund, Councillor Kaur, and Councillor Tetreault", True),
    ("Against: (2)Councillor Wiebe, and Councillor Olafson", True),
    ("Absent: (1)Councillor Desjarlais", True),
    ("Absent: Councillor Desjarlais attended the workshop instead.", False),
]


@pytest.mark.parametrize(("line", "vote"), VOTES, ids=[v[0][:30] for v in VOTES])
def test_vote_tallies(line: str, vote: bool) -> None:
    from minutesmine.segment.cues import is_vote

    assert is_vote(line) is vote


PURPOSE = [
    ("To update the Committee on the Improvement Plan", True),
    ("To receive the Children's Social Care and Education Dashboards.", True),
    ("The report of the Strategic Director of Children's Services (Document AA) will present the plan", True),
    ("Officers advised that this remained a key challenge.", False),
]


@pytest.mark.parametrize(("line", "purpose"), PURPOSE, ids=[p[0][:30] for p in PURPOSE])
def test_purpose(line: str, purpose: bool) -> None:
    assert is_purpose(line) is purpose


COVER = [
    ("REPORT TO:\tChildren and Young People's Sub-Committee 27 November 2018", "report_to"),
    ("SUBJECT:\tImprovement Plan update", "subject"),
    ("LEAD OFFICER:\tEleni Ioannides, Interim Executive Director", "lead_officer"),
    ("CABINET MEMBER:\tCouncillor Alisa Flemming", "cabinet_member"),
    ("WARDS:\tAll", "wards"),
    ("CONTACT OFFICER: Kerry Crichlow, Programme Director", "contact_officer"),
    ("Relevant Portfolio Holder: Councillor Nicola Nardelli", "cabinet_member"),
    ("Report by Matthew Hill, Director Highways", "lead_officer"),
    ("Report of the Director of Place", "lead_officer"),
    ("REPORT OF:\tStrategic Director, Resources", "lead_officer"),
    ("From:\tHead of Planning Services", "lead_officer"),
    ("Cabinet Member:\tCllr Jo Bloggs, Cabinet Member for Housing", "cabinet_member"),
    ("Portfolio Holder: Councillor Amy Reed", "cabinet_member"),
    ("Executive Member: Cllr Tom Hale", "cabinet_member"),
    ("Decision No.: 2024/117", "decision_reference"),
    ("Wards Affected: Abbey; Castle", "wards"),
    ("Ward(s) affected:\tAll Wards", "wards"),
    ("Electoral Divisions: Hythe West", "wards"),
    ("Subject: Annual Audit Letter", "subject"),
    ("Title of Report:\tHousing Allocations Policy", "subject"),
    ("Agenda Item 166", "agenda_item"),
    ("Item No. 7", "agenda_item"),
    ("Contact Officer: Sam Lee, Democratic Services", "contact_officer"),
    ("Report Author: Priya Shah, Senior Planner", "contact_officer"),
    ("Date of meeting:\t12 March 2024", "meeting_date"),
    ("Key Decision: No", "key_decision"),
    ("Decision maker: Cabinet", "report_to"),
    ("Report to:\tPlanning Committee", "report_to"),
    # a metropolitan council's cover with labels before a plain space and question rows
    ("Report to Executive Board", "report_to"),
    ("If relevant, name(s) of ward(s): Bramwell and Hillside; Kirkfield", "wards"),
    (
        "FORWARD PLAN KEY DECISION REFERENCE NO. This is not a key decision.",
        "forward_plan_key_decision_reference_no",
    ),
    # a district cabinet report's cover under "Report of the Director of ..."
    ("Forward Plan Ref: FP/25/014", "decision_reference"),
    ("Report of the Director of Housing and Communities", "lead_officer"),
    # a planning application report's cover
    ("Case Officer: Helen Marsh", "case_officer"),
    ("Ref No: 24/01873/FUL", "reference"),
    ("Application No.: 25/00412/HOU", "application_reference"),
    # a US staff report's sign-off block
    ("Approved for Submission by: Caroline Dreyer, City Manager", "lead_officer"),
]


@pytest.mark.parametrize(("line", "key"), COVER, ids=[c[1] for c in COVER])
def test_cover_rows(line: str, key: str) -> None:
    row = cover_row(line)
    assert row is not None and row[0] == key


def test_cover_labels_are_snake_case() -> None:
    assert all(key == key.lower() and " " not in key for key in cover_labels().values())


HEADINGS = [
    (
        "7. FINANCIAL AND RISK ASSESSMENT CONSIDERATIONS",
        ("7", "FINANCIAL AND RISK ASSESSMENT CONSIDERATIONS", ""),
    ),
    (
        "13. REASONS FOR RECOMMENDATIONS/PROPOSED DECISION",
        ("13", "REASONS FOR RECOMMENDATIONS/PROPOSED DECISION", ""),
    ),
    ("1. RECOMMENDATIONS 1.1 Note the plan", ("1", "RECOMMENDATIONS", "1.1 Note the plan")),
    ("3.3 New internal governance arrangements", None),
    ("2. 50 residents responded to the consultation.", None),
    ("1. Purpose of this report", ("1", "Purpose of this report", "")),  # sentence case, a known heading
    ("3. Main issues", ("3", "Main issues", "")),
    ("2. The Council has 412 approved fostering households.", None),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS, ids=[h[0][:30] for h in HEADINGS])
def test_numbered_report_headings(line: str, expected: tuple[str, str, str] | None) -> None:
    assert numbered_heading(line) == expected


REPORT_HEADINGS = [
    ("Purpose of Report", "purpose"),
    ("Recommendation(s)", "recommendation"),
    ("Key Points", "report_section"),
    ("Financial Implications", "report_section"),
    ("Benefits to the Community:", "report_section"),
    ("OFFICER RECOMMENDATION", "recommendation"),
    ("Staff Recommendation", "recommendation"),
    ("FISCAL IMPACT", "report_section"),
    ("Legislative Implications", "report_section"),
    ("Financial Considerations", "report_section"),
    ("ENVIRONMENTAL REVIEW", "report_section"),
    ("Alternatives Considered", "report_section"),
    ("ATTACHMENTS", "report_section"),
    ("Strategic Plan Link", "report_section"),
    ("Link to Strategic Plan", "report_section"),
    ("Summary of main issues", "report_section"),
    ("Background information", "report_section"),
    ("Corporate considerations", "report_section"),
    ("Purpose of this report", "purpose"),
    # a district cabinet report's headings
    ("Reasons for Recommendation(s)", "report_section"),
    ("Implications", "report_section"),
    # a US staff report's headings, each alone over its paragraph
    ("Recommended Action", "recommendation"),
    ("California Environmental Quality Act", "report_section"),
    ("City Work Program Item", "report_section"),
    # a Queensland general meeting report's and a California agenda report's headings
    ("ISSUES", "report_section"),
    ("STRATEGIC IMPLICATIONS", "report_section"),
    ("PUBLIC NOTICE:", "report_section"),
    ("Public Outreach", "report_section"),
    ("Issues were raised by residents", None),
    # a British Columbia staff report's headings and its numbered issues
    ("ESSENTIAL QUESTION:", "report_section"),
    ("Rationale for Selected Option", "report_section"),
    ("Organizational Implications", "report_section"),
    ("Officers attended the site", None),
    ("The scheme was approved", None),
    # a record of an officer's or cabinet member's executive decision
    ("Decision taken", "resolution"),
    ("Conflicts of interest declared by any Cabinet Member consulted", "report_section"),
    ("Dispensation granted by the Head of Paid Service", "report_section"),
    ("Decision required by the Committee", None),
]


@pytest.mark.parametrize(("line", "kind"), REPORT_HEADINGS, ids=[h[0] for h in REPORT_HEADINGS])
def test_unnumbered_report_headings(line: str, kind: str | None) -> None:
    assert report_heading_kind(line) == kind


DATES = [
    ("CORPORATE PARENTING PANEL \u2013 10th December 2024", "2024-12-10"),
    ("MINUTES of the meeting held on Tuesday 5 March 2019", "2019-03-05"),
    ("Tuesday, December 3, 2024", "2024-12-03"),
    ("MONDAY, 27TH JANUARY, 2025, AT 3PM.", "2025-01-27"),
    ("Date: 22/10/2009", "2009-10-22"),
]


@pytest.mark.parametrize(("text", "iso"), DATES, ids=[d[0][:30] for d in DATES])
def test_dates(text: str, iso: str) -> None:
    assert find_dates(text)[0][2] == iso


COMMITTEES = [
    (["CITY OF PORTLAND, OREGON", "By Karla Moore-Love", "Clerk of the Council"], None),
    (["Auditor of the City of Portland"], None),
    (["Chair of the Corporate Parenting Panel"], None),
    (["Corporate Parenting Board - Thursday, 28th April, 2022 5.00 pm"], "Corporate Parenting Board"),
    (["Executive Board for Children 4 May 2021"], "Executive Board for Children"),
    (
        ["Resolved \u2013 That the minutes of the meeting of this panel held on 3 November 2023 be signed."],
        None,
    ),
    (
        ["Issue", "Meeting: 23/05/2022 - Children and Families Committee (Item 14)"],
        "Children and Families Committee",
    ),
    (
        ["Publication date: 07/10/2021", "Decided at meeting: 24/09/2021 - Governance Committee"],
        "Governance Committee",
    ),
    (
        ["Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008"],
        "Children & Young People's Overview & Scrutiny Committee",
    ),
]


@pytest.mark.parametrize(("lines", "committee"), COMMITTEES, ids=[c[0][-1][:30] for c in COMMITTEES])
def test_committee_is_a_body_not_a_role(lines: list[str], committee: str | None) -> None:
    assert find_committee_date(lines)[0] == committee


def test_report_to_splits_committee_and_date() -> None:
    assert split_trailing_date("Children and Young People's Sub-Committee 27 November 2018") == (
        "Children and Young People's Sub-Committee",
        "2018-11-27",
    )


COUNCILS = [
    ("The London Borough of Croydon welcomed the plan.", "Croydon"),
    ("Bradford Council and its partners as good corporate parents", "Bradford"),
    ("put Slough above the national average", "Slough"),
    ("Royal Borough of Kingston upon Thames Council", "Kingston upon Thames"),
    ("Limerick City and County Council include in the winter maintenance", "Limerick City and County"),
    ("Reading the report, members noted", None),
    ("Kerry Crichlow, Programme Director", None),
    ("New York City parade", None),
    ("PASSED TO SECOND READING JANUARY 19 (Second Reading Agenda 12) Second Reading", None),
    ("Sunbury Council approved the plan", None),
    ("the Borough of Bradfordshire", "Borough of Bradfordshire"),
    ("LONDON BOROUGH OF ASHGROVE\nMINUTES OF THE BUDGET COUNCIL MEETING", "London Borough of Ashgrove"),
    ("the Royal Borough of Elmsworth and its partners", "Royal Borough of Elmsworth"),
    ("CITY OF PORTLAND, OREGON. Passed to Second Reading. Second Reading Agenda", "City of Portland"),
    ("Planning Commission of the City of East Palo Alto's Rules of Procedure", "City of East Palo Alto"),
    ("Closed Caption File of Portland City Council Meeting", "Portland City Council"),
    ("The Corporation of the Township of Nipissing", "Township of Nipissing"),
    ("the County of Renfrew and its partners", "County of Renfrew"),
    ("bid to become UK City of Culture 2025", None),
    ("Reading Borough Council welcomed the report; Reading schools", "Reading"),
    ("Apologies had been received from Dr Martin Dudley and Paul Haigh.", None),
    ("Cllr Barnet and Councillor Bury sent apologies", None),
    ("The Croydon plan was noted; in Croydon schools", "Croydon"),
]


@pytest.mark.parametrize(("text", "council"), COUNCILS, ids=[c[0][:30] for c in COUNCILS])
def test_councils(text: str, council: str | None) -> None:
    assert find_council(text)[0] == council


def test_councils_gazetteer_is_complete_and_unique() -> None:
    names = [name for name, _ in councils()]
    assert len(names) >= 380
    assert len(set(names)) == len(names)
    for expected in (
        "Croydon",
        "Bradford",
        "Slough",
        "Camden",
        "Merton",
        "Kingston upon Thames",
        "Limerick City and County",
    ):
        assert expected in names


def test_cue_answers_are_kept_for_one_document_only() -> None:
    from minutesmine.blocks import Block, ReadResult
    from minutesmine.segment import cues as C
    from minutesmine.segment import segment

    seen: list[int] = []
    real = C._first_match

    def counting(cues, text):  # type: ignore[no-untyped-def]
        seen.append(1)
        return real(cues, text)

    text = (
        "Minutes of the Audit Committee\n\n1. Apologies\n\nNone were received.\n\n"
        "RESOLVED: That the minutes be approved."
    )
    result = ReadResult(blocks=[Block(text=p) for p in text.split("\n\n")], format="text", pages=1)
    try:
        C._first_match = counting
        segment(result)
        first = len(seen)
        segment(result)  # the same lines again, in a new document: asked again, not remembered
        assert len(seen) == 2 * first > 0
        assert C._DOCUMENT_ANSWERS.get() is None
        with C.one_document():
            C.first_match(C.section_cues(), "RESOLVED: That the report be noted.")
            asked = len(seen)
            C.first_match(C.section_cues(), "RESOLVED: That the report be noted.")
            assert len(seen) == asked  # within one document a line is asked about once
    finally:
        C._first_match = real
