import pytest

from healthbreach.demo.server import serve
from hostile.faults import FaultSite

# Short timeouts and retries: the hostile cases must fail fast, not politely.
FAST_AND_IMPATIENT = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "HEALTHBREACH_EXTRACT": False,
    "DOWNLOAD_TIMEOUT": 1,
    "RETRY_TIMES": 1,
    "HEALTHBREACH_RETRY_BACKOFF_BASE": 0.05,
    "HEALTHBREACH_RETRY_BACKOFF_MAX": 0.2,  # caps the Retry-After: 1 of the 429 case
    "HEALTHBREACH_PROGRESS_INTERVAL": 0,
}


@pytest.fixture
def fault_site():
    site = FaultSite()
    with serve(site.handle) as base:
        site.base = base
        yield site, base
        site.release.set()


@pytest.fixture
def impatient():
    return dict(FAST_AND_IMPATIENT)
