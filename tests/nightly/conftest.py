"""A slow loopback news site with many articles, and the sources file pointing at it."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from healthbreach.demo.server import serve

N_ARTICLES = 40
TEXT = "Le conseil municipal a voté le budget de la médiathèque et la rénovation du gymnase du quartier nord. " * 5
# Loopback sites are ours: no politeness delays, no model (no article here is relevant anyway).
FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        "-s", "HEALTHBREACH_EXTRACT=false", "-s", "HEALTHBREACH_PROGRESS_INTERVAL=0"]
HEALTHBREACH = [str(Path(sys.executable).parent / "healthbreach")]


class SlowSite:
    """/feed/ lists N articles; each article page takes `delay` seconds to answer."""

    def __init__(self, n: int = N_ARTICLES, delay: float = 0.3):
        self.n, self.delay, self.base = n, delay, ""
        # Recorded on arrival (the server's own log records on answering): a killed crawl's
        # in-flight requests, answered later, then never count as the next crawl's.
        self.requests: list[str] = []
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()

    def paths(self) -> list[str]:
        return [f"/actu/article-{i:02d}/" for i in range(self.n)]

    def handle(self, path: str, headers):
        with self._lock:
            self.requests.append(path)
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/feed/":
            items = "".join(f"<item><link>{self.base}{p}</link></item>" for p in self.paths())
            return 200, {"Content-Type": "application/rss+xml"}, f"<rss version='2.0'><channel>{items}</channel></rss>".encode()
        if path in self.paths():
            time.sleep(self.delay)
            title = f"Vie locale {path.split('-')[-1].strip('/')}"
            html = f"<html lang='fr'><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{TEXT}</p></article></body></html>"
            return 200, {"Content-Type": "text/html; charset=utf-8"}, html.encode()
        return None


def sources_toml(entries: dict[str, str]) -> str:
    """name -> base URL of a site serving /feed/ and /actu/<slug>/ articles."""
    return "".join(
        f"[{name}]\ndomains = [\"{base.split('//')[1]}\"]\nfeeds = [\"{base}/feed/\"]\narticle_pattern = '^/actu/[a-z0-9-]+/$'\n\n"
        for name, base in entries.items()
    )


@pytest.fixture
def slow_site():
    site = SlowSite()
    with serve(site.handle) as base:
        site.base = base
        yield site, base


@pytest.fixture
def sources_file(tmp_path, slow_site) -> Path:
    _, base = slow_site
    path = tmp_path / "sources.toml"
    path.write_text(sources_toml({"locale": base}), "utf-8")
    return path


@pytest.fixture
def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("HEALTHBREACH_DB", None)
    return env
