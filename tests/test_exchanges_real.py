"""Questions and answers in real council documents (../shared/corpus/real).

Expectations written by reading each document; the tests skip when ../shared is absent.
"""

from __future__ import annotations

import minutesmine
from minutesmine.models import Exchange
from tests.paths import real_doc


def _exchanges(name: str) -> list[Exchange]:
    doc = minutesmine.extract(real_doc(name))
    return [e for item in doc.items for e in item.exchanges]


def _answer_to(exchanges: list[Exchange], question_start: str) -> str | None:
    hit = next(e for e in exchanges if e.question.text.startswith(question_start))
    return hit.response.text if hit.response else None


def test_printed_minutes_question_list() -> None:
    """A Q&A list in printed minutes: each question its own exchange, though some lost their
    "?" or full stop and a page break runs through the list."""
    found = _exchanges("merton_audit_committee_2009-10-22_agenda_pack_extract.pdf")
    pairs = {
        "What would be the effect on the Accounts": "There would be no net effect",
        "Would the Pension Fund continue": "Yes – the Accounting",
        "Why was there a material amendment": "This was a matter of classification",
        "What level of savings was anticipated": "In May a potential",
        "Had the joint banking arrangements": "The shared account",
        "The Use of Resources assessment": "The Council needed to demonstrate",
    }
    for question, answer in pairs.items():
        got = _answer_to(found, question)
        assert got is not None and got.startswith(answer), (question, got)
    assert all(e.question.speaker == "member" for e in found)


def test_irish_written_questions_and_narrative() -> None:
    """ "Question submitted by Councillor X ... REPLY: ...": one exchange per question, its
    text without the heading; the minutes' own narrative after a reply is not part of it."""
    found = _exchanges("limerick_ccc_ordinary_meeting_minutes_2025-03-31.md")
    written = [e for e in found if e.question.text.startswith("I will ask")]
    assert len(written) >= 10
    assert all(e.question.speaker and e.question.speaker.startswith("councillor ") for e in written)
    assert not any(e.question.text.startswith("Question submitted") for e in found)
    answer = _answer_to(found, "Members queried why the Annual Service Delivery Plan")
    assert answer is not None and answer.startswith("In response to the queries raised, the Director General")
    answer = _answer_to(found, "They commended the ICO")
    assert answer is not None and answer.startswith("In response, the Director of Regeneration")


def test_written_question_paper_gives_one_exchange_per_question(tmp_path) -> None:
    """A written-question paper ("Question 1 / Question by Councillor X to the Cabinet Member
    for Y / <question> / Answer / <answer>"): one exchange per question, asker and responder
    named; the paper is kept whole, and its "Question N" headings are not questions."""
    import minutesmine

    paper = tmp_path / "questions.txt"
    paper.write_text(
        "COUNCIL MEETING - 20 FEBRUARY 2024\nWRITTEN QUESTIONS FROM COUNCILLORS\n\n"
        "Question 1\n\nQuestion by Councillor A. Smith to the Cabinet Member for Finance\n\n"
        "How much has the council spent on agency social workers in 2023/24?\n\nAnswer\n\n"
        "The council has spent £3.4m on agency social workers in 2023/24.\n\n"
        "Question 2\n\nQuestion by Councillor B. Jones to the Cabinet Member for Highways\n\n"
        "How many potholes were repaired in the last twelve months?\n\nAnswer\n\n"
        "In the last twelve months 8,214 potholes were repaired.\n",
        encoding="utf-8",
    )
    doc = minutesmine.extract(paper)
    assert doc.document_type == "question_paper"
    got = [
        (e.question.speaker, e.question.text[:20], e.response and e.response.speaker)
        for it in doc.items
        for e in it.exchanges
    ]
    assert got == [
        ("councillor a. smith", "How much has the cou", "cabinet member for finance"),
        ("councillor b. jones", "How many potholes we", "cabinet member for highways"),
    ]
