"""How an incident happened, merged from its articles: attack types, threat actor, care disruption.

Each article's extraction record carries `attack_types` (codes), `threat_actor`
(a normalised name) and `care_disrupted` (true / false / null). An incident
keeps every value its articles state, each with the articles supporting it
(in `merged`), and shows the best-supported one in its columns:
  * attack_types: every code some article states, most supported first (a
    ransomware report and a later one on the leak of the stolen files are both
    right), as a JSON array so Datasette can facet on it (`_facet_array`);
  * threat_actor: the name most articles give (spellings folded together:
    "LockBit" and "Lockbit 3.0" are one), ties to the earliest report;
  * care_disrupted: true when any article states a disruption, as for one
    article (a report of systems cut off stands beside a later "aucun impact
    sur la prise en charge"), false when articles only say care went on.

The grouping itself lives in store/incidents.py, which calls `add_merged_facts`
once per write; the filters and counts for the CLI and the report are here too.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.store.models import Extraction
from healthbreach.textfold import fold_words

COLUMNS = ("attack_types", "threat_actor", "care_disrupted")
ATTACK_TYPES = ("ransomware", "exfiltration", "exposure", "unauthorized_access", "phishing", "ddos", "theft_loss")


def _support(pairs: Iterable[tuple[Any, str]], key=lambda v: v) -> list[dict[str, Any]]:
    """[(value, url)] -> [{value, spellings, articles}] most supported first, then first reported."""
    groups: dict[Any, dict[str, Any]] = {}
    for order, (value, url) in enumerate(pairs):
        g = groups.setdefault(key(value), {"value": value, "spellings": Counter(), "articles": [], "first": order})
        g["spellings"][value] += 1
        if url not in g["articles"]:
            g["articles"].append(url)
    out = []
    for g in sorted(groups.values(), key=lambda g: (-len(g["articles"]), g["first"])):
        best = max(g["spellings"].items(), key=lambda kv: (kv[1], -len(str(kv[0]))))[0]  # ties: the shorter, canonical form
        item = {"value": best, "articles": g["articles"]}
        if len(g["spellings"]) > 1:
            item["spellings"] = sorted(str(s) for s in g["spellings"])
        out.append(item)
    return out


def merge_facts(members: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The incident's columns and `merged` entries from its members' (url, record), earliest first."""
    types = _support((t, url) for url, r in members for t in r.get("attack_types") or () if t)
    actors = _support(((r["threat_actor"], url) for url, r in members if r.get("threat_actor")), key=fold_words)
    care = _support((r["care_disrupted"], url) for url, r in members if r.get("care_disrupted") is not None)
    stated = {c["value"] for c in care}
    return {
        "attack_types": json.dumps([t["value"] for t in types]) if types else None,
        "threat_actor": actors[0]["value"] if actors else None,
        "care_disrupted": (True in stated) if stated else None,
        "merged": {"attack_types": types, "threat_actor": actors, "care_disrupted": care},
    }


def _records(session: Session, article_ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for i in range(0, len(article_ids), 1000):  # stay under the drivers' bound-parameter limits
        chunk = article_ids[i : i + 1000]
        found.update(session.execute(select(Extraction.article_id, Extraction.record).where(Extraction.article_id.in_(chunk))).all())
    return found


def add_merged_facts(session: Session, groups: Iterable[Any], wanted: dict[str, dict[str, Any]]) -> None:
    """Add the merged attack facts to each group's incident values (`wanted[group.id]`), in place.

    `groups` are store.incidents groups: an `id` and `members` with `id` and `url`, earliest first.
    """
    groups = list(groups)
    records = _records(session, sorted({m.id for g in groups for m in g.members}))
    for g in groups:
        values = merge_facts([(m.url, records.get(m.id) or {}) for m in g.members])
        wanted[g.id].update({k: values[k] for k in COLUMNS})
        wanted[g.id]["merged"] = {**wanted[g.id].get("merged", {}), **values["merged"]}


# -- reading them back -----------------------------------------------------------------


def row_values(incident: Any) -> dict[str, Any]:
    """The three values of an Incident row for the read-side rows (lists as lists)."""
    return {
        "attack_types": json.loads(incident.attack_types) if incident.attack_types else [],
        "threat_actor": incident.threat_actor,
        "care_disrupted": incident.care_disrupted,
    }


def record_values(record: dict[str, Any]) -> dict[str, Any]:
    """The three values of one article's extraction record."""
    return {
        "attack_types": list(record.get("attack_types") or []),
        "threat_actor": record.get("threat_actor"),
        "care_disrupted": record.get("care_disrupted"),
    }


def same_actor(query: str, name: str | None) -> bool:
    """A user's actor query against an incident's actor: case, accents, versions and "groupe" ignored."""
    if not name:
        return False
    from healthbreach.extract.actors import normalise

    q, n = fold_words(normalise(query)), fold_words(normalise(name))
    return bool(q) and (q == n or q in n.split() or q in n)


def matches(row: dict[str, Any], *, attack_type: str | None = None, actor: str | None = None,
            disrupted: bool | None = None) -> bool:
    """True when an incident row passes the --attack-type, --actor and --disrupted filters."""
    if attack_type and attack_type not in row.get("attack_types", []):
        return False
    if actor and not same_actor(actor, row.get("threat_actor")):
        return False
    return disrupted is None or row.get("care_disrupted") is disrupted


def counts(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Incidents by attack type, by threat actor and by care disruption, for `stats` and the report."""
    by_type = Counter(t for r in rows for t in r.get("attack_types", []))
    by_actor = Counter(r["threat_actor"] for r in rows if r.get("threat_actor"))
    care = Counter({True: "disrupted", False: "not disrupted", None: "not said"}[r.get("care_disrupted")] for r in rows)
    return {
        "by_attack_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_actor": dict(sorted(by_actor.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_care": {k: care[k] for k in ("disrupted", "not disrupted", "not said") if care[k]},
    }


def by_month_and_type(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """month -> {attack type -> incidents first reported that month}; "unknown" when no type is stated."""
    out: dict[str, Counter] = {}
    for r in rows:
        if r.get("first_reported"):
            month = r["first_reported"].strftime("%Y-%m")
            out.setdefault(month, Counter()).update(r.get("attack_types") or ["unknown"])
    return {m: dict(c) for m, c in sorted(out.items())}
