"""Grouping articles that report the same breach into incidents, incrementally.

Two relevant articles are *linked* when
  * they are copies of one dispatch (same text hash, or MinHash-estimated
    Jaccard >= COPY_JACCARD on their opening shingles) - even when the
    extractor found no victim; or
  * they name the same victim (store/identity.py: normalised names, acronyms,
    kind and town, aliases their texts teach or any article taught, FINESS
    number; a bare institution type such as "le CISSS" names no one), their dates
    are compatible (incident dates agree, else reports within WINDOW_DAYS; up to
    LEAK_DAYS when the later one tells the stolen files put online) and their
    record counts are within RECORDS_RATIO; or
  * a name of one is a name or a mention of the other and they give the same
    count of records (within 10 %, at least 1 000): one breach, whenever told.

An incident is a connected component of that relation. Links depend on the two
articles and the global alias table only (an article whose aliases change is
re-keyed and regrouped, see store/grouping.py), so the components do not depend
on the order in which articles were crawled: a nightly update, which only links the new or re-extracted
articles with the candidates their indexed keys find (store/profiles.py) and
recomputes the incidents these touch, gives the same incidents as a rebuild.
An incident's id is derived from the URL of its earliest article, hence stable
when later articles join it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.orm import Session

from healthbreach.store import incident_facts
from healthbreach.store.identity import count_words, keys_meet, kinds, name_tokens, normalise_org, same_victim  # noqa: F401
from healthbreach.store.profiles import COPY_JACCARD, Profile, estimated_jaccard, jaccard, shingles  # noqa: F401
from healthbreach.textfold import fold_words

log = logging.getLogger("healthbreach.incidents")

WINDOW_DAYS = 45  # follow-ups of one breach usually appear within weeks of the first report
DAY_TOLERANCE = dt.timedelta(days=45)  # attack, detection, claim and leak of one breach fall within weeks
LEAK_DAYS = 90  # a gang puts the files online weeks after the attack: the story of the leak dates that
RECORDS_RATIO = 10.0  # first estimates and final counts differ, but not by orders of magnitude
SAME_COUNT_RATIO = 1.1  # "491 840" and "près de 500 000": one count, told twice
SAME_COUNT_MIN = 1000

# -- dates and counts -----------------------------------------------------------

PRECISIONS = {10: "day", 7: "month", 4: "year"}


def date_precision(value: str | None) -> str | None:
    return PRECISIONS.get(len(value)) if value else None


def date_interval(value: str) -> tuple[int, int] | None:
    """The days (ordinals) a partial date may mean: "2025-10" -> 1 to 31 October 2025."""
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value).toordinal()
            return day, day
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            start = dt.date(year, month, 1)
            end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
            return start.toordinal(), end.toordinal()
        if len(value) == 4:
            return dt.date(int(value), 1, 1).toordinal(), dt.date(int(value), 12, 31).toordinal()
    except ValueError:
        return None
    return None


def dates_agree(a: str, b: str) -> bool:
    """Partial dates agree when the days they may mean are within DAY_TOLERANCE of each other:
    the attack, its detection, the claim and the publication of the files of one breach fall within
    weeks ("2025-10" ~ "2025-10-12" ~ "2025-11-03")."""
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        n = min(len(a), len(b))
        return a[:n] == b[:n]
    gap = max(0, ib[0] - ia[1], ia[0] - ib[1])
    return gap <= DAY_TOLERANCE.days


def records_compatible(a: int | None, unit_a: str | None, b: int | None, unit_b: str | None) -> bool:
    if not a or not b:
        return True
    if unit_a and unit_b and fold_words(unit_a) != fold_words(unit_b):
        return True  # different things counted: the numbers say nothing about each other
    return max(a, b) / min(a, b) <= RECORDS_RATIO


# Units that count people: "480 000 patients" and "500 000 personnes" may be one count.
PEOPLE = {"personnes", "personne", "patients", "patient", "patientes", "assures", "assure", "adherents", "clients",
          "usagers", "beneficiaires", "utilisateurs", "victimes", "individus", "francais", "comptes", "salaries",
          "agents", "professionnels", "praticiens", "medecins", "soignants"}


def _unit(unit: str | None) -> str | None:
    folded = fold_words(unit or "")
    return "people" if folded in PEOPLE else folded or None


def same_count(a: Profile, b: Profile) -> bool:
    ra, rb = a.records, b.records
    if not ra or not rb or min(ra, rb) < SAME_COUNT_MIN:
        return False
    ua, ub = _unit(a.records_unit), _unit(b.records_unit)
    if ua and ub and ua != ub:
        return False
    return max(ra, rb) / min(ra, rb) <= SAME_COUNT_RATIO


def incident_id(url: str) -> str:
    return "inc-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


# -- links (pure) -------------------------------------------------------------------


def is_copy(a: Profile, b: Profile) -> bool:
    return a.content_hash == b.content_hash or estimated_jaccard(a.sig, b.sig) >= COPY_JACCARD


def _names_match(names_a: tuple[str, ...], keys_a: frozenset[str], names_b: tuple[str, ...], keys_b: frozenset[str]) -> bool:
    if keys_meet(keys_a, keys_b):
        return True
    return any(same_victim(x, y) for x in names_a for y in names_b)


def same_body(a: Profile, b: Profile) -> bool:
    """One organisation: victim and victim, or the vendor of one and the victim of the other.

    Two vendors alone say little (one software, many customers): they count only
    when neither article names a victim.
    """
    va, vb, ea, eb = a.resolved_victims, b.resolved_victims, a.resolved_vendors, b.resolved_vendors
    if _names_match(va, a.victim_keys, vb, b.victim_keys):
        return True
    if _names_match(va, a.victim_keys, eb, b.vendor_keys):
        return True
    if _names_match(ea, a.vendor_keys, vb, b.victim_keys):
        return True
    return not va and not vb and _names_match(ea, a.vendor_keys, eb, b.vendor_keys)


def _span(p: Profile) -> tuple[int, int] | None:
    """Where an article sits in time: its publication day, else the month or day of the incident it states."""
    if p.day:
        return p.day.toordinal(), p.day.toordinal()
    date = p.incident_date
    return date_interval(date) if date and len(date) >= 7 else None


def _gap(ia: tuple[int, int], ib: tuple[int, int]) -> tuple[int, int]:
    """(days between two intervals, -1/0/1: the second is before / overlaps / after the first)."""
    if ib[0] > ia[1]:
        return ib[0] - ia[1], 1
    if ia[0] > ib[1]:
        return ia[0] - ib[1], -1
    return 0, 0


def _reports_a_leak(p: Profile) -> bool:
    return "exfiltration" in (p.facts.get("attack_types") or ())


def _within(gap: int, side: int, a: Profile, b: Profile, tolerance: int) -> bool:
    """Within the tolerance, or within LEAK_DAYS when the later of the two tells stolen data put online:
    one story dates the attack, the other the publication of the files weeks later."""
    if gap <= tolerance:
        return True
    later = b if side > 0 else a
    return gap <= LEAK_DAYS and _reports_a_leak(later)


def dates_compatible(a: Profile, b: Profile) -> bool:
    da, db = a.incident_date, b.incident_date
    if da and db and len(da) >= 7 and len(db) >= 7:
        # A follow-up months later still joins when it dates the incident the same way;
        # a report in the window about another month's attack does not.
        if dates_agree(da, db):
            return True
        ia, ib = date_interval(da), date_interval(db)
        return bool(ia and ib) and _within(*_gap(ia, ib), a, b, DAY_TOLERANCE.days)
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return True  # an undated report of the same body (see README: it may bridge two breaches)
    return _within(*_gap(sa, sb), a, b, WINDOW_DAYS)


def told_twice(a: Profile, b: Profile) -> bool:
    """The same count of records and one body, or a name of one among the other's mentions when
    the other names no victim of its own (an article telling the breach through other names)."""
    if not same_count(a, b):
        return False
    da, db = a.incident_date, b.incident_date
    if da and db and len(da) >= 7 and len(db) >= 7 and not dates_agree(da, db):
        return False  # two breaches of one body, each dated, with similar counts
    if same_body(a, b):
        return True
    wa, wb = count_words(list(a.names), []), count_words(list(b.names), [])
    return bool((not b.resolved_victims and wa & count_words([], b.mentions))
                or (not a.resolved_victims and wb & count_words([], a.mentions)))


def link(a: Profile, b: Profile) -> str | None:
    """Why two articles report one breach ("copy" or "match"), or None. Symmetric."""
    if is_copy(a, b):
        return "copy"
    if same_body(a, b) and dates_compatible(a, b) and records_compatible(a.records, a.records_unit, b.records, b.records_unit):
        return "match"
    if told_twice(a, b):
        return "match"
    return None


# -- components (pure) ------------------------------------------------------------


@dataclass
class Group:
    id: str
    members: list[Profile] = field(default_factory=list)
    reasons: dict[int, str] = field(default_factory=dict)


def candidate_pairs(profiles: dict[int, Profile]) -> Iterable[tuple[int, int]]:
    """Pairs sharing a lookup key with a stored key, each once."""
    postings: dict[str, list[int]] = defaultdict(list)
    for pid in sorted(profiles):
        for key in profiles[pid].stored_keys:
            postings[key].append(pid)
    for pid in sorted(profiles):
        seen: set[int] = set()
        for key in profiles[pid].lookup_keys:
            for other in postings.get(key, ()):
                if other > pid and other not in seen:
                    seen.add(other)
                    yield pid, other


def group_profiles(profiles: list[Profile], pairs: Iterable[tuple[int, int]] | None = None) -> list[Group]:
    """The connected components of `link` over the profiles; ids and order do not depend on input order."""
    by_id = {p.id: p for p in profiles}
    parent = {pid: pid for pid in by_id}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    copies: dict[int, set[int]] = defaultdict(set)
    for x, y in (candidate_pairs(by_id) if pairs is None else pairs):
        if x not in by_id or y not in by_id:
            continue
        why = link(by_id[x], by_id[y])
        if why is None:
            continue
        if why == "copy":
            copies[x].add(y)
            copies[y].add(x)
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[rx] = ry
    components: dict[int, list[Profile]] = defaultdict(list)
    for pid, profile in by_id.items():
        components[find(pid)].append(profile)
    groups = []
    for members in components.values():
        members.sort(key=lambda m: m.order)
        seed = members[0]
        group = Group(id=incident_id(seed.url), members=members)
        rank = {m.id: i for i, m in enumerate(members)}
        for m in members:
            if m is seed:
                group.reasons[m.id] = "seed"
            elif any(rank[c] < rank[m.id] for c in copies[m.id] if c in rank):
                group.reasons[m.id] = "copy"
            else:
                group.reasons[m.id] = "match"
        groups.append(group)
    return sorted(groups, key=lambda g: g.members[0].order)


def group_articles(profiles: list[Profile]) -> list[Group]:
    """Group in-memory profiles (every pair of candidates compared): the pure form of a rebuild."""
    return group_profiles(profiles)


# -- merged facts (pure) ----------------------------------------------------------


def _support(values: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """[(value, url)] -> [{value, articles}] most supported first, ties by value."""
    urls: dict[str, list[str]] = defaultdict(list)
    for value, url in values:
        if url not in urls[value]:
            urls[value].append(url)
    return [{"value": v, "articles": u} for v, u in sorted(urls.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def _names(members: list[Profile], attr: str) -> list[dict[str, Any]]:
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


def _best_date(members: list[Profile]) -> list[dict[str, Any]]:
    """Each stated date, supported by every article whose date agrees with it; the most precise wins ties."""
    stated = [(m.incident_date, m.url) for m in members if m.incident_date]
    out = []
    for value in sorted({v for v, _ in stated}):
        urls = sorted({u for v, u in stated if dates_agree(v, value)})
        out.append({"value": value, "precision": date_precision(value), "articles": urls})
    return sorted(out, key=lambda d: (-len(d["articles"]), -len(d["value"]), d["value"]))


def _best_records(members: list[Profile]) -> list[dict[str, Any]]:
    by_value: dict[tuple[int, str | None], list[Profile]] = defaultdict(list)
    for m in members:
        if m.records:
            by_value[(m.records, m.records_unit)].append(m)

    # Most articles first; on a tie the most recent report, which usually carries the updated count.
    def rank(item):
        (value, _unit), ms = item
        latest = max(ms, key=lambda m: m.order)
        return (-len(ms), -latest.order[0].toordinal(), tuple(-ord(c) for c in latest.url), -value)

    ranked = sorted(by_value.items(), key=rank)
    return [{"value": r, "unit": u, "articles": [m.url for m in ms]} for (r, u), ms in ranked]


def _list_field(name: str) -> Callable[[list[Profile]], list[dict[str, Any]]]:
    """A field holding a list of values per article (data types, attack types): each value with its support."""
    return lambda members: _support([(str(v), m.url) for m in members for v in m.facts.get(name) or ()])


def _value_field(name: str) -> Callable[[list[Profile]], list[dict[str, Any]]]:
    """A field holding one value per article (threat actor, care disrupted): each value with its support."""
    return lambda members: _support([(m.facts[name] if isinstance(m.facts[name], str) else str(m.facts[name]).lower(), m.url)
                                     for m in members if m.facts.get(name) is not None])


# Every merged field: name -> function of the members giving [{value, articles, ...}] best first.
# A new extracted field is merged by adding one line here (and, for a column, one in incident_row).
FIELD_MERGERS: dict[str, Callable[[list[Profile]], list[dict[str, Any]]]] = {
    "victims": lambda ms: _names(ms, "victims"),
    "vendors": lambda ms: _names(ms, "vendors"),
    "incident_date": _best_date,
    "records": _best_records,
    "data_types": _list_field("data_types"),
    "attack_types": _list_field("attack_types"),
    "threat_actor": _value_field("threat_actor"),
    "care_disrupted": _value_field("care_disrupted"),
    "establishments": lambda ms: _support([(m.establishment, m.url) for m in ms if m.establishment]),
}


def merge_fields(members: list[Profile]) -> dict[str, list[dict[str, Any]]]:
    """Every field's values over the members, best supported first."""
    return {name: merger(members) for name, merger in FIELD_MERGERS.items()}


def merge(group: Group, establishments: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The incident row's values from its members: best-supported value of each field, with support.

    `establishments` maps FINESS numbers to registry rows (category, town, ...).
    """
    members = sorted(group.members, key=lambda m: m.order)
    merged = merge_fields(members)
    sources = sorted({m.source for m in members})
    best = {name: values[0] if values else None for name, values in merged.items()}
    first = min((m.published for m in members if m.published), default=None)
    last = max((m.published for m in members if m.published), default=None)
    finess = best["establishments"]["value"] if best["establishments"] else None
    place = (establishments or {}).get(finess) or {}
    return {
        "id": group.id,
        "seed_url": members[0].url,
        "victims": "; ".join(v["value"] for v in merged["victims"]) or None,
        "vendors": "; ".join(v["value"] for v in merged["vendors"]) or None,
        "first_reported": first,
        "last_reported": last,
        "incident_date": best["incident_date"]["value"] if best["incident_date"] else None,
        "incident_date_precision": best["incident_date"]["precision"] if best["incident_date"] else None,
        "records": best["records"]["value"] if best["records"] else None,
        "records_unit": best["records"]["unit"] if best["records"] else None,
        "data_types": "; ".join(sorted(t["value"] for t in merged["data_types"])) or None,
        "n_articles": len(members),
        "n_sources": len(sources),
        "sources": "; ".join(sources),
        "urls": " ".join(m.url for m in members),
        "finess": finess,
        "establishment_category": place.get("category"),
        "town": place.get("town"),
        "department": place.get("department"),
        "region": place.get("region"),
        "merged": {
            **{k: v for k, v in merged.items() if v or k in ("victims", "vendors", "incident_date", "records", "data_types")},
            "sources": sources,
            "articles": [{"url": m.url, "source": m.source, "published": m.published.isoformat() if m.published else None,
                          "reason": group.reasons[m.id]} for m in members],
        },
    }


# -- the database side ---------------------------------------------------------------


@dataclass
class GroupingStats:
    articles: int = 0  # relevant articles grouped (in the whole database)
    incidents: int = 0  # incidents in the whole database
    created: int = 0
    updated: int = 0
    deleted: int = 0
    moved: int = 0  # memberships added or changed
    profiled: int = 0  # articles (re)profiled by this update
    texts_read: int = 0  # article texts read by this update (new or changed texts only)
    regrouped: int = 0  # articles whose incident was recomputed

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.moved)


_COMPARED = ("seed_url", "victims", "vendors", "first_reported", "last_reported", "incident_date",
             "incident_date_precision", "records", "records_unit", "data_types", "n_articles", "n_sources",
             "sources", "urls", "merged", "finess", "establishment_category", "town", "department", "region",
             *incident_facts.COLUMNS)


def write_groups(session: Session, groups: list[Group], scope: set[int] | None) -> GroupingStats:
    """Make the stored incidents of the articles in `scope` (None: all) equal to `groups`."""
    from healthbreach.store.models import Incident, IncidentArticle
    from healthbreach.store.registry import establishment_rows

    stats = GroupingStats()
    membership_q = select(IncidentArticle.article_id, IncidentArticle.incident_id, IncidentArticle.reason)
    if scope is not None:
        membership = {}
        for chunk in _chunks(sorted(scope)):
            membership.update({a: (i, r) for a, i, r in session.execute(membership_q.where(IncidentArticle.article_id.in_(chunk)))})
        old_ids = {i for i, _ in membership.values()}
        stored = {}
        for chunk in _chunks(sorted(old_ids | {g.id for g in groups})):
            stored.update({i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_(chunk)))})
    else:
        membership = {a: (i, r) for a, i, r in session.execute(membership_q)}
        stored = {i.id: i for i in session.scalars(select(Incident))}
        old_ids = set(stored)
    finess = {m.establishment for g in groups for m in g.members if m.establishment}
    places = establishment_rows(session, finess)
    wanted = {g.id: merge(g, places) for g in groups}
    incident_facts.add_merged_facts(session, groups, wanted)  # attack types, threat actor, care disruption
    target = {m.id: (g.id, g.reasons[m.id]) for g in groups for m in g.members}
    # Memberships first go away where they must, so no row points at a deleted incident.
    stale = [a for a, v in membership.items() if target.get(a) != v]
    for chunk in _chunks(stale):
        session.execute(delete(IncidentArticle).where(IncidentArticle.article_id.in_(chunk)))
    for iid in sorted((old_ids & set(stored)) - set(wanted)):
        session.delete(stored[iid])
        stats.deleted += 1
    session.flush()
    now, created = _now(), []
    for iid, values in wanted.items():
        row = stored.get(iid)
        if row is None:
            created.append({**values, "updated_at": now})
        elif any(getattr(row, k) != values[k] for k in _COMPARED):
            for k in _COMPARED:
                setattr(row, k, values[k])
            row.updated_at = now
            stats.updated += 1
    session.flush()
    if created:
        session.connection().execute(insert(Incident.__table__), created)  # many rows at once (a first grouping)
        stats.created = len(created)
    moved = [{"article_id": a, "incident_id": i, "reason": r} for a, (i, r) in sorted(target.items())
             if membership.get(a) != (i, r)]
    if moved:
        session.connection().execute(insert(IncidentArticle.__table__), moved)
        stats.moved = len(moved)
    return stats


def _now() -> dt.datetime:
    from healthbreach.store.models import utcnow

    return utcnow()


def _chunks(items: list, size: int = 500) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def update_incidents(engine: Engine, article_ids: Iterable[int] | None = None) -> GroupingStats:
    """Bring the incidents up to date with the stored articles and extractions, incrementally.

    Profiles the articles that are new, re-extracted or no longer relevant
    (`article_ids` limits that to a batch), then recomputes only the incidents
    they can touch. Idempotent: a second call right after the first changes nothing.
    """
    from healthbreach.store import grouping

    return grouping.update(engine, article_ids)


def rebuild_incidents(engine: Engine, reprofile: bool = False) -> GroupingStats:
    """Group every profiled article again from its stored profile (texts are read only with `reprofile`)."""
    from healthbreach.store import grouping

    return grouping.rebuild(engine, reprofile=reprofile)
