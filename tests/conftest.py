"""Shared fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    import minutesmine

    return minutesmine.load()


#: Dates given to the seed meetings that do not state theirs (as a manifest would), so the
#: web pages' per-year charts have years to show.
SEED_DATES = ("2015-03-10", "2016-04-11", "2017-05-12", "2018-06-13", "2019-07-14")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> str:
    """A store of ``corpus/seeds/*.txt``, undated meetings dated from SEED_DATES."""
    import minutesmine
    from minutesmine.store import Store
    from tests.paths import SEEDS

    path = tmp_path_factory.mktemp("web") / "minutes.db"
    with Store(path) as store:
        for k, src in enumerate(sorted(SEEDS.glob("*.txt"))):
            doc = minutesmine.extract(src)
            if not doc.meeting.date:
                doc.meeting = doc.meeting.model_copy(update={"date": SEED_DATES[k]})
            store.add(doc)
    return str(path)
