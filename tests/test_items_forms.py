"""Agenda-item structure and document kinds on the forms of the genre (one row per real-world
layout shape; names invented): item numbering that runs through a document against paragraph
numbering inside items, wrapped titles, group headings, misprinted numbers, run-on consent
agendas, ModernGov printed minutes (text and PDF) and eScribe Markdown exports; and what kind
of document a file is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from paths import ROOT

import minutesmine
from minutesmine.segment.items import find_items
from minutesmine.segment.kinds import DocumentType, classify
from minutesmine.segment.lines import Line, clean
from minutesmine.segment.report import is_report

FORMS = ROOT / "tests" / "fixtures" / "forms"


def _lines(text: str) -> list[Line]:
    """One block per line, cleaned as a reader's lines are; "**...**" marks a bold line, "# "
    a heading."""
    out = []
    for k, raw in enumerate(text.strip().splitlines()):
        raw = raw.strip()
        heading = raw.startswith("# ")
        bold = heading or (raw.startswith("**") and raw.endswith("**"))
        out.append(Line(clean(raw.removeprefix("# ").strip("*"))[0], 1, k, True, heading, bold))
    return out


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in find_items(_lines(text))[1]]


ITEM_SHAPES = [
    pytest.param(
        """
        20.
        Notice of Motion submitted by the Mayor, Ann Quill and
        Councillors B. Rowe and C. Senn
        I will move at the next Meeting that the Council write to the Minister.
        21.
        Question submitted by Councillor D. Tate (to be referred to
        the Northern District)
        I will ask at the next Meeting how many footpaths were repaired.
        """,
        [
            ("20", "Notice of Motion submitted by the Mayor, Ann Quill and Councillors B. Rowe and C. Senn"),
            ("21", "Question submitted by Councillor D. Tate (to be referred to the Northern District)"),
        ],
        id="irish-title-wrapped-under-bare-number",
    ),
    pytest.param(
        """
        18.
        Notice of Motion submitted by the Municipal District of Glenmore-
        Rathbeg – Councillors G. Ward (Proposer), P.J. Carey, T. Lyons, E.
        Ryan, M. Ross
        We will move at the next Meeting that we call on the Minister.
        """,
        [
            (
                "18",
                "Notice of Motion submitted by the Municipal District of Glenmore-Rathbeg – Councillors "
                "G. Ward (Proposer), P.J. Carey, T. Lyons, E. Ryan, M. Ross",
            )
        ],
        id="long-title-over-three-lines-hyphen-and-initial",
    ),
    pytest.param(
        """
        4.
        Corporate Services
        The Director reported on the staffing plan.
        **Emergency Motion**
        With the permission of the Chair, Councillor Hart moved the following Emergency Motion:
        5.
        Conferences
        The report was noted.
        """,
        [("4", "Corporate Services"), (None, "Emergency Motion"), ("5", "Conferences")],
        id="unnumbered-emergency-motion-between-numbered-items",
    ),
    pytest.param(
        """
        # 55 Matters Arising
        The Clerk advised that the play area was complete.
        # 6 Community Grant Applications
        Committee considered the following applications.
        # 57 Defibrillators
        Committee noted the new locations.
        """,
        [("55", "Matters Arising"), ("6", "Community Grant Applications"), ("57", "Defibrillators")],
        id="misprinted-number-between-its-neighbours",
    ),
    pytest.param(
        """
        # 4. APPROVAL OF CONSENT CALENDAR
        # 1. Minutes of June 10, 2019
        Adopt the June 10, 2019 minutes.
        # 2. Meeting Calendar 2020
        Approve the meeting schedule.
        # 5. SPECIAL PRESENTATIONS
        # 1. Election of Chair and Vice Chair
        Select a new Chair.
        # 6. ADJOURNMENT
        The meeting was adjourned at 7:48 p.m.
        """,
        [
            ("4", "APPROVAL OF CONSENT CALENDAR"),
            ("5", "SPECIAL PRESENTATIONS"),
            ("5.1", "Election of Chair and Vice Chair"),
            ("6", "ADJOURNMENT"),
        ],
        id="us-group-heading-sub-items-but-consent-calendar-keeps-points",
    ),
    pytest.param(
        """
        **Present:**
        Cllrs Hale (Chair), Ibbot and Jory.
        **Public Questions:**
        A resident asked about grass cutting on Mill Road.
        # 52 Apologies for Absence
        Cllr Kemp.
        """,
        [(None, "Public Questions"), ("52", "Apologies for Absence")],
        id="procedural-heading-with-colon-before-numbered-items",
    ),
    pytest.param(
        """
        # 44. Verbal Update by the Cabinet Member
        1. Mrs Ilsley gave a verbal update on the following:
        (a) The Children in Care Council had held its celebration event.
        2. In response to questions, it was noted that exit interviews were held.
        3. RESOLVED that the verbal update be noted.
        # 45. Fostering Service Annual Report
        1. Mr Kemp introduced the report.
        2. RESOLVED that the report be noted.
        """,
        [("44", "Verbal Update by the Cabinet Member"), ("45", "Fostering Service Annual Report")],
        id="printed-minutes-numbered-paragraphs-are-not-items",
    ),
    pytest.param(
        """
        **Apologies and Substitutes**
        (Item 1)
        Apologies were received from Mr Moss.
        **Minutes of the meeting held on 22 November 2023**
        (Item 2)
        RESOLVED that the minutes be signed by the Chair.
        """,
        [("1", "Apologies and Substitutes"), ("2", "Minutes of the meeting held on 22 November 2023")],
        id="printed-minutes-title-over-item-reference",
    ),
    pytest.param(
        """
        **PART 1 \u2013 PUBLIC**
        **Performance Monitoring Report for Children in Care and Care Leavers: Quarter**
        **3 2023/24**
        (Item 6)
        RESOLVED that the report be noted.
        **Minutes of the meeting held on 22 November**
        **2023**
        (Item 7)
        RESOLVED that the minutes be signed by the Chair.
        """,
        [
            ("6", "Performance Monitoring Report for Children in Care and Care Leavers: Quarter 3 2023/24"),
            ("7", "Minutes of the meeting held on 22 November 2023"),
        ],
        id="printed-minutes-title-wrapped-over-its-item-reference",
    ),
    pytest.param(
        """
        **Verbal Update**
        (Item 4)
        4.
        Mrs Ilsley gave an update on the recruitment campaign and the number of enquiries
        received since November, which had risen.
        5.
        Members asked about kinship carers and the support offered by the new team
        **Work Programme**
        (Item 5)
        RESOLVED that the work programme be agreed.
        """,
        [("4", "Verbal Update"), ("5", "Work Programme")],
        id="printed-minutes-paragraph-numbers-in-the-margin",
    ),
    pytest.param(
        """
        3.
        Exclusion of Press and Public.
        Minutes:
        The Mayor moved that the press and public be excluded.
        4.
        Land Management.
        Minutes:
        The Council considered the report.
        """,
        [("3", "Exclusion of Press and Public."), ("4", "Land Management.")],
        id="moderngov-page-titles-ending-in-a-full-stop",
    ),
    pytest.param(
        """
        **8. REPORTS OF OFFICERS**
        **8.1 DEVELOPMENT APPLICATION DA2023/145 – 12 SMITH STREET, EXAMPLETON**
        Report by the Manager Planning.
        RESOLVED that the application be approved subject to conditions.
        **8.2 QUARTERLY BUDGET REVIEW – SEPTEMBER 2023**
        The Chief Financial Officer presented the review.
        **9. CONFIDENTIAL MATTERS**
        There were none.
        """,
        [
            ("8", "REPORTS OF OFFICERS"),
            ("8.1", "DEVELOPMENT APPLICATION DA2023/145 – 12 SMITH STREET, EXAMPLETON"),
            ("8.2", "QUARTERLY BUDGET REVIEW – SEPTEMBER 2023"),
            ("9", "CONFIDENTIAL MATTERS"),
        ],
        id="australian-bold-decimal-sub-items-under-their-item",
    ),
    pytest.param(
        """
        **1 Procedural Business**
        1.1 There were no declarations of Substitutes.
        **2 Minutes**
        2.1 The minutes of the last meeting were approved as a correct record.
        **3 Chair's Communications**
        3.1 The Chair gave the following communications.
        """,
        [("1", "Procedural Business"), ("2", "Minutes"), ("3", "Chair's Communications")],
        id="uk-decimal-paragraphs-are-not-sub-items",
    ),
    pytest.param(
        """
        IV. PUBLIC COMMENT
        A. Resident comments on street lighting
        Two residents spoke about street lighting on Elm Avenue.
        V. NEW BUSINESS
        A. Resolution 2024-12 Approving a Contract for Street Resurfacing
        Motion by Quinn, second by Ortiz, to adopt Resolution 2024-12. Motion carried 4-0.
        B. Ordinance 2024-03 Amending the Parking Code
        First reading held.
        C. That the item be tabled.
        VI. ADJOURNMENT
        The meeting adjourned at 7:15 p.m.
        """,
        [
            ("IV", "PUBLIC COMMENT"),
            ("IV.A", "Resident comments on street lighting"),
            ("V", "NEW BUSINESS"),
            ("V.A", "Resolution 2024-12 Approving a Contract for Street Resurfacing"),
            ("V.B", "Ordinance 2024-03 Amending the Parking Code"),
            ("VI", "ADJOURNMENT"),
        ],
        id="us-roman-items-with-lettered-sub-items",
    ),
    pytest.param(
        """
        1. QUESTION PERIOD
        1. Councillor Kowalchuk
        Topic: Street sweeping in the northeast.
        2. Councillor Singh
        Topic: Recreation registration wait times.
        2. CONFIRMATION OF MINUTES
        That the Minutes of the Regular Meeting of Council, 2024 April 22, be confirmed.
        """,
        [("1", "QUESTION PERIOD"), ("2", "CONFIRMATION OF MINUTES")],
        id="alberta-question-period-lists-members-by-number",
    ),
    pytest.param(
        """
        # 1. A pologies for Absence
        Apologies were received from Cllr Moss.
        # 2. D eclarations of Interest
        None were declared.
        """,
        [("1", "Apologies for Absence"), ("2", "Declarations of Interest")],
        id="pdf-drop-caps-mended",
    ),
    pytest.param(
        """
        # 5. Delegations
        # 5.1 Minor Hockey Association - Ice Time Request
        K. Dubois presented a request.
        # 5.2 Friends of Cedar Creek Trail
        A. Lindqvist spoke about the trail.
        # 6. Adjournment
        """,
        [
            ("5", "Delegations"),
            ("5.1", "Minor Hockey Association - Ice Time Request"),
            ("5.2", "Friends of Cedar Creek Trail"),
            ("6", "Adjournment"),
        ],
        id="escribe-decimal-sub-items-in-heading-markup",
    ),
    pytest.param(
        """
        4.0 APOLOGIES
        4.1 None were received.
        5.0 BUDGET MONITORING
        5.1 The Committee noted the report.
        """,
        [("4", "APOLOGIES"), ("5", "BUDGET MONITORING")],
        id="items-numbered-n-point-0-over-their-points",
    ),
    pytest.param(
        """
        C/24/14 Apologies
        Apologies were received from Councillor Orme.
        C/24/15 Budget Monitoring
        The Cabinet noted the report.
        """,
        [("C/24/14", "Apologies"), ("C/24/15", "Budget Monitoring")],
        id="cabinet-minute-numbers-with-a-one-letter-prefix",
    ),
    pytest.param(
        """
        (1) APOLOGIES FOR ABSENCE
        Apologies were received from Councillor Evans.
        (2) TAXI LICENSING POLICY REVIEW
        The Committee considered the report. RESOLVED that:
        (1) the revised policy be approved;
        (2) the Licensing Manager review it in a year.
        """,
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "TAXI LICENSING POLICY REVIEW")],
        id="numbers-in-brackets-before-titles-in-capitals",
    ),
    pytest.param(
        """
        (1) Apologies for Absence
        Apologies were received from Councillor Evans.
        (2) Taxi Licensing Policy Review
        The Committee considered the report.
        RESOLVED that:
        (a) That the revised policy be approved.
        (b) That the Licensing Manager review it in a year.
        (3) Work Programme
        The work programme was noted.
        """,
        [("1", "Apologies for Absence"), ("2", "Taxi Licensing Policy Review"), ("3", "Work Programme")],
        id="numbers-in-brackets-before-titles",
    ),
    pytest.param(
        """
        6. Action Log
        The Committee reviewed the action log.
        Ref | Action | Owner | Status
        ENV/23/14 | Provide Data on Bus Patronage | Head of Transport |
        Complete
        ENV/24/02 | Circulate Briefing on Road Safety | Director of Place |
        Open
        RESOLVED: That the action log be noted.
        7. Work Programme
        The work programme was agreed.
        """,
        [("6", "Action Log"), ("7", "Work Programme")],
        id="action-log-rows-with-references-are-not-items",
    ),
    pytest.param(
        """
        APOLOGIES
        PLA21/24
        Apologies for absence were recorded from Councillor Trent.
        APPLICATION 24/00388/FULL - LAND SOUTH OF CHURCH LANE, ELMBURY
        PLA25/24
        The Principal Planning Officer presented the report and the update sheet.
        APPEAL DECISIONS
        PLA27/24
        RESOLVED: That the report on appeal decisions be noted.
        """,
        [
            ("PLA21/24", "APOLOGIES"),
            ("PLA25/24", "APPLICATION 24/00388/FULL - LAND SOUTH OF CHURCH LANE, ELMBURY"),
            ("PLA27/24", "APPEAL DECISIONS"),
        ],
        id="borough-planning-heading-over-its-minute-number",
    ),
    pytest.param(
        """
        5. Adult Skills Fund Performance
        The Chief Executive introduced the report.
        6. Actions from previous meetings
        The Committee reviewed the actions arising from previous meetings.
        7. Work Programme
        The work programme was agreed.
        """,
        [
            ("5", "Adult Skills Fund Performance"),
            ("6", "Actions from previous meetings"),
            ("7", "Work Programme"),
        ],
        id="scrutiny-actions-from-previous-meetings-in-sentence-case",
    ),
    # a cabinet's record of one decision: the paper's and its council's names over the title
    pytest.param(
        """
        Record of Decisions
        Marbury Council
        Harbour Car Park Charges 2025/26
        Decision Taker
        Cabinet on 11 March 2025.
        Decision
        That the tariff be approved.
        """,
        [(None, "Harbour Car Park Charges 2025/26")],
        id="record-of-decisions-over-council-over-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_SHAPES)
def test_item_shapes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _titles(text) == expected


def test_run_on_consent_agenda_is_split_by_the_running_numbering() -> None:
    text = (
        "Item Nos. 47 and 51 were pulled for discussion. Disposition: COMMUNICATIONS "
        "38 Request of Ann Lee to address Council regarding fair wages (Communication) PLACED ON FILE "
        "39 Request of Bo Diaz to address Council regarding the Plan (Communication) PLACED ON FILE "
        "CONSENT AGENDA *40 Accept a grant in the amount of $94,710 from the Corporation for "
        "National Service (Ordinance) (Y-5) 184349 1 of 18 "
        "41 Appoint Cy Moss to the Plan Committee to serve a term from July 2009 through December 2012 "
        "(Report) (Y-5) CONFIRMED S-42 Pay claim of Di Park (Ordinance) (Y-5) 184350"
    )
    assert [(it.number, it.title) for it in find_items([Line(text)])[1]] == [
        ("38", "Request of Ann Lee to address Council regarding fair wages"),
        ("39", "Request of Bo Diaz to address Council regarding the Plan"),
        ("40", "Accept a grant in the amount of $94,710 from the Corporation for National Service"),
        ("41", "Appoint Cy Moss to the Plan Committee to serve a term from July 2009 through December 2012"),
        ("42", "Pay claim of Di Park"),
    ]


def test_a_sentence_with_numbers_is_not_a_run() -> None:
    text = "The Council noted 3 Members and 4 Officers attended, and 5 Residents spoke. " * 4
    assert len(find_items([Line(text)])[1]) == 1


PRINTED = [
    ("41", "Apologies and Substitutes"),
    ("42", "Declarations of Interests by Members in items on the Agenda"),
    ("43", "Minutes of the meeting held on 22 November 2023"),
    ("44", "Verbal Update by the Cabinet Member and Corporate Director"),
    ("45", "Fostering Service Annual Report 2022/23"),
    ("46", "Performance Monitoring: Quarter 3 2023/24"),
    ("47", "Work Programme 2024"),
]


def test_printed_minutes_text() -> None:
    doc = minutesmine.extract(FORMS / "printed_minutes.txt")
    assert (doc.kind, doc.document_type) == ("minutes", "minutes")
    assert [(it.number, it.title) for it in doc.items] == PRINTED


def _printed_pdf(out: Path, numbered: bool) -> Path:
    """The printed-minutes fixture laid out as ModernGov prints it: a bold title (with or
    without its minute number), "(Item N)" under it, paragraphs with hanging numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=6)
    hang = ParagraphStyle("hang", parent=body, leftIndent=28, firstLineIndent=-28)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=12, spaceBefore=10)
    ref = ParagraphStyle("ref", parent=body, fontName="Helvetica-Oblique", fontSize=10)
    flow = []
    for line in (FORMS / "printed_minutes.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip().replace("&", "&amp;")
        if not line:
            continue
        if re.match(r"^\d{2}\. ", line):
            flow.append(Paragraph(line if numbered else line.split(". ", 1)[1], title))
        elif line.startswith("(Item"):
            flow.append(Paragraph(line, ref))
        elif re.match(r"^(?:\d\.|\([a-z]\)) ", line):
            flow.append(Paragraph(line, hang))
        else:
            flow.append(Paragraph(f"<b>{line}</b>" if line.isupper() else line, body))
    SimpleDocTemplate(str(out), pagesize=A4).build(flow)
    return out


@pytest.mark.parametrize("numbered", [True, False], ids=["minute-number-on-title", "title-alone"])
def test_printed_minutes_pdf(tmp_path: Path, numbered: bool) -> None:
    doc = minutesmine.extract(_printed_pdf(tmp_path / "printed.pdf", numbered))
    expected = PRINTED if numbered else [(str(k), t) for k, (_, t) in enumerate(PRINTED, 1)]
    assert [(it.number, it.title) for it in doc.items] == expected
    assert doc.kind == "minutes" and not doc.warnings


def test_escribe_markdown_export() -> None:
    doc = minutesmine.extract(FORMS / "escribe_minutes.md")
    assert doc.document_type == "minutes"
    numbers = [it.number for it in doc.items]
    expected = ["1", "2", "3", "4", "5", "5.1", "5.2", "6", "6.1", "6.2", "7", "7.1", "7.2"]
    assert numbers == [*expected, "8", "8.1", "9", "10"]
    assert doc.items[8].title == "Minutes of the Regular Council Meeting of February 20, 2024"


def test_escribe_call_out_marks_are_not_text() -> None:
    """The "> " marks of an eScribe call-out are markup: no section keeps them, an empty ">"
    line ends a paragraph, and the motion inside is still read with its mover and seconder."""
    doc = minutesmine.extract(FORMS / "escribe_minutes.md")
    lines = [ln for it in doc.items for s in it.sections for ln in s.text.splitlines()]
    assert lines and not [ln for ln in lines if ln.lstrip().startswith(">")]
    agenda = doc.items[2]
    assert [(m.mover, m.seconder) for m in agenda.motions] == [("Councillor Marsh", "Councillor Ng")]
    assert agenda.resolutions == [
        "That the agenda for the Regular Council Meeting of March 5, 2024 BE ADOPTED as circulated."
    ]


UNNUMBERED_BELOW = [
    pytest.param(
        "# 2. Consent Items\n\n## Minutes of the Regular Meeting of April 16, 2024\n\n"
        "> Moved by: Councillor Ng\n>\n> Seconded by: Councillor Marsh\n>\n"
        "> That the minutes BE ADOPTED.\n>\n> **Motion Passed**\n\n"
        "## Correspondence from the Conservation Authority\n\n"
        "That the correspondence BE RECEIVED. Carried.\n\n"
        "# 3. Adjournment\n\nThe meeting adjourned at 8:02 p.m.\n",
        [
            ("2", "Consent Items"),
            (None, "Minutes of the Regular Meeting of April 16, 2024"),
            (None, "Correspondence from the Conservation Authority"),
            ("3", "Adjournment"),
        ],
        id="escribe-unnumbered-sub-items",
    ),
    pytest.param(
        "# 2. Budget Monitoring\n\n## Background\n\nThe Clerk presented the year-end figures.\n\n"
        "## Members' questions\n\nMembers asked about the grass-cutting contract.\n\n"
        "## Decision\n\nRESOLVED that the year-end position be noted.\n\n"
        "# 3. Date of Next Meeting\n\nThe next meeting will be held on 4 June 2024.\n",
        [("2", "Budget Monitoring"), ("3", "Date of Next Meeting")],
        id="sub-headings-of-one-item",
    ),
]


@pytest.mark.parametrize(("body", "expected"), UNNUMBERED_BELOW)
def test_unnumbered_headings_below_numbered_items(
    tmp_path: Path, body: str, expected: list[tuple[str | None, str]]
) -> None:
    """Unnumbered "##" headings (or HTML h3) under numbered "#" items are sub-items, unless
    the document uses that level for section labels ("## Background", "## Decision"):
    decided once per document."""
    path = tmp_path / "minutes.md"
    head = "# Elmvale Township Council\n\nMinutes of the Regular Meeting held on May 7, 2024\n\n"
    path.write_text(
        f"{head}**Present:** Mayor R. Hale, Councillor T. Ng\n\n# 1. Call to Order\n\nOpened.\n\n{body}"
    )
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items][1:] == expected


def test_agenda_pack_parts_are_segmented_as_what_they_are() -> None:
    """A ModernGov agenda pack: the agenda list titles the pack's items; the enclosed
    minutes (stamped "Agenda Item 3") keep their own items under it; each enclosed report
    is one item with its cover sheet, recommendations and numbered headings."""
    doc = minutesmine.extract(FORMS / "agenda_pack.txt")
    assert doc.document_type == "agenda_pack"
    assert (doc.meeting.committee, doc.meeting.date) == ("Audit and Governance Committee", "2024-05-14")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the Previous Meeting"),
        ("21", "APOLOGIES FOR ABSENCE"),
        ("22", "DECLARATIONS OF INTEREST"),
        ("23", "MINUTES"),
        ("24", "RISK MANAGEMENT UPDATE"),
        ("4", "Internal Audit Progress Report"),
        ("5", "Treasury Management Outturn 2023/24"),
        ("6", "Work Programme"),
    ]
    by_number = {it.number: it for it in doc.items}
    assert by_number["24"].resolutions == ["that the report be noted."]
    assert by_number["4"].recommendations == [
        "That the Committee notes the progress against the 2023/24 audit plan."
    ]
    assert by_number["5"].recommendations == [
        "That the Committee notes the treasury management outturn for 2023/24.",
        "That the Committee recommends the report to Council.",
    ]
    headings = [s.heading for s in by_number["5"].sections if s.kind in ("purpose", "report_section")]
    assert headings == ["PURPOSE OF REPORT", "BACKGROUND", "LEGAL IMPLICATIONS"]
    assert any("Lead officer: Ann Lee" in s.text for s in by_number["5"].sections)  # its cover sheet
    assert ("Jo Kerr", "in_attendance") in [(a.name, a.status) for a in doc.meeting.attendees]


def test_agenda_pack_pdf_keeps_its_part_stamps(tmp_path: Path) -> None:
    """Laid out as a PDF pack (each enclosed document on a new page under its "Agenda Item N"
    stamp, where running headers sit), the stamps still cut the pack."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=6)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    stamp = ParagraphStyle("stamp", parent=bold, fontSize=14, alignment=2)
    flow: list = []
    for para in (FORMS / "agenda_pack.txt").read_text(encoding="utf-8").split("\n\n"):
        para = para.strip().replace("&", "&amp;")
        if para.startswith("Page "):
            flow.append(PageBreak())
        elif para:
            style = stamp if para.startswith("Agenda Item") else bold if para.isupper() else body
            flow.append(Paragraph(para, style))
    out = tmp_path / "pack.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build(flow)
    doc = minutesmine.extract(out)
    assert doc.document_type == "agenda_pack"
    assert [it.number for it in doc.items] == ["1", "2", "3", "21", "22", "23", "24", "4", "5", "6"]
    assert [it.pages for it in doc.items if it.number in ("4", "5")] == [[3], [4]]


def test_agenda_front_sheet_lists_its_items(tmp_path: Path) -> None:
    """An agenda front sheet: its numbered list is the items (one after another, no text
    between them), titles without their page references; "Minutes of the Previous Meeting"
    in the list does not make it minutes."""
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Public Document Pack\n\nOakfield Borough Council\n\nNotice of Meeting\n\nPLANNING COMMITTEE\n\n"
        "Thursday, 14 March 2024 at 7.00 pm\n\nAGENDA\n\n1. Apologies for Absence\n\n"
        "2. Declarations of Interest\n\n3. Minutes of the Previous Meeting (Pages 1 - 6)\n\n"
        "4. 23/01234/FUL - Land at Mill Lane, Oakfield (Pages 7 - 30)\n\n5. Appeals Update (Pages 41 - 44)\n",
        encoding="utf-8",
    )
    doc = minutesmine.extract(path)
    assert (doc.document_type, doc.meeting.committee, doc.meeting.date) == (
        "agenda",
        "Planning Committee",
        "2024-03-14",
    )
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the Previous Meeting"),
        ("4", "23/01234/FUL - Land at Mill Lane, Oakfield"),
        ("5", "Appeals Update"),
    ]


def test_part_stamp_rows_match_their_examples() -> None:
    from minutesmine.stamps import stamp_number, stamp_rows

    for row, _rx in stamp_rows():
        assert stamp_number(row.example) is not None, row.id


def test_a_report_opening_with_its_own_stamp_is_not_a_pack(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Oakfield Town Council Meeting 21 February 2017\n\nAgenda Item 166\n\nSummer Events\n\n"
        "Council is recommended to approve the events programme.\n\n1. Purpose of Report\n\n"
        "To advise Council of the events.\n\n2. Background\n\nThe programme runs from May.\n",
        encoding="utf-8",
    )
    doc = minutesmine.extract(path)
    assert (doc.kind, len(doc.items)) == ("report", 1)
    appendix = "\n\nAgenda Item 166\n\nAppendix A\n\nThe events calendar for 2017.\n"
    path.write_text(path.read_text(encoding="utf-8") + appendix, encoding="utf-8")
    assert minutesmine.extract(path).kind == "report"  # its appendix stamped with the same item


def test_irish_county_council_minutes() -> None:
    """An Irish county council's monthly minutes: bulleted "MEMBERS PRESENT:" and "OFFICIALS
    IN ATTENDANCE:" lists ("Mr H. Keane, Chief Executive"), a "VOTES OF SYMPATHY:" heading
    before the numbered items, capitals titles ending in a colon, "Proposed by / Seconded by
    / AND AGREED / “To confirm ...”", "It was proposed by Cllr. X Seconded by Cllr. Y And
    Resolved: That ..." on one line, and "... was noted on the proposal of ..."."""
    doc = minutesmine.extract(FORMS / "irish_county_minutes.txt")
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "VOTES OF SYMPATHY"),
        ("1", "MINUTES OF THE ORDINARY MEETING HELD ON 2ND SEPTEMBER, 2024"),
        ("2", "DECLARATION OF ROADS TO BE PUBLIC ROADS"),
        ("3", "CHIEF EXECUTIVE'S MONTHLY REPORT"),
        ("4", "CORRESPONDENCE"),
    ]
    people = [(a.name, a.role, a.status) for a in doc.meeting.attendees]
    assert people[:2] == [("Councillor Aherne", None, "present"), ("Councillor Brennan", None, "present")]
    assert ("Mr F. Nagle", "Meetings Administrator", "in_attendance") in people and len(people) == 9
    motions = [(m.text[:20], m.mover, m.seconder, m.outcome) for it in doc.items for m in it.motions]
    assert motions == [
        ("That a vote of sympa", "Councillor D. Casey", "Councillor Brennan", "carried"),
        ("To confirm the Minut", "Councillor Aherne", "Councillor Dolan", "carried"),
        ("That the roads liste", "Cllr. D. Casey", "Cllr. Dolan", "carried"),
    ]
    assert doc.items[2].resolutions == ["That the roads listed in the report be declared public roads."]
    assert doc.items[4].resolutions == ["The correspondence was noted"]


def test_scottish_minute_with_decision_blocks() -> None:
    """A Scottish council's "MINUTE of Meeting of the ... held ... on ...": "Present:-" and
    "In Attendance:-" lists of roles, decimal paragraphs 2.1, 2.2 inside items, and each
    item's outcome under a "DECISION" heading ("AGREED to:-" over (a), (b); "The Committee
    agreed:-" over (1), (2))."""
    doc = minutesmine.extract(FORMS / "scottish_minute.txt")
    assert (doc.meeting.council, doc.meeting.committee, doc.meeting.date) == (
        "Glenmorven Council",
        "Executive Committee",
        "2024-03-05",
    )
    assert [it.title for it in doc.items] == [
        "MINUTE",
        "MONITORING OF THE GENERAL FUND REVENUE BUDGET 2023/24",
        "LOCAL DEVELOPMENT PLAN",
        "PRIVATE BUSINESS",
    ]
    assert [len(it.resolutions) for it in doc.items] == [1, 2, 2, 1]
    assert doc.items[2].resolutions[0] == "to approve the Proposed Plan for consultation; and"
    people = [(a.name, a.role, a.status) for a in doc.meeting.attendees]
    assert ("A. Byrne", "Convener", "present") in people
    assert ("J. Kerr", "Democratic Services Officer", "in_attendance") in people
    assert ("Chief Legal Officer", None, "in_attendance") in people
    assert ("Director \u2013 Finance and Procurement", None, "in_attendance") in people


def test_minutes_laid_out_in_a_numbered_table() -> None:
    """Older council sites and CMIS lay minutes out in a two-column table: the item number in
    the first column, blank beside the text rows under each title. It is layout, not data."""
    doc = minutesmine.extract(FORMS / "numbered_layout_table.html")
    assert (doc.meeting.committee, doc.meeting.date) == ("Licensing Committee", "2024-06-04")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Previous Meeting"),
        ("3", "Review of the Licensing Policy"),
    ]
    assert doc.items[2].resolutions == ["That the draft policy be approved for consultation."]


def test_cabinet_record_of_decisions() -> None:
    """A cabinet's record of decisions: "DECISION:" over numbered points, each a resolution;
    "Reasons for decision:" after them is not one; "RESOLVED – That ..." (Welsh/English dash)."""
    doc = minutesmine.extract(FORMS / "cabinet_decisions.txt")
    assert (doc.meeting.committee, doc.meeting.date) == ("Cabinet", "2024-03-12")
    assert [it.resolutions for it in doc.items] == [
        [
            "To approve the Housing Strategy 2024-2029 attached as Appendix 1 to the report.",
            "To delegate authority to the Director of Housing to make minor amendments before publication.",
        ],
        ["That the revised capital programme for 2024/25 be approved."],
        ["That the press and public be excluded for item 4 under paragraph 3 of Schedule 12A."],
    ]


KIND_SHAPES = [
    pytest.param(
        [
            "MINUTES of a meeting of the Audit Committee held on 3 May 2024",
            "PRESENT: Mr A Smith (Chair)",
            "1. Apologies",
            "RESOLVED that the report be noted.",
        ],
        DocumentType.MINUTES,
        id="uk-minutes",
    ),
    pytest.param(
        ["Agenda item", "Budget Update", "Minutes:", "The Committee noted the update."],
        DocumentType.MINUTES,
        id="moderngov-agenda-item-page",
    ),
    pytest.param(
        [
            "Royal Exampleton Town Council Meeting 21 February 2017",
            "Agenda Item 166",
            "Summer Events",
            "Council is recommended to approve the events programme.",
            "1. Purpose of Report",
            "To advise Council of the events.",
            "2. Recommendations",
            "3. Background",
        ],
        DocumentType.REPORT,
        id="officer-report-without-cover-table",
    ),
    pytest.param(
        ["Summary Table", "Ward budgets", "All wards", "Four Oaks Ward"],
        DocumentType.REPORT,
        id="table-paper-with-no-minutes-wording",
    ),
    pytest.param(
        [
            "PUBLIC DOCUMENT PACK",
            "AGENDA",
            "Notice of meeting",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Budget Monitoring Report",
            "4. Work Programme",
        ],
        DocumentType.AGENDA,
        id="agenda-front-sheet",
    ),
    pytest.param(
        [
            "AGENDA",
            "1. Apologies",
            "2. Minutes",
            *["Item text"] * 70,
            "Present: Cllr A, Cllr B",
            "RESOLVED that the minutes be approved.",
            "Apologies: Cllr C",
        ],
        DocumentType.AGENDA_PACK,
        id="agenda-pack-with-enclosed-minutes",
    ),
    pytest.param(
        [
            "THE CORPORATION OF THE TOWN OF EASTWICK",
            "REPORT TO COUNCIL",
            "Report No.: PW-2024-031",
            "Prepared by: Jane Doe, Project Engineer",
            "Subject: Sidewalk Program",
            "Recommendation",
            "THAT Report PW-2024-031 be received;",
            "Background",
            "The program began in 2021.",
        ],
        DocumentType.REPORT,
        id="report-to-council-recommendation-that-be-received",
    ),
    pytest.param(
        [
            "Written questions to Cabinet Members",
            "Question 1 from Cllr Amos to the Leader",
            "Reply: The Leader said the figures were published.",
            "Question 2 from Cllr Byrne",
            "Reply: 14 applications were received.",
            "Question 3 from Cllr Cole",
            "Answer: No.",
        ],
        DocumentType.QUESTION_PAPER,
        id="written-question-paper",
    ),
    pytest.param(
        [
            "Mayor's Question Time, 14 March 2024",
            "Report No: 4",
            "Subject: Questions to the Mayor",
            "Report of: Executive Director of Secretariat",
            "Bus lanes on outer routes",
            "Question No: 2024/0812",
            "Priya Varma",
            "What progress has been made on bus lanes?",
            "Answer from the Mayor",
            "Nine kilometres have been delivered.",
            "Docking stations",
            "Question No: 2024/0944",
            "Ben Lowther",
            "How many docking stations will open?",
            "Answer from the Mayor",
            "Twenty.",
            "Fire engines",
            "Question No: 2024/0901",
            "Keith Ormerod",
            "Will you rule out any reduction?",
            "Answer from the Mayor",
            "There are no plans to reduce them.",
        ],
        DocumentType.QUESTION_PAPER,
        id="assembly-written-answers-under-report-cover-labels",
    ),
    pytest.param(
        ["Verbatim transcript of the proceedings"]
        + [f"{name}: We now turn to item {k}, the budget." for k in range(15) for name in ("Adams", "Fish")],
        DocumentType.TRANSCRIPT,
        id="verbatim-transcript",
    ),
    pytest.param(
        ["# Real council documents", "| file | source | path |", "|---|---|---|"]
        + [f"| a{k}.pdf | example/repo | docs/a{k}.pdf |" for k in range(8)],
        DocumentType.NOT_COUNCIL,
        id="repository-readme",
    ),
]


@pytest.mark.parametrize(("texts", "expected"), KIND_SHAPES)
def test_document_kinds(texts: list[str], expected: DocumentType) -> None:
    lines = [Line(t, None, k) for k, t in enumerate(texts)]
    assert classify(lines, is_report(lines)) is expected


def test_transcript_is_one_item_not_split_at_speakers(tmp_path: Path) -> None:
    path = tmp_path / "transcript.txt"
    turns = [f"{n}: Item {k} is the budget. I move it." for k in range(1, 15) for n in ("ADAMS", "FISH")]
    path.write_text("Verbatim transcript of the proceedings\n\n" + "\n\n".join(turns), encoding="utf-8")
    doc = minutesmine.extract(path)
    assert doc.document_type == "transcript" and len(doc.items) == 1


def test_readme_is_not_extracted(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from minutesmine.cli import main

    (tmp_path / "README.md").write_text(
        "# Council documents\n\n| file | source |\n|---|---|\n"
        + "".join(f"| m{k}.pdf | https://example.org/m{k} |\n" for k in range(6)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"]
    )
    assert "not extracted:" in result.stderr and "not a council document" in result.stderr
    assert "1 not extracted" in result.stderr
    assert (tmp_path / "o.jsonl").read_text(encoding="utf-8") == ""


WARNING_SHAPES = [
    pytest.param(
        "\n\n".join(["MINUTES", "Present: Cllr A"] + ["The Committee discussed the budget at length."] * 130),
        "no agenda item headings",
        id="long-minutes-without-items",
    ),
]


@pytest.mark.parametrize(("text", "warning"), WARNING_SHAPES)
def test_suspect_structure_warns(tmp_path: Path, text: str, warning: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    doc = minutesmine.extract(path)
    assert any(warning in w for w in doc.warnings), doc.warnings


def test_parse_warnings_name_what_looks_wrong() -> None:
    from minutesmine.models import AgendaItem
    from minutesmine.segment.checks import parse_warnings

    items = [
        AgendaItem(title="Apologies", pages=[1]),
        AgendaItem(title="Budget Monitoring", pages=list(range(1, 10))),
        AgendaItem(title="The Chair welcomed everyone to the meeting. Apologies were noted.", pages=[10]),
    ]
    warnings = parse_warnings(items, "minutes", 400, 10)
    assert any("'Budget Monitoring' spans 9 of 10 pages" in w for w in warnings)
    assert any("1 item title(s) read as a sentence" in w for w in warnings)
    assert parse_warnings(items[:1], "minutes", 40, 1) == []


def test_minute_numbers_in_the_thousands_are_items() -> None:
    """ModernGov pages of councils whose minute numbers run into the thousands ("1772." on its
    own line, then the title with "(Agenda item 1)"); a year is never taken for one."""
    from minutesmine.blocks import Block, ReadResult
    from minutesmine.segment import segment

    paras = [
        "Council - Thursday, 12 May 2016",
        "Items",
        "1772.",
        "Apologies and Declaration of Interests (Agenda item 1)",
        "Minutes:",
        "Apologies for absence were received from Mr L Mallett.",
        "1773.",
        "Chairman (Agenda item 2)",
        "Minutes:",
        "RESOLVED that Mr A Miller be elected Chairman of the Council.",
        "2016. The year's accounts were noted.",
        "1774.",
        "Questions (Agenda item 10)",
        "Minutes:",
        "Mr P Denham asked about potholes.",
    ]
    seg = segment(ReadResult(blocks=[Block(p) for p in paras], format="text"))
    assert [(i.number, i.title) for i in seg.items] == [
        ("1772", "Apologies and Declaration of Interests"),
        ("1773", "Chairman"),
        ("1774", "Questions"),
    ]


US_CAPTIONS = """City of Lindale
City Council Minutes
Monday, March 4, 2024

Present: Ana Ruiz, Ben Cole, Cara Diaz

PUBLIC COMMENT

Dora Finch, Lindale: Spoke regarding park lighting.

CITY MANAGER COMMENT

None.

1. NEW BUSINESS

A. Resolution 2024-011 Approving the Fiscal Year 2024-25 Street Maintenance Program.

MOTION: Adopt Resolution 2024-011.
Moved by Ana Ruiz, seconded by Ben Cole.
Vote: Motion carried 3-0.
Yes: Ana Ruiz; Ben Cole; Cara Diaz
No: None

B. Introduction (First Reading) of Ordinance 915 Establishing a Sidewalk Vending Program.

Staff presented the report.

ADJOURN

The meeting was adjourned at 7:40 p.m.
"""


def test_us_lettered_captions_and_unnumbered_closing(tmp_path: Path) -> None:
    """US minutes: a lettered caption standing alone may end with a full stop ("A. Resolution
    ... Program."), "CITY MANAGER COMMENT" heads an item before the numbered ones, an
    unnumbered "ADJOURN" after them closes the minutes, and "Vote: Motion carried 3-0." is a
    vote line, not a point of the resolution."""
    path = tmp_path / "minutes.txt"
    path.write_text(US_CAPTIONS)
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "PUBLIC COMMENT"),
        (None, "CITY MANAGER COMMENT"),
        ("1", "NEW BUSINESS"),
        ("1.A", "Resolution 2024-011 Approving the Fiscal Year 2024-25 Street Maintenance Program."),
        ("1.B", "Introduction (First Reading) of Ordinance 915 Establishing a Sidewalk Vending Program."),
        (None, "ADJOURN"),
    ]
    assert doc.items[3].resolutions == ["Adopt Resolution 2024-011."]


SARATOGA_LIKE = """MINUTES
ELM HOLLOW CITY COUNCIL MEETING
MARCH 6, 2024

Mayor Pike called the Regular City Council meeting to order at 7:00 p.m.

ROLL CALL
PRESENT: Councilmembers Ada Cole, Raj Mehta, Mayor Lena Pike
ABSENT: None

ORAL COMMUNICATIONS
Tom Reyes asked the Council to repaint the crosswalk on Main Street.

1. CONSENT CALENDAR

1A. City Council Meeting Minutes
Recommended Action:
Approve City Council minutes for the Regular City Council Meeting on February 21, 2024.
Councilmember Cole asked whether the minutes listed the speakers; City Clerk Moss responded that they did.
COLE/MEHTA MOVED TO APPROVE THE MINUTES. MOTION PASSED. AYES: COLE, MEHTA, PIKE. NOES: NONE. ABSENT: NONE.

ADJOURNMENT
Mayor Pike adjourned the meeting at 8:02 p.m.
"""


def test_california_action_minutes(tmp_path: Path) -> None:
    """California action minutes with no blank lines under their headings: "ROLL CALL" over
    the attendance and "ORAL COMMUNICATIONS" head items before the numbered ones, "1A." is
    a sub-item, "Recommended Action:" holds one sentence (the narrative after it is read for
    questions), and "ADJOURNMENT" closes the minutes."""
    path = tmp_path / "minutes.txt"
    path.write_text(SARATOGA_LIKE)
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "ROLL CALL"),
        (None, "ORAL COMMUNICATIONS"),
        ("1", "CONSENT CALENDAR"),
        ("1A", "City Council Meeting Minutes"),
        (None, "ADJOURNMENT"),
    ]
    minutes = doc.items[3]
    assert minutes.recommendations == [
        "Approve City Council minutes for the Regular City Council Meeting on February 21, 2024."
    ]
    assert [e.question.speaker for e in minutes.exchanges] == ["councilmember cole"]
    assert [(m.mover, m.seconder, m.outcome.value) for m in minutes.motions if m.outcome] == [
        ("COLE", "MEHTA", "carried")
    ]


PETALUMA_LIKE = """City of Ashford
City Council Minutes
Monday, May 6, 2024

CALL TO ORDER

Mayor Finch called the meeting to order at 6:00 p.m.

A. Roll Call

Present: Ana Ruiz, Ben Cole, Cara Diaz

B. Pledge of Allegiance

Council Member Cole

PUBLIC COMMENT

Dora Finch, Ashford: Spoke regarding park lighting.

1. APPROVAL OF MINUTES

MOTION: Approve the minutes of April 15, 2024.
Moved by Ana Ruiz, seconded by Ben Cole.
Vote: Motion carried 3-0.
"""


def test_lettered_run_under_an_opening_heading(tmp_path: Path) -> None:
    """US minutes letter the items of the opening ("CALL TO ORDER" then "A. Roll Call", "B.
    Pledge of Allegiance") before the numbered ones: the letters alone number them, and the
    unnumbered headings before item 1 stay items."""
    path = tmp_path / "minutes.txt"
    path.write_text(PETALUMA_LIKE)
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "CALL TO ORDER"),
        ("A", "Roll Call"),
        ("B", "Pledge of Allegiance"),
        (None, "PUBLIC COMMENT"),
        ("1", "APPROVAL OF MINUTES"),
    ]


def test_select_board_sections_around_numbered_business(tmp_path: Path) -> None:
    """New England select board minutes: unnumbered CITIZENS' COMMENTS and TOWN MANAGER'S REPORT
    before the numbered business, group headings (NEW BUSINESS) over it, and APPROVAL OF
    MINUTES and ADJOURNMENT after it; a group heading with nothing under it is no item."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "TOWN OF ELMFIELD\nSELECT BOARD MEETING MINUTES\nMonday, May 6, 2024\n\n"
        "Present: Ann Hale, Chair; Bo Ruiz; Cy Lund\n\n"
        "CITIZENS' COMMENTS\n\nDee Park, 4 Elm Street, asked when the bridge would reopen. "
        "Town Manager Fox replied that it would reopen in June.\n\n"
        "TOWN MANAGER'S REPORT\n\nMr. Fox reported on the budget.\n\n"
        "NEW BUSINESS\n\n1. Vote to Accept Gift – Friends of the Library\n\n"
        "Motion by Mr. Ruiz, seconded by Mr. Lund, to accept the gift. Vote 3-0.\n\n"
        "APPROVAL OF MINUTES\n\nMotion by Mr. Lund, seconded by Mr. Ruiz, to approve the minutes "
        "of April 22, 2024. Vote 3-0.\n\nADJOURNMENT\n\nThe meeting adjourned at 8:02 p.m.\n"
    )
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "CITIZENS' COMMENTS"),
        (None, "TOWN MANAGER'S REPORT"),
        ("1", "Vote to Accept Gift – Friends of the Library"),
        (None, "APPROVAL OF MINUTES"),
        (None, "ADJOURNMENT"),
    ]


def test_county_board_captions_written_as_sentences(tmp_path: Path) -> None:
    """California county board minutes: numbered agenda captions written as sentences, with
    the cost and department in brackets ("3. Approve the minutes ... (No general fund impact)
    (Clerk of the Board)"), under unnumbered group headings; CALL TO ORDER holds the pledge and
    the roll call; an unnumbered Consent Agenda between the numbered items is an item. A
    numbered sentence out of the run's order is a paragraph, not an item."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "ELMVALE COUNTY BOARD OF SUPERVISORS\nMINUTES\nTuesday, April 9, 2024\n\n"
        "CALL TO ORDER\n\nPledge of Allegiance.\n\nRoll Call: Hale, Ruiz, Lund.\n\n"
        "Approval of Agenda\n\n1. Consider approval of agenda.\n\n"
        "Minute Order No. 24-041: Approved agenda as submitted.\n\n"
        "Consent Agenda\n\nMinute Order No. 24-042: Approved Consent Agenda Item No. 2.\n\n"
        "General Government\n\n"
        "2. Approve the minutes of the March 26, 2024 meeting. (No general fund impact) (Clerk)\n\n"
        "Approved on Consent.\n\n"
        "5. Receive the report on library hours.\n\nAdjournment\n\nAdjourned at 11:35 a.m.\n"
    )
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        (None, "CALL TO ORDER"),
        ("1", "Consider approval of agenda."),
        (None, "Consent Agenda"),
        ("2", "Approve the minutes of the March 26, 2024 meeting. (No general fund impact) (Clerk)"),
        (None, "Adjournment"),
    ]


def test_numbered_procedural_headings_one_under_another_are_items() -> None:
    """Ontario regional minutes: "1. Roll Call" with nothing under it, then "2. Declarations of
    Pecuniary Interest": two items, not a list's points."""
    text = """
        1. Roll Call
        2. Declarations of Pecuniary Interest
        There were no declarations of pecuniary interest.
        3. Adoption of Minutes
        The minutes were adopted.
        """
    assert _titles(text) == [
        ("1", "Roll Call"),
        ("2", "Declarations of Pecuniary Interest"),
        ("3", "Adoption of Minutes"),
    ]


def test_minute_numbered_items_and_an_unnumbered_closure() -> None:
    """Tasmanian minutes number each item by its minute ("C204/2024 Footpath Lighting – Beach
    Road"); an unnumbered CLOSURE after them closes the minutes."""
    text = """
        C203/2024 QUESTIONS WITHOUT NOTICE FROM THE PUBLIC
        C204/2024 Footpath Lighting – Beach Road
        Mr Tenning asked when the lights would be switched on.
        C205/2024 Dog Exercise Area
        Ms Venn asked whether the area would be fenced.
        CLOSURE
        The Mayor declared the meeting closed at 7.05pm.
        """
    assert _titles(text) == [
        ("C203/2024", "QUESTIONS WITHOUT NOTICE FROM THE PUBLIC"),
        ("C204/2024", "Footpath Lighting – Beach Road"),
        ("C205/2024", "Dog Exercise Area"),
        (None, "CLOSURE"),
    ]


def test_decimal_sub_item_titles_over_a_labelled_line_in_plain_text(tmp_path: Path) -> None:
    """A plain-text sub-item title with its labelled lines right under it, no blank line
    between ("3.1 Cr X – Topic" over "Question: ..."), is an item and who asked; a numbered
    sentence over a label is a paragraph."""
    path = tmp_path / "questions.txt"
    path.write_text(
        "Minutes of the Ordinary Meeting of Example District Council held on 12 March 2024\n\n"
        "3. QUESTIONS WITHOUT NOTICE\n\n"
        "3.1 Cr Nankivell – Jetty Road Footpath\n"
        "Question: When will the footpath on Jetty Road be repaired?\n"
        "Response: The Director Infrastructure advised that the works are scheduled for May.\n\n"
        "3.2 Cr Ahmed – Library Hours\n"
        "Question: Will the library open on Sundays?\n"
        "Answer: The Chief Executive Officer said that a report would come to the April meeting.\n\n"
        "3.3 The Committee noted the answers.\n"
        "Note: the answers will be published.\n",
        encoding="utf-8",
    )
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        ("3", "QUESTIONS WITHOUT NOTICE"),
        ("3.1", "Cr Nankivell – Jetty Road Footpath"),
        ("3.2", "Cr Ahmed – Library Hours"),
    ]
    assert [e.question.speaker for it in doc.items for e in it.exchanges] == ["cr nankivell", "cr ahmed"]


def test_decimal_sub_item_title_right_under_its_parent_heading(tmp_path: Path) -> None:
    """US minutes printed with no blank lines: "5.1 Water and Sewer Rate Adjustment" right
    under "5. PUBLIC HEARINGS" is that item's sub-item; a numbered sentence there is not."""
    path = tmp_path / "council.txt"
    path.write_text(
        "CITY COUNCIL REGULAR MEETING MINUTES\nTuesday, October 8, 2024\n"
        "4. CONSENT CALENDAR\nMOTION: Councilmember Whitcomb moved to approve the Consent Calendar.\n"
        "5. PUBLIC HEARINGS\n5.1 Water and Sewer Rate Adjustment\n"
        "Finance Director Yu presented the staff report on the proposed rates.\n"
        "6. COUNCIL INQUIRIES\n6.1 The Council noted the schedule.\n"
        "Councilmember Fuentes asked about the signal; City Manager Pell stated it would be installed.\n",
        encoding="utf-8",
    )
    doc = minutesmine.extract(path)
    assert [(it.number, it.title) for it in doc.items] == [
        ("4", "CONSENT CALENDAR"),
        ("5", "PUBLIC HEARINGS"),
        ("5.1", "Water and Sewer Rate Adjustment"),
        ("6", "COUNCIL INQUIRIES"),
    ]
