"""Every command documents itself and is in the README (as sqlite-utils does)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from paths import ROOT

from minutesmine.cli import main

COMMANDS = sorted(main.commands)
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_example(name):
    cmd = main.commands[name]
    assert cmd.help and cmd.help.strip(), f"{name} has no help text"
    assert "Example: minutesmine " + name in cmd.help, f"{name}'s help ends without an example"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name):
    assert f"minutesmine {name}" in README, f"README does not show `minutesmine {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_runs(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "minutesmine" in result.output
