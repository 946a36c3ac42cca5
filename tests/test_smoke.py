from paths import SEEDS

import minutesmine


def test_extract_text_seed_returns_document():
    doc = minutesmine.extract(SEEDS / "003_648fdf308355ba26.txt")
    assert doc.source.format == "text"
    assert doc.items
    assert not doc.errors
