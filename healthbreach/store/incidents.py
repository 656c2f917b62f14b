"""Grouping articles that report the same breach into incidents.

Two articles belong to one incident when
  * they are copies of one dispatch (same text hash, or word-shingle Jaccard
    >= COPY_JACCARD on their first COPY_WORDS words) - always, even when the
    extractor found no victim; or
  * they name the same victim after normalisation (accents, case, "CH" ->
    "centre hospitalier", acronym <-> expansion), their dates fall within
    WINDOW_DAYS of the incident's reports (or their incident dates agree), and
    their record counts are within RECORDS_RATIO of each other.

The grouping is a pure function of the stored articles: articles are taken in
(published, id) order and each joins the best matching incident built so far
or starts a new one. `update_incidents` recomputes that grouping and writes
only what differs from the stored one, so an update after any crawl or
extraction and a rebuild from scratch always give the same groups and ids.
An incident's id is derived from the URL of its earliest article, hence stable
when later articles join it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from healthbreach.store import incident_facts
from healthbreach.store.models import Article, Extraction, Incident, IncidentArticle, Source, utcnow
from healthbreach.textfold import fold_words

WINDOW_DAYS = 45  # follow-ups of one breach usually appear within weeks of the first report
DAY_TOLERANCE = dt.timedelta(days=14)  # attack, detection and disclosure of one breach fall within days
RECORDS_RATIO = 10.0  # first estimates and final counts differ, but not by orders of magnitude
COPY_WORDS = 400
COPY_SHINGLE = 5
COPY_JACCARD = 0.8

# -- victim names -----------------------------------------------------------

STOPWORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "sous", "lez"}
# Abbreviations spelled out before comparing, so "CH de X" meets "centre hospitalier de X".
ABBREVIATIONS = {
    "ch": "centre hospitalier",
    "chu": "centre hospitalier universitaire",
    "chr": "centre hospitalier regional",
    "chru": "centre hospitalier regional universitaire",
    "chi": "centre hospitalier intercommunal",
    "ght": "groupement hospitalier de territoire",
    "gh": "groupe hospitalier",
    "ehpad": "etablissement hebergement personnes agees dependantes",
    "cpam": "caisse primaire assurance maladie",
    "ars": "agence regionale de sante",
}
# Words that say what kind of body it is, not which one: "centre hospitalier"
# alone must not match every hospital. Each maps to a kind; two names of
# different kinds (a clinic and a hospital in one town) never match.
KIND_WORDS = {
    "centre": None, "hospitalier": "hospital", "hospitaliere": "hospital", "hopital": "hospital",
    "hopitaux": "hospital", "universitaire": None, "regional": None, "intercommunal": None,
    "groupe": None, "groupement": None, "territoire": None, "clinique": "clinic", "polyclinique": "clinic",
    "laboratoire": "lab", "laboratoires": "lab", "biologie": None, "medicale": None, "medical": None,
    "mutuelle": "insurer", "caisse": "insurer", "assurance": None, "maladie": None, "primaire": None,
    "etablissement": None, "hebergement": None, "personnes": None, "agees": None, "dependantes": None,
    "ehpad": "care_home", "agence": None, "sante": None, "cabinet": "practice", "pharmacie": "pharmacy",
    "institut": None, "fondation": None, "association": None, "service": None, "services": None,
}




def name_tokens(name: str) -> list[str]:
    """The words of a name with abbreviations expanded, stopwords kept (acronyms need order)."""
    words = []
    for word in fold_words(name).split():
        words.extend(ABBREVIATIONS.get(word, word).split())
    return words


def normalise_org(name: str) -> str:
    """A comparable form of an organisation name: "CH de Valmont-sur-Loire" -> "centre hospitalier valmont loire"."""
    return " ".join(w for w in name_tokens(name) if w not in STOPWORDS)


def _distinctive(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in words if w not in STOPWORDS and w not in KIND_WORDS)


def _kinds(words: list[str]) -> frozenset[str]:
    return frozenset(k for w in words if (k := KIND_WORDS.get(w)))


def _acronyms(name: str) -> set[str]:
    """Acronym forms a name may stand for: its initials, and the name itself when it is one word."""
    folded = fold_words(name).split()
    forms = set()
    if len(folded) == 1 or all(len(w) <= 2 for w in folded):
        forms.add("".join(folded))  # "AP-HP" -> "aphp"
    significant = [w for w in folded if w not in STOPWORDS]
    if len(significant) >= 2:
        forms.add("".join(w[0] for w in significant))  # "Assistance publique - Hôpitaux de Paris" -> "aphp"
    return forms


def same_victim(a: str, b: str) -> bool:
    """True when two names plausibly designate the same organisation."""
    if normalise_org(a) == normalise_org(b) and normalise_org(a):
        return True
    ta, tb = name_tokens(a), name_tokens(b)
    ka, kb = _kinds(ta), _kinds(tb)
    if ka and kb and not ka & kb:
        return False
    da, db = _distinctive(ta), _distinctive(tb)
    if da and db and (da <= db or db <= da):
        return True
    # Acronym against expansion: one side is a single short token, the other's initials spell it.
    compact_a, compact_b = fold_words(a).replace(" ", ""), fold_words(b).replace(" ", "")
    return (len(compact_a) >= 2 and compact_a in _acronyms(b) and len(fold_words(b).split()) > 1) or (
        len(compact_b) >= 2 and compact_b in _acronyms(a) and len(fold_words(a).split()) > 1
    )


# -- republished copies -------------------------------------------------------


def shingles(text: str, words: int = COPY_WORDS, size: int = COPY_SHINGLE) -> frozenset[str]:
    tokens = fold_words(text).split()[:words]
    if len(tokens) < size:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# -- dates and counts -----------------------------------------------------------

PRECISIONS = {10: "day", 7: "month", 4: "year"}


def date_precision(value: str | None) -> str | None:
    return PRECISIONS.get(len(value)) if value else None


def dates_agree(a: str, b: str) -> bool:
    """Partial dates agree when they are equal cut to the coarser precision ("2025-10" ~ "2025-10-12");
    two days agree within DAY_TOLERANCE (one article dates the attack, a later one its discovery)."""
    n = min(len(a), len(b))
    if n == 10:
        try:
            return abs(dt.date.fromisoformat(a) - dt.date.fromisoformat(b)) <= DAY_TOLERANCE
        except ValueError:
            pass
    return a[:n] == b[:n]


def records_compatible(a: int | None, unit_a: str | None, b: int | None, unit_b: str | None) -> bool:
    if not a or not b:
        return True
    if unit_a and unit_b and fold_words(unit_a) != fold_words(unit_b):
        return True  # different things counted: the numbers say nothing about each other
    return max(a, b) / min(a, b) <= RECORDS_RATIO


def incident_id(url: str) -> str:
    return "inc-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


# -- grouping (pure) ------------------------------------------------------------


@dataclass(frozen=True)
class ArticleProfile:
    """What grouping needs to know of one relevant article."""

    id: int
    url: str
    source: str
    published: dt.date | None
    content_hash: str
    shingles: frozenset[str]
    victims: tuple[str, ...] = ()
    vendors: tuple[str, ...] = ()
    incident_date: str | None = None
    records: int | None = None
    records_unit: str | None = None
    data_types: tuple[str, ...] = ()

    @property
    def order(self) -> tuple[dt.date, int]:
        return (self.published or dt.date.max, self.id)  # undated articles last


@dataclass
class Group:
    id: str
    members: list[ArticleProfile] = field(default_factory=list)
    reasons: dict[int, str] = field(default_factory=dict)

    @property
    def first(self) -> dt.date | None:
        return min((m.published for m in self.members if m.published), default=None)

    @property
    def last(self) -> dt.date | None:
        return max((m.published for m in self.members if m.published), default=None)


def _dates_compatible(article: ArticleProfile, group: Group) -> bool:
    first, last = group.first, group.last
    within = (
        article.published is None
        or first is None
        or first - dt.timedelta(days=WINDOW_DAYS) <= article.published <= last + dt.timedelta(days=WINDOW_DAYS)
    )
    if article.incident_date and len(article.incident_date) >= 7:
        stated = [m.incident_date for m in group.members if m.incident_date and len(m.incident_date) >= 7]
        if stated:
            # A follow-up months later still joins when it dates the incident the same way;
            # a report in the window about another month's attack does not.
            return any(dates_agree(article.incident_date, d) for d in stated)
    return within


def match_score(article: ArticleProfile, group: Group) -> int:
    """How many of the group's victim names the article's victims match; 0 when it cannot join."""
    names = {v for m in group.members for v in m.victims}
    score = sum(1 for v in article.victims for n in names if same_victim(v, n))
    if not score or not _dates_compatible(article, group):
        return 0
    if not all(
        records_compatible(article.records, article.records_unit, m.records, m.records_unit) for m in group.members
    ):
        return 0
    return score


def group_articles(profiles: list[ArticleProfile]) -> list[Group]:
    """Deterministic grouping: same input, same groups and ids, whatever order the rows came in."""
    groups: list[Group] = []
    of_article: dict[int, Group] = {}
    by_hash: dict[str, int] = {}
    by_shingle: dict[str, list[int]] = defaultdict(list)
    seen: dict[int, ArticleProfile] = {}
    for article in sorted(profiles, key=lambda p: p.order):
        group, reason = None, "match"
        original = by_hash.get(article.content_hash) or _copy_of(article, by_shingle, seen)
        if original is not None:
            group, reason = of_article[original], "copy"
        else:
            scored = [(match_score(article, g), g.last or dt.date.min, g.id, g) for g in groups]
            scored = [s for s in scored if s[0] > 0]
            if scored:
                group = max(scored, key=lambda s: (s[0], s[1], s[2]))[3]
        if group is None:
            group, reason = Group(id=incident_id(article.url)), "seed"
            groups.append(group)
        group.members.append(article)
        group.reasons[article.id] = reason
        of_article[article.id] = group
        by_hash.setdefault(article.content_hash, article.id)
        seen[article.id] = article
        for s in article.shingles:
            by_shingle[s].append(article.id)
    return groups


def _copy_of(article: ArticleProfile, by_shingle: dict[str, list[int]], seen: dict[int, ArticleProfile]) -> int | None:
    """The earliest already-grouped article this one is a near-identical copy of."""
    if not article.shingles:
        return None
    shared: Counter[int] = Counter()
    for s in article.shingles:
        shared.update(by_shingle.get(s, ()))
    # Jaccard >= t needs at least t * |A| shared shingles: skip the rest cheaply.
    need = COPY_JACCARD * len(article.shingles)
    candidates = sorted((seen[i].order, i) for i, n in shared.items() if n >= need)
    for _, other in candidates:
        if jaccard(article.shingles, seen[other].shingles) >= COPY_JACCARD:
            return other
    return None


# -- merged facts (pure) ----------------------------------------------------------


def _support(values: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """[(value, url)] -> [{value, articles}] most supported first, ties by value."""
    urls: dict[str, list[str]] = defaultdict(list)
    for value, url in values:
        if url not in urls[value]:
            urls[value].append(url)
    return [{"value": v, "articles": u} for v, u in sorted(urls.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def _names(members: list[ArticleProfile], attr: str) -> list[dict[str, Any]]:
    """Names clustered with same_victim; each cluster shown by its most frequent spelling."""
    clusters: list[list[tuple[str, str]]] = []
    for m in members:
        for name in getattr(m, attr):
            for cluster in clusters:
                if any(same_victim(name, n) for n, _ in cluster):
                    cluster.append((name, m.url))
                    break
            else:
                clusters.append([(name, m.url)])
    merged = []
    for cluster in clusters:
        spelling = Counter(n for n, _ in cluster).most_common()
        best = min(spelling, key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]  # ties: the fullest name
        merged.append({"value": best, "spellings": sorted({n for n, _ in cluster}),
                       "articles": sorted({u for _, u in cluster})})
    return sorted(merged, key=lambda c: (-len(c["articles"]), c["value"]))


def _best_date(members: list[ArticleProfile]) -> list[dict[str, Any]]:
    """Each stated date, supported by every article whose date agrees with it; the most precise wins ties."""
    stated = [(m.incident_date, m.url) for m in members if m.incident_date]
    out = []
    for value in sorted({v for v, _ in stated}):
        urls = sorted({u for v, u in stated if dates_agree(v, value)})
        out.append({"value": value, "precision": date_precision(value), "articles": urls})
    return sorted(out, key=lambda d: (-len(d["articles"]), -len(d["value"]), d["value"]))


def _best_records(members: list[ArticleProfile]) -> list[dict[str, Any]]:
    by_value: dict[tuple[int, str | None], list[ArticleProfile]] = defaultdict(list)
    for m in members:
        if m.records:
            by_value[(m.records, m.records_unit)].append(m)
    # Most articles first; on a tie the most recent report, which usually carries the updated count.
    def rank(item):
        (value, _unit), ms = item
        latest_date, latest_id = max(m.order for m in ms)
        return (-len(ms), -latest_date.toordinal(), -latest_id, -value)

    ranked = sorted(by_value.items(), key=rank)
    return [{"value": r, "unit": u, "articles": [m.url for m in ms]} for (r, u), ms in ranked]


def merge(group: Group) -> dict[str, Any]:
    """The incident row's values from its members: best-supported value of each field, with support."""
    members = sorted(group.members, key=lambda m: m.order)
    victims, vendors = _names(members, "victims"), _names(members, "vendors")
    dates, records = _best_date(members), _best_records(members)
    types = _support([(t, m.url) for m in members for t in m.data_types])
    sources = sorted({m.source for m in members})
    best_date = dates[0] if dates else None
    best_records = records[0] if records else None
    first = min((m.published for m in members if m.published), default=None)
    last = max((m.published for m in members if m.published), default=None)
    return {
        "id": group.id,
        "seed_url": members[0].url,
        "victims": "; ".join(v["value"] for v in victims) or None,
        "vendors": "; ".join(v["value"] for v in vendors) or None,
        "first_reported": first,
        "last_reported": last,
        "incident_date": best_date["value"] if best_date else None,
        "incident_date_precision": best_date["precision"] if best_date else None,
        "records": best_records["value"] if best_records else None,
        "records_unit": best_records["unit"] if best_records else None,
        "data_types": "; ".join(sorted(t["value"] for t in types)) or None,
        "n_articles": len(members),
        "n_sources": len(sources),
        "sources": "; ".join(sources),
        "urls": " ".join(m.url for m in members),
        "merged": {
            "victims": victims, "vendors": vendors, "incident_date": dates, "records": records,
            "data_types": types, "sources": sources,
            "articles": [{"url": m.url, "source": m.source, "published": m.published.isoformat() if m.published else None,
                          "reason": group.reasons[m.id]} for m in members],
        },
    }


# -- the database side ---------------------------------------------------------------


@dataclass
class GroupingStats:
    articles: int = 0
    incidents: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    moved: int = 0  # memberships added or changed

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.moved)


def _is_relevant(article_relevant: bool, extraction_relevant: bool | None) -> bool:
    # The extractor's judgement, when there is one, supersedes the crawl-time relevance filter.
    return bool(extraction_relevant) if extraction_relevant is not None else bool(article_relevant)


def load_profiles(session: Session) -> list[ArticleProfile]:
    rows = session.execute(
        select(
            Article.id, Article.url, Source.name, Article.published, Article.content_hash, Article.text,
            Article.relevant, Extraction.relevant, Extraction.record,
        )
        .join(Source, Source.id == Article.source_id)
        .outerjoin(Extraction, Extraction.article_id == Article.id)
        .order_by(Article.id)
    )
    profiles = []
    for aid, url, source, published, chash, text, a_rel, e_rel, record in rows:
        if not _is_relevant(a_rel, e_rel):
            continue
        record = record or {}
        records = record.get("records")
        profiles.append(ArticleProfile(
            id=aid, url=url, source=source, published=published, content_hash=chash, shingles=shingles(text or ""),
            victims=tuple(v for v in record.get("victims") or () if v),
            vendors=tuple(v for v in record.get("vendors") or () if v),
            incident_date=record.get("incident_date") or None,
            records=int(records) if isinstance(records, (int, float)) and records > 0 else None,
            records_unit=record.get("records_unit") or None,
            data_types=tuple(record.get("data_types") or ()),
        ))
    return profiles


_COMPARED = ("seed_url", "victims", "vendors", "first_reported", "last_reported", "incident_date",
             "incident_date_precision", "records", "records_unit", "data_types", "n_articles", "n_sources",
             "sources", "urls", "merged", *incident_facts.COLUMNS)


def _write(session: Session, groups: list[Group]) -> GroupingStats:
    """Make the stored incidents equal to `groups`, touching only what differs."""
    stats = GroupingStats(articles=sum(len(g.members) for g in groups), incidents=len(groups))
    wanted = {g.id: merge(g) for g in groups}
    incident_facts.add_merged_facts(session, groups, wanted)  # attack types, threat actor, care disruption
    stored = {i.id: i for i in session.scalars(select(Incident))}
    # Memberships first go away where they must, so no row points at a deleted incident.
    membership = {a: (i, r) for a, i, r in session.execute(
        select(IncidentArticle.article_id, IncidentArticle.incident_id, IncidentArticle.reason))}
    target = {m.id: (g.id, g.reasons[m.id]) for g in groups for m in g.members}
    stale = [a for a, v in membership.items() if target.get(a) != v]
    if stale:
        session.execute(delete(IncidentArticle).where(IncidentArticle.article_id.in_(stale)))
    for iid in sorted(set(stored) - set(wanted)):
        session.delete(stored[iid])
        stats.deleted += 1
    session.flush()
    for iid, values in wanted.items():
        row = stored.get(iid)
        if row is None:
            session.add(Incident(**values, updated_at=utcnow()))
            stats.created += 1
        elif any(getattr(row, k) != values[k] for k in _COMPARED):
            for k in _COMPARED:
                setattr(row, k, values[k])
            row.updated_at = utcnow()
            stats.updated += 1
    session.flush()
    for article_id, (iid, reason) in sorted(target.items()):
        if membership.get(article_id) != (iid, reason):
            session.add(IncidentArticle(article_id=article_id, incident_id=iid, reason=reason))
            stats.moved += 1
    return stats


def update_incidents(engine: Engine) -> GroupingStats:
    """Bring the incidents up to date with the stored articles and extractions.

    Idempotent: a second call right after the first changes nothing. Call it
    after a crawl and after an extraction run.
    """
    with Session(engine) as session, session.begin():
        return _write(session, group_articles(load_profiles(session)))


def rebuild_incidents(engine: Engine) -> GroupingStats:
    """Forget every incident and group all articles again, in one transaction."""
    with Session(engine) as session, session.begin():
        session.execute(delete(IncidentArticle))
        session.execute(delete(Incident))
        session.flush()
        return _write(session, group_articles(load_profiles(session)))
