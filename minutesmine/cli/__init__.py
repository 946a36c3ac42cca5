"""The ``minutesmine`` command line: a thin click group over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import IO, Any

import click

from minutesmine import __version__

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutesmine")
def main() -> None:
    """Turn council minutes and officer reports into structured, searchable data."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", default=None, help="JSON Lines file; '-' for stdout [default: stdout unless --db]."
)
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite store to add records to.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: all cores].")
@click.option("--force", is_flag=True, help="With --db, re-extract files the store already has.")
@click.option("--retry-failed", is_flag=True, help="With --db, retry unchanged files that failed before.")
@click.option("--full", is_flag=True, help="Read PDFs with pdfplumber throughout (slower).")
@click.option(
    "--ocr",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="OCR PDF pages with Tesseract: auto = pages without a text layer, when Tesseract is installed.",
)
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV (path, council, committee, date) for meetings the documents do not describe.",
)
@click.option(
    "--time-limit",
    type=float,
    default=300.0,
    show_default=True,
    help="Seconds per document before it is abandoned and reported (0: none).",
)
@click.option(
    "--page-limit",
    type=int,
    default=2000,
    show_default=True,
    help="PDFs with more pages are reported and skipped (0: none).",
)
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Run on this dask.distributed scheduler.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any document fails.")
@click.option(
    "--taxonomy",
    "taxonomies",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Your own taxonomy file (JSON, as models/taxonomy.json), added to the shipped themes; repeatable.",
)
def extract(
    paths: tuple[str, ...],
    output: str | None,
    db: str | None,
    jobs: int | None,
    force: bool,
    retry_failed: bool,
    full: bool,
    ocr: str,
    manifest: str | None,
    time_limit: float,
    page_limit: int,
    dask_address: str | None,
    strict: bool,
    taxonomies: tuple[str, ...],
) -> None:
    """Extract documents (files, folders, globs) to JSON Lines and/or a store, one record each.

    Documents are extracted in parallel (--jobs); with --db, files the store already holds
    unchanged (same sha256) are skipped, and so are files that failed before, unchanged,
    unless --retry-failed. A document that fails, overruns --time-limit or exceeds
    --page-limit is named on stderr and the run goes on. --taxonomy adds your own themes
    (check a file first with `minutesmine taxonomy check FILE`).

    Exit status: 0 when at least one document has a record (extracted now, or unchanged in
    --db); 1 when none has, with --strict when any document failed (now, or before and
    unchanged), or when --db, --manifest or --taxonomy cannot be used; 2 for a usage error.
    An unchanged re-run exits as the run before it did.

    Example: minutesmine extract corpus/ -o out.jsonl --taxonomy my_themes.json
    """
    from minutesmine import batch
    from minutesmine.discover import discover

    files = list(discover(paths))
    if not files:
        raise click.ClickException(f"no documents found in {', '.join(paths)}")
    if taxonomies:
        _load_taxonomies(taxonomies)  # a bad file stops the run before any document
    loaded = _load_manifest(manifest) if manifest else None
    store = _open_store(db) if db is not None else None  # one line and no work if it is not a store
    out = _open_output("-" if output is None and db is None else output)
    outcomes = batch.run(
        files,
        jobs=jobs,
        db=store,
        force=force,
        retry_failed=retry_failed,
        fast=not full,
        ocr=ocr,
        manifest=loaded,
        time_limit=time_limit or None,
        page_limit=page_limit or None,
        dask=dask_address,
        taxonomy=taxonomies,
    )
    tally, held = _drain(outcomes, len(files), out, store)
    tally.report(held)
    sys.exit(tally.exit_code(strict))


def _drain(
    outcomes: Generator[Any, None, None], total: int, out: IO[str] | None, store: Any
) -> tuple[_Tally, tuple[int, ...] | None]:
    """Count every outcome (with a progress bar when stderr is a terminal), then close the
    run, the store and the output, whatever happened; the tally and what the store holds."""
    tally = _Tally()
    try:
        with click.progressbar(
            length=total, label="extracting", file=sys.stderr, hidden=not sys.stderr.isatty()
        ) as bar:
            for outcome in outcomes:
                bar.update(1)
                tally.add(outcome, out)
    finally:
        outcomes.close()
        held = _close_store(store)
        if out is not None and out is not sys.stdout:
            out.close()
    return tally, held


def _load_manifest(path: str) -> Any:
    """The ``--manifest`` CSV, its row problems named on stderr; one line when it cannot be read."""
    from minutesmine.segment.meeting import Manifest, ManifestError

    try:
        loaded = Manifest.load(path)
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from None
    for problem in loaded.errors:
        click.echo(f"manifest: {problem}", err=True)
    return loaded


def _open_output(output: str | None) -> IO[str] | None:
    """Where records are written: None (only the store), stdout for '-', else the file."""
    if output is None:
        return None
    return sys.stdout if output == "-" else open(output, "w", encoding="utf-8")


def _close_store(store: Any) -> tuple[int, ...] | None:
    """Close the store, returning how many meetings, distinct documents and files it holds."""
    if store is None:
        return None
    held = tuple(
        store.execute(
            "SELECT (SELECT COUNT(*) FROM meetings), (SELECT COUNT(*) FROM documents),"
            " (SELECT COUNT(*) FROM document_files)"
        )[0]
    )
    store.close()
    return held


def _named(outcome: Any) -> str:
    """An outcome as its path and its errors, as `extract` reports it on stderr."""
    return f"{outcome.path}: {'; '.join(outcome.errors)}"


@dataclass
class _Tally:
    """What `extract` counts as outcomes come back, and the summary it prints at the end."""

    n_ok: int = 0
    n_items: int = 0
    n_warn: int = 0
    n_skipped: int = 0
    failed_before: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    #: not council documents (a README beside the files)
    not_extracted: list[str] = field(default_factory=list)

    def add(self, outcome: Any, out: IO[str] | None) -> None:
        """Count one outcome, write its record to ``out`` and name its warnings on stderr."""
        from minutesmine import batch

        if outcome.status is batch.Status.skipped:
            if batch.is_skip(outcome.errors):  # a README, as on the run that stored it
                self.not_extracted.append(_named(outcome))
            elif outcome.errors:
                self.failed_before.append(_named(outcome))
            else:
                self.n_skipped += 1
            return
        if outcome.status is batch.Status.failed and batch.is_skip(outcome.errors):
            self.not_extracted.append(_named(outcome))
            return
        if out is not None:
            out.write(batch.record_line(outcome))
        if outcome.status is batch.Status.failed:
            self.failures.append(_named(outcome))
            return
        self.n_ok += 1
        self.n_items += outcome.items
        self.n_warn += len(outcome.warnings)
        for w in outcome.warnings:
            click.echo(f"warning: {outcome.path}: {w}", err=True)

    def report(self, held: tuple[int, ...] | None) -> None:
        """The run's end on stderr: documents not extracted, then the store's and the run's counts."""
        for f in self.failures:
            click.echo(f"failed: {f}", err=True)
        for f in self.not_extracted:
            click.echo(f"not extracted: {f}", err=True)
        for f in self.failed_before:
            click.echo(f"not retried (failed before, unchanged): {f}", err=True)
        if held is not None:  # files of one content are one document, documents of one meeting one meeting
            click.echo(
                f"store: {held[0]} meetings, {held[1]} distinct documents in {held[2]} files", err=True
            )
        retried = (
            f", {len(self.failed_before)} failed before (unchanged; --retry-failed)"
            if self.failed_before
            else ""
        )
        click.echo(
            f"{self.n_ok} documents, {self.n_items} items, {self.n_warn} warnings, "
            f"{len(self.failures)} failures, "
            f"{self.n_skipped} skipped (unchanged){retried}"
            + (f", {len(self.not_extracted)} not extracted" if self.not_extracted else ""),
            err=True,
        )

    def exit_code(self, strict: bool) -> int:
        """The run's exit status (see :func:`exit_code`)."""
        return exit_code(
            usable=self.n_ok + self.n_skipped,
            failed=len(self.failures) + len(self.failed_before),
            strict=strict,
        )


def exit_code(*, usable: int, failed: int, strict: bool) -> int:
    """``extract``'s exit status, from the state of the archive, not from what this run had
    to do: an unchanged re-run exits as the run before it did.

    ``usable``: documents with a record (extracted now, or unchanged since extracted);
    ``failed``: documents that failed (now, or before and unchanged). 1 when no document
    is usable, or with ``strict`` when any failed; else 0.

    >>> exit_code(usable=3, failed=1, strict=False), exit_code(usable=3, failed=1, strict=True)
    (0, 1)
    >>> exit_code(usable=0, failed=2, strict=False), exit_code(usable=0, failed=0, strict=False)
    (1, 1)
    """
    return 1 if usable == 0 or (strict and failed > 0) else 0


def _load_taxonomies(paths: tuple[str, ...]) -> None:
    """Load the user's taxonomy files with the shipped ones, or stop with the reason."""
    from pydantic import ValidationError

    from minutesmine.themes.taxonomy import load_taxonomies

    try:
        load_taxonomies(paths)
    except (ValidationError, ValueError, OSError) as exc:
        raise click.ClickException(f"taxonomy: {exc}") from exc


@main.group()
def taxonomy() -> None:
    """Work with theme taxonomies: the shipped ones (children's services and local
    government, in models/) and your own, added with `extract --taxonomy FILE`.

    Example: minutesmine taxonomy check my_themes.json
    """


@taxonomy.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def taxonomy_check(files: tuple[str, ...]) -> None:
    """Validate taxonomy files and run their example sentences: each positive example must
    reach its theme's threshold, each negative one must not (with the shipped themes).

    Example: minutesmine taxonomy check my_themes.json
    """
    from minutesmine.themes.check import check_files

    problems, n_examples = check_files(files)
    for p in problems:
        click.echo(p, err=True)
    click.echo(f"{len(files)} file(s), {n_examples} example(s), {len(problems)} problem(s)", err=True)
    if problems:
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the extraction record (one Document per line of output).

    Example: minutesmine schema > schema.json
    """
    from minutesmine.models import Document

    click.echo(json.dumps(Document.model_json_schema(), indent=2))


# Commands over a store live in their own module; importing it registers them on ``main``.
from minutesmine.cli import query as _query  # noqa: E402, F401


def _open_store(db: str) -> Any:
    """The store ``--db`` names, opened for writing; one line, before any work, when it is not a store."""
    from minutesmine.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
