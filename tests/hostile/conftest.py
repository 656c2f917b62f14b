import json
from urllib.parse import urlsplit

import pytest

from healthbreach.demo.server import serve
from hostile.faults import FaultSite, RobotsRedirectSite, Trap

# Short timeouts and retries: the hostile cases must fail fast, not politely.
FAST_AND_IMPATIENT = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "HEALTHBREACH_EXTRACT": False,
    "DOWNLOAD_TIMEOUT": 1,
    "RETRY_TIMES": 2,  # a timeout is still retried only once
    "HEALTHBREACH_RETRY_BACKOFF_BASE": 0.05,
    "HEALTHBREACH_RETRY_BACKOFF_MAX": 0.2,  # caps the Retry-After: 1 of the 429 case
    "HEALTHBREACH_PROGRESS_INTERVAL": 0,
}


@pytest.fixture
def trap():
    """A loopback server nothing may reach; the test fails if it was."""
    with serve(Trap().handle) as base:
        yield base
        assert base.requests == [], f"the crawler reached the trap: {base.requests}"


@pytest.fixture
def fault_site(trap):
    site = FaultSite(trap)
    with serve(site.handle) as base:
        site.base = base
        yield site, base
        site.release.set()


@pytest.fixture
def robots_redirect_site(trap):
    site = RobotsRedirectSite(trap)
    with serve(site.handle) as base:
        site.base = base
        yield base


@pytest.fixture
def impatient():
    return dict(FAST_AND_IMPATIENT)


@pytest.fixture
def audit(tmp_path):
    """The crawler's own record of every request it sent (crawler/audit.py), read back as URLs."""
    path = tmp_path / "requests.jsonl"

    class Audit:
        setting = {"HEALTHBREACH_REQUEST_AUDIT": str(path)}

        @staticmethod
        def urls() -> list[str]:
            return [json.loads(line)["url"] for line in path.read_text().splitlines()] if path.exists() else []

        @staticmethod
        def assert_only(*bases: str) -> None:
            """Nothing requested but 127.0.0.1 on the given sites' ports."""
            allowed = {("127.0.0.1", urlsplit(b).port) for b in bases}
            sent = Audit.urls()
            assert sent, "the audit recorded nothing"
            leaks = [u for u in sent if (urlsplit(u).hostname, urlsplit(u).port) not in allowed]
            assert leaks == [], f"requested outside {sorted(allowed)}: {leaks}"

    return Audit
