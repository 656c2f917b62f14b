"""Incident grouping at archive scale: rebuild times, a nightly update, peak memory.

Synthetic archives of relevant articles (1 000, 10 000, 100 000 by default) are
written to SQLite files, as a crawl with extraction would leave them, at a
constant density (ARTICLES_PER_DAY), so a bigger archive covers more years:
incidents of 1 to 4 reports over a few weeks, some reports republished copies of
another, victims drawn from a pool where towns and names repeat. For each size,
in its own process (so peak memory is its own):

  * first grouping: every profile built from the texts, then grouped;
  * rebuild: every incident forgotten and grouped again from the stored profiles;
  * on the largest archive, a nightly update adding NIGHTLY new articles, with every
    SQL statement watched: the only texts it may read are the new articles'.

    .venv/bin/python bench/bench_incidents.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLES_PER_DAY = 20  # 100 000 relevant articles: about 14 years of French press
NIGHTLY = 50
START = dt.date(2018, 1, 1)
KINDS = ["Centre hospitalier de {town}", "CHU de {town}", "Clinique {name}", "Clinique {name} de {town}",
         "Laboratoire {name}", "Mutuelle {name}", "EHPAD {name} de {town}", "Hôpital privé {name}",
         "Cabinet de radiologie de {town}", "Pharmacie {name} de {town}"]
SYLLABLES = ["val", "mont", "bourg", "ville", "ber", "lan", "cour", "sai", "ron", "tel", "mar", "fon", "lis", "gar",
             "dor", "bel", "pré", "nac", "sol", "vie", "ter", "ris", "gny", "ac", "ois", "cha", "tou", "nes"]
WORDS = ("données patients fuite cyberattaque hôpital informatique serveurs rançon pirates dossiers médicaux "
         "direction communiqué enquête plainte agence sécurité systèmes accès victimes numéros adresses "
         "identité santé établissement services urgences logiciel prestataire hébergeur sauvegarde").split()


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def make_pool(rng: random.Random, size: int) -> list[str]:
    towns = [_word(rng, rng.randint(2, 4)) for _ in range(max(50, size // 2))]
    names = [_word(rng, rng.randint(3, 4)) for _ in range(max(50, size))]
    return [rng.choice(KINDS).format(town=rng.choice(towns), name=rng.choice(names)) for _ in range(size)]


def synthetic_articles(n: int, seed: int = 7, start_id: int = 0, day0: dt.date = START):
    """Yield (url, published, text, record) for n relevant articles in incidents of 1-4 reports."""
    rng = random.Random(seed)
    pool = make_pool(rng, max(100, n // 2))
    span = max(1, n // ARTICLES_PER_DAY)
    made = 0
    while made < n:
        victim = rng.choice(pool)
        first = day0 + dt.timedelta(days=rng.randrange(span))
        records = rng.choice([None, rng.randint(20, 2000), rng.randint(1000, 2_000_000)])
        incident_date = (first - dt.timedelta(days=rng.randint(0, 5))).isoformat() if rng.random() < 0.5 else None
        original = None
        for k in range(min(rng.randint(1, 4), n - made)):
            i = start_id + made
            published = first + dt.timedelta(days=rng.randint(0, 30) if k else 0)
            if original is not None and rng.random() < 0.3:
                text = f"({_word(rng, 2)}) " + original  # a republished copy
            else:
                body = " ".join(rng.choice(WORDS) for _ in range(150))
                text = f"Le {victim} a annoncé une fuite de données. {body} Selon le {victim}, l'enquête continue. n{i}"
                original = original or text
            record = {"id": f"u{i}", "relevant": True, "victims": [victim] if rng.random() < 0.9 else [],
                      "vendors": [], "published": published.isoformat(),
                      "incident_date": incident_date if rng.random() < 0.6 else None,
                      "records": records if rng.random() < 0.7 else None,
                      "records_unit": "patients" if records else None, "data_types": ["name"]}
            yield f"https://bench.example/{i}", published, text, record
            made += 1


def fill(engine, articles) -> list[int]:
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from healthbreach.store.models import Article, Extraction, Source

    html = gzip.compress(b"<html></html>")
    with Session(engine) as session, session.begin():
        source_id = session.scalar(select(Source.id).where(Source.name == "bench"))
        if source_id is None:
            session.add(Source(name="bench", domains=["bench.example"], config={}))
            session.flush()
            source_id = session.scalar(select(Source.id).where(Source.name == "bench"))
        rows, records = [], []
        for url, published, text, record in articles:
            rows.append({"url": url, "source_id": source_id, "published": published, "text": text, "html_gz": html,
                         "content_hash": hashlib.sha256(text.encode()).hexdigest(), "relevant": True,
                         "relevance_terms": [], "is_afp": False, "fetched_at": dt.datetime(2026, 1, 1)})
            records.append(record)
        session.execute(insert(Article), rows)
        query = select(Article.url, Article.id)
        if len(rows) <= 1000:
            query = query.where(Article.url.in_([r["url"] for r in rows]))
        ids = {url: aid for url, aid in session.execute(query)}
        now = dt.datetime(2026, 1, 1)
        session.execute(insert(Extraction), [
            {"article_id": ids[r["url"]], "extractor_version": "bench", "extracted_at": now, "relevant": True, "record": rec}
            for r, rec in zip(rows, records)])
        return [ids[r["url"]] for r in rows]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int, nightly: bool) -> dict:
    from sqlalchemy import event

    from healthbreach.store.db import init_db, make_engine
    from healthbreach.store.incidents import rebuild_incidents, update_incidents

    out: dict = {"articles": n}
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        init_db(engine)
        t = time.perf_counter()
        fill(engine, synthetic_articles(n))
        out["fill_s"] = time.perf_counter() - t
        t, c = time.perf_counter(), time.process_time()
        first = update_incidents(engine)
        out["first_grouping_s"], out["first_grouping_cpu_s"] = time.perf_counter() - t, time.process_time() - c
        out["incidents"] = first.incidents
        t, c = time.perf_counter(), time.process_time()
        again = rebuild_incidents(engine)
        out["rebuild_s"], out["rebuild_cpu_s"] = time.perf_counter() - t, time.process_time() - c
        out["rebuild_texts_read"] = again.texts_read
        assert again.incidents == first.incidents and not again.changed, "a rebuild must find the incidents again"
        if nightly:
            span = n // ARTICLES_PER_DAY
            new_ids = fill(engine, synthetic_articles(NIGHTLY, seed=99, start_id=n,
                                                       day0=START + dt.timedelta(days=max(0, span - 20))))
            texts: list[tuple[str, object]] = []

            def watch(conn, cursor, statement, parameters, context, executemany):
                if "articles.text" in statement:
                    texts.append((statement, parameters))

            event.listen(engine, "before_cursor_execute", watch)
            t, c = time.perf_counter(), time.process_time()
            stats = update_incidents(engine)
            out["nightly_s"], out["nightly_cpu_s"] = time.perf_counter() - t, time.process_time() - c
            event.remove(engine, "before_cursor_execute", watch)
            read_ids = {p for _, params in texts for p in (params if isinstance(params, (list, tuple)) else [])}
            out["nightly_texts_read"] = stats.texts_read
            out["nightly_regrouped"] = stats.regrouped
            out["nightly_reads_only_new_texts"] = bool(read_ids) and read_ids <= set(new_ids)
        engine.dispose()
    out["peak_mib"] = peak_mib()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    parser.add_argument("--nightly", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.nightly)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for n in sizes:
        child = subprocess.run([sys.executable, __file__, "--one", str(n)] + (["--nightly"] if n == max(sizes) else []),
                               capture_output=True, text=True, check=True)
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    print("Seconds are wall clock (CPU time of the process in brackets: on a shared machine, wall time includes waiting).")
    print(f"{'articles':>10} {'incidents':>10} {'first grouping s':>20} {'rebuild s':>16} {'µs/article':>11} {'peak MiB':>9}")
    for r in results:
        print(f"{r['articles']:>10} {r['incidents']:>10} {r['first_grouping_s']:>9.1f} ({r['first_grouping_cpu_s']:>6.1f}) "
              f"{r['rebuild_s']:>7.1f} ({r['rebuild_cpu_s']:>6.1f}) {r['rebuild_s'] / r['articles'] * 1e6:>11.0f} {r['peak_mib']:>9.0f}")
    big = results[-1]
    if len(results) > 1:
        small = results[-2]
        growth = (big["rebuild_s"] / small["rebuild_s"]) / (big["articles"] / small["articles"])
        print(f"rebuild time per article, {big['articles']} vs {small['articles']}: x{growth:.2f} (1.0 = linear)")
    print(f"nightly update, {NIGHTLY} new articles on {big['articles']}: {big['nightly_s']:.2f} s "
          f"({big['nightly_cpu_s']:.2f} s CPU), "
          f"{big['nightly_regrouped']} articles regrouped, {big['nightly_texts_read']} texts read "
          f"({'only the new articles' if big['nightly_reads_only_new_texts'] else 'NOT only the new articles'})")
    ok = big["rebuild_s"] <= 120 and big["nightly_s"] <= 5 and big["nightly_reads_only_new_texts"]
    print(f"targets (rebuild of {big['articles']} <= 120 s, nightly <= 5 s reading no stored text):", "met" if ok else "NOT met")
    print("(the first grouping also builds every profile from its text: once in an article's life, or with"
          " `db regroup --reprofile`)")


if __name__ == "__main__":
    main()
