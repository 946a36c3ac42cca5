"""The speed benchmark's archive is content not seen before (benchmarks/fresh_pdf.py): each
file's names and figures are new, while the words the rules read and the page layout stay,
so the pipeline finds the same structure in it as in its source."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pypdfium2 as pdfium

from minutesmine.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "seeds" / "001_f8f0ab2e16e3712b.pdf"


def _fresh_pdf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fresh_pdf", ROOT / "benchmarks" / "fresh_pdf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fresh_pdf"] = module
    spec.loader.exec_module(module)
    return module


def _rewrite(fp: ModuleType, out: Path, seed: int) -> None:
    seeds = sorted((ROOT / "corpus" / "seeds").glob("*.pdf"))
    texts = [[r.text for page in fp.source_runs(p) for r in page] for p in seeds]
    rewriter = fp.Rewriter(texts, seed, ROOT / "models")
    source = pdfium.PdfDocument(str(SEED))
    new = pdfium.PdfDocument.new()
    new.import_pages(source)
    fp.rewrite_pages(new, fp.source_runs(SEED), rewriter)
    new.save(str(out))
    new.close()
    source.close()


def _words(path: Path) -> set[str]:
    doc = extract(path)
    text = " ".join(s.text for item in doc.items for s in item.sections)
    return set(re.findall(r"[A-Za-z]+|\d+", text))


def test_rewritten_pages_hold_new_names_and_figures_in_the_same_structure(tmp_path: Path) -> None:
    fp = _fresh_pdf()
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    _rewrite(fp, one, seed=1)
    _rewrite(fp, two, seed=2)
    source, first, second = extract(SEED), extract(one), extract(two)

    def shape(doc):  # type: ignore[no-untyped-def]
        return [(len(i.sections), len(i.exchanges)) for i in doc.items]

    assert shape(first) == shape(second) == shape(source)
    assert sum(len(i.exchanges) for i in source.items) > 2
    kept = {"Councillor", "the", "Committee", "RESOLVED"} & _words(SEED)
    assert kept and kept <= _words(one)  # the rules' words stay
    new_one, new_two = _words(one) - _words(SEED), _words(two) - _words(SEED)
    assert len(new_one) > 20 and len(new_two) > 20  # names and figures the source does not hold
    assert len(new_one & new_two) < len(new_one) / 2  # and each file its own
