"""SQLAlchemy 2.0 typed models. The same schema serves SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[Any]: JSON}


class Source(Base):
    """A news source as declared in crawler/sources.toml (or the demo's)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    domains: Mapped[list[str]] = mapped_column(default=list)
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)

    articles: Mapped[list[Article]] = relationship(back_populates="source")


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # running | finished | interrupted | failed
    status: Mapped[str] = mapped_column(String(20), default="running")
    sources: Mapped[list[str]] = mapped_column(default=list)
    since: Mapped[dt.date | None] = mapped_column(Date)
    pages_fetched: Mapped[int] = mapped_column(default=0)
    new_articles: Mapped[int] = mapped_column(default=0)
    known_articles: Mapped[int] = mapped_column(default=0)
    relevant: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)
    # error kind -> count, and per-source reasons for sources never reached
    error_kinds: Mapped[dict[str, Any]] = mapped_column(default=dict)
    message: Mapped[str | None] = mapped_column(Text)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)  # canonical URL
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    sitename: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    language: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    html_gz: Mapped[bytes] = mapped_column(LargeBinary)  # the raw page, gzip-compressed
    content_hash: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of the text
    is_afp: Mapped[bool] = mapped_column(Boolean, default=False)
    afp_byline: Mapped[str | None] = mapped_column(Text)
    relevant: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    relevance_terms: Mapped[list[str]] = mapped_column(default=list)

    source: Mapped[Source] = relationship(back_populates="articles")
    extraction: Mapped[Extraction | None] = relationship(back_populates="article", cascade="all, delete-orphan")
    facts: Mapped[list[Fact]] = relationship(back_populates="article", cascade="all, delete-orphan")


class Extraction(Base):
    """The summary of one article's extraction, and which extractor made it."""

    __tablename__ = "extractions"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    extractor_version: Mapped[str] = mapped_column(String(40))
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    relevant: Mapped[bool] = mapped_column(Boolean)
    record: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the SCHEMA.md object, evidence left out

    article: Mapped[Article] = relationship(back_populates="extraction")


class Fact(Base):
    """One extracted value with the sentence and character span that support it."""

    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("article_id", "field", "value", "start", name="uq_fact"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(40), index=True)
    value: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(40))
    qualifier: Mapped[str | None] = mapped_column(String(40))
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(100))

    article: Mapped[Article] = relationship(back_populates="facts")


class Incident(Base):
    """One breach as reported by one or more articles (see store/incidents.py).

    The id is derived from the URL of the earliest article of the group, so it
    does not change when later articles join and a rebuild finds it again.
    The text columns (victims, sources, urls, ...) are display forms, "; "- or
    space-joined, so the analyst views need no dialect-specific aggregation;
    `merged` holds the same values as lists, with the articles supporting each.
    """

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seed_url: Mapped[str] = mapped_column(String(2048))
    victims: Mapped[str | None] = mapped_column(Text)
    vendors: Mapped[str | None] = mapped_column(Text)
    first_reported: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_reported: Mapped[dt.date | None] = mapped_column(Date)
    incident_date: Mapped[str | None] = mapped_column(String(10))  # YYYY-MM-DD, YYYY-MM or YYYY
    incident_date_precision: Mapped[str | None] = mapped_column(String(5))  # day | month | year
    records: Mapped[int | None] = mapped_column(BigInteger)
    records_unit: Mapped[str | None] = mapped_column(String(40))
    data_types: Mapped[str | None] = mapped_column(Text)
    # How it happened (store/incident_facts.py): a JSON array of attack-type codes, the best-supported
    # threat actor, whether care was disrupted (null: not said).
    attack_types: Mapped[str | None] = mapped_column(Text)
    threat_actor: Mapped[str | None] = mapped_column(String(200), index=True)
    care_disrupted: Mapped[bool | None] = mapped_column(Boolean)
    n_articles: Mapped[int] = mapped_column(Integer, default=0)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    sources: Mapped[str | None] = mapped_column(Text)
    urls: Mapped[str | None] = mapped_column(Text)
    merged: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The victim's establishment in the FINESS registry, when one is imported and the victim was linked.
    finess: Mapped[str | None] = mapped_column(String(9), index=True)
    establishment_category: Mapped[str | None] = mapped_column(Text)
    town: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(3))
    region: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    members: Mapped[list[IncidentArticle]] = relationship(back_populates="incident", cascade="all, delete-orphan")


class IncidentArticle(Base):
    """Which incident an article belongs to: at most one per article."""

    __tablename__ = "incident_articles"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    # why the article joined: seed | copy | match
    reason: Mapped[str] = mapped_column(String(10))

    incident: Mapped[Incident] = relationship(back_populates="members")


class Lock(Base):
    """A lease that keeps one crawl or nightly run per database (see store/lock.py).

    A row exists while a holder has the lease; `token` tells its holder from
    any other, `expires_at` is pushed forward by the holder's heartbeat, so a
    holder that died on another host stops blocking once it has passed.
    """

    __tablename__ = "locks"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    command: Mapped[str] = mapped_column(String(40))
    acquired_at: Mapped[dt.datetime] = mapped_column(DateTime)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FailedURL(Base):
    """An article URL that failed or was dropped, retried on later runs with growing back-off (store/failures.py)."""

    __tablename__ = "failed_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)  # canonical URL
    source: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))  # the error kind of the last failure, e.g. timeout, http_500
    reason: Mapped[str] = mapped_column(Text)  # the last failure's line, e.g. "no answer within 30 s after 2 attempts"
    runs: Mapped[int] = mapped_column(Integer, default=1)  # runs in a row it failed in
    first_failed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_failed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # None: given up


class WarcFile(Base):
    """One WARC file a backfill read (see healthbreach/backfill): done files are skipped on a rerun.

    A row is written when a file is finished, in the same database as its
    articles; a file whose worker was killed has no `done` row and is read
    again, its already-stored articles skipped by their unique URL.
    """

    __tablename__ = "warc_files"

    location: Mapped[str] = mapped_column(String(2048), primary_key=True)  # path or URL, as given
    status: Mapped[str] = mapped_column(String(20), default="done")  # done | failed
    records: Mapped[int] = mapped_column(Integer, default=0)  # WARC response records read
    kept: Mapped[int] = mapped_column(Integer, default=0)  # French HTML records that passed the gate
    stored: Mapped[int] = mapped_column(Integer, default=0)  # new articles
    relevant: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    finished_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ArticleProfile(Base):
    """What incident grouping keeps of one relevant article, so it never reads the text again.

    Built once from the article's text (MinHash signature, aliases the text
    teaches, names it mentions) and its extraction record (victims, dates,
    counts...); rebuilt from the record alone when the article is re-extracted.
    See store/profiles.py.
    """

    __tablename__ = "article_profiles"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str] = mapped_column(String(2048))
    source: Mapped[str] = mapped_column(String(100))
    published: Mapped[dt.date | None] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # MinHash hash values, uint32 little-endian
    extracted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # the extraction it was built from
    text_facts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # aliases, mentions: from the text
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # victims, vendors, dates, counts...: from the record
    establishment: Mapped[str | None] = mapped_column(String(9))  # FINESS number of the victim, when known


class ArticleKey(Base):
    """One indexed key of an article profile (see store/identity.py for the key families)."""

    __tablename__ = "article_keys"

    article_id: Mapped[int] = mapped_column(ForeignKey("article_profiles.article_id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True, index=True)


class NameAlias(Base):
    """An alias an article's text teaches, applied to every article (see store/identity.py, alias_entries):
    the identity key `key` also stands for the keys `added`, e.g. "n:chsf" for the expansion's keys,
    or a named hospital's name key for its town's weak key (q:). `alias` is the aliased identity; a key
    taught two different aliases (two towns for one hospital name) is ambiguous and expands to nothing."""

    __tablename__ = "name_aliases"

    article_id: Mapped[int] = mapped_column(ForeignKey("article_profiles.article_id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True, index=True)
    alias: Mapped[str] = mapped_column(String(255), primary_key=True)
    added: Mapped[list[str]] = mapped_column(default=list)
    name: Mapped[str] = mapped_column(Text)  # the names as the article writes them
    alias_name: Mapped[str] = mapped_column(Text)


class Establishment(Base):
    """A health establishment of the FINESS registry (`healthbreach registry import`)."""

    __tablename__ = "establishments"

    finess: Mapped[str] = mapped_column(String(9), primary_key=True)  # nofinesset
    legal_entity: Mapped[str | None] = mapped_column(String(9))  # nofinessej
    name: Mapped[str] = mapped_column(Text)  # rs
    long_name: Mapped[str | None] = mapped_column(Text)  # rslongue
    category_code: Mapped[str | None] = mapped_column(String(10))  # categetab
    category: Mapped[str | None] = mapped_column(Text)  # libcategetab
    town: Mapped[str | None] = mapped_column(Text)  # from ligneacheminement ("01440 VIRIAT")
    postcode: Mapped[str | None] = mapped_column(String(10))
    department: Mapped[str | None] = mapped_column(String(3))
    department_name: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)


class EstablishmentKey(Base):
    """Name, acronym and kind-and-town keys of an establishment, for linking victims."""

    __tablename__ = "establishment_keys"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    finess: Mapped[str] = mapped_column(ForeignKey("establishments.finess", ondelete="CASCADE"), primary_key=True, index=True)
