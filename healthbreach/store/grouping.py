"""Incident grouping against the database: profile what changed, regroup what it touches.

An update, in one transaction:
  1. finds the articles whose profile is missing or stale (new, re-extracted,
     text changed, relevance lost) with one query that reads no text;
  2. (re)builds their profiles: the text is read only for an article never
     profiled or whose text changed; a re-extracted article keeps its signature;
  2b. stores the aliases their texts teach (name_aliases) and re-keys, from their
     stored profiles, the articles whose names' global aliases that changed;
  3. takes the region they can touch: their old incidents, the articles their
     lookup keys find (indexed `article_keys`), and those articles' incidents;
  4. groups the region (store/incidents.py) and writes only what differs.
Links depend on two articles only, and every article whose links may have
changed is in the region with its whole incident, so the result equals a
rebuild from the stored profiles.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from sqlalchemy import Engine, and_, case, delete, func, insert, not_, or_, select
from sqlalchemy.orm import Session

from healthbreach.store.incidents import GroupingStats, _chunks, group_profiles, write_groups
from healthbreach.store.identity import alias_map
from healthbreach.store.models import (
    Article,
    ArticleKey,
    ArticleProfile,
    Extraction,
    IncidentArticle,
    NameAlias,
    Source,
)
from healthbreach.store.profiles import (
    Profile,
    record_facts,
    sig_from_bytes,
    read_text,
    sig_to_bytes,
)

log = logging.getLogger("healthbreach.incidents")

NO_EXTRACTION = dt.datetime(1970, 1, 1)  # profile built from an article the extractor never saw


def _is_relevant():
    # The extractor's judgement, when there is one, supersedes the crawl-time relevance filter.
    return case((Extraction.article_id.is_not(None), Extraction.relevant), else_=Article.relevant)


def _pending(session: Session, article_ids: Iterable[int] | None) -> list:
    relevant = _is_relevant()
    stale = or_(
        ArticleProfile.article_id.is_(None),
        ArticleProfile.extracted_at.is_(None),
        ArticleProfile.extracted_at != func.coalesce(Extraction.extracted_at, NO_EXTRACTION),
        ArticleProfile.content_hash != Article.content_hash,
    )
    query = (
        select(Article.id, Article.url, Source.name, Article.published, Article.content_hash, relevant,
               Extraction.extracted_at, Extraction.record, ArticleProfile.article_id, ArticleProfile.content_hash)
        .join(Source, Source.id == Article.source_id)
        .outerjoin(Extraction, Extraction.article_id == Article.id)
        .outerjoin(ArticleProfile, ArticleProfile.article_id == Article.id)
        .where(or_(and_(relevant, stale), and_(not_(relevant), ArticleProfile.article_id.is_not(None))))
    )
    if article_ids is None:
        return list(session.execute(query))
    rows = []
    for chunk in _chunks(sorted(set(article_ids))):
        rows.extend(session.execute(query.where(Article.id.in_(chunk))))
    return rows


def _texts(session: Session, ids: list[int]) -> dict[int, str]:
    """The only place grouping reads article texts: articles never profiled, or whose text changed."""
    texts = {}
    for chunk in _chunks(ids):
        texts.update((i, t) for i, t in session.execute(select(Article.id, Article.text).where(Article.id.in_(chunk))))
    return texts


def profile_pending(session: Session, article_ids: Iterable[int] | None = None,
                    stats: GroupingStats | None = None) -> tuple[list[Profile], set[int]]:
    """(Re)build stale profiles and their keys; returns (new profiles, ids of articles no longer relevant)."""
    from healthbreach.store.registry import Linker

    stats = stats if stats is not None else GroupingStats()
    rows = _pending(session, article_ids)
    removed = {r[0] for r in rows if not r[5]}
    todo = [r for r in rows if r[5]]
    kept = {}
    keep_ids = [r[0] for r in todo if r[8] is not None and r[9] == r[4]]
    for chunk in _chunks(keep_ids):
        kept.update({p.article_id: (p.signature, p.text_facts) for p in session.scalars(
            select(ArticleProfile).where(ArticleProfile.article_id.in_(chunk)))})
    need_text = [r[0] for r in todo if r[0] not in kept]
    texts = _texts(session, need_text) if need_text else {}
    stats.texts_read += len(texts)
    linker = Linker(session)
    profiles = []
    for aid, url, source, published, chash, _rel, extracted_at, record, _pid, _phash in todo:
        if aid in kept:
            sig, tfacts = sig_from_bytes(kept[aid][0]), kept[aid][1]
        else:
            text = texts.get(aid) or ""
            sig, tfacts = read_text(text)
        profile = Profile(id=aid, url=url, source=source, published=published, content_hash=chash, sig=sig,
                          facts=record_facts(record), text_facts=tfacts)
        if linker.active and (numbers := linker.link(profile)):
            profile = Profile(id=aid, url=url, source=source, published=published, content_hash=chash, sig=sig,
                              facts={**profile.facts, "finess": numbers}, text_facts=tfacts)
        profile._extracted_at = extracted_at or NO_EXTRACTION
        profiles.append(profile)
    gone = sorted(removed | {p.id for p in profiles})
    rows = alias_rows(profiles)
    taught: set[str] = {r["key"] for r in rows}  # keys whose global aliases may change: taught before or now
    for chunk in _chunks(gone):
        taught.update(session.scalars(select(NameAlias.key).where(NameAlias.article_id.in_(chunk))))
    before = _alias_table(session, taught)
    for chunk in _chunks(gone):
        session.execute(delete(NameAlias).where(NameAlias.article_id.in_(chunk)))
        session.execute(delete(ArticleKey).where(ArticleKey.article_id.in_(chunk)))
        session.execute(delete(ArticleProfile).where(ArticleProfile.article_id.in_(chunk)))
    if profiles:
        connection = session.connection()  # core inserts: many rows, no ORM bookkeeping
        connection.execute(insert(ArticleProfile.__table__), [
            {"article_id": p.id, "url": p.url, "source": p.source, "published": p.published,
             "content_hash": p.content_hash, "signature": sig_to_bytes(p.sig), "extracted_at": p._extracted_at,
             "text_facts": p.text_facts, "facts": p.facts, "establishment": p.establishment}
            for p in profiles
        ])
        if rows:
            connection.execute(insert(NameAlias.__table__), rows)
        attach_aliases(session, profiles)
        connection.execute(insert(ArticleKey.__table__), [{"article_id": p.id, "key": k} for p in profiles
                                                          for k in sorted({k[:255] for k in p.stored_keys})])
    after = _alias_table(session, taught)
    stats.profiled += len(profiles)
    return profiles, removed, {k for k in taught if before.get(k) != after.get(k)}


def _alias_table(session: Session, keys: Iterable[str]) -> dict[str, frozenset[str]]:
    entries = []
    for chunk in _chunks(sorted(keys)):
        entries.extend(session.execute(select(NameAlias.key, NameAlias.alias, NameAlias.added).where(NameAlias.key.in_(chunk))))
    return alias_map(entries)


def alias_rows(profiles: Iterable[Profile]) -> list[dict]:
    """The name_aliases rows of these profiles (one per article, key and aliased identity)."""
    rows: dict[tuple[int, str, str], dict] = {}
    for p in profiles:
        for key, alias, added, name, alias_name in p.alias_entries:
            row = rows.setdefault((p.id, key[:255], alias[:255]), {
                "article_id": p.id, "key": key[:255], "alias": alias[:255], "added": set(), "name": name,
                "alias_name": alias_name})
            row["added"] |= {k[:255] for k in added}
    return [{**r, "added": sorted(r["added"])} for _k, r in sorted(rows.items())]


def attach_aliases(session: Session, profiles: list[Profile], everything: bool = False) -> None:
    """Give the profiles the global aliases of their names' keys (read from name_aliases)."""
    if everything:
        table = alias_map(session.execute(select(NameAlias.key, NameAlias.alias, NameAlias.added)))
    else:
        table = _alias_table(session, {k[:255] for p in profiles for k in p.base_keys})
    for p in profiles:
        for name in ("victim_keys", "vendor_keys", "stored_keys", "lookup_keys"):
            p.__dict__.pop(name, None)  # computed again with the aliases
        p.global_aliases = table


def load_profiles(session: Session, ids: Iterable[int] | None = None) -> list[Profile]:
    query = select(ArticleProfile.article_id, ArticleProfile.url, ArticleProfile.source, ArticleProfile.published,
                   ArticleProfile.content_hash, ArticleProfile.signature, ArticleProfile.facts, ArticleProfile.text_facts)
    rows = []
    if ids is None:
        rows = list(session.execute(query))
    else:
        for chunk in _chunks(sorted(set(ids))):
            rows.extend(session.execute(query.where(ArticleProfile.article_id.in_(chunk))))
    return [Profile(id=a, url=u, source=s, published=p, content_hash=h, sig=sig_from_bytes(sig), facts=f or {},
                    text_facts=t or {}) for a, u, s, p, h, sig, f, t in rows]


def _members_of_incidents_of(session: Session, article_ids: Iterable[int]) -> set[int]:
    incidents: set[str] = set()
    for chunk in _chunks(sorted(set(article_ids))):
        incidents.update(session.scalars(select(IncidentArticle.incident_id).where(IncidentArticle.article_id.in_(chunk))))
    members: set[int] = set()
    for chunk in _chunks(sorted(incidents)):
        members.update(session.scalars(select(IncidentArticle.article_id).where(IncidentArticle.incident_id.in_(chunk))))
    return members


def _found_by(session: Session, keys: set[str]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(k[:255] for k in keys)):
        found.update(session.scalars(select(ArticleKey.article_id).where(ArticleKey.key.in_(chunk)).distinct()))
    return found


def _totals(session: Session, stats: GroupingStats) -> GroupingStats:
    from healthbreach.store.models import Incident

    stats.articles = session.scalar(select(func.count()).select_from(ArticleProfile)) or 0
    stats.incidents = session.scalar(select(func.count()).select_from(Incident)) or 0
    return stats


def _merge_stats(into: GroupingStats, written: GroupingStats) -> GroupingStats:
    for name in ("created", "updated", "deleted", "moved"):
        setattr(into, name, getattr(into, name) + getattr(written, name))
    return into


def update(engine: Engine, article_ids: Iterable[int] | None = None) -> GroupingStats:
    stats = GroupingStats()
    with Session(engine) as session, session.begin():
        profiles, removed, retaught = profile_pending(session, article_ids, stats)
        # Articles whose names' global aliases changed get their keys again (no text read).
        profiles += rekey(session, _found_by(session, retaught) - {p.id for p in profiles} - removed) if retaught else []
        if not profiles and not removed:
            return _totals(session, stats)
        changed = {p.id for p in profiles}
        fresh = {p.id: p for p in profiles}
        total = session.scalar(select(func.count()).select_from(ArticleProfile)) or 0
        full = len(changed) * 5 >= total
        if full:
            # Most of the archive changed (a first grouping): the region is all of it.
            region = set(session.scalars(select(ArticleProfile.article_id)))
            region |= set(session.scalars(select(IncidentArticle.article_id)))
        else:
            lookups = set().union(*(p.lookup_keys for p in profiles)) if profiles else set()
            candidates = _found_by(session, lookups) if lookups else set()
            region = changed | candidates | _members_of_incidents_of(session, changed | removed | candidates)
        region -= removed
        others = load_profiles(session, region - set(fresh))
        attach_aliases(session, others, everything=full)
        members = list(fresh.values()) + others
        stats.regrouped = len(members)
        groups = group_profiles(members)
        _merge_stats(stats, write_groups(session, groups, scope=None if full else region | removed))
        log.debug("incidents: %d profiled, %d regrouped, %d texts read", stats.profiled, stats.regrouped, stats.texts_read)
        return _totals(session, stats)


def rebuild(engine: Engine, reprofile: bool = False) -> GroupingStats:
    """Group every relevant article again; with `reprofile`, profiles are rebuilt from the texts first."""
    stats = GroupingStats()
    with Session(engine) as session, session.begin():
        if reprofile:
            session.execute(delete(NameAlias))
            session.execute(delete(ArticleKey))
            session.execute(delete(ArticleProfile))
        profile_pending(session, None, stats)
        profiles = load_profiles(session)
        attach_aliases(session, profiles, everything=True)
        stats.regrouped = len(profiles)
        _merge_stats(stats, write_groups(session, group_profiles(profiles), scope=None))
        return _totals(session, stats)


def rekey(session: Session, ids: set[int]) -> list[Profile]:
    """Store again the keys of these profiles (their global aliases changed); returns the profiles."""
    if not ids:
        return []
    profiles = load_profiles(session, ids)
    attach_aliases(session, profiles)
    for chunk in _chunks(sorted(ids)):
        session.execute(delete(ArticleKey).where(ArticleKey.article_id.in_(chunk)))
    session.connection().execute(insert(ArticleKey.__table__), [
        {"article_id": p.id, "key": k} for p in profiles for k in sorted({k[:255] for k in p.stored_keys})])
    return profiles


def refresh_keys(session: Session) -> int:
    """Mark every profile for rebuilding from its stored facts (after a registry import); no text is read."""
    from sqlalchemy import update as sql_update

    return session.execute(sql_update(ArticleProfile).values(extracted_at=None)).rowcount
