"""The ``minutesmine`` command line: a thin click group over the library."""

from __future__ import annotations

import json
import sys

import click

from minutesmine import __version__

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutesmine")
def main() -> None:
    """Turn council minutes and officer reports into structured, searchable data."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="JSON Lines file; '-' for stdout.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any document fails.")
@click.option("--full", is_flag=True, help="Read PDFs with pdfplumber throughout (slower).")
def extract(paths: tuple[str, ...], output: str, strict: bool, full: bool) -> None:
    """Extract documents (files, folders, globs) to JSON Lines, one record per document.

    Example: minutesmine extract corpus/ -o out.jsonl
    """
    from minutesmine.discover import discover
    from minutesmine.pipeline import extract as extract_one

    files = list(discover(paths))
    if not files:
        raise click.ClickException(f"no documents found in {', '.join(paths)}")
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    n_ok = n_items = n_warn = 0
    failures: list[str] = []
    try:
        with click.progressbar(files, label="extracting", file=sys.stderr) as bar:
            for path in bar:
                doc = extract_one(path, fast=not full)
                out.write(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False) + "\n")
                if doc.errors:
                    failures.append(f"{path}: {'; '.join(doc.errors)}")
                else:
                    n_ok += 1
                    n_items += len(doc.items)
                    n_warn += len(doc.warnings)
                    for w in doc.warnings:
                        click.echo(f"warning: {path}: {w}", err=True)
    finally:
        if out is not sys.stdout:
            out.close()
    for f in failures:
        click.echo(f"failed: {f}", err=True)
    click.echo(f"{n_ok} documents, {n_items} items, {n_warn} warnings, {len(failures)} failures", err=True)
    if n_ok == 0 or (strict and failures):
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
