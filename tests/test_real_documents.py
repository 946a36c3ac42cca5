"""Real council documents (../shared/corpus/real) segment into sensible items.

Expectations written by reading each document; the tests skip when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

from minutesmine.readers import read
from minutesmine.segment import Segmented, segment
from tests.paths import real_doc


def _seg(name: str) -> Segmented:
    path: Path = real_doc(name)
    return segment(read(path), path)


def _titles(seg: Segmented) -> list[str]:
    return [i.title.lower() for i in seg.items]


def test_merton_audit_committee_minutes() -> None:
    seg = _seg("merton_audit_committee_2009-10-22_agenda_pack_extract.pdf")
    assert seg.kind == "minutes"
    assert [i.number for i in seg.items] == ["1", "2", "3", "4", "5", "6", "7"]
    titles = _titles(seg)
    assert titles[0] == "declarations of interest"
    assert titles[1].startswith("minutes of the meeting held on 23 june 2009")
    assert "judgement" in titles[3]  # heading wrapped across a page break
    assert titles[6] == "work programme"
    resolutions = {i.number: i.resolutions for i in seg.items}
    assert resolutions["2"][0].startswith("That the minutes of the meeting held on 23 June")
    assert len(resolutions["5"]) == 2  # (A) ... (B) ...
    assert resolutions["7"] == ["NOTED"]
    m = seg.meeting
    assert (m.council, m.committee, m.date) == ("Merton", "Audit Committee", "2009-10-22")
    present = {a.name for a in m.attendees if a.status == "present"}
    assert {"Dave Roberts", "Angela Caldara", "Corinna Edge", "Danny Connellan"} <= present
    assert any(a.name == "Dave Roberts" and a.role == "Chairman" for a in m.attendees)
    assert any(a.status == "apologies" and "Rod Scott" in a.name for a in m.attendees)
    assert 3 in seg.items[0].pages


def test_nipissing_council_resolutions() -> None:
    seg = _seg("nipissing_township_council_minutes_2024-12-03.pdf")
    assert len(seg.items) == 1
    res = seg.items[0].resolutions
    # R2024-228 ... R2024-243, the banking resolution's five points each, the vacancy resolution's
    # "AND THAT" point, without the deferred by-law
    assert len(res) == 20
    assert not any("2024, 54" in r for r in res)
    assert res[0].startswith("THAT we pass By-Law Number 2024-52")
    assert res[-1].startswith("That the meeting be adjourned")
    m = seg.meeting
    assert m.council == "Township of Nipissing" and m.date == "2024-12-03"
    assert {"Shelly Foote", "Stephen Kirkey", "James Scott"} <= {
        a.name for a in m.attendees if a.status == "present"
    }
    assert any(a.status == "in_attendance" and "Kim Turnbull" in a.name for a in m.attendees)


def test_east_palo_alto_planning_commission() -> None:
    seg = _seg("eastpaloalto_ca_planning_commission_minutes_2020-01-27.pdf")
    # "5. SPECIAL PRESENTATIONS" / "1. Election of Chair": a group heading and its items
    assert [i.number for i in seg.items] == ["1", "2", "3", "4", "5", "5.1", "6", "7", "7.1", "7.2", "8"]
    titles = _titles(seg)
    assert titles[0] == "call to order and roll call" and titles[-1] == "adjournment"
    assert titles[5] == "election of chair and vice chair"
    assert "planning commission meeting calendar 2020" not in titles  # a consent-calendar point
    special = seg.items[5]
    results = [r.split("[")[0].strip() for r in special.resolutions]
    # (the carried motion's words among them where they come in the text, before its record block)
    assert [r for r in results if r.startswith("RESULT")][:2] == ["RESULT: FAILED", "RESULT: APPROVED"]
    # the motion that was lost (4-2-1) and the one carried, with their record blocks merged in
    lost, carried = special.motions
    assert (lost.mover, lost.seconder) == ("Commissioner Allen Fisk", "Commissioner Mendez")
    assert lost.outcome.value == "lost"
    assert (lost.votes.for_, lost.votes.against, lost.votes.abstain) == (4, 2, 1)
    assert carried.outcome.value == "carried" and carried.text in special.resolutions
    m = seg.meeting
    assert m.committee == "East Palo Alto Planning Commission" and m.date == "2020-01-27"
    # the roll-call table gives attendance; the votes' "ABSENT: Hernandez" lines do not
    assert {a.name for a in m.attendees if a.status == "absent"} == {"Uriel Hernandez"}
    assert sum(a.status == "present" for a in m.attendees) == 7


def test_kingston_moderngov_meeting_page() -> None:
    seg = _seg("kingston_moderngov_ieListDocuments_CId711_MId10221_2026-01-15.html")
    assert [i.number for i in seg.items] == [str(n) for n in range(54, 66)]
    titles = _titles(seg)
    assert titles[:5] == [
        "public question time",
        "petitions",
        "apologies for absence",
        "declarations of interest",
        "minutes",
    ]
    assert titles[6] == "coombe lane west zebra crossing - local consultation results"
    zebra = seg.items[6]
    assert zebra.resolutions and zebra.resolutions[0].lower().startswith(
        "that the decision on the implementation"
    )
    assert {s.kind for s in seg.items[0].sections} >= {"purpose", "minutes"}
    m = seg.meeting
    assert (m.council, m.date) == ("Kingston upon Thames", "2026-01-15")
    assert m.committee == "Kingston and North Kingston Neighbourhood Committee"
    assert {a.name for a in m.attendees if a.status == "apologies"} >= {
        "Noel Hadjimichael",
        "Patrick Hall",
        "John Sweeney",
    }


def test_kingston_moderngov_grants_decision() -> None:
    seg = _seg("kingston_moderngov_agenda_irrelevant.html")
    assert [i.number for i in seg.items] == [str(n) for n in range(29, 39)]
    grants = next(i for i in seg.items if i.title == "Community Grants Programme")
    assert len(grants.resolutions) == 3
    assert all("Neighbourhood Community Grant" in r for r in grants.resolutions)
    minutes = next(i for i in seg.items if i.number == "33")
    assert minutes.resolutions[0].lower().startswith("that the minutes of the meeting held on 8 october 2025")
    assert seg.meeting.date == "2025-11-18"


def test_kingston_officer_report() -> None:
    seg = _seg("kingston_report_coombe_lane_west_zebra_crossing.pdf")
    assert seg.kind == "report"
    item = seg.items[0]
    assert item.title == "Coombe Lane West Zebra Crossing - Local Consultation Results"
    assert item.recommendations[0].startswith("the result of the consultation")
    assert item.recommendations[1].startswith("the scheme as shown in Annex 1")
    assert item.purpose and item.purpose.startswith("To consider the results of a public consultation")
    headings = {s.heading for s in item.sections if s.heading}
    assert {"Purpose of Report", "Recommendation(s)", "Key Points"} <= headings
    assert seg.metadata["lead_officer"].startswith("Matthew Hill")
    assert seg.metadata["cabinet_member"].startswith("Councillor Nicola Nardelli")
    assert seg.metadata["report_to"] == "Kingston and North Kingston Neighbourhood Committee"
    assert seg.metadata["subject"] == item.title
    assert item.tables and item.tables[0].rows
    m = seg.meeting
    assert (m.committee, m.date) == ("Kingston and North Kingston Neighbourhood Committee", "2026-01-15")


def test_limerick_header_and_attendance() -> None:
    seg = _seg("limerick_ccc_ordinary_meeting_minutes_2025-01-27.md")
    m = seg.meeting
    assert (m.council, m.date) == ("Limerick City and County", "2025-01-27")
    assert m.committee == "Limerick City and County Council"
    chair = [a for a in m.attendees if a.role == "Chair"]
    assert any("McSweeney" in a.name for a in chair)
    assert sum(a.status == "present" for a in m.attendees) >= 35
    officials = {a.name: a.role for a in m.attendees if a.status == "in_attendance"}
    assert officials.get("Dr. P. Daly") == "Director General"
    assert _titles(seg)[0] == "recent storms"


def test_limerick_bare_numbered_items() -> None:
    seg = _seg("limerick_ccc_ordinary_meeting_minutes_2025-01-27.md")
    numbers = [i.number for i in seg.items if i.number]
    assert numbers[:5] == ["21", "22", "20", "23", "27"]  # motions taken first, as minuted
    assert numbers[5:11] == ["1", "2", "3", "4", "5", "6"]
    titles = _titles(seg)
    assert "declaration of interest" in titles
    assert not {"for", "against", "abstentions", "general disposals"} & set(titles)


def test_kingston_decision_and_minutes_resolutions_once() -> None:
    seg = _seg("kingston_moderngov_ieListDocuments_CId711_MId10221_2026-01-15.html")
    grants = next(i for i in seg.items if i.number == "63")
    assert len(grants.resolutions) == 2
    assert grants.resolutions[1].endswith("Riding for the Disabled be approved.")


def test_non_uk_councils_named_explicitly() -> None:
    portland = _seg("portland_or_city_council_minutes_2011-01-12_raw.txt").meeting
    assert portland.council == "City of Portland"  # not "Reading" (from "Second Reading")
    assert portland.committee != "Clerk of the Council"  # a role, not a body
    assert _seg("eastpaloalto_ca_planning_commission_minutes_2020-01-27.pdf").meeting.council == (
        "City of East Palo Alto"
    )


def test_portland_run_on_consent_agenda_items() -> None:
    seg = _seg("portland_or_city_council_minutes_2011-01-12_raw.txt")
    assert [i.number for i in seg.items] == [str(n) for n in range(38, 62)]
    assert (
        seg.items[0].title == "Request of Joe Rastatter to address Council regarding fair wages at PGE Park"
    )
    assert seg.items[12].title == "Pay claim of Mara Woloshin"  # "*50", before "(Ordinance)"


def test_limerick_wrapped_titles_and_emergency_motion() -> None:
    seg = _seg("limerick_ccc_ordinary_meeting_minutes_2025-01-27.md")
    titles = [i.title for i in seg.items]
    mayor = "Notice of Motion submitted by the Mayor of Limerick, John Moran and Councillors M. Ryan"
    assert f"{mayor} and L. Galvin" in titles
    assert "Emergency Motion" in titles
    assert (
        "Question submitted by Councillor M. Donoghue (to be referred to Metropolitan District of Limerick)"
        in titles
    )
    later = _seg("limerick_ccc_ordinary_meeting_minutes_2025-03-31.md")
    numbers = [i.number for i in later.items]
    assert "11" in numbers and "32" in numbers  # item numbers not run into the paragraph above


def test_sutton_misprinted_number_and_public_questions() -> None:
    seg = _seg("sutton_coldfield_tc_amenities_leisure_community_2018-03-13.pdf")
    titles = _titles(seg)
    assert titles[0] == "public questions"
    assert titles[titles.index("matters arising") + 1] == "community grant applications"  # printed "6"


def test_document_kinds_of_real_documents() -> None:
    assert _seg("sutton_coldfield_tc_council_2017-02-21_item166_report.pdf").kind == "report"
    paper = _seg("sutton_coldfield_tc_amenities_leisure_community_2018-03-13_grant_applications_report.pdf")
    assert paper.kind == "report"
    assert _seg("portland_or_city_council_minutes_2011-01-12_raw.txt").document_type == "minutes"
    readme = real_doc("README.md")
    assert segment(read(readme), readme).document_type == "not_council"
