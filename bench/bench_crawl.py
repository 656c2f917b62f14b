"""Crawl throughput: pages/s of a real crawl of a loopback site, and peak memory.

A feed lists N article pages (the demo site's articles, cycled under new
URLs); politeness delays are off because the site is ours. Extraction runs as
in a real crawl (--no-extract to measure crawling and cleaning alone).

    .venv/bin/python bench/bench_crawl.py [--articles 300] [--no-extract]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.demo import demo_sites
from healthbreach.demo.server import serve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--no-extract", action="store_true")
    args = parser.parse_args()
    site, _ = demo_sites()

    def handler(path, headers):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/feed/":
            items = "".join(f"<item><link>{base}/a/{i}/</link></item>" for i in range(args.articles))
            return 200, {"Content-Type": "application/rss+xml"}, f"<rss version='2.0'><channel>{items}</channel></rss>".encode()
        if path.startswith("/a/"):
            article = site.articles[int(path.split("/")[2]) % len(site.articles)]
            return site.render(article.path, base)
        return None

    with serve(handler) as base, tempfile.TemporaryDirectory() as tmp:
        spec = SourceSpec(name="bench", domains=(base.split("//")[1],), feeds=(f"{base}/feed/",), article_pattern=r"^/a/\d+/$")
        settings = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                    "HEALTHBREACH_EXTRACT": not args.no_extract, "LOG_LEVEL": "WARNING"}
        start = time.perf_counter()
        result = run_crawl([spec], db_url=f"sqlite:///{Path(tmp) / 'bench.sqlite'}", settings=settings)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    s = result.summary
    print(f"{'pages fetched':<22}{s.pages_fetched:>10}")
    print(f"{'new articles':<22}{s.new_articles:>10}")
    print(f"{'relevant (extracted)':<22}{s.relevant:>10}")
    print(f"{'seconds (whole run)':<22}{seconds:>10.1f}")
    print(f"{'pages/s':<22}{s.pages_fetched / seconds:>10.1f}")
    print(f"{'peak RSS of the crawl':<22}{peak:>8.0f} MiB")


if __name__ == "__main__":
    main()
