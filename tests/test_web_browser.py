"""The web pages in a real browser: headless Chromium loads each page from ``minutesmine serve``
over a store of the seed documents; the tests assert on the DOM it renders and the
screenshots are saved under pytest's tmp dir.

Skipped when Chromium is not installed, unless MINUTESMINE_REQUIRE_BROWSER is set (CI sets it:
``.ci/run`` installs Debian's chromium first), so CI cannot pass without running them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("datasette")

from minutesmine.themes.taxonomy import load_taxonomy
from tests.web_helpers import bars, expected_bars, expected_points, points, units

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    if os.environ.get("MINUTESMINE_REQUIRE_BROWSER"):
        raise RuntimeError("MINUTESMINE_REQUIRE_BROWSER is set but chromium is not installed")
    pytest.skip("chromium not installed (apt-get install chromium)", allow_module_level=True)

#: Every page the tests look at, by name: loaded once, in parallel.
PAGES = {
    "home": "/",
    "search": "/-/search?q=foster+carers",
    "apostrophe": "/-/search?q=children%27s+services&council=Croydon",
    "pound": "/-/search?q=%C2%A310.9m",
    "theme": "/-/themes/foster_carers",
    "caseloads": "/-/themes/caseloads",
    "item": "/-/items/1/0",
    "canned": "/minutes/theme_questions?theme=caseloads",
}

#: No network but this machine: any fetch from elsewhere fails (and no page may need one).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--window-size=1280,1800",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seed_store: str) -> Iterator[str]:
    """``minutesmine serve`` on a free port, until the module's tests are done."""
    port = _free_port()
    cmd = [sys.executable, "-m", "minutesmine", "serve", "--db", seed_store, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"serve did not start: {proc.stderr.read().decode()[-2000:]}"
                    ) from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def browse(url: str, screenshot: Path) -> str:
    """The DOM Chromium renders for ``url`` (a fresh profile each time), and a screenshot."""
    with tempfile.TemporaryDirectory() as profile:
        out = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={screenshot}", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return out.stdout


@pytest.fixture(scope="module")
def dom(server: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each page of PAGES as Chromium rendered it; screenshots in ``<tmp>/screenshots``."""
    shots = tmp_path_factory.mktemp("screenshots")
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            name: pool.submit(browse, server + path, shots / f"{name}.png") for name, path in PAGES.items()
        }
        pages = {name: f.result() for name, f in futures.items()}
    pages["_shots"] = str(shots)
    return pages


def test_every_page_renders_with_a_screenshot(dom: dict[str, str]) -> None:
    for name in PAGES:
        assert "</html>" in dom[name] and "Internal Server Error" not in dom[name], name
        png = Path(dom["_shots"]) / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000, name


def test_home_page_links_search_and_every_theme(dom: dict[str, str]) -> None:
    html = dom["home"]
    assert 'action="/-/search"' in html
    for theme in load_taxonomy().themes:
        assert f'href="/-/themes/{theme}"' in html


def test_foster_carers_search_leads_to_its_theme_page(dom: dict[str, str]) -> None:
    assert 'href="/-/themes/foster_carers"' in dom["search"]
    assert "<mark>foster</mark>" in dom["search"].lower()
    theme = dom["theme"]
    assert 'id="theme-title" data-theme="foster_carers">Foster carers' in theme
    assert 'class="chart bar-chart"' in theme and theme.count('class="mm-entry"') >= 2


def test_punctuation_is_searched_as_typed(dom: dict[str, str]) -> None:
    assert "<mark>children's</mark>" in dom["apostrophe"].lower()
    assert '<option selected="">Croydon</option>' in dom["apostrophe"]
    assert "£<mark>10.9m</mark>" in dom["pound"]


def test_chart_data_in_the_browser_matches_the_store(dom: dict[str, str], seed_store: str) -> None:
    html = dom["caseloads"]
    assert bars(html) == expected_bars(seed_store, "caseloads")
    assert points(html) == expected_points(seed_store, "caseloads") != set()
    assert units(html) == ["case"]


def test_item_page_and_canned_query(dom: dict[str, str]) -> None:
    assert 'id="item-title"' in dom["item"] and '<dd class="question">' in dom["item"]
    assert "theme_questions" in dom["canned"] and "average caseload was 35 cases" in dom["canned"]
