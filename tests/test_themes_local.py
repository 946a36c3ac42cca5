"""Local-government themes, evidence rules, procedural items and the user's own taxonomy.

One row per real-world sentence or item shape (names invented): UK, Irish, US, Canadian,
Australian and New Zealand wording.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from minutesmine.assets import asset_path
from minutesmine.cli import main
from minutesmine.models import ThemeMention
from minutesmine.themes import is_procedural_item, item_themes, load_taxonomies, load_taxonomy
from minutesmine.themes.check import check_files, sentence_themes
from minutesmine.themes.match import default_matcher
from minutesmine.themes.taxonomy import parse_taxonomy

# (item text, a theme it must get, or None: the item must get none of LOCAL)
SENTENCES = [
    # UK ModernGov / CMIS minutes
    (
        "The petition asked the Council to install a zebra crossing outside Elmfield Primary.",
        "highways_transport",
    ),
    ("An experimental traffic management order would make Orchard Lane one-way.", "highways_transport"),
    ("Members asked when the road resurfacing programme would reach the estate.", "highways_transport"),
    ("The Committee noted the rise in households placed in temporary accommodation.", "housing_homelessness"),
    ("Rough sleeping in the town centre had doubled since last winter.", "housing_homelessness"),
    ("Members discussed the council tax base and the precept for 2025/26.", "finance_budget"),
    ("The overspend on the capital programme was reported to Cabinet.", "finance_budget"),
    ("The corporate risk register was reviewed by the Audit Committee.", "audit_risk_governance"),
    ("Three KPIs were off target and shown red on the RAG ratings.", "performance"),
    ("Fly-tipping in back lanes had increased, with 40 reports in March.", "waste_recycling"),
    ("Anti-social behaviour around the skate park was raised by residents.", "community_safety"),
    ("The library will open on Sundays from April.", "libraries_leisure_culture"),
    ("Waiting times for mental health services remained a concern.", "public_health"),
    ("Home care capacity remained a pressure for adult social care.", "adult_social_care"),
    ("Demand for school places and EHCP assessments continued to rise.", "schools_send"),
    ("Agency spend in the planning team remains high and recruitment is difficult.", "workforce"),
    ("The devolution deal would create a mayoral combined authority.", "devolution_reorganisation"),
    (
        "Regeneration of the town centre and support for small businesses were discussed.",
        "economic_development",
    ),
    ("The Council declared a climate emergency and committed to net zero by 2030.", "environment_climate"),
    # Irish council minutes
    (
        "I will ask what the Council's supplies of salt were at the start of the cold period.",
        "highways_transport",
    ),
    (
        "The number of Notices to Quit received by the Council under the tenant in situ scheme.",
        "housing_homelessness",
    ),
    (
        "That the Council amend the County Development Plan to allow one-off rural houses.",
        "planning_development",
    ),
    ("The Local Enterprise Office programme of supports for the SME sector.", "economic_development"),
    ("What percentage of the Annual Rate Revenue was derived from commercial rates?", "finance_budget"),
    # US city council / commission minutes
    (
        "Accept a grant from the Department of Transportation for traffic safety on high crash corridors.",
        "highways_transport",
    ),
    ("Adopt a Waste Reduction Program and the Recycle at Work Program.", "waste_recycling"),
    ("Appeals heard by the Board of Zoning Appeals for a rear setback variance.", "planning_development"),
    ("Authorize water revenue bonds to finance capital improvements.", "finance_budget"),
    ("Fund shelter beds and treatment for juvenile human trafficking victims.", "community_safety"),
    # Canadian, Australian and New Zealand minutes
    ("Public meeting on a proposed zoning by-law amendment for part of Lot 35.", "planning_development"),
    (
        "Council adopted the 2024 Audited Financial Statements presented by the auditor.",
        "audit_risk_governance",
    ),
    (
        "The development application for a dual occupancy was approved with conditions.",
        "planning_development",
    ),
    ("Kerbside collection of green waste will move to fortnightly.", "waste_recycling"),
    ("The resource consent for the subdivision was granted under the District Plan.", "planning_development"),
    ("Kerb and channel renewal on Station Street is in the capital works program.", "highways_transport"),
    # passing words, procedure and role names: no local theme
    ("The meeting was held at the Community Centre, Station Road.", None),
    ("The Chair thanked officers for their hard work.", None),
    ("The Cabinet Member for Housing and the Director of Public Health sent apologies.", None),
    ("Printed on recycled paper.", None),
    ("Business was concluded at 9.05pm.", None),
    ("Forward planning of the meeting schedule was discussed.", None),
    ("In accordance with the Planning and Development Act, 2000, the disposal was approved.", None),
]
LOCAL = {t.id for t in load_taxonomy(asset_path("taxonomy_local.json")).themes.values()}


@pytest.mark.parametrize(("text", "theme"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_local_theme_sentences(text: str, theme: str | None) -> None:
    got = set(sentence_themes(text, default_matcher()))
    if theme is None:
        assert not (got & LOCAL), got
    else:
        assert theme in got, got


# -- a theme needs evidence, not a word ------------------------------------------------------

NOT_CORE = [
    # (sentence, theme it must not give)
    ("There are, however, two important caveats to this assessment.", "referrals_assessments"),
    (
        "After the property revaluation for LPT assessment most homes fell into the first band.",
        "referrals_assessments",
    ),
    ("An Equalities Impact Assessment has not been undertaken.", "referrals_assessments"),
    ("The charity offers early intervention support to families in crisis.", "early_help"),
    ("The grant pays for staff time supporting families and volunteers.", "early_help"),
    ("Family support sessions aim to prevent a breakdown in families.", "early_help"),
    ("Commercial rate demand notices will issue in February.", "referrals_assessments"),
]


@pytest.mark.parametrize(("text", "theme"), NOT_CORE, ids=[s[0][:40] for s in NOT_CORE])
def test_a_generic_word_is_not_a_childrens_theme(text: str, theme: str) -> None:
    assert theme not in sentence_themes(text, default_matcher())


def test_early_help_words_count_in_a_childrens_services_setting() -> None:
    text = "Early intervention through the family hub reduced demand on children's social care."
    assert "early_help" in sentence_themes(text, default_matcher())


def _mentions(*sentences: str) -> list[ThemeMention]:
    return [
        ThemeMention(theme=t, item_index=0, text=s, matched=sm.matched, score=sm.score)
        for s in sentences
        for t, sm in default_matcher().match(s).items()
    ]


def test_a_passing_local_theme_in_a_long_item_is_dropped() -> None:
    # a highways item that mentions a bus route once among many road sentences
    text = [
        "The zebra crossing on Coombe Road was approved after the consultation.",
        "Traffic speeds on the road were surveyed and a speed limit of 20mph proposed.",
        "Road safety audits of the junction found two collisions.",
        "Residents asked for a pedestrian crossing and traffic calming.",
        "The traffic management order would be advertised in March.",
        "A resident noted that the library car park was often full.",
    ]
    got = item_themes(_mentions(*text))
    assert "highways_transport" in got
    assert "libraries_leisure_culture" not in got


# -- procedural items ------------------------------------------------------------------------

PROCEDURAL = [
    ("Apologies for Absence", True),
    ("Declarations of Interest", True),
    ("Minutes of the Previous Meeting", True),
    ("Adoption of Minutes", True),
    ("Date of Next Meeting", True),
    ("Urgent Business", True),
    ("CALL TO ORDER AND ROLL CALL", True),
    ("ADJOURNMENT", True),
    ("APPROVAL OF THE AGENDA", True),
    ("Adopt the Agenda", True),
    ("Votes of Sympathy", True),
    ("Land Acknowledgement Statement", True),
    ("Acknowledgement of Traditional Custodians", True),
    ("In-Camera Session", True),
    ("Matters Arising", False),  # procedural in form, but carries business
    ("Public Questions", False),
    ("Petitions", False),
    ("Work Programme", False),
    ("Community Grants Programme", False),
    ("Housing Allocations Policy", False),
]


@pytest.mark.parametrize(("title", "procedural"), PROCEDURAL, ids=[p[0] for p in PROCEDURAL])
def test_procedural_items(title: str, procedural: bool) -> None:
    assert is_procedural_item(title) is procedural


def test_procedural_items_get_no_themes_or_mentions(tmp_path: Path) -> None:
    import minutesmine

    doc_path = tmp_path / "minutes.txt"
    doc_path.write_text(
        "Northfield Parish Council\nMinutes of the meeting held on 3 March 2024\n\n"
        "1. Declarations of Interest\n"
        "Cllr Ames declared an interest in the housing association bid as a tenant of the housing trust.\n\n"
        "2. Zebra Crossing on Mill Lane\n"
        "The Council considered the petition for a zebra crossing and traffic calming on Mill Lane.\n"
    )
    doc = minutesmine.extract(doc_path)
    by_title = {it.title: it for it in doc.items}
    decl = next(it for t, it in by_title.items() if t.startswith("Declarations"))
    assert decl.procedural and decl.themes == []
    idx = doc.items.index(decl)
    assert not [m for m in doc.mentions if m.item_index == idx]
    crossing = next(it for t, it in by_title.items() if "Zebra" in t)
    assert not crossing.procedural and "highways_transport" in crossing.themes


# -- the user's own taxonomy -----------------------------------------------------------------

USER = {
    "family": "mine",
    "themes": [
        {
            "id": "allotments",
            "label": "Allotments",
            "description": "Allotment plots, waiting lists and plot holders.",
            "synonyms": ["allotment", {"phrase": "plot holder", "weight": 0.6}],
            "examples": {
                "positive": ["The allotment waiting list grew."],
                "negative": ["A plot holder wrote in."],
            },
        }
    ],
}
BAD = [
    ({"themes": [{"id": "x", "synonyms": ["a"], "treshold": 1}]}, "treshold"),  # misspelt key
    ({"themes": [{"id": "x", "synonyms": [{"phrase": "a", "weight": 1.5}]}]}, "weight"),
    ({"themes": [{"id": "x", "synonyms": [{"phrase": "a", "near": ["b", "c"]}]}]}, "exactly one"),
    ({"themes": [{"id": "x", "synonyms": ["a"]}, {"id": "x", "synonyms": ["b"]}]}, "duplicate"),
    ({"themes": [{"id": "Bad Id", "synonyms": ["a"]}]}, "id"),
    ({"themes": []}, "themes"),
]


@pytest.mark.parametrize(("data", "says"), BAD, ids=[b[1] for b in BAD])
def test_invalid_taxonomy_files_are_refused(data: dict, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        parse_taxonomy(data)


def _user_file(tmp_path: Path, data: dict, name: str = "mine.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_user_taxonomy_adds_to_the_shipped_themes(tmp_path: Path) -> None:
    tax = load_taxonomies((str(_user_file(tmp_path, USER)),))
    assert "allotments" in tax.themes and "highways_transport" in tax.themes and "caseloads" in tax.themes


def test_user_taxonomy_in_the_python_api(tmp_path: Path) -> None:
    import minutesmine

    doc_path = tmp_path / "m.txt"
    doc_path.write_text("Allotments\nThe allotment waiting list grew to 40 people.\n")
    doc = minutesmine.extract(doc_path, taxonomy=_user_file(tmp_path, USER))
    assert "allotments" in doc.items[0].themes
    assert "allotments" not in minutesmine.extract(doc_path).items[0].themes


def test_taxonomy_check_command(tmp_path: Path) -> None:
    runner = CliRunner()
    good = runner.invoke(main, ["taxonomy", "check", str(_user_file(tmp_path, USER))])
    assert good.exit_code == 0, good.output
    wrong = json.loads(json.dumps(USER))
    wrong["themes"][0]["examples"]["negative"] = ["The allotment site flooded."]
    bad = runner.invoke(main, ["taxonomy", "check", str(_user_file(tmp_path, wrong, "wrong.json"))])
    assert bad.exit_code == 1 and "negative example matched" in bad.output


def test_taxonomy_check_reports_structure_errors(tmp_path: Path) -> None:
    problems, _ = check_files([_user_file(tmp_path, BAD[0][0])])
    assert problems and "treshold" in problems[0]


def test_shipped_taxonomies_pass_their_own_check() -> None:
    problems, n = check_files([asset_path("taxonomy.json"), asset_path("taxonomy_local.json")])
    assert not problems and n > 100


def test_extract_taxonomy_option(tmp_path: Path) -> None:
    doc_path = tmp_path / "m.txt"
    doc_path.write_text("Allotments\nThe allotment waiting list grew to 40 people.\n")
    runner = CliRunner()
    res = runner.invoke(
        main,
        ["extract", str(doc_path), "-o", "-", "--jobs", "1", "--taxonomy", str(_user_file(tmp_path, USER))],
    )
    assert res.exit_code == 0, res.output
    record = json.loads(res.stdout.splitlines()[0])
    assert "allotments" in record["items"][0]["themes"]
    broken = runner.invoke(
        main, ["extract", str(doc_path), "--taxonomy", str(_user_file(tmp_path, BAD[1][0], "bad.json"))]
    )
    assert broken.exit_code != 0 and "taxonomy" in broken.output


# -- listings and names are not discussion ---------------------------------------------------

LISTINGS = [
    (
        "DEPT. OF PUBLIC HEALTH – Jane Roe, Director, Room 19 Air Quality – John Doe, Commissioner "
        "Environment – Ann Poe, Manager",
        True,
    ),
    (
        "Economic Development, Enterprise, Tourism and Planning SPC Climate Action, Biodiversity and "
        "Environment SPC Transportation and Infrastructure SPC",
        True,
    ),
    (
        "• Attendance details • Agenda Frontsheet • Agenda Reports Pack • Supplement: Agenda Item 7 - "
        "Community Safety Update",
        True,
    ),
    (
        "The Committee noted that Housing Services had reduced the use of temporary accommodation in "
        "Northfield and Eastwood.",
        False,
    ),
    (
        "Members asked about the Community Grants Programme and the grants awarded to the Friends of "
        "Millbrook Park.",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "listing"), LISTINGS, ids=[s[0][:40] for s in LISTINGS])
def test_listings_of_names(sentence: str, listing: bool) -> None:
    from minutesmine.themes import is_listing

    assert is_listing(sentence) is listing


NAMES = [
    # (sentence, theme that must not come from a word inside a capitalised name)
    ("Approval was given to the disposal of a site at Raheen Business Park.", "economic_development"),
    ("The meeting was held at Eastfield Community Centre.", "libraries_leisure_culture"),
    ("Councillor Ames asked about the Fair Housing Board appointments.", "housing_homelessness"),
]


@pytest.mark.parametrize(("sentence", "theme"), NAMES, ids=[s[0][:40] for s in NAMES])
def test_a_theme_word_inside_a_name_is_not_evidence(sentence: str, theme: str) -> None:
    assert theme not in default_matcher().match(sentence)


def test_a_theme_word_outside_a_name_still_counts() -> None:
    assert "libraries_leisure_culture" in default_matcher().match("The park was closed for repairs.")


def test_emergent_discovery_leaves_out_procedural_items(tmp_path: Path) -> None:
    from minutesmine.models import AgendaItem, Document, Meeting, Section, Source
    from minutesmine.store import Store

    def meeting(n: int) -> Document:
        items = [
            AgendaItem(
                title="Declarations of Interest",
                sections=[Section(kind="minutes", text="Councillor Ames declared a prejudicial interest.")],
            ),
            AgendaItem(
                title="Riverside Walkway",
                sections=[
                    Section(kind="minutes", text="The riverside walkway lighting was discussed again.")
                ],
            ),
        ]
        return Document(
            source=Source(path=f"m{n}.txt", sha256=str(n) * 64, format="text"),
            meeting=Meeting(council="Testshire", committee="Panel", date=f"201{n}-02-01"),
            items=items,
        )

    with Store(tmp_path / "s.db") as store:
        for n in range(3):
            store.add(meeting(n))
        labels = {t.label for t in store.emergent_themes(min_meetings=2)}
    assert any("walkway" in label for label in labels)
    assert not any("prejudicial" in label or "declared" in label for label in labels)
