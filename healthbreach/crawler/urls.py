"""Canonical article URLs: the key that makes an article stored once."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Campaign and analytics parameters that never change the page.
TRACKING_PARAMS = frozenset(
    "fbclid gclid dclid msclkid mc_cid mc_eid xtor at_medium at_campaign at_xtmedium at_xtsource ref cmp_id igshid".split()
)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, default port dropped, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


MAX_URL_LENGTH = 2083  # Scrapy's URLLENGTH_LIMIT, which drops longer links without an errback


def url_problem(url: str) -> str | None:
    """Why a link cannot be fetched as an http(s) URL, or None: one bad link is skipped, never its feed."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError as exc:  # "Port out of range 0-65535", "Invalid IPv6 URL", ...
        return f"bad URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return None  # mailto:, javascript:, ftp: links are off every source's domains, said as such
    if not parts.hostname:
        return "bad URL (no host)"
    if len(url) > MAX_URL_LENGTH:
        return f"bad URL (longer than {MAX_URL_LENGTH} characters)"
    return None
