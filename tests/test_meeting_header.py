"""Meeting header and attendance as councils print them: one row per shape (names invented)."""

from __future__ import annotations

import pytest

from minutesmine.blocks import Block, ReadResult, TableData
from minutesmine.segment import segment
from minutesmine.segment.cues import match_attendance
from minutesmine.segment.meeting import (
    embedded_attendees,
    find_committee_date,
    find_council,
    labelled_meeting,
    parse_attendees,
    roll_call,
)

COMMITTEES = [
    # Nova Scotia: "Minutes of the regular session of Municipal Council held on ..."
    (
        ["Minutes of the regular session of Municipal Council held on Tuesday, June 11, 2024, at 6:00 p.m."],
        "Municipal Council",
        "2024-06-11",
    ),
    # a Texas county's commissioners court over its county and the kind of session
    (
        [
            "MINUTES OF THE COMMISSIONERS COURT",
            "OF PECAN BEND COUNTY, TEXAS",
            "REGULAR SESSION",
            "MAY 14, 2024",
        ],
        "Commissioners Court",
        "2024-05-14",
    ),
    (
        ["Audit Committee", "Minutes of the meeting held on Tuesday, 12 March 2024 at 7.00 pm"],
        "Audit Committee",
        "2024-03-12",
    ),
    (
        [
            "Minutes of a meeting of the Overview and Scrutiny Committee of Oakshire County Council held at"
            " County Hall on 3 May 2023"
        ],
        "Overview and Scrutiny Committee",
        "2023-05-03",
    ),
    (["Committee of the Whole", "May 3, 2023"], "Committee of the Whole", "2023-05-03"),
    # a venue after the date holds the body word, and a bullet naming a body is news, not a header
    (
        [
            "Minutes from Monday, March 4, 2019 \u2013 9:00am at Oak Street Tap & Board",
            "Perfunctory Business",
            "Dana Whitfield welcomed to Parks Commission",
            "Advisory Commission",
        ],
        "Advisory Commission",
        "2019-03-04",
    ),
    (
        ["3rd Meeting of the Audit Committee", "held on Tuesday 4 June 2024 at 7pm"],
        "Audit Committee",
        "2024-06-04",
    ),
    (["PLANNING COMMITTEE \u2013 12 March 2024"], "Planning Committee", "2024-03-12"),
    (
        ["Minutes of the Regular Meeting of the Planning Commission", "March 3, 2023"],
        "Planning Commission",
        "2023-03-03",
    ),
    (
        ["MINUTES OF THE ORDINARY MEETING OF BRAMFORD TOWN COUNCIL HELD ON 4 MAY 2022"],
        "Bramford Town Council",
        "2022-05-04",
    ),
    (
        ["TOWNSHIP OF ELMVALE", "REGULAR COUNCIL MEETING MINUTES", "Tuesday, April 2, 2024 at 7:00 p.m."],
        "Council",
        "2024-04-02",
    ),
    (
        ["Shire of Dundas", "Minutes of the Ordinary Council Meeting held 25 May 2023"],
        "Council",
        "2023-05-25",
    ),
    (
        [
            "CITY OF LAKEVIEW, OHIO OFFICIAL MINUTES A REGULAR MEETING OF THE COUNCIL OF THE CITY OF "
            "LAKEVIEW, OHIO WAS HELD THIS 9TH DAY OF JANUARY, 2023"
        ],
        "Lakeview City Council",
        "2023-01-09",
    ),
    (
        ["Official Publication of the Council of the City of Lakeview", "City Council", "Board of Control"],
        "Lakeview City Council",
        None,
    ),
    (
        ["Finance and Resources", "Wednesday 12 July 2023", "Council Chamber"],
        "Finance and Resources",
        "2023-07-12",
    ),
    (["Finance and Resources Minutes | Wednesday 12 July 2023"], "Finance and Resources", "2023-07-12"),
    (["Minutes from Monday, May 1, 2023", "\u2022 Jo Bell welcomed to the Commission"], None, "2023-05-01"),
    # a fire authority's minutes name the authority itself over the date
    (
        ["Westmarch Combined Fire Authority", "Monday, 9 December 2024 at 10.30 am", "MINUTES"],
        "Westmarch Combined Fire Authority",
        "2024-12-09",
    ),
]


@pytest.mark.parametrize(("lines", "committee", "date"), COMMITTEES, ids=[c[0][0][:30] for c in COMMITTEES])
def test_committee_and_date(lines: list[str], committee: str | None, date: str | None) -> None:
    got = find_committee_date(lines)
    assert got[0] == committee
    if date is not None:
        assert got[1] == date


def test_running_header_names_the_committee() -> None:
    hints = {"running_header": "Riverside Special Service Area #12\nCommission Meeting Minutes"}
    assert find_committee_date(["Minutes from Monday, May 1, 2023"], hints)[0] == "Commission"


def test_document_labels_are_not_committees() -> None:
    assert find_committee_date(["Committee papers \u2014 Agenda item"])[0] is None


COUNCILS = [
    # (header, body text, council)
    (
        "Royal Oakfield Town Council Meeting 3 May 2017",
        "Birmingham City Council is responsible.",
        "Royal Oakfield Town Council",
    ),
    (
        "Oakfield Leisure Committee\nTuesday 13th March 2018\nOakfield Town Hall",
        "by the Town Council. Birmingham City Council (BCC) runs the park. Birmingham City Council",
        "Oakfield Town Council",
    ),
    (
        "Riverside Special Service Area #12\nCommission Meeting Minutes",
        "Lincoln Ave works",
        "Riverside Special Service Area #12",
    ),
    ("Whangarei District Council\nMinutes", "the Council met", "Whangarei District Council"),
    # a council outside the gazetteer whose name holds one in it ("Halton") is itself
    ("North Halton Borough Council\nPlanning Committee", "the Committee met", "North Halton Borough Council"),
    ("East Devon District Council\nCabinet", "the Cabinet met", "East Devon"),
    # a township or town council named after a place that a city council shares
    ("Township of Lincoln\nRegular Council Minutes", "the meeting began", "Township of Lincoln"),
    ("City of Lincoln Council\nPlanning Committee", "the Committee met", "Lincoln"),
    # Canadian upper tiers and BC regional districts are councils in their own right
    ("Halifax Regional Municipality\nCouncil Minutes", "Council met", "Halifax Regional Municipality"),
    ("Fraser Valley Regional District\nBoard Minutes", "the Board met", "Fraser Valley Regional District"),
    ("Shire of Dundas", "Ordinary Council Meeting", "Shire of Dundas"),
    # Nova Scotia municipalities: "Municipality of the District of ...", "... of the County of ..."
    (
        "MUNICIPALITY OF THE DISTRICT OF SALTMARSH\nMUNICIPAL COUNCIL\nMINUTES",
        "Council met",
        "Municipality of the District of Saltmarsh",
    ),
    ("Municipality of the County of Kelton\nMinutes", "Council met", "Municipality of the County of Kelton"),
    # a Canadian school board is governed by its trustees: the board is the council
    (
        "MINUTES OF THE REGULAR MEETING OF THE\nCEDARVALE DISTRICT SCHOOL BOARD\nBoard Room",
        "Trustee Gill asked",
        "Cedarvale District School Board",
    ),
    ("Lakehead School Division\nRegular Board Meeting Minutes", "the Board met", "Lakehead School Division"),
    ("MINUTES OF THE ORDINARY MEETING OF BRAMFORD TOWN COUNCIL", "", "Bramford Town Council"),
    ("Neighbourhood Committee", "Email: jo.bell@croydon.gov.uk", "Croydon"),
    # a district council's minutes that mention "the County Council" still name their own council
    (
        "",
        "Oakfield District Council agreed. The County Council objected; the County Council will reply.",
        "Oakfield District Council",
    ),
    # streets and longer place names are not the council
    (
        "",
        "a petition to Kingston Council about Gloucester Road, Gloucester Road and Gloucester Road",
        "Kingston upon Thames",
    ),
    ("", "Sutton Coldfield Art Trail, Sutton Coldfield Parkrun and Sutton Park", None),
    # a licensing term, not the London borough: "Hackney Carriage and Private Hire Licensing"
    ("", "the Hackney Carriage and Private Hire Licensing Policy; 40 hackney carriages", None),
    # a web page's site name after its title's " | " is carried as its running header
    ("Harrowfield Borough Council", "the Hackney Carriage Licensing Policy", "Harrowfield Borough Council"),
    # a town or parish council's paper that names no council: the place it locates things in
    (
        "Community Grant Applications",
        "Oakfield Art Trail across Oakfield; a parkrun in Oakfield, in Mere Park; the Town Council's grant",
        "Oakfield Town Council",
    ),
    (
        "Grant Applications",
        "the Parish Council funds a hall in Lyme Vale, a fete across Lyme Vale; Lyme Vale Show",
        "Lyme Vale Parish Council",
    ),
    # ... not from a place named once or twice, nor without the tier the paper calls itself by
    ("Grant Applications", "the Town Council funds a parkrun in Oakfield and in Oakfield", None),
    ("Grant Applications", "a parkrun in Oakfield, in Oakfield and Oakfield Art Trail", None),
    # a venue does not name the council when the council is named otherwise
    ("Cabinet\nMorecambe Town Hall", "the City Council's procedure. Lancaster City Council", "Lancaster"),
    # a town or parish council shares its place's name with a principal authority: it is itself
    ("MINUTES OF THE MEETING OF NEWPORT TOWN COUNCIL\nheld on 3 April 2024", "", "Newport Town Council"),
    ("Richmond Town Council\nMinutes of the Full Council", "", "Richmond Town Council"),
    ("Newport City Council\nCabinet", "", "Newport"),
    # a US county's board: Harlow is also an English district in the gazetteer
    ("Harlow County Board of Commissioners\nMinutes of the Regular Meeting", "", "Harlow County"),
    ("Harlow Council\nCabinet minutes", "", "Harlow"),
    # a Scottish council named with "and" in mixed case over a report ("Report by Chief Officer")
    ("Carrick and Dunmore Council\nReport by Chief Officer - Roads", "", "Carrick and Dunmore Council"),
    # a South Australian district council over a body mentioning a gazetteer county
    ("DISTRICT COUNCIL OF MOUNT BRAMBLE\nMINUTES", "Norfolk Island", "District Council of Mount Bramble"),
    # a fire authority and a regional authority minute as themselves
    ("Westmarch Combined Fire Authority\nMonday, 9 December 2024", "", "Westmarch Combined Fire Authority"),
    ("GREATER WEXMOOR AUTHORITY\nWexmoor Assembly", "", "Greater Wexmoor Authority"),
    # ... printed in sentence case (a layout's heading style): its words in the text's own case
    (
        "Greater wexmoor authority\nWexmoor Assembly",
        "bus lanes in outer Wexmoor",
        "Greater Wexmoor Authority",
    ),
    (
        "Westmarch combined fire authority",
        "the Westmarch Combined Fire Authority",
        "Westmarch Combined Fire Authority",
    ),
    # ... not when a word is never written capitalised mid-sentence (a heading, not a name)
    ("Questions to full council\nCabinet", "questions to Full Council", None),
    # ... or wrapped over two lines, unless the second line names a body itself
    ("Greater Wexmoor\nAuthority\nWexmoor Assembly", "", "Greater Wexmoor Authority"),
    ("Cabinet\nHarrowfield Borough Council", "", "Harrowfield Borough Council"),
    # ... but an authority named by its function is no council: "Local Planning Authority"
    ("Local Planning Authority\nDecision notice", "", None),
    ("Licensing Authority\nSutton Council\nLicensing Sub-Committee", "", "Sutton"),
]


@pytest.mark.parametrize(("header", "text", "council"), COUNCILS, ids=[c[0][:30] for c in COUNCILS])
def test_council_from_the_documents_own_header(header: str, text: str, council: str) -> None:
    assert find_council(text, header)[0] == council


OPENERS = [
    ("o Commissioners Present: Ann Lee, Bo Kim", "present", "Ann Lee, Bo Kim"),
    ("\u2022 Members Absent: Cy Ng", "absent", "Cy Ng"),
    ("Council Members Present: Ann Lee, Bo Kim", "present", "Ann Lee, Bo Kim"),
    ("Roll call: Commissioners Hale, Ruiz present", "present", "Commissioners Hale, Ruiz present"),
    ("Regrets: Deputy Mayor Smith", "apologies", "Deputy Mayor Smith"),
    ("Councillors:", None, None),  # a membership heading on an agenda front sheet, not attendance
    ("ALSO PRESENT: Grant Miles (Head of Finance)", "in_attendance", "Grant Miles (Head of Finance)"),
    ("IN ATTENDANCE: Jo Bell, Clerk", "in_attendance", "Jo Bell, Clerk"),
    ("Apologies for absence: Cllr Ray", "apologies", "Cllr Ray"),
    ("Presentation of the budget", None, None),
    ("Council Present: Mayor Ray Dawson, Cr Ana Ruiz", "present", "Mayor Ray Dawson, Cr Ana Ruiz"),
    ("Council Absent: Councilmember Joe Whitt", "absent", "Councilmember Joe Whitt"),
    ("The following members were present: Councillors Ford and Grey", "present", "Councillors Ford and Grey"),
    ("Present (in person): Cllrs A Ford, B Grey", "present", "Cllrs A Ford, B Grey"),
    ("Present (remotely): Cllr C Hunt", "virtual", "Cllr C Hunt"),
    ("PRESIDING: Councillor D. Fennelly.", "present", "Councillor D. Fennelly."),
    # the numbered parts of a South Australian attendance record
    ("1.1 Present", "present", ""),
    ("1.2 Apologies", "apologies", ""),
    ("1.2 Apologies for Absence Report", None, None),
    # a Schools Forum's members by group
    ("Schools Members: Gillian Royce (Chair), Owen Tate", "present", "Gillian Royce (Chair), Owen Tate"),
    ("Non-Schools Members: Neil Barton", "present", "Neil Barton"),
    # a fire authority's officers under a bare heading after its councillors
    ("Officers", "in_attendance", ""),
    ("Council Officers", "in_attendance", ""),
    ("Officers' reports", None, None),
    ("Non-members in attendance at request of Chief Officer:-", "in_attendance", ""),
]


@pytest.mark.parametrize(("line", "status", "rest"), OPENERS, ids=[o[0][:30] for o in OPENERS])
def test_attendance_openers(line: str, status: str | None, rest: str | None) -> None:
    hit = match_attendance(line)
    assert (hit[0].label, hit[1]) == (status, rest) if hit else status is None


NAMES = [
    ("Cllr A. Smith (Chair), Cllr B. Jones", [("Cllr A. Smith", "Chair"), ("Cllr B. Jones", None)]),
    ("Grant Miles (Head of Finance)", [("Grant Miles", "Head of Finance")]),
    (
        "Mayor Tom Dale (presiding), Commissioners Joe Hay",
        [("Tom Dale", "Mayor, presiding"), ("Joe Hay", None)],
    ),
    (
        "Mayor Jane Doe, Presiding; Commissioners Fish, Fritz and Hale, 4.",
        [("Jane Doe", "Mayor, Presiding"), ("Fish", None), ("Fritz", None), ("Hale", None)],
    ),
    (
        "Ann Lee, Clerk of the Council; Bo Kim, Deputy City Attorney; and Cy Ng, Sergeant at Arms.",
        [
            ("Ann Lee", "Clerk of the Council"),
            ("Bo Kim", "Deputy City Attorney"),
            ("Cy Ng", "Sergeant at Arms"),
        ],
    ),
    ("Commissioners Hale and Ruiz present", [("Hale", None), ("Ruiz", None)]),
    # a label inside the list (Welsh and Irish minutes)
    (
        "Councillors: A. Byrne (Chair), C. Doyle and E. Fahy",
        [("A. Byrne", "Chair"), ("C. Doyle", None), ("E. Fahy", None)],
    ),
    ("County Councillors: G. Hogan, I. Jones", [("G. Hogan", None), ("I. Jones", None)]),
    # Irish officials: "Name, Job title" pairs on commas; a title written before its holder
    (
        "Mr. J. Kerr, Director of Services, Ms. L. Moss, Meetings Administrator.",
        [("Mr. J. Kerr", "Director of Services"), ("Ms. L. Moss", "Meetings Administrator")],
    ),
    ("Cathaoirleach, Councillor A. Byrne, presiding.", [("Councillor A. Byrne", "Cathaoirleach, presiding")]),
    (
        "Cllr. D. Owens (Presiding), Cllrs. N. Bourke and L. Quinn.",
        [("Cllr. D. Owens", "Presiding"), ("N. Bourke", None), ("L. Quinn", None)],
    ),
    # a job title's own "and" does not split it
    (
        "Head of Planning and Regeneration, Director of Finance and Jo Kerr",
        [("Head of Planning and Regeneration", None), ("Director of Finance", None), ("Jo Kerr", None)],
    ),
    # an Infocouncil grid of role | names (its lines joined): each label goes with the names after it
    (
        "Mayor, Mayor Grant Pomare, Deputy Mayor, Cr Helen Fairweather, Members, Cr Aroha Kingi, Cr Ann Lusk",
        [
            ("Grant Pomare", "Mayor"),
            ("Cr Helen Fairweather", "Deputy Mayor"),
            ("Cr Aroha Kingi", None),
            ("Cr Ann Lusk", None),
        ],
    ),
    ("Councilmembers Nora Vance, Hector Ruiz", [("Nora Vance", None), ("Hector Ruiz", None)]),
    # an Ontario regional chair at part of the meeting
    ("Regional Chair Hale attended for part of the meeting", [("Regional Chair Hale", None)]),
    # New York town boards list the members one a line as "Title, Name" (the lines joined by "; ")
    (
        "Supervisor, Walter J. Brennan; Councilwoman, Patricia M. Okafor; Town Clerk, Heather L. Dombrowski",
        [
            ("Walter J. Brennan", "Supervisor"),
            ("Patricia M. Okafor", "Councilwoman"),
            ("Heather L. Dombrowski", "Town Clerk"),
        ],
    ),
    # a Manitoba rural municipality's officer after the members: an office, a name, then a verb
    ("CAO Dana Whitford was present and acted as secretary.", [("Dana Whitford", "CAO")]),
    # job titles standing for people are each an attendee
    (
        "Chief Executive, Director of Finance, Head of Legal",
        [("Chief Executive", None), ("Director of Finance", None), ("Head of Legal", None)],
    ),
]


@pytest.mark.parametrize(("text", "people"), NAMES, ids=[n[0][:30] for n in NAMES])
def test_names_and_roles(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(a.name, a.role) for a in parse_attendees(text, "present")] == people


def test_roll_call_table() -> None:
    header = ["Attendee Name", "Title", "Status", "Arrived"]
    rows = [
        ["Ann Lee", "Commissioner", "Late", "7:08 p.m."],
        ["Bo Kim", "Chair", "Present", ""],
        ["Cy Ng", "Commissioner", "Absent", ""],
        ["Di Roe", "Alternate", "Excused", ""],
    ]
    got = [(a.name, a.status) for a in roll_call(header, rows)]
    assert got == [
        ("Ann Lee", "present"),
        ("Bo Kim", "present"),
        ("Cy Ng", "absent"),
        ("Di Roe", "apologies"),
    ]
    assert roll_call(["Organisation", "Amount"], [["Oak Club", "500"]]) == []


def test_list_opened_inside_a_header_paragraph() -> None:
    lines = [
        "OFFICIAL MINUTES A MEETING WAS HELD AT 9:30 A.M. THOSE PRESENT WERE: Mayor Lee, Presiding;",
        "Commissioners Kim and Ng, 3.",
        "Commissioner Ng arrived at 9:40 a.m.",
    ]
    assert [a.name for a in embedded_attendees(lines)] == ["Lee", "Kim", "Ng"]


def test_roll_call_table_in_minutes_gives_attendees() -> None:
    table = TableData(["Attendee Name", "Title", "Status"], [["Ann Lee", "Commissioner", "Present"]])
    doc = ReadResult(
        blocks=[
            Block("PLANNING COMMISSION REGULAR MEETING MINUTES"),
            Block("January 6, 2020"),
            Block("1. CALL TO ORDER AND ROLL CALL", kind="heading"),
            Block("Attendee Name\tTitle\tStatus\nAnn Lee\tCommissioner\tPresent", kind="table", table=table),
            Block("2. APPROVAL OF THE AGENDA", kind="heading"),
            Block("Approved."),
        ],
        format="text",
    )
    seg = segment(doc)
    assert [(a.name, a.status) for a in seg.meeting.attendees] == [("Ann Lee", "present")]


def test_bulleted_lists_end_at_the_next_bullet() -> None:
    doc = ReadResult(
        blocks=[
            Block("Minutes from Monday, May 1, 2023 at Oak Hall"),
            Block(
                "\u2022 Perfunctory Business\no Commissioners Present: Ann Lee, Bo Kim\n"
                "o Commissioners Absent: Cy Ng, Di Roe\n"
                "\u2022 Meeting called to order at 9:08am \u2013 A. Lee (motion), B. Kim (second)\n"
                "\u2022 Increased funding for Master Planning, personnel"
            ),
        ],
        format="text",
    )
    people = [(a.name, a.status) for a in segment(doc).meeting.attendees]
    assert people == [
        ("Ann Lee", "present"),
        ("Bo Kim", "present"),
        ("Cy Ng", "absent"),
        ("Di Roe", "absent"),
    ]


def test_prose_in_a_list_is_not_a_person() -> None:
    text = "Jo Bell, Loss \u2013 R. Warsing presented detailed figures, Jane Doe (representing the residents)"
    assert [a.name for a in parse_attendees(text, "present")] == ["Jo Bell", "Jane Doe"]


SENTENCE_FORMS = [
    (
        [
            "The Regular Meeting of the City Commission was held at 7:00 p.m. in the Commission Room."
            " Mayor Jo Dodd and Commissioners Ann Reed, Wyn Butt, and Lin Moss were present. Also present"
            " were the City Manager Ron Fehr, 9 staff, and approximately 40 interested citizens."
        ],
        [
            ("Jo Dodd", "present"),
            ("Ann Reed", "present"),
            ("Wyn Butt", "present"),
            ("Lin Moss", "present"),
            ("City Manager Ron Fehr", "in_attendance"),
        ],
    ),
    (
        [
            "Roll call was taken followed by the Pledge of Allegiance. Those present and comprising a quorum:"
            " Mayor Tom Dale (presiding), Commissioners Joe Hay and Karl Ryan. Also present: Mia Shaw, City"
            " Manager; and Sam Wick, City Clerk. Mayor Dale asked the Clerk for verification."
        ],
        [
            ("Tom Dale", "present"),
            ("Joe Hay", "present"),
            ("Karl Ryan", "present"),
            ("Mia Shaw", "in_attendance"),
            ("Sam Wick", "in_attendance"),
        ],
    ),
]


@pytest.mark.parametrize(("lines", "people"), SENTENCE_FORMS, ids=["were_present", "quorum"])
def test_attendance_written_in_sentences(lines: list[str], people: list[tuple[str, str]]) -> None:
    got = [(a.name, a.status) for a in embedded_attendees(lines)]
    assert [(n.replace("Mayor ", ""), st) for n, st in got] == people


UK_IRISH_ATTENDANCE = [
    pytest.param(
        [
            "PRESENT: Councillor Amy Byrne (Chair)",
            "Councillors Doyle, Fahy and Hogan",
            "Officers in attendance: Jo Kerr (Head of Planning), Lee Moss (Solicitor)",
        ],
        [
            ("Councillor Amy Byrne", "Chair", "present"),
            ("Doyle", None, "present"),
            ("Fahy", None, "present"),
            ("Hogan", None, "present"),
            ("Jo Kerr", "Head of Planning", "in_attendance"),
            ("Lee Moss", "Solicitor", "in_attendance"),
        ],
        id="uk-present-then-officers-in-attendance",
    ),
    pytest.param(
        [
            "Present:",
            "Councillor A. Byrne (Chair)",
            "Councillor C. Doyle (Vice-Chair)",
            "Councillor E. Fahy",
            "Also Present:",
            "Councillor G. Hogan (Ward Member)",
        ],
        [
            ("Councillor A. Byrne", "Chair", "present"),
            ("Councillor C. Doyle", "Vice-Chair", "present"),
            ("Councillor E. Fahy", None, "present"),
            ("Councillor G. Hogan", "Ward Member", "in_attendance"),
        ],
        id="uk-one-a-line-with-roles-in-brackets",
    ),
    pytest.param(
        [
            "PRESENT: County Councillor A. Byrne (Chair)",
            "County Councillors: C. Doyle, E. Fahy",
            "OFFICERS IN ATTENDANCE:",
            "Head of Planning (J. Kerr), Solicitor (L. Moss)",
            "APOLOGIES: County Councillor I. Jones",
        ],
        [
            ("County Councillor A. Byrne", "Chair", "present"),
            ("C. Doyle", None, "present"),
            ("E. Fahy", None, "present"),
            ("J. Kerr", "Head of Planning", "in_attendance"),
            ("L. Moss", "Solicitor", "in_attendance"),
            ("County Councillor I. Jones", None, "apologies"),
        ],
        id="welsh-county-councillors",
    ),
    pytest.param(
        [
            "Present",
            "Councillor A. Byrne (Convener); Councillor C. Doyle.",
            "In Attendance",
            "J. Kerr (Executive Director); L. Moss (Clerk).",
            "Apologies",
            "Councillor I. Jones.",
        ],
        [
            ("Councillor A. Byrne", "Convener", "present"),
            ("Councillor C. Doyle", None, "present"),
            ("J. Kerr", "Executive Director", "in_attendance"),
            ("L. Moss", "Clerk", "in_attendance"),
            ("Councillor I. Jones", None, "apologies"),
        ],
        id="scottish-headings-without-colons",
    ),
    pytest.param(
        [
            "Members Present:",
            "Cathaoirleach, Councillor A. Byrne, presiding.",
            "Councillors C. Doyle, E. Fahy.",
            "Officials in attendance:",
            "Mr. J. Kerr, Director of Services, Ms. L. Moss, Meetings Administrator.",
        ],
        [
            ("Councillor A. Byrne", "Cathaoirleach, presiding", "present"),
            ("C. Doyle", None, "present"),
            ("E. Fahy", None, "present"),
            ("Mr. J. Kerr", "Director of Services", "in_attendance"),
            ("Ms. L. Moss", "Meetings Administrator", "in_attendance"),
        ],
        id="irish-members-present-officials",
    ),
    pytest.param(
        [
            "Members Present:\nCouncillors Joe Aherne, Ann Casey.",
            "Officials in Attendance:\nChief Executive: Jackie Moran\n"
            "Directors of Service: Tom Nolan, Kay Stone.\nMeetings Administrator: Shane Dunne",
        ],
        [
            ("Joe Aherne", None, "present"),
            ("Ann Casey", None, "present"),
            ("Jackie Moran", "Chief Executive", "in_attendance"),
            ("Tom Nolan", "Directors of Service", "in_attendance"),
            ("Kay Stone", "Directors of Service", "in_attendance"),
            ("Shane Dunne", "Meetings Administrator", "in_attendance"),
        ],
        id="irish-officials-under-their-job-titles",
    ),
    # an Irish joint policing committee: who presides, then the councillors after a dash
    pytest.param(
        [
            "PRESIDING: Councillor D. Fennelly.",
            "PRESENT: Councillors - C. Boland, M. Cusack.",
            "APOLOGIES: Councillor T. Gorman.",
        ],
        [
            ("Councillor D. Fennelly", "Chair", "present"),
            ("C. Boland", None, "present"),
            ("M. Cusack", None, "present"),
            ("Councillor T. Gorman", None, "apologies"),
        ],
        id="irish-presiding-then-councillors-after-a-dash",
    ),
    # an Ontario school board: trustees, student trustee, officials and recorder each labelled
    pytest.param(
        [
            "ATTENDANCE:",
            "Trustees: Ann Oduya (Chair), Bo Farrow, Cy Prytula",
            "Student Trustee: Di Haddad",
            "Officials: Ed Brenneman (Director of Education)",
            "Regrets: Trustee Fay Whitby",
            "Recording Secretary: Gus Boisvert",
        ],
        [
            ("Ann Oduya", "Chair", "present"),
            ("Bo Farrow", None, "present"),
            ("Cy Prytula", None, "present"),
            ("Di Haddad", None, "present"),
            ("Ed Brenneman", "Director of Education", "in_attendance"),
            ("Trustee Fay Whitby", None, "apologies"),
            ("Gus Boisvert", None, "in_attendance"),
        ],
        id="ontario-school-board-trustees-and-officials",
    ),
    # a fire authority: "PRESENT:", a bare "Councillors" line over the members, a bare
    # "Officers" line over the officers (in attendance, not members present)
    pytest.param(
        [
            "PRESENT:",
            "Councillors",
            "R Hartley (Chair)",
            "D Ashby",
            "Officers",
            "N Callan, Chief Fire Officer",
            "H Moss, Democratic Services Officer",
        ],
        [
            ("R Hartley", "Chair", "present"),
            ("D Ashby", None, "present"),
            ("N Callan", "Chief Fire Officer", "in_attendance"),
            ("H Moss", "Democratic Services Officer", "in_attendance"),
        ],
        id="fire-authority-councillors-then-bare-officers-heading",
    ),
    # a joint health scrutiny committee: each member's role and the council they sit for
    pytest.param(
        [
            "Present:",
            "Councillor Graham Ashby (Chair) (Northmoor City Council)",
            "Councillor Pauline Rudd (Eastdale District Council)",
        ],
        [
            ("Councillor Graham Ashby", "Chair, Northmoor City Council", "present"),
            ("Councillor Pauline Rudd", "Eastdale District Council", "present"),
        ],
        id="joint-committee-role-and-council-in-brackets",
    ),
    # a Scottish integration joint board's web page: the members table read one cell a line
    # under its "Members" / "Role" headers, then its officers without headers
    pytest.param(
        [
            "Present:-",
            "Members",
            "Role",
            "Morag KINROSS (Chairperson)",
            "Nominated by Health Board (Non-Executive Member)",
            "Alan DRYBURGH",
            "Nominated by Ardvale City Council (Elected Member)",
            "Fiona BAIRD",
            "Chief Officer",
            "Non-members in attendance at request of Chief Officer:-",
            "Karen LOUDEN",
            "Head of Health and Community Care",
            "Iain PETTIGREW",
            "Strategy and Performance Service Manager",
        ],
        [
            ("Morag KINROSS", "Chairperson", "present"),
            ("Alan DRYBURGH", "Nominated by Ardvale City Council Elected Member", "present"),
            ("Fiona BAIRD", "Chief Officer", "present"),
            ("Karen LOUDEN", "Head of Health and Community Care", "in_attendance"),
            ("Iain PETTIGREW", "Strategy and Performance Service Manager", "in_attendance"),
        ],
        id="scottish-board-name-over-role-cells",
    ),
]


@pytest.mark.parametrize(("paras", "people"), UK_IRISH_ATTENDANCE)
def test_uk_and_irish_attendance_shapes(paras: list[str], people: list[tuple[str, str | None, str]]) -> None:
    blocks = [
        "Minutes of the meeting of the Planning Committee held on 5 March 2024",
        *paras,
        "1. Apologies for Absence",
        "None.",
        "2. Minutes",
        "The minutes were approved.",
    ]
    meeting = segment(ReadResult(blocks=[Block(p) for p in blocks], format="text")).meeting
    assert [(a.name, a.role, a.status) for a in meeting.attendees] == people


def test_headings_open_lists_without_a_colon() -> None:
    doc = ReadResult(
        blocks=[
            Block("OAKDALE COUNCIL"),
            Block("MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY, MARCH 5, 2008"),
            Block("PRESENT"),
            Block("Her Worship the Mayor (Clr Lam), Councillors Au, Batik and Zraika"),
            Block("IN ATTENDANCE"),
            Block("General Manager, Manager Finance"),
            Block("APOLOGY"),
            Block("RESOLVED that an apology by Clr Reid be accepted."),
            Block("061/08 Disclosure of Interests"),
            Block("There were no disclosures of interest."),
        ],
        format="text",
    )
    m = segment(doc).meeting
    assert (m.council, m.committee, m.date) == ("Oakdale Council", "Council", "2008-03-05")
    people = [(a.name, a.role, a.status) for a in m.attendees]
    assert people[0] == ("Clr Lam", "Her Worship the Mayor", "present")
    assert [p[0] for p in people if p[2] == "present"][1:] == ["Au", "Batik", "Zraika"]
    assert [p[0] for p in people if p[2] == "in_attendance"] == ["General Manager", "Manager Finance"]


def test_council_from_its_mail_domain_when_the_text_never_names_it() -> None:
    """Printed minutes give a contact address or a link ("meetings@<council>.ie", "https://
    democracy.<council>.gov.scot"); when no council is named, its domain names it."""
    doc = ReadResult(
        blocks=[
            Block("Licensing Sub-Committee"),
            Block("Minutes of the meeting held on 4 June 2024"),
            Block(
                "Contact: Jo Kerr, Meetings Administrator, meetings@corkcity.ie, https://www.corkcity.ie/en/"
            ),
            Block("1. Apologies for Absence"),
            Block("None."),
        ],
        format="text",
    )
    meeting = segment(doc).meeting
    assert meeting.council == "Cork City"


def test_moderngov_attendance_table() -> None:
    """A ModernGov "Attendance details" table: Attendee | Role | Attendance, with the values
    the page prints ("In attendance", "Present as substitute", "Present, virtual")."""
    rows = [
        ["Councillor A. Byrne", "Chair", "Present"],
        ["Councillor C. Doyle", "Committee Member", "Apologies"],
        ["Councillor E. Fahy", "Committee Member", "Present as substitute"],
        ["Councillor G. Hogan", "Committee Member", "Present, virtual"],
        ["Jo Kerr", "Officer", "In attendance"],
        ["Councillor I. Jones", "Committee Member", "Expected"],
    ]
    people = [(a.name, a.status) for a in roll_call(["Attendee", "Role", "Attendance"], rows)]
    assert people == [
        ("Councillor A. Byrne", "present"),
        ("Councillor C. Doyle", "apologies"),
        ("Councillor E. Fahy", "substitute"),
        ("Councillor G. Hogan", "virtual"),
        ("Jo Kerr", "in_attendance"),
    ]


def test_decision_page_meeting_label_below_the_decision() -> None:
    """A ModernGov decision details page: the decision maker and the decision come first; the
    meeting is named by "Decided at meeting: <date> - <body>" near the foot of the page."""
    lines = [
        "Decision details",
        "Allotment Rents Review",
        "Decision Maker: Cabinet",
        "Decision status: Recommendations Approved",
        "Is Key decision?: No",
        "Purpose:",
        "To review allotment rents.",
        "Decision:",
        "RESOLVED:",
        "(1) That allotment rents rise by 3% from 1 April 2026.",
        "(2) That concessions remain at 50%.",
        "Alternative options considered:",
        "To freeze rents.",
        "Report author: Ann Lee",
        "Publication date: 10/07/2025",
        "Date of decision: 08/07/2025",
        "Decided at meeting: 08/07/2025 - Cabinet",
    ]
    assert labelled_meeting(lines) == ("Cabinet", "2025-07-08")
    seg = segment(ReadResult(blocks=[Block(t) for t in lines], format="text"))
    assert (seg.meeting.committee, seg.meeting.date) == ("Cabinet", "2025-07-08")


def test_record_of_decision_dated_below_the_council_name() -> None:
    """A cabinet's record of one decision printed with the council's name as a running header
    too: the preamble names only the council, so the body dated below it is the meeting."""
    lines = [
        "Marbury Council",
        "Record of Decisions",
        "Marbury Council",
        "Harbour Car Park Charges 2025/26",
        "Decision Taker",
        "Cabinet on 11 March 2025.",
        "Decision",
        "(i) That the tariff be approved.",
    ]
    m = segment(ReadResult(blocks=[Block(t) for t in lines], format="text")).meeting
    assert (m.council, m.committee, m.date) == ("Marbury Council", "Cabinet", "2025-03-11")
