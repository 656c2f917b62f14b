"""Backfill throughput: records/s of `run_backfill` over fixture WARC files with 1 and 2 worker processes.

The files are written with warcio (tests/backfill/warcs.py): about 8 % of the
records are French health-breach pages, the rest French sport pages, English
and Spanish pages, images and 404s, as in a news archive. Each run uses a
fresh SQLite file and a fresh Dask LocalCluster (worker start and, with
extraction on, the spaCy model load in each worker are included in the time).
Peak memory is each worker process's own peak RSS (getrusage in the worker).

    .venv/bin/python bench/bench_backfill.py [--files 8] [--records 2080] [--no-extract]
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "backfill"))

from healthbreach.backfill.cluster import run_backfill  # noqa: E402
from warcs import mixed_records, write_warc  # noqa: E402

GIB = 1024
CREATED: list[tuple[str, str]] = []  # PostgreSQL databases made for the bench, dropped at the end


def drop_created() -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    for server_url, name in CREATED:
        admin = create_engine(make_url(server_url), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--records", type=int, default=2080, help="response records in all (each with its request record)")
    parser.add_argument("--no-extract", action="store_true")
    parser.add_argument("--pg", metavar="URL", default=os.environ.get("HEALTHBREACH_TEST_PG_URL"),
                        help="also run on a fresh database of this PostgreSQL server (default: $HEALTHBREACH_TEST_PG_URL)")
    args = parser.parse_args()
    per_file = args.records // args.files
    with tempfile.TemporaryDirectory() as tmp:
        files, relevant = [], 0
        for i in range(args.files):
            records = mixed_records(per_file, seed=i, host=f"outlet{i}.example", start=i * per_file)
            relevant += sum(r.relevant for r in records)
            path = Path(tmp) / f"CC-NEWS-2026030{1 + i % 9}080000-{i:05d}.warc.gz"
            write_warc(path, records)
            files.append(str(path))
        total = per_file * args.files
        print(f"{total} records in {args.files} WARC files, {relevant} relevant ({100 * (total - relevant) / total:.1f} % irrelevant), "
              f"extraction {'off' if args.no_extract else 'on'}")
        databases = [("sqlite", lambda w: f"sqlite:///{Path(tmp) / f'bench-{w}.sqlite'}")]
        if args.pg:
            databases.append(("postgresql", lambda w: fresh_pg(args.pg)))
        try:
            for dialect, make_db in databases:
                run(dialect, make_db, files, total, relevant, args)
        finally:
            drop_created()


def fresh_pg(server_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"hb_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    CREATED.append((server_url, name))
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def run(dialect, make_db, files, total, relevant, args) -> None:
    print(f"-- {dialect}")
    print(f"{'workers':<10}{'seconds':>10}{'records/s':>12}{'stored':>9}{'peak RSS/worker':>18}")
    rates = {}
    for workers in (1, 2):
        db = make_db(workers)
        start = time.perf_counter()
        summary = run_backfill(files, db, workers=workers, extract=not args.no_extract)
        seconds = time.perf_counter() - start
        rates[workers] = total / seconds
        assert summary.records == total and summary.stored == relevant, (summary.records, summary.stored)
        peak = max(r.peak_rss_mib for r in summary.results)
        flag = "" if peak <= GIB else "  (over 1 GiB!)"
        print(f"{workers:<10}{seconds:>10.1f}{rates[workers]:>12.0f}{summary.stored:>9}{peak:>14.0f} MiB{flag}"
              f"   (cluster start {summary.startup_seconds:.1f} s, files {sum(r.seconds for r in summary.results):.1f} s of worker time,"
              f" grouping {summary.grouping_seconds:.1f} s)")
    print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")

if __name__ == "__main__":
    main()
