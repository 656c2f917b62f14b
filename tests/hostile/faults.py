"""A fault-injecting site: every way the web sends garbage, one URL each, served on 127.0.0.1.

    site = FaultSite()
    with serve(site.handle) as base:
        site.base = base
        ...

URLs under /a/ are articles (the test source's article_pattern); each names
the fault it serves. The hanging answer waits on an Event, so the test can
release the server thread at the end instead of leaving it asleep.
"""

from __future__ import annotations

import gzip
import threading

FRENCH = "La clinique des Lilas a signalé une intrusion dans son réseau informatique et une fuite de données de patients. " * 6
ENGLISH = "The hospital reported a network intrusion and a leak of patient records last week, officials said. " * 6
HTML = "text/html; charset=utf-8"


def article(title: str, text: str = FRENCH, lang: str = "fr") -> bytes:
    return (
        f"<html lang='{lang}'><head><title>{title}</title><meta property='og:type' content='article'></head>"
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    ).encode()


# Typographic apostrophe, oe ligature and accents: bytes that differ between windows-1252 and latin-1/UTF-8.
CP1252_TEXT = "L’hôpital de Créteil a subi une cyberattaque : les données de cœur et d’état civil de patients ont fuité. " * 6
CP1252_PAGE = (
    "<html lang='fr'><head><title>Fuite à l’hôpital</title></head>"
    f"<body><article><h1>Fuite à l’hôpital</h1><p>{CP1252_TEXT}</p></article></body></html>"
).encode("cp1252")

MALFORMED = (
    # no </head>, unclosed and crossed tags, a truncated end tag
    "<html lang='fr'><head><title>Page cassée</title><body><div><article><p>" + FRENCH
    + "<p><b>gras <i>italique</b> fin</i><table><tr><td>cellule<div></span></p></div"
).encode()

BIG = 50 * 1024 * 1024
# 64 MiB of zeros: about 64 KiB on the wire, far past the 10 MiB cap once inflated.
GZIP_BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)

# The cases the hostile feed links to: path -> what the crawl must make of it.
ARTICLE_CASES = [
    "/a/ok/", "/a/not-found/", "/a/server-error/", "/a/slow-down/", "/a/hang/", "/a/loop/", "/a/huge/",
    "/a/malformed/", "/a/empty/", "/a/binary/", "/a/cp1252/", "/a/english/", "/prive/secret/",
    # redirects: off the domains, into the local network, to the trap port, a chain, a bad Location, a meta refresh
    "/a/redirect-off/", "/a/redirect-private/", "/a/redirect-trap/", "/a/chain-0/", "/a/redirect-bad-port/",
    "/a/redirect-bad-ipv6/", "/a/refresh-private/",
]
OFF_DOMAIN = ["http://example.org/a/ailleurs/"]
PRIVATE = ["http://127.0.0.1:9/a/autre-port/", "http://10.0.0.1/a/prive/", "http://192.168.1.1/a/box/", "http://localhost/a/local/"]
# A feed whose bad items (a port out of range, a broken IPv6 literal) sit between good ones.
BAD_ITEMS = ["http://127.0.0.1:99999/a/port/", "http://[::1/a/ipv6/"]


class Trap:
    """A loopback server on another port that nothing may ever reach: every request it gets is a leak."""

    def __init__(self) -> None:
        self.base = ""

    def handle(self, path: str, headers):
        return 200, {"Content-Type": HTML}, article("Piège")


class FaultSite:
    def __init__(self, trap: str = "http://127.0.0.1:9") -> None:
        self.trap = trap  # base URL of the Trap server
        self.base = ""  # set once the server is bound
        self.release = threading.Event()  # set at teardown: the hanging answer returns
        self._asked_to_slow_down = False
        self.hangs = 0  # requests for /a/hang/ received (the server logs a request once answered)

    def feed(self, urls: list[str]) -> bytes:
        items = "".join(f"<item><title>x</title><link>{u}</link></item>" for u in urls)
        return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>".encode()

    def handle(self, path: str, headers) -> tuple[int, dict, bytes] | None:
        base = self.base
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /prive/\n"
        if path == "/feed-bad-items/":
            return 200, {"Content-Type": "application/rss+xml"}, self.feed([base + "/a/before-bad/", *BAD_ITEMS, base + "/a/after-bad/"])
        if path == "/feed-ok/":
            return 200, {"Content-Type": "application/rss+xml"}, self.feed([base + "/a/ok/"])
        if path == "/feed/":
            return 200, {"Content-Type": "application/rss+xml"}, self.feed([base + p for p in ARTICLE_CASES] + OFF_DOMAIN + PRIVATE + [self.trap + "/a/lien-piege/"])
        if path == "/xxe.xml":
            body = (
                "<?xml version='1.0'?>\n"
                f"<!DOCTYPE rss [<!ENTITY probe SYSTEM '{base}/xxe-probe/'><!ENTITY host SYSTEM 'file:///etc/hostname'>]>\n"
                "<rss version='2.0'><channel><title>&host;</title>"
                f"<item><link>{base}/a/&probe;</link></item><item><link>&host;</link></item></channel></rss>"
            )
            return 200, {"Content-Type": "application/rss+xml"}, body.encode()
        if path == "/sitemap.xml.gz":
            return 200, {"Content-Type": "application/x-gzip"}, GZIP_BOMB
        return self.article(path)

    def article(self, path: str):
        if path in ("/a/ok/", "/a/before-bad/", "/a/after-bad/"):
            return 200, {"Content-Type": HTML}, article("Article sain" if path == "/a/ok/" else f"Article {path[3:-1]}")
        if path == "/a/redirect-off/":
            return 302, {"Location": "http://example.org/a/ailleurs-par-redirection/"}, b""
        if path == "/a/redirect-private/":
            return 301, {"Location": "http://10.0.0.1/a/routeur/"}, b""
        if path == "/a/redirect-trap/":
            return 307, {"Location": self.trap + "/a/vol/"}, b""
        if path.startswith("/a/chain-"):
            n = int(path.removeprefix("/a/chain-").strip("/"))
            return 302, {"Location": f"/a/chain-{n + 1}/"}, b""  # never ends: a chain, not a loop
        if path == "/a/redirect-bad-port/":
            return 302, {"Location": "http://127.0.0.1:99999/a/x/"}, b""
        if path == "/a/redirect-bad-ipv6/":
            return 302, {"Location": "http://[::1/a/x/"}, b""
        if path == "/a/refresh-private/":
            return 200, {"Content-Type": HTML}, b"<html><head><meta http-equiv='refresh' content='0;url=http://192.168.0.1/a/box/'></head><body></body></html>"
        if path == "/a/server-error/":
            return 500, {"Content-Type": "text/plain"}, b"Internal Server Error"
        if path == "/a/slow-down/":
            if not self._asked_to_slow_down:
                self._asked_to_slow_down = True
                return 429, {"Content-Type": "text/plain", "Retry-After": "1"}, b"Too Many Requests"
            return 200, {"Content-Type": HTML}, article("Article après attente")
        if path == "/a/hang/":
            self.hangs += 1
            self.release.wait(30)
            return 200, {"Content-Type": HTML}, article("Trop tard")
        if path == "/a/loop/":
            return 302, {"Location": "/a/loop-back/"}, b""
        if path == "/a/loop-back/":
            return 302, {"Location": "/a/loop/"}, b""
        if path == "/a/huge/":
            return 200, {"Content-Type": HTML}, b"<html><body>" + b"a" * BIG
        if path == "/a/malformed/":
            return 200, {"Content-Type": HTML}, MALFORMED
        if path == "/a/empty/":
            return 200, {"Content-Type": HTML}, b""
        if path == "/a/binary/":
            return 200, {"Content-Type": "application/octet-stream"}, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 40
        if path == "/a/cp1252/":
            return 200, {"Content-Type": "text/html"}, CP1252_PAGE  # no charset anywhere
        if path == "/a/english/":
            return 200, {"Content-Type": HTML}, article("Hospital breach", ENGLISH, lang="en")
        if path.startswith("/prive/"):
            return 200, {"Content-Type": HTML}, article("Secret")
        return None  # /a/not-found/ and anything else: 404


class RobotsRedirectSite:
    """A site whose robots.txt redirects to the trap: the redirect is refused, the site crawled as if allowed."""

    def __init__(self, trap: str) -> None:
        self.trap, self.base = trap, ""

    def handle(self, path: str, headers):
        if path == "/robots.txt":
            return 302, {"Location": self.trap + "/robots.txt"}, b""
        if path == "/feed/":
            items = f"<item><link>{self.base}/a/permis/</link></item>"
            return 200, {"Content-Type": "application/rss+xml"}, f"<rss version='2.0'><channel>{items}</channel></rss>".encode()
        if path == "/a/permis/":
            return 200, {"Content-Type": HTML}, article("Robots détourné")
        return None
