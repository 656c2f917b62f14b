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
def serve_demo(ports: tuple[int, int] = (0, 0)) -> Iterator[tuple[BaseURL, BaseURL]]:
    """Serve both sample sites, each on its own port; yield (main_base_url, partner_base_url).

    Ports 0 take free ports; fixed ports keep the sites' URLs (and so the
    stored canonical URLs) the same from one demo run to the next.
    """
    main, partner = demo_sites()
    with serve(main, ports[0]) as main_url, serve(partner, ports[1]) as partner_url:
        yield main_url, partner_url
