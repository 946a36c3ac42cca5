"""The council gazetteer's prefix-factored alternation matches exactly like the plain
longest-first alternation it replaced (same matches, same groups, same backtracking)."""

from __future__ import annotations

import random
import re

from minutesmine.segment.cues import councils
from minutesmine.segment.meeting import _EXPLICIT, trie_alternation
from tests.paths import SEEDS


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(text)]


def _contexts(names: str) -> list[re.Pattern[str]]:
    bare = re.compile(r"(?<![\w-])(" + names + r")(?![\w-])", re.I)
    return [bare, *(re.compile(p.replace("{N}", names), re.I) for p in _EXPLICIT)]


def test_random_words_and_texts() -> None:
    rng = random.Random(5)
    letters = "abc -'"
    for _ in range(200):
        words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(8)})
        plain, trie = re.compile(_plain(words), re.I), re.compile(trie_alternation(words), re.I)
        nested_plain = re.compile(f"({_plain(words)})b?c\\b", re.I)
        nested_trie = re.compile(f"({trie_alternation(words)})b?c\\b", re.I)
        for _ in range(10):
            text = "".join(rng.choice(letters + "ABC\n") for _ in range(40))
            assert _spans(trie, text) == _spans(plain, text), (words, text)
            assert _spans(nested_trie, text) == _spans(nested_plain, text), (words, text)


def test_gazetteer_regexes_on_seeds() -> None:
    forms = sorted({f.lower() for name, aliases in councils() for f in (name, *aliases)})
    old, new = _contexts(_plain(forms)), _contexts(trie_alternation(forms))
    extra = "Borough of Bury St Edmunds; bury council. Kingston upon Thames Council, Dún Laoghaire-Rathdown"
    for text in [extra, *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))]:
        for a, b in zip(old, new, strict=True):
            assert _spans(b, text) == _spans(a, text)


def test_name_council_search_matches_finditer() -> None:
    """The "<name> ... Council" form searched only before each "council" finds what a full
    scan finds."""
    from minutesmine.segment.meeting import _explicit_res, _longest_form, _name_council_matches

    rx = _explicit_res()[2]
    rng = random.Random(3)
    pieces = [
        "Bradford",
        "bury",
        "Sunbury",
        " ",
        "  \n",
        "\t",
        "Council",
        "council",
        "COUNCILLOR",
        "City",
        "Metropolitan",
        "county",
        "and",
        "of",
        ",",
        ".",
        "1",
        "-",
        "Kingston upon Thames",
        "x",
        "'",
    ]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 80))) for _ in range(400)]
    texts.append("Bury" + " " * 700 + "Council and Leeds City" + "\n" * 500 + "council")
    for text in texts:
        want = _spans(rx, text)
        got = [(m.start(), m.end(), m.groups()) for m in _name_council_matches(rx, text, _longest_form())]
        assert got == want, text[:120]
