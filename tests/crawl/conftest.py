import pytest

from healthbreach.demo import serve_demo

# Our own loopback sites: no politeness delays, no model (extraction has its own tests).
FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "HEALTHBREACH_EXTRACT": False,
}


@pytest.fixture
def fast():
    return dict(FAST)


@pytest.fixture
def demo_servers():
    with serve_demo() as (main, partner):
        yield main, partner
