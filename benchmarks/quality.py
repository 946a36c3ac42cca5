"""Gold scores on the bundled seeds and the real documents of ``../shared/corpus/real``.

    python benchmarks/quality.py [--misses] [--json] [--renderings]

Extracts every seed rendering (txt, pdf and html, each scored as its own corpus), every
real document that has a gold file and the held-out forms of ``tests/fixtures/forms/intl`` and
``tests/fixtures/forms/uk``,
scores them with ``../shared/eval/score.py`` and prints one table per corpus; ``--misses``
adds the scorer's per-document misses; ``--renderings`` also renders each held-out form as a PDF
and an HTML page (``corpus/build_renderings.py``, as the seeds are; needs reportlab) and scores
those, and prints the forms as PDFs in three other page layouts (``benchmarks/layouts.py``:
margin item numbers, Times justified with a running header, compact 9 pt), each its own corpus,
so the PDF and HTML readers are measured on the forms' layouts too. The real corpus is
skipped with a note when ``../shared`` is absent. ``tests/test_quality_floors.py`` asserts the
floors recorded in ``benchmarks/README.md`` through :func:`score_corpus`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
SEED_GOLD = ROOT / "corpus" / "gold"
SHARED = ROOT.parent / "shared"
REAL = SHARED / "corpus" / "real"
REAL_GOLD = REAL / "gold"
SCORER = SHARED / "eval" / "score.py"
#: minutes and reports in the shapes of councils outside the repository (US, Canada, Australia,
#: New Zealand, and UK councils off ModernGov; names invented), each folder with its gold: the
#: held-out forms the rules are checked against
FORM_FOLDERS = tuple(ROOT / "tests" / "fixtures" / "forms" / name for name in ("intl", "uk"))

#: Fields the product promises on the seed renderings (F1, or recall where precision is not scored).
SEED_CORPORA = ("txt", "pdf", "html")


def load_scorer() -> ModuleType:
    """The shared evaluation harness as a module (it is a script, not a package)."""
    if not SCORER.exists():
        raise FileNotFoundError(f"{SCORER} not found: ../shared is absent")
    spec = importlib.util.spec_from_file_location("minutesmine_gold_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(folder: Path, gold: Path, suffix: str | None = None) -> list[Path]:
    """The files of ``folder`` that have a gold file (optionally of one suffix), sorted."""
    stems = {p.stem for p in gold.glob("*.json")}
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.stem in stems and (suffix is None or p.suffix == f".{suffix}")
    )


def score_corpus(paths: list[Path], gold: Path) -> dict[str, Any]:
    """Extract ``paths`` in this process and score the records against ``gold``."""
    import minutesmine

    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            for doc in minutesmine.extract_many(paths):
                out.write(json.dumps(doc.model_dump(mode="json")) + "\n")
        return scorer.score(gold, pred)


def corpora() -> dict[str, tuple[list[Path], Path]]:
    """Every corpus this benchmark scores: name -> (files, gold folder)."""
    out = {f"seeds {fmt}": (documents(SEEDS, SEED_GOLD, fmt), SEED_GOLD) for fmt in SEED_CORPORA}
    if REAL_GOLD.is_dir():
        out["real"] = (documents(REAL, REAL_GOLD), REAL_GOLD)
    for folder in FORM_FOLDERS:
        out[f"held-out forms {folder.name}"] = (documents(folder, folder / "gold"), folder / "gold")
    return out


def _tabbed(text: str) -> str:
    """A form's text with its pipe tables ("Ref | Action | Owner") as the tab-separated rows the
    renderer draws as ruled tables.

    >>> _tabbed("Intro\\n\\n| Ref | Action |\\nA1 | Send data\\nEnd")
    'Intro\\n\\nRef\\tAction\\nA1\\tSend data\\nEnd'
    """
    lines = []
    for line in text.splitlines():
        if " | " in line:
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        lines.append(line)
    return "\n".join(lines)


def rendered_forms(out: Path) -> dict[str, tuple[list[Path], Path]]:
    """The held-out forms rendered into ``out`` as PDFs and HTML pages, one corpus each, scored
    against the forms' gold (a rendering keeps its form's file stem). The renderer draws rows of
    three cells or more as ruled tables; a two-column table becomes label/value rows, as a cover
    sheet does, so its cells are missed as a table's."""
    for folder in (ROOT / "corpus", ROOT / "benchmarks"):  # the renderers are scripts, not a package
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import build_renderings
    import layouts

    gold = out / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    pdfs, pages = out / "pdf", out / "html"
    pdfs.mkdir(exist_ok=True)
    pages.mkdir(exist_ok=True)

    for layout in layouts.LAYOUTS:
        (out / layout).mkdir(exist_ok=True)
    for folder in FORM_FOLDERS:
        for form in documents(folder, folder / "gold"):
            if form.suffix not in (".txt", ".md"):
                continue  # an HTML page is read as it is
            (gold / f"{form.stem}.json").write_bytes((folder / "gold" / f"{form.stem}.json").read_bytes())
            paras = build_renderings.seed_paragraphs(_tabbed(form.read_text(encoding="utf-8")))
            title = build_renderings.seed_title(paras)
            build_renderings.write_pdf(paras, title, pdfs / f"{form.stem}.pdf")
            html = build_renderings.html_page(paras, title)
            (pages / f"{form.stem}.html").write_text(html, encoding="utf-8")
            for layout in layouts.LAYOUTS:
                layouts.write_layout(paras, title, out / layout / f"{form.stem}.pdf", layout)
    return {
        "held-out forms as pdf": (documents(pdfs, gold), gold),
        "held-out forms as html": (documents(pages, gold), gold),
    } | {
        f"held-out forms as pdf ({layout})": (documents(out / layout, gold), gold)
        for layout in layouts.LAYOUTS
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def print_table(name: str, result: dict[str, Any]) -> None:
    """One corpus's per-field table and its micro-F1."""
    fields = result["fields"]
    print(f"\n## {name} ({result['documents']} gold documents)\n")
    print(f"{'field':24} {'tp':>4} {'fp':>4} {'fn':>4}  prec  rec   f1")
    for field, r in sorted(fields.items()):
        print(
            f"{field:24} {r['tp']:4} {r['fp']:4} {r['fn']:4} "
            f"{_fmt(r['precision'])} {_fmt(r['recall'])} {_fmt(r['f1'])}"
        )
    print(f"micro-F1 {micro_f1(fields):.3f}")


def micro_f1(fields: dict[str, Any]) -> float:
    """Micro-averaged F1 over every field of a scored corpus."""
    tp = sum(r["tp"] for r in fields.values())
    wrong = sum(r["fp"] + r["fn"] for r in fields.values())
    return 2 * tp / (2 * tp + wrong) if tp + wrong else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="list every per-document miss")
    ap.add_argument("--json", action="store_true", help="print all results as one JSON object")
    ap.add_argument("--renderings", action="store_true", help="also score the forms rendered as PDF and HTML")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"{SCORER} not found: ../shared is absent, nothing to score", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        todo = corpora() | (rendered_forms(Path(tmp)) if args.renderings else {})
        results = {name: score_corpus(paths, gold) for name, (paths, gold) in todo.items()}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    for name, result in results.items():
        print_table(name, result)
        if args.misses and result["notes"]:
            print("\n".join(f"  {n}" for n in result["notes"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
