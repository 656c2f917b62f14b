"""Read-side queries for the terminal, the exports and the report.

Rows are plain dicts with Python types (dates as date, lists as list), so each
consumer formats them its own way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthbreach.store import incident_facts
from healthbreach.store.incidents import same_victim
from healthbreach.textfold import fold_words as fold
from healthbreach.store.models import Article, CrawlRun, Extraction, Fact, Incident, IncidentArticle, Source


def _values(merged: dict[str, Any], key: str) -> list[str]:
    return [item["value"] for item in merged.get(key) or []]


def _victim_matches(query: str, victims: list[str]) -> bool:
    folded = fold(query)
    return any(folded in fold(v) or same_victim(query, v) for v in victims)


def incident_rows(
    session: Session,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    victim: str | None = None,
    min_records: int | None = None,
) -> list[dict[str, Any]]:
    """Incidents, most recently first reported first; filters on first_reported, victim name, records."""
    stmt = select(Incident)
    if since:
        stmt = stmt.where(Incident.first_reported >= since)
    if until:
        stmt = stmt.where(Incident.first_reported <= until)
    if min_records is not None:
        stmt = stmt.where(Incident.records >= min_records)
    rows = []
    for inc in session.scalars(stmt):
        merged = inc.merged or {}
        victims = _values(merged, "victims")
        if victim and not _victim_matches(victim, victims):
            continue
        rows.append({
            "incident_id": inc.id,
            "victims": victims,
            "vendors": _values(merged, "vendors"),
            "first_reported": inc.first_reported,
            "last_reported": inc.last_reported,
            "incident_date": inc.incident_date,
            "incident_date_precision": inc.incident_date_precision,
            "records": inc.records,
            "records_unit": inc.records_unit,
            "data_types": sorted(_values(merged, "data_types")),
            **incident_facts.row_values(inc),  # attack_types, threat_actor, care_disrupted
            "n_articles": inc.n_articles,
            "n_sources": inc.n_sources,
            "sources": list(merged.get("sources") or []),
            "urls": [a["url"] for a in merged.get("articles") or []],
            "articles": list(merged.get("articles") or []),  # url, source, published, why it joined
        })
    rows.sort(key=lambda r: (r["first_reported"] or dt.date.min, r["incident_id"]), reverse=True)
    return rows


def _published_window(stmt, since: dt.date | None, until: dt.date | None):
    if since:
        stmt = stmt.where(Article.published >= since)
    if until:
        stmt = stmt.where(Article.published <= until)
    return stmt


def article_rows(
    session: Session, *, since: dt.date | None = None, until: dt.date | None = None, with_text: bool = False
) -> list[dict[str, Any]]:
    cols = [Article, Source.name, Extraction, IncidentArticle.incident_id]
    stmt = (
        select(*cols)
        .join(Source, Source.id == Article.source_id)
        .outerjoin(Extraction, Extraction.article_id == Article.id)
        .outerjoin(IncidentArticle, IncidentArticle.article_id == Article.id)
        .order_by(Article.published, Article.id)
    )
    rows = []
    for article, source, extraction, incident in session.execute(_published_window(stmt, since, until)):
        record = extraction.record if extraction else {}
        row = {
            "article_id": article.id,
            "url": article.url,
            "source": source,
            "title": article.title,
            "author": article.author,
            "published": article.published,
            "fetched_at": article.fetched_at,
            "is_afp": bool(article.is_afp),
            "relevant": bool(article.relevant),
            "extractor_version": extraction.extractor_version if extraction else None,
            "extraction_relevant": bool(extraction.relevant) if extraction else None,
            "incident_id": incident,
            "victims": list(record.get("victims") or []),
            "vendors": list(record.get("vendors") or []),
            "incident_date": record.get("incident_date"),
            "records": record.get("records"),
            "records_unit": record.get("records_unit"),
            "data_types": list(record.get("data_types") or []),
            **incident_facts.record_values(record),  # attack_types, threat_actor, care_disrupted
        }
        if with_text:
            row["text"] = article.text
        rows.append(row)
    return rows


def fact_rows(session: Session, *, since: dt.date | None = None, until: dt.date | None = None) -> list[dict[str, Any]]:
    stmt = (
        select(Fact, Article.url, Article.published, Source.name, IncidentArticle.incident_id, Extraction.extractor_version)
        .join(Article, Article.id == Fact.article_id)
        .join(Source, Source.id == Article.source_id)
        .outerjoin(Extraction, Extraction.article_id == Article.id)
        .outerjoin(IncidentArticle, IncidentArticle.article_id == Article.id)
        .order_by(Article.published, Article.id, Fact.start, Fact.id)
    )
    return [
        {
            "fact_id": f.id, "article_id": f.article_id, "incident_id": incident, "url": url, "source": source,
            "published": published, "field": f.field, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
            "sentence": f.sentence, "span_start": f.start, "span_end": f.end, "rule": f.rule,
            "extractor_version": version,
        }
        for f, url, published, source, incident, version in session.execute(_published_window(stmt, since, until))
    ]


def extractor_versions(session: Session, article_ids: list[int] | None = None) -> list[str]:
    stmt = select(Extraction.extractor_version).distinct()
    if article_ids is None:
        return sorted(v for v in session.scalars(stmt) if v)
    found: set[str] = set()
    for i in range(0, len(article_ids), 1000):  # stay under the drivers' bound-parameter limits
        found.update(session.scalars(stmt.where(Extraction.article_id.in_(article_ids[i : i + 1000]))))
    return sorted(v for v in found if v)


def crawl_window(session: Session) -> dict[str, Any]:
    """When the stored articles were crawled and what dates they carry."""
    first_run, last_run = session.execute(select(func.min(CrawlRun.started_at), func.max(CrawlRun.finished_at))).one()
    first_fetch, last_fetch = session.execute(select(func.min(Article.fetched_at), func.max(Article.fetched_at))).one()
    oldest, newest = session.execute(select(func.min(Article.published), func.max(Article.published))).one()
    return {
        "crawled_from": first_run or first_fetch, "crawled_to": last_run or last_fetch,
        "published_from": oldest, "published_to": newest,
        "crawl_runs": session.scalar(select(func.count()).select_from(CrawlRun)),
    }


def stats(session: Session) -> dict[str, Any]:
    """Counts for `healthbreach stats` and the report."""
    incidents = incident_rows(session)
    by_month = Counter(r["first_reported"].strftime("%Y-%m") for r in incidents if r["first_reported"])
    undated = sum(1 for r in incidents if not r["first_reported"])
    per_source = session.execute(
        select(Source.name, func.count(Article.id), func.count(IncidentArticle.article_id))
        .join(Article, Article.source_id == Source.id, isouter=True)
        .join(IncidentArticle, IncidentArticle.article_id == Article.id, isouter=True)
        .group_by(Source.name)
        .order_by(Source.name)
    ).all()
    by_type = Counter(t for r in incidents for t in r["data_types"])
    return {
        "incidents": len(incidents),
        "articles": session.scalar(select(func.count()).select_from(Article)),
        "by_month": dict(sorted(by_month.items())),
        "undated": undated,
        "by_source": [{"source": s, "articles": a, "in_incidents": i} for s, a, i in per_source],
        "by_data_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        **incident_facts.counts(incidents),  # by_attack_type, by_actor, by_care
    }
