"""Needles: the words of a rule set a line holds, as a loop of ``in`` tests finds them."""

from __future__ import annotations

import pytest

from minutesmine.needles import Needles, fold_for_needles

WORDS = ["move", "moved", "second", "seconded", "carried", "the following", "on ", "vot"]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("It was moved and seconded that the report be noted.", {"move", "moved", "second", "seconded"}),
        ("Members raised the following points:", {"the following"}),
        ("On being put to the vote the motion was CARRIED.", {"vot", "on "}),  # as written: fold first
        ("on a vote of 6 to 2 the motion was carried", {"on ", "vot", "carried"}),
        ("Secondary schools", set()),
        ("", set()),
    ],
)
def test_present_is_every_word_held(line: str, found: set[str]) -> None:
    assert Needles(WORDS).present(line) == found == {w for w in WORDS if w in line}


def test_occurrences_give_every_start_overlapping_ones_too() -> None:
    got = sorted(Needles(WORDS).occurrences("moved, seconded; on vote"))
    assert got == [(0, "move"), (0, "moved"), (7, "second"), (7, "seconded"), (17, "on "), (20, "vot")]


def test_folded_lines_find_words_written_in_capitals() -> None:
    low = fold_for_needles("Moved by Cllr A, SECONDED by Cllr B")
    assert low is not None and Needles(WORDS).present(low) == {"move", "moved", "second", "seconded"}
    assert fold_for_needles("\u017feconded") is None  # "ſ" matches "s" ignoring case: not told
