"""Reading WARC files, local or over HTTP(S), with FastWARC.

A location is a local path or an http(s) URL of a WARC file (.warc, .warc.gz,
compression detected from the bytes), or of a list of them, one per line (a
Common Crawl `warc.paths(.gz)` file, whose `crawl-data/...` lines are on
data.commoncrawl.org; other relative lines are relative to the list's folder).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from fastwarc.warc import ArchiveIterator, WarcRecordType

from healthbreach import __version__

COMMON_CRAWL = "https://data.commoncrawl.org/"
WARC_NAME = re.compile(r"\.(?:warc|arc)(?:\.(?:gz|zst|lz4))?$", re.I)
CC_NEWS_STAMP = re.compile(r"CC-NEWS-(\d{8})\d{6}-\d+\.warc", re.I)
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 10 * 1024 * 1024  # as DOWNLOAD_MAXSIZE for a crawl: a larger page is no article
USER_AGENT = f"healthbreach/{__version__} (+https://github.com/healthbreach/healthbreach; backfill)"


class LocationError(ValueError):
    """A WARC or list location that cannot be read."""


def is_url(location: str) -> bool:
    return urlsplit(location).scheme in ("http", "https")


def open_location(location: str, timeout: float = 60.0):
    """A binary stream of the file at a path or http(s) URL (read as it streams, never whole)."""
    scheme = urlsplit(location).scheme
    if scheme in ("http", "https"):
        request = urllib.request.Request(location, headers={"User-Agent": USER_AGENT})
        try:
            return urllib.request.urlopen(request, timeout=timeout)
        except OSError as exc:
            raise LocationError(f"{location}: cannot be fetched ({exc})") from None
    if scheme and len(scheme) > 1:
        raise LocationError(f"{location}: only local paths and http(s) URLs are read")
    try:
        return open(location, "rb")
    except OSError as exc:
        raise LocationError(f"{location}: cannot be read ({exc.strerror})") from None


def expand(arguments: list[str] | tuple[str, ...]) -> list[str]:
    """WARC_OR_LIST arguments to WARC locations, in order, each once."""
    locations: list[str] = []
    for arg in arguments:
        if WARC_NAME.search(urlsplit(arg).path if is_url(arg) else arg):
            if not is_url(arg) and not Path(arg).is_file():
                raise LocationError(f"{arg}: no such WARC file")
            locations.append(arg)
            continue
        with open_location(arg) as stream:
            data = stream.read(256 * 1024 * 1024)
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        base = arg if is_url(arg) else str(Path(arg).resolve())
        for line in data.decode("utf-8", "replace").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if is_url(line) or line.startswith("/"):
                locations.append(line)
            elif line.startswith("crawl-data/"):
                locations.append(COMMON_CRAWL + line)
            elif is_url(base):
                locations.append(urljoin(base, line))
            else:
                locations.append(str(Path(base).parent / line))
    return list(dict.fromkeys(locations))


def crawl_day(location: str) -> dt.date | None:
    """The day a CC-NEWS file was crawled, from its name (CC-NEWS-YYYYMMDDhhmmss-NNNNN.warc.gz)."""
    match = CC_NEWS_STAMP.search(location)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None


@dataclass
class WarcPage:
    url: str
    fetched_at: dt.datetime  # WARC-Date, naive UTC
    html: bytes
    charset: str | None


@dataclass
class ReadCounts:
    records: int = 0  # response records
    html: int = 0  # 200 HTML responses among them


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset=([\w.-]+)", content_type or "", re.I)
    return match.group(1).lower() if match else None


def html_pages(location: str, counts: ReadCounts) -> Iterator[WarcPage]:
    """The 200 HTML responses of a WARC file; other records are counted and passed over."""
    with open_location(location) as stream:
        source = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
        if source.peek(2)[:2] == b"\x1f\x8b":
            # Python's gzip reader raises EOFError on a truncated file (a cut download), where
            # FastWARC's own would end quietly and the file would look complete.
            source = gzip.GzipFile(fileobj=source)
        iterator = ArchiveIterator(source, record_types=WarcRecordType.response, parse_http=True, auto_decode="all")
        for record in iterator:
            counts.records += 1
            http = record.http_headers
            if http is None or http.status_code != 200:
                continue
            content_type = http.get("Content-Type") or ""
            if (record.http_content_type or "").lower() not in HTML_TYPES:
                continue
            url = record.headers.get("WARC-Target-URI") or ""
            if urlsplit(url).scheme not in ("http", "https"):
                continue
            body = record.reader.read(MAX_PAGE_BYTES + 1)
            if len(body) > MAX_PAGE_BYTES:
                continue
            counts.html += 1
            date = record.record_date
            fetched = (date.astimezone(dt.timezone.utc).replace(tzinfo=None) if date and date.tzinfo else date) or dt.datetime.utcnow()
            yield WarcPage(url=url, fetched_at=fetched, html=body, charset=_charset(content_type))
