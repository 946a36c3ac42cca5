"""Finding input documents: folders (recursive), files, globs; hidden and duplicate files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutesmine.discover import discover


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in [
        "x.pdf",
        "a/y.PDF",
        "a/b/z.txt",
        "a/b/m.HTM",
        "a/b/.hidden.txt",
        ".hidden_dir/w.pdf",
        "a/.h/v.md",
        "a/b/notes.doc",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "a" / "b", tmp_path / "linked_dir")  # not followed
    os.symlink(tmp_path / "x.pdf", tmp_path / "a" / "alias.pdf")  # the same file as x.pdf
    os.symlink(tmp_path / "missing.pdf", tmp_path / "a" / "broken.pdf")  # no file behind it
    return tmp_path


def rel(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_folder_is_searched_recursively_in_a_stable_order(tree: Path) -> None:
    # hidden files and folders, unsupported suffixes, linked folders and broken links are
    # left out; a file reached twice (a link to it sorts first) is given once
    assert rel(list(discover([tree])), tree) == ["a/alias.pdf", "a/b/m.HTM", "a/b/z.txt", "a/y.PDF"]


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        (["a/b/notes.doc"], ["a/b/notes.doc"]),  # a named file whatever its suffix
        (["a", "."], ["a/alias.pdf", "a/b/m.HTM", "a/b/z.txt", "a/y.PDF"]),  # each file once
        (["**/*.pdf"], ["a/alias.pdf", "a/broken.pdf"]),  # a glob as written; x.pdf is alias.pdf
    ],
)
def test_specs(tree: Path, specs: list[str], expected: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    assert [p.as_posix() for p in discover(specs)] == expected
