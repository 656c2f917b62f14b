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


# Merged fields an incident has one value of: the first candidate is the incident's, the others compete
# with it. Every other merged list (victims, vendors, data types) holds values that stand together.
SINGLE_VALUED = ("incident_date", "records")


def _values(merged: dict[str, Any], key: str) -> list[str]:
    return [item["value"] for item in merged.get(key) or []]


def _candidates(merged: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every merged field given as a list of candidate values ({value, articles, ...}), in merged order."""
    return {
        key: items for key, items in merged.items()
        if isinstance(items, list) and items and all(isinstance(i, dict) and "value" in i for i in items)
    }


def competing(merged: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The values that lost to the incident's own, per single-valued field: {"records": [{value, unit, articles}]}."""
    fields = _candidates(merged)
    return {key: fields[key][1:] for key in SINGLE_VALUED if len(fields.get(key) or ()) > 1}


def victim_matches(query: str, victims: list[str]) -> bool:
    """Does the query name one of the victims? Accents and case ignored, 'CH' = 'centre hospitalier', acronyms."""
    folded = fold(query)
    return any(folded in fold(v) or same_victim(query, v) for v in victims)


_victim_matches = victim_matches

# Categories of victim, from the words of its name (folded); the first category one of its words has wins.
CATEGORIES: list[tuple[str, set[str]]] = [
    ("clinique", {"clinique", "cliniques", "polyclinique"}),
    ("EHPAD", {"ehpad", "maison de retraite"}),
    ("laboratoire ou imagerie", {"laboratoire", "laboratoires", "biologie", "imagerie", "radiologie"}),
    ("pharmacie", {"pharmacie", "pharmacies", "officine"}),
    ("assureur ou mutuelle", {"mutuelle", "assurance", "cpam", "caisse", "prevoyance", "complementaire"}),
    ("hôpital", {"ch", "chu", "chr", "chru", "chi", "chs", "hopital", "hopitaux", "hospitalier", "hospitaliere",
                 "aphp", "ap hp", "ght", "gh", "hospices"}),
]


def victim_category(victims: list[str]) -> str:
    """Hospital, clinic, lab or imaging, pharmacy, insurer, care home, else "autre", from the victims' names."""
    words = [f" {fold(v)} " for v in victims]
    for name, cues in CATEGORIES:
        if any(f" {cue} " in w for w in words for cue in cues):
            return name
    return "autre"


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
            "finess": inc.finess,
            "establishment_category": inc.establishment_category,
            "town": inc.town,
            "department": inc.department,
            "region": inc.region,
            "articles": list(merged.get("articles") or []),  # url, source, published, why it joined
            "competing": competing(merged),  # values other articles give for records, incident_date
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


# -- one incident, down to its evidence ---------------------------------------------------------------


def find_incident(session: Session, ref: str) -> list[str]:
    """Ids of the incidents `ref` designates: its full id, or a unique start ("inc-e18", "e18")."""
    ref = ref.strip()
    if session.get(Incident, ref) is not None:
        return [ref]
    prefix = ref if ref.startswith("inc-") else f"inc-{ref}"
    if len(prefix) <= len("inc-"):
        return []
    return sorted(session.scalars(select(Incident.id).where(Incident.id.startswith(prefix, autoescape=True))))


def highlight(text: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the supporting words text[start:end] sit inside their sentence, or None when they cannot be found."""
    if not sentence or end <= start:
        return None
    at = text.find(sentence, max(0, end - len(sentence)), start + len(sentence))
    if 0 <= at <= start and end <= at + len(sentence):
        return (start - at, end - at)
    words = text[start:end]
    found = sentence.find(words) if words else -1
    return (found, found + len(words)) if found >= 0 else None


def _evidence(article: Article) -> list[dict[str, Any]]:
    facts = sorted(article.facts, key=lambda f: (f.start, f.id))
    out = []
    for f in facts:
        if not f.sentence:
            continue  # page metadata (the publication date) has no sentence to show
        out.append({
            "field": f.field, "value": f.value, "unit": f.unit, "qualifier": f.qualifier, "rule": f.rule,
            "sentence": f.sentence, "span": [f.start, f.end],
            "highlight": list(span) if (span := highlight(article.text or "", f.sentence, f.start, f.end)) else None,
        })
    return out


def incident_detail(session: Session, incident_id: str) -> dict[str, Any] | None:
    """One incident: its merged facts (every candidate value with the articles that support it, numbered
    as in `articles`) and each article with its title, source, date and evidence sentences."""
    inc = session.get(Incident, incident_id)
    if inc is None:
        return None
    members = session.execute(
        select(Article, Source.name, IncidentArticle.reason)
        .join(IncidentArticle, IncidentArticle.article_id == Article.id)
        .join(Source, Source.id == Article.source_id)
        .where(IncidentArticle.incident_id == incident_id)
        .order_by(Article.published, Article.id)
    ).all()
    articles = []
    for n, (article, source, reason) in enumerate(members, 1):
        articles.append({
            "n": n, "article_id": article.id, "url": article.url, "title": article.title, "source": source,
            "published": article.published, "is_afp": bool(article.is_afp), "reason": reason,
            "evidence": _evidence(article),
        })
    number = {a["url"]: a["n"] for a in articles}
    merged = inc.merged or {}
    facts = {}
    for key, items in _candidates(merged).items():
        values = [{**item, "articles": [number[u] for u in item.get("articles") or [] if u in number]} for item in items]
        if key in SINGLE_VALUED:
            facts[key] = {"chosen": values[0], "competing": values[1:]}
        else:
            facts[key] = values
    return {
        "incident_id": inc.id,
        "victims": _values(merged, "victims"),
        "first_reported": inc.first_reported,
        "last_reported": inc.last_reported,
        "incident_date": inc.incident_date,
        "records": inc.records,
        "records_unit": inc.records_unit,
        "n_articles": inc.n_articles,
        "n_sources": inc.n_sources,
        "sources": list(merged.get("sources") or []),
        "facts": facts,
        "articles": articles,
    }
