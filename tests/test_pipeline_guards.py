"""A bug in one stage keeps what the other stages produced, with a warning, never a traceback."""

from __future__ import annotations

import pytest
from paths import SEEDS

import minutesmine
from minutesmine import pipeline


def _boom(*args, **kwargs):
    raise RuntimeError("boom")


def test_segmenter_error_keeps_the_text(monkeypatch):
    monkeypatch.setattr("minutesmine.segment.segment", _boom)
    doc = minutesmine.extract(SEEDS / "003_648fdf308355ba26.txt")
    assert not doc.errors
    assert any("segmenter error: RuntimeError: boom" in w for w in doc.warnings)
    assert len(doc.items) == 1
    text = " ".join(s.text for s in doc.items[0].sections)
    assert "22 cases per social worker" in text
    assert doc.entities  # annotation still ran on the unstructured text


def test_annotator_error_keeps_the_structure(monkeypatch):
    monkeypatch.setattr(pipeline, "annotate", _boom)
    doc = minutesmine.extract(SEEDS / "003_648fdf308355ba26.txt")
    assert not doc.errors
    assert doc.items[0].resolutions == ["That the update be noted."]
    assert doc.entities == [] and doc.mentions == []
    assert any("entities and themes not extracted" in w for w in doc.warnings)


def test_time_limit_is_not_swallowed(monkeypatch):
    from minutesmine.batch import TimeLimitExceeded

    def late(*args, **kwargs):
        raise TimeLimitExceeded("limit")

    monkeypatch.setattr(pipeline, "annotate", late)
    with pytest.raises(TimeLimitExceeded):
        minutesmine.extract(SEEDS / "003_648fdf308355ba26.txt")
