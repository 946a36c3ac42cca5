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
