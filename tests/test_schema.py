"""The JSON Schema is generated from the models; the checked-in copy must not drift.

Set ``MINUTESMINE_REGENERATE=1`` to rewrite ``docs/document.schema.json``; the second
test fails while that switch is left on, so it cannot be committed on by accident.
"""

from __future__ import annotations

import json
import os

from click.testing import CliRunner
from paths import ROOT

from minutesmine.cli import main
from minutesmine.models import Document

SCHEMA_FILE = ROOT / "docs" / "document.schema.json"
REGENERATE = os.environ.get("MINUTESMINE_REGENERATE") == "1"


def test_checked_in_schema_matches_models():
    generated = Document.model_json_schema()
    if REGENERATE:
        SCHEMA_FILE.write_text(json.dumps(generated, indent=2) + "\n", encoding="utf-8")
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == generated


def test_regeneration_switch_is_off():
    assert not REGENERATE, "unset MINUTESMINE_REGENERATE before committing"


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == Document.model_json_schema()


def test_contract_fields_present():
    props = Document.model_json_schema()["properties"]
    for field in ("source", "kind", "meeting", "metadata", "items", "entities", "mentions", "warnings"):
        assert field in props
    item = Document.model_json_schema()["$defs"]["AgendaItem"]["properties"]
    for field in (
        "number",
        "pages",
        "title",
        "purpose",
        "recommendations",
        "exchanges",
        "conclusions",
        "resolutions",
        "actions",
        "information_requests",
        "sections",
        "tables",
        "themes",
    ):
        assert field in item
