"""Sources are data: sources.toml declares them, this module reads and checks them.

A source is a pydantic model: each key of a source table is one typed field
below (add a key by adding one line), checked strictly: a string where a list
is expected is an error, never split into characters. Every problem in a file
is reported, one line each, naming the source, the key and what was expected:

    sources.toml: source 'x': domains: expected a list of strings, got the string '127.0.0.1:8080'
"""

from __future__ import annotations

import functools
import ipaddress
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, ValidationError, ValidationInfo, field_validator, model_validator


class SourceError(ValueError):
    """A source declaration is invalid, or a source name is unknown; one problem per line."""

    def __init__(self, problems: str | list[str]):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", re.I)


def check_domain(value: str) -> str:
    """'example.org', 'example.org:8080', '127.0.0.1:8080' or '[::1]:8080'; no scheme, path or wildcard."""
    host, port = value, ""
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d+))?|([^:\[\]]+)(?::(\d+))?", value)
    ok = bool(match)
    if match:
        host, port = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if match.group(1):
            try:
                ipaddress.IPv6Address(host)
            except ValueError:
                ok = False
        ok = ok and (bool(match.group(1)) or bool(HOST.fullmatch(host))) and (not port or 0 < int(port) < 65536)
    if not ok:
        raise ValueError(f"expected a host name such as 'example.org' or '127.0.0.1:8080' (no scheme, path or wildcard), got {value!r}")
    return value


def check_http_url(value: str) -> str:
    """An absolute http(s) URL with a host and a valid port."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError as exc:
        raise ValueError(f"expected an http(s) URL, got {value!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"expected an absolute http(s) URL, got {value!r}")
    return value


Domain = Annotated[StrictStr, AfterValidator(check_domain)]
URL = Annotated[StrictStr, AfterValidator(check_http_url)]

# The keys that say where articles are discovered: a source needs at least one.
DISCOVERY_FIELDS = ("feeds", "sitemaps", "listings")


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class SourceSpec(BaseModel):
    """One source: a [name] table of sources.toml. One line per key."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: StrictStr = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    domains: tuple[Domain, ...] = Field(min_length=1)
    article_pattern: StrictStr  # a news index, which lists articles of any outlet, gets "." when it gives none
    feeds: tuple[URL, ...] = ()
    sitemaps: tuple[URL, ...] = ()
    listings: tuple[URL, ...] = ()
    description: StrictStr = ""
    partner: StrictBool = False
    enabled: StrictBool = True
    max_listing_pages: StrictInt = Field(default=5, ge=1, le=1000)
    # Where the feed / sitemap / listing URLs were seen (a public reference), and one article URL the pattern takes.
    seen_in: StrictStr = ""
    example: StrictStr = ""
    # A news index asked for articles from any outlet (crawler/newsindex.py): "gdelt" or "google-news".
    news_index: StrictStr = ""
    queries: tuple[StrictStr, ...] = ()
    timespan: StrictStr = ""
    index_url: StrictStr = ""  # the index's endpoint, when not its public one (a mirror, a test server)

    @field_validator("article_pattern")
    @classmethod
    def _regex_compiles(cls, value: str) -> str:
        try:
            _compiled(value)
        except re.error as exc:
            raise ValueError(f"expected a regular expression, got {value!r} ({exc})") from None
        return value

    @field_validator(*DISCOVERY_FIELDS)
    @classmethod
    def _on_own_domains(cls, urls: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        domains = info.data.get("domains")
        if domains:  # when domains is itself invalid, that is the error said
            for url in urls:
                if not owns(domains, url):
                    raise ValueError(f"{url!r} is not on the source's domains ({', '.join(domains)}): it would never be fetched")
        return urls

    @model_validator(mode="before")
    @classmethod
    def _index_takes_any_article(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("news_index") and "article_pattern" not in data:
            return {**data, "article_pattern": "."}
        return data

    @model_validator(mode="after")
    def _discovers_something(self) -> SourceSpec:
        if self.news_index:
            from healthbreach.crawler.newsindex import check_index_source

            try:
                check_index_source(self)
            except SourceError as exc:
                raise ValueError(str(exc).split(": ", 1)[-1]) from None
            return self
        if not any(getattr(self, key) for key in DISCOVERY_FIELDS):
            raise ValueError(f"no {', '.join(DISCOVERY_FIELDS[:-1])} or {DISCOVERY_FIELDS[-1]} to discover articles from")
        return self

    @classmethod
    def from_dict(cls, name: str, data: dict, origin: str = "sources") -> SourceSpec:
        """A spec from a table's data; SourceError with one line per problem."""
        try:
            return cls.model_validate({**data, "name": name} if isinstance(data, dict) else data)
        except ValidationError as exc:
            raise SourceError([f"{origin}: source {name!r}: {problem}" for problem in describe_errors(exc)]) from None

    def owns(self, url: str) -> bool:
        """Is the URL on one of the source's domains? A domain with a port matches that port only."""
        return owns(self.domains, url)

    def is_article(self, url: str) -> bool:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.owns(url) and bool(_compiled(self.article_pattern).search(path))

    def to_dict(self) -> dict:
        """The declaration as data again (from_dict(name, to_dict()) gives an equal spec)."""
        return self.model_dump(mode="json", exclude={"name"})

    def to_config(self) -> dict:
        return {
            "description": self.description,
            "feeds": list(self.feeds),
            "sitemaps": list(self.sitemaps),
            "listings": list(self.listings),
            "article_pattern": self.article_pattern,
            "partner": self.partner,
        }


def owns(domains: tuple[str, ...], url: str) -> bool:
    """Is the URL on one of these domains (or their subdomains)? A domain with a port matches that port only."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port out of range, a broken IPv6 literal: owned by nobody
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    host = parts.hostname.lower()
    for domain in domains:
        dhost, dport = domain.lower(), ""
        if dhost.startswith("["):
            dhost, _, rest = dhost[1:].partition("]")
            dport = rest.removeprefix(":")
        else:
            dhost, _, dport = dhost.partition(":")
        if dport and str(port) != dport:
            continue
        if host == dhost or host.endswith("." + dhost):
            return True
    return False


# pydantic error type -> what was expected, in the words of a sources file.
EXPECTED = {
    "tuple_type": "a list of strings",
    "list_type": "a list",
    "string_type": "a string",
    "bool_type": "true or false",
    "int_type": "an integer",
    "dict_type": "a table",
    "model_type": "a [name] table",
}
# The form of each list key, shown when a string was given instead of a list.
LIST_EXAMPLES = {"domains": '["example.org"]'}
TOML_TYPES = {str: "the string", bool: "the boolean", int: "the integer", float: "the number", list: "the list", dict: "a table", tuple: "the list"}


def got(value: Any) -> str:
    """How a TOML value is named in an error line: 'the string '127.0.0.1:8080''."""
    kind = next((name for t, name in TOML_TYPES.items() if type(value) is t), f"a {type(value).__name__}")
    if isinstance(value, dict):
        return "a table"
    shown = repr(value)
    return f"{kind} {shown if len(shown) <= 60 else shown[:57] + '...'}"


def describe_errors(exc: ValidationError) -> list[str]:
    """Each pydantic error as 'key: expected X, got Y' (or the validator's own words)."""
    known = ", ".join(k for k in SourceSpec.model_fields if k != "name")
    problems = []
    errors = exc.errors(include_url=False)
    item_errors = {e["loc"][0] for e in errors if len(e["loc"]) > 1}
    for error in errors:
        if error["type"] == "too_short" and error["loc"][0] in item_errors:
            continue  # "at least 1 item" after every item was refused: the items' errors say it
        loc = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"]).lstrip(".")
        kind = error["type"]
        if kind == "extra_forbidden":
            what = f"unknown key (known keys: {known})"
        elif kind == "value_error":
            what = str(error["ctx"]["error"]) if "ctx" in error else error["msg"]
        elif kind == "missing":
            what = "required key missing"
        elif kind in EXPECTED:
            example = " such as " + LIST_EXAMPLES.get(loc, '["https://example.org/feed/"]') if kind == "tuple_type" else ""
            what = f"expected {EXPECTED[kind]}{example}, got {got(error['input'])}"
        else:  # ranges, lengths, patterns: pydantic's own words
            what = f"{error['msg'][0].lower()}{error['msg'][1:]}, got {got(error['input'])}"
        problems.append(f"{loc}: {what}" if loc else what)
    return problems


def parse_sources(text: str | bytes, origin: str = "sources.toml") -> dict[str, SourceSpec]:
    """Every source of a sources.toml text; SourceError listing every problem, one line each."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = text[:exc.start].count(b"\n") + 1
            raise SourceError(f"{origin}: not UTF-8 text (byte {text[exc.start]:#04x} on line {line}); save the file as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{origin}: not valid TOML ({exc})") from None
    specs, problems = {}, []
    for name, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(f"{origin}: top-level key {name!r} = {got(entry).split(' ', 2)[-1]} is not a source: each source is a [name] table")
            continue
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
            problems.append(f"{origin}: source {name!r}: expected a name of letters, digits, '-', '_' or '.'")
            continue
        try:
            specs[name] = SourceSpec.from_dict(name, entry, origin)
        except SourceError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SourceError(problems)
    return specs


def load_sources_file(path: Path) -> dict[str, SourceSpec]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the sources file ({exc.strerror or exc})") from None
    return parse_sources(data, str(path))


def builtin_sources() -> dict[str, SourceSpec]:
    return parse_sources(resources.files(__package__).joinpath("sources.toml").read_bytes())


def select_sources(names: list[str] | tuple[str, ...] | None, available: dict[str, SourceSpec] | None = None) -> list[SourceSpec]:
    """The named sources, or every enabled one; an unknown name is an error."""
    available = builtin_sources() if available is None else available
    if not names:
        return [s for s in available.values() if s.enabled]
    unknown = [n for n in names if n not in available]
    if unknown:
        raise SourceError(f"unknown source {', '.join(map(repr, unknown))} (known: {', '.join(available)})")
    return [available[n] for n in names]
