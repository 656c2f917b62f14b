"""The bundled sample sites, served on loopback for `healthbreach demo` and the tests.

    with serve_demo() as (main_url, partner_url):
        ...                      # both sites are up; main_url.requests lists what was fetched

See sample_site.py for the sites and server.py for the server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from healthbreach.demo.sample_site import Article, CourrierSite, Site, WordPressSite, demo_sites
from healthbreach.demo.server import BaseURL, DropConnection, LoopbackServer, serve

__all__ = [
    "Article", "BaseURL", "CourrierSite", "DropConnection", "LoopbackServer", "Site", "WordPressSite",
    "demo_sites", "serve", "serve_demo",
]


@contextmanager
def serve_demo() -> Iterator[tuple[BaseURL, BaseURL]]:
    """Serve both sample sites, each on its own port; yield (main_base_url, partner_base_url)."""
    main, partner = demo_sites()
    with serve(main) as main_url, serve(partner) as partner_url:
        yield main_url, partner_url
