"""Theme linking: taxonomy data, sentence matching, item weighting, figures, emergent themes."""

from __future__ import annotations

import json
import re

import pytest

from minutesmine.assets import asset_path
from minutesmine.models import Entity, ThemeMention
from minutesmine.themes import item_theme_scores, item_themes, link_sentences, link_text, load_taxonomy
from minutesmine.themes.emergent import Meeting, find_emergent
from minutesmine.themes.match import default_matcher
from minutesmine.themes.taxonomy import parse_taxonomy
from tests.paths import GOLD, SEED_STEMS, SEEDS

CONTRACT_THEMES = [
    "caseloads",
    "recruitment_retention",
    "agency_staff",
    "foster_carers",
    "ofsted_inspection",
    "early_help",
    "care_leavers",
    "child_protection",
    "missing_children",
    "budget",
    "partnerships_safeguarding",
    "management_oversight",
    "corporate_parenting",
    "referrals_assessments",
    "education_exclusions",
    "placement_stability",
]
LOCAL_THEMES = [
    "housing_homelessness",
    "highways_transport",
    "planning_development",
    "adult_social_care",
    "public_health",
    "schools_send",
    "environment_climate",
    "waste_recycling",
    "community_safety",
    "libraries_leisure_culture",
    "workforce",
    "finance_budget",
    "performance",
    "audit_risk_governance",
    "devolution_reorganisation",
    "economic_development",
]
CORE = {
    "caseloads",
    "recruitment_retention",
    "agency_staff",
    "foster_carers",
    "ofsted_inspection",
    "early_help",
}


# -- the taxonomy is data and consistent ----------------------------------------------------


def test_taxonomy_has_the_contract_themes() -> None:
    tax = load_taxonomy()
    assert list(tax.themes) == CONTRACT_THEMES + LOCAL_THEMES
    for t in tax.themes.values():
        assert t.label and t.description, t.id
        assert t.rules, t.id
        assert all(0 < r.weight <= 1.0 for r in t.rules), t.id
        assert t.threshold > 0
        assert t.examples.get("positive"), f"{t.id} needs positive examples"


@pytest.mark.parametrize("name", ["taxonomy.json", "taxonomy_local.json"])
def test_taxonomy_synonyms_are_unique_per_theme(name: str) -> None:
    raw = json.loads(asset_path(name).read_text())
    for t in raw["themes"]:
        keys = [json.dumps(s, sort_keys=True) if isinstance(s, dict) else s for s in t["synonyms"]]
        assert len(keys) == len(set(keys)), t["id"]


def _examples(kind: str) -> list[tuple[str, str]]:
    return [(t.id, s) for t in load_taxonomy().themes.values() for s in t.examples.get(kind, [])]


@pytest.mark.parametrize(("theme", "sentence"), _examples("positive"))
def test_positive_examples_reach_the_threshold(theme: str, sentence: str) -> None:
    assert theme in item_themes(_mentions(sentence)), sentence


@pytest.mark.parametrize(("theme", "sentence"), _examples("negative"))
def test_negative_examples_do_not(theme: str, sentence: str) -> None:
    assert theme not in item_themes(_mentions(sentence)), sentence


def _mentions(*sentences: str) -> list[ThemeMention]:
    out = []
    m = default_matcher()
    for s in sentences:
        for theme, sm in m.match(s).items():
            out.append(ThemeMention(theme=theme, item_index=0, text=s, matched=sm.matched, score=sm.score))
    return out


# -- sentence matching: word forms, variants, fuzzy -----------------------------------------

MATCHES = [
    # (sentence, theme, expected score >= this, or None when the theme must not match)
    ("Foster carers were thanked.", "foster_carers", 0.75),
    ("FOSTER-CARERS were thanked.", "foster_carers", 0.75),
    ("The fostercarers were thanked.", "foster_carers", 0.7),
    ("We need more fostering households.", "foster_carers", 1.0),
    ("In-house foster placements rose.", "foster_carers", 1.0),
    ("Recruiting foster carers is hard.", "foster_carers", 1.0),
    ("The child was in foster care.", "foster_carers", 0.4),
    ("Caseloads were high.", "caseloads", 1.0),
    ("Case loads were high.", "caseloads", 1.0),
    ("There were 18 cases per social worker.", "caseloads", 1.0),
    ("Workers held an average of 22 cases.", "caseloads", 1.0),
    ("Agency workers made up 30% of staff.", "agency_staff", 1.0),
    ("Locum managers were replaced.", "agency_staff", 1.0),
    ("The Interim Director attended.", "agency_staff", None),
    ("Multi-agency partners met.", "agency_staff", None),
    ("Ofstead visited in March.", "ofsted_inspection", 0.9),
    ("The Front Door team was busy.", "early_help", None),
    ("Officers were in attendance.", "early_help", None),
    # context and exclusions: the same words outside children's services / staffing
    ("Fostering mutual understanding between the cities.", "foster_carers", None),
    ("The fostering service approved new carers.", "foster_carers", 0.6),
    ("Papers were available for inspection by the Members.", "ofsted_inspection", None),
    ("A road inspection is needed before the new buses run.", "ofsted_inspection", None),
    ("The inspection of the children's home found improvements.", "ofsted_inspection", 1.0),
    ("The school inspection was positive.", "ofsted_inspection", 0.8),
    ("The Use of Resources judgement was noted.", "ofsted_inspection", None),
    ("The Ofsted judgement was good.", "ofsted_inspection", 1.0),
    ("The vacancy abatement percentage fell to 0%.", "recruitment_retention", None),
    ("The casual vacancy on council will be filled by co-option.", "recruitment_retention", None),
    ("Vacancies in the team have fallen.", "recruitment_retention", 0.5),
    ("Job retention in the region was discussed.", "recruitment_retention", None),
    ("Staff retention had improved.", "recruitment_retention", 1.0),
    ("A skilled workforce, strategic location and talent.", "recruitment_retention", None),
    ("The planning phase brings significant workloads.", "caseloads", None),
    ("Practitioner workloads remain high.", "caseloads", 0.6),
    ("Maintenance was outsourced to contractors.", "agency_staff", None),
    ("Contractors filled social worker posts.", "agency_staff", 0.4),
    ("Reliance on agency staffing fell.", "agency_staff", 1.0),
    ("Reliance on partner agencies grew.", "agency_staff", None),
    ("The proportion of agency in frontline teams fell.", "agency_staff", 1.0),
    ("IFA placements cost more than in-house carers.", "foster_carers", 0.8),
    ("The IFA represents farmers.", "foster_carers", None),
    ("A JTAI and a focused visit took place.", "ofsted_inspection", 1.0),
    ("Estyn inspected the schools.", "ofsted_inspection", 1.0),
    # "Early Help" as one name in a list of services is passing; a discussion of it is not
    ("The structure comprised Early Help, Children's Social Care, Education and SEND.", "early_help", 0.3),
    ("Inspectors looked at everything from Early Help to Care Leavers.", "early_help", 0.3),
    ("Referrals to early help had increased by 20%.", "early_help", 1.0),
    ("Members asked how many interims covered team manager posts.", "agency_staff", 1.0),
    ("Social work vacancies stood at 18%.", "recruitment_retention", 1.0),
    ("Three social work posts remained unfilled.", "recruitment_retention", 0.6),
    ("Social work posts were funded by the grant.", "recruitment_retention", None),
    ("The interim report was noted.", "agency_staff", None),
    ("Social workers in the assessment team each held 25 children on average.", "caseloads", 1.0),
    ("The children's home held 12 children.", "caseloads", None),
]


@pytest.mark.parametrize(("sentence", "theme", "score"), MATCHES, ids=[m[0][:30] for m in MATCHES])
def test_sentence_matching(sentence: str, theme: str, score: float | None) -> None:
    found = default_matcher().match(sentence)
    if score is None:
        assert theme not in found
    else:
        assert theme in found
        assert found[theme].score >= score - 1e-9


def test_matched_words_are_reported_as_written() -> None:
    sm = default_matcher().match("The students recruited then moved to permanent posts.")
    assert sm["recruitment_retention"].matched == "recruited … permanent"


def test_section_context_rescues_a_sentence_in_a_childrens_section() -> None:
    """ "Vacancies" needs staff words in its sentence, or social-work words in its section."""
    social = "Social worker caseloads were discussed. Vacancies stood at 15."
    housing = "Housing supply was discussed. Vacancies stood at 15."
    for text, want in ((social, True), (housing, False)):
        i = text.index("Vacancies")
        found = {
            m.theme
            for m in link_text(text, [(0, i - 1), (i, len(text))], [], 0, 0)
            if m.text.startswith("Vac")
        }
        assert ("recruitment_retention" in found) is want, text


def test_taxonomy_context_names_must_exist() -> None:
    data = {"themes": [{"id": "x", "synonyms": [{"phrase": "vacancy", "context": "@nowhere"}]}]}
    with pytest.raises(ValueError, match="unknown context"):
        parse_taxonomy(data)
    data["contexts"] = {"nowhere": ["staff", "social worker"]}
    (rule,) = parse_taxonomy(data).themes["x"].rules
    assert rule.context == (("staff",), ("social", "worker"))


# -- items: a passing word is not a theme ---------------------------------------------------


def test_adoption_item_mentioning_foster_care_once_is_not_foster_carers() -> None:
    ms = _mentions(
        "The adoption service placed 40 children with adoptive families this year.",
        "One child had been in foster care before the adoption order.",
        "Adoption panels met monthly.",
    )
    assert "foster_carers" not in item_themes(ms, "Adoption Service Annual Report")


def test_item_discussing_foster_carer_recruitment_is_foster_carers() -> None:
    ms = _mentions(
        "Members asked about the recruitment of foster carers.",
        "Officers said fostering recruitment had been outsourced.",
    )
    assert "foster_carers" in item_themes(ms, "Fostering update")


def test_repeats_of_the_same_weak_words_count_less() -> None:
    ms = _mentions("Fostering was mentioned.", "Fostering was mentioned again.")
    assert item_theme_scores(ms)["foster_carers"] == pytest.approx(0.4 + 0.2)
    assert "foster_carers" not in item_themes(ms)


def test_title_counts() -> None:
    assert "caseloads" in item_themes([], "Social work caseloads")
    assert item_themes([], "Apologies for absence") == []


# Short agenda items paraphrased from public children's-services (and other) minutes:
# (title, minutes text, the core themes a careful annotator gives the item).
ITEMS = [
    (
        "Corporate Parenting and Fostering Strategy update",
        "The Marketing and Recruitment Officer described a national initiative to improve "
        "foster care recruitment. "
        "She explained how council fostering differs from private agencies advertising for foster carers.",
        {"foster_carers"},
    ),
    (
        "Scrutiny Review - Draft Final Report",
        "Members supported the recommendations. It was queried whether the caseloads of "
        "each locality team were manageable.",
        {"caseloads"},
    ),
    (
        "Theme Update",
        "Case load numbers: is there an average number of cases per worker and what should it be?",
        {"caseloads"},
    ),
    (
        "Safeguarding and Early Help - Presentation",
        "An inspection in 2016 had identified widespread failings. Monitoring visits now "
        "took place quarterly.",
        {"ofsted_inspection", "early_help"},
    ),
    (
        "Children's Services Recruitment and Retention",
        "The report set out pressures from frequent turnover and shortages of qualified social workers. "
        "Incentives to attract and retain staff were agreed.",
        {"recruitment_retention"},
    ),
    (
        "Recruitment and Retention of Social Workers",
        "High turnover of staff had led to reliance on agency workers. A regional "
        "agreement capped the rates paid to "
        "agency social workers.",
        {"recruitment_retention", "agency_staff"},
    ),
    (
        "Actions to recruit and retain social workers",
        "The vacancy rate had fallen and social media had helped recruitment; the aim was "
        "to end staff agency costs.",
        {"recruitment_retention", "agency_staff"},
    ),
    (
        "Agency Workers and Interim Managers",
        "The report gave the spend on agency workers and interim managers, and work to "
        "reduce agency spend on social "
        "workers through a social work academy and recruitment and retention work.",
        {"agency_staff", "recruitment_retention"},
    ),
    (
        "The Development of Family Hubs",
        "The report described the children's centres and the family hub model, which would "
        "build on the centres.",
        {"early_help"},
    ),
    (
        "Action Plan and Progress Update",
        "Progress on the recommendations of the ILACS inspection was reported.",
        {"ofsted_inspection"},
    ),
    (
        "Fostering Service Annual Report",
        "There had been 45 fostering enquiries and 6 new fostering households approved. "
        "Members asked about the cost of "
        "independent fostering agency placements.",
        {"foster_carers"},
    ),
    (
        "Children's Services Structure",
        "The Director outlined the new structure, comprising Early Help, Children's Social Care, "
        "Education and SEND, and Commissioning. Members welcomed the new Assistant Director.",
        set(),
    ),
    (
        "Performance",
        "Average caseloads were 21 children per worker and the workload of social workers remained high.",
        {"caseloads"},
    ),
    # other committees: the same words, no children's-services theme
    ("Twinning", "The partnership was about building friendships and fostering mutual understanding.", set()),
    ("Audit", "The committee noted the Use of Resources judgement for the year.", set()),
    (
        "Notice of Motion",
        "That an inspection of the roads be carried out before the rollout of the new buses.",
        set(),
    ),
    (
        "Correspondence",
        "The register of orders was available for inspection by the members. "
        "The register of planning decisions was also available for inspection.",
        set(),
    ),
    (
        "Civic Trust - Vacancy",
        "The council was required to fill the vacancy on the trust. "
        "A councillor was appointed to fill the vacancy.",
        set(),
    ),
    (
        "Budget",
        "Vacancy abatement schemes are reserved. The vacancy abatement percentage falls to 0%. "
        "Increases in rates of pay are compensated.",
        set(),
    ),
    (
        "Economic development",
        "Investors value our skilled workforce, strategic location and connectivity.",
        set(),
    ),
    (
        "Planning",
        "The preparatory phase involves significant workloads, such as surveying all properties.",
        set(),
    ),
    ("Housing", "Members were concerned about outsourcing maintenance work to contractors.", set()),
]


@pytest.mark.parametrize(("title", "text", "want"), ITEMS, ids=[i[0][:30] for i in ITEMS])
def test_item_core_themes(nlp, title: str, text: str, want: set[str]) -> None:
    mentions = link_sentences(nlp(text), [], 0, 0)
    assert set(item_themes(mentions, title)) & CORE == want


# -- figures: the entities inside the sentence -----------------------------------------------


def test_mentions_carry_the_figures_of_their_sentence(nlp) -> None:
    text = (
        "Officers advised that the average caseload was 35 cases. "
        "In recruitment and retention, 41% of the workforce were agency staff. "
        "The Chair thanked officers."
    )
    doc = nlp(text)

    def ent(label: str, s: str, value: float, unit: str | None = None) -> Entity:
        i = text.index(s)
        return Entity(label=label, text=s, start=i, end=i + len(s), value=value, unit=unit)

    ents = [ent("QUANTITY", "35 cases", 35, "case"), ent("PERCENT", "41%", 41)]
    ms = link_sentences(doc, ents, item_index=2, section_index=5)
    by_theme = {m.theme: m for m in ms}
    assert [f.value for f in by_theme["caseloads"].figures] == [35]
    assert [f.value for f in by_theme["agency_staff"].figures] == [41]
    assert [f.value for f in by_theme["recruitment_retention"].figures] == [41]
    assert all(m.item_index == 2 and m.section_index == 5 for m in ms)
    assert by_theme["caseloads"].text == "Officers advised that the average caseload was 35 cases."
    assert not any(m.text.startswith("The Chair") for m in ms)


LIST_PASSING = [
    "The structure comprised Early Help, Children's Social Care, Education and SEND.",
    "Inspectors looked at everything from Early Help to Care Leavers.",
    "Early help and youth justice teams share the building.",
]


@pytest.mark.parametrize("sentence", LIST_PASSING)
def test_early_help_named_in_a_list_of_services_is_passing(sentence: str) -> None:
    found = default_matcher().match(sentence)
    assert "early_help" in found and found["early_help"].score < 1.0


def test_interims_and_held_cases_carry_their_figures(nlp) -> None:
    text = "The answer was 6 interims covering team manager posts. Social workers each held 25 children."
    doc = nlp(text)

    def ent(s: str, value: float, unit: str) -> Entity:
        i = text.index(s)
        return Entity(label="QUANTITY", text=s, start=i, end=i + len(s), value=value, unit=unit)

    ents = [ent("6 interims", 6, "interim"), ent("25 children", 25, "child")]
    by_theme = {m.theme: m for m in link_sentences(doc, ents, item_index=0, section_index=0)}
    assert [f.value for f in by_theme["agency_staff"].figures] == [6]
    assert [f.value for f in by_theme["caseloads"].figures] == [25]


def test_figures_in_one_long_sentence(nlp) -> None:
    text = (
        "Given this, workloads had been reduced; having previously been an average of 22 cases per "
        "social worker, this figure had now reduced to 13."
    )
    doc = nlp(text)
    ents = [
        Entity(label="QUANTITY", text="22 cases", start=text.index("22"), end=text.index("22") + 8, value=22),
        Entity(label="QUANTITY", text="13", start=text.index("13"), end=text.index("13") + 2, value=13),
    ]
    (m,) = [m for m in link_sentences(doc, ents, 0, 0) if m.theme == "caseloads"]
    assert sorted(f.value for f in m.figures) == [13, 22]


# -- the seeds -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs():
    import minutesmine

    return {stem: minutesmine.extract(SEEDS / f"{stem}.txt") for stem in SEED_STEMS}


def test_core_themes_on_the_seeds(seed_docs) -> None:
    """Core-theme F1 over the gold items, judging each document's mentions as one item
    (so the score does not depend on how the segmenter splits items)."""
    tp = fp = fn = 0
    for stem, doc in seed_docs.items():
        gold = json.loads((GOLD / f"{stem}.json").read_text())
        for gi in gold["items"]:
            pred = set(item_themes(doc.mentions, gi["title"])) & CORE
            pred -= set(gi.get("optional_themes", []))
            want = set(gi["themes"]) & CORE
            tp += len(pred & want)
            fp += len(pred - want)
            fn += len(want - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (tp, fp, fn)


def test_theme_figures_on_the_seeds(seed_docs) -> None:
    if not any(d.entities for d in seed_docs.values()):
        pytest.skip("entity extraction not available yet")
    found = total = 0
    for stem, doc in seed_docs.items():
        gold = json.loads((GOLD / f"{stem}.json").read_text())
        for m in gold.get("metrics", []):
            total += 1
            found += any(
                mm.theme == m["theme"] and any(_num(f.value) == float(m["value"]) for f in mm.figures)
                for mm in doc.mentions
            )
    assert found / total >= 0.9


def _num(v: object) -> float | None:
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# -- emergent themes -------------------------------------------------------------------------


def test_emergent_themes_recur_across_meetings_outside_the_taxonomy() -> None:
    meetings = [
        Meeting("m1", "2017", ["Tackling youth violence is the first priority.", "Caseloads were high."]),
        Meeting("m2", "2018", ["The youth violence strategy was approved.", "Caseloads were high."]),
        Meeting("m3", "2019", ["Officers reported on youth violence.", "The Strengthening Families model."]),
        Meeting("m4", "2019", ["The Strengthening Families model was adopted."]),
        Meeting("m5", "2020", ["Nothing in common here."]),
    ]
    found = {t.id: t for t in find_emergent(meetings, min_meetings=2)}
    assert found["emergent:youth-violence"].meetings == ["m1", "m2", "m3"]
    assert found["emergent:youth-violence"].years == ["2017", "2018", "2019"]
    assert found["emergent:strengthening-families-model"].label == "Strengthening Families model"
    assert not any("caseload" in t for t in found)  # already a taxonomy theme
    assert all(re.fullmatch(r"emergent:[a-z0-9-]+", t) for t in found)


def test_emergent_variants_are_grouped() -> None:
    meetings = [
        Meeting("a", "2018", ["The contextual safeguarding hub opened."]),
        Meeting("b", "2019", ["The contextual safeguarding hubs grew."]),
        Meeting("c", "2019", ["A contextual-safeguarding hub review."]),
    ]
    found = find_emergent(meetings, min_meetings=2)
    assert len([t for t in found if "hub" in t.id]) == 1
