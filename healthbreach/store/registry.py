"""The FINESS registry of French health establishments, optional, for establishment identity.

`healthbreach registry import FILE` loads the open-data extract of FINESS
(data.gouv.fr, `etalab-cs1100507-stock-YYYYMMDD-HHMM.csv`): a first line
`finess;etalab;<n>;<date>`, then `;`-separated rows without header, the
`structureet` rows carrying

    0 structureet   1 nofinesset   2 nofinessej   3 rs   4 rslongue   5 complrs
    6 compldistrib  7 numvoie      8 typvoie      9 voie 10 compvoie  11 lieuditbp
    12 commune      13 departement 14 libdepartement    15 ligneacheminement
    16 telephone    17 telecopie   18 categetab   19 libcategetab     20 categagretab
    21 libcategagretab 22 siret 23 codeape 24 codemft 25 libmft 26 codesph 27 libsph
    28 dateouv 29 dateautor 30 datemaj

(`geolocalisation` rows follow; they are skipped). A CSV with a header naming
those fields (the `t_finess` table) is read too. Older extracts are Latin-1,
newer UTF-8: both are accepted.

Each establishment gets keys (store/identity.py) from its short and long names
and its kind and town; a victim name is linked to an establishment when its
keys lead to exactly one. Without a registry nothing is linked and grouping
works on names alone.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from healthbreach.store import identity
from healthbreach.store.models import Establishment, EstablishmentKey
from healthbreach.textfold import fold_words

FIELDS = ["structureet", "nofinesset", "nofinessej", "rs", "rslongue", "complrs", "compldistrib", "numvoie", "typvoie",
          "voie", "compvoie", "lieuditbp", "commune", "departement", "libdepartement", "ligneacheminement", "telephone",
          "telecopie", "categetab", "libcategetab", "categagretab", "libcategagretab", "siret", "codeape", "codemft",
          "libmft", "codesph", "libsph", "dateouv", "dateautor", "datemaj"]
MIN_FIELDS = FIELDS.index("libcategetab") + 1

# Department code -> region (regions since 2016; overseas as FINESS codes them, 9A..9F).
_REGIONS = {
    "Auvergne-Rhône-Alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "Bourgogne-Franche-Comté": "21 25 39 58 70 71 89 90",
    "Bretagne": "22 29 35 56",
    "Centre-Val de Loire": "18 28 36 37 41 45",
    "Corse": "2A 2B 20",
    "Grand Est": "08 10 51 52 54 55 57 67 68 88",
    "Hauts-de-France": "02 59 60 62 80",
    "Île-de-France": "75 77 78 91 92 93 94 95",
    "Normandie": "14 27 50 61 76",
    "Nouvelle-Aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "Occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "Pays de la Loire": "44 49 53 72 85",
    "Provence-Alpes-Côte d'Azur": "04 05 06 13 83 84",
    "Guadeloupe": "9A 971", "Martinique": "9B 972", "Guyane": "9C 973", "La Réunion": "9D 974",
    "Mayotte": "9F 976",
}
REGION_OF = {code: region for region, codes in _REGIONS.items() for code in codes.split()}

# FINESS category wording -> the kinds of store/identity.py ("Centre Hospitalier (C.H.)" -> hospital).
_CATEGORY_KINDS = [("hospitalier", "hospital"), ("hopital", "hospital"), ("hospitaliere", "hospital"),
                   ("clinique", "clinic"), ("soins", "clinic"), ("laboratoire", "lab"), ("biologie", "lab"),
                   ("pharmacie", "pharmacy"), ("officine", "pharmacy"), ("hebergement", "care_home"),
                   ("ehpad", "care_home")]


class RegistryError(Exception):
    """The file is not a FINESS extract; the message names the file and the reason."""


@dataclass
class ImportResult:
    establishments: int
    skipped: int


def category_kind(category: str | None) -> str | None:
    words = fold_words(category or "")
    return next((kind for word, kind in _CATEGORY_KINDS if word in words.split()), None)


def _town(ligne: str) -> tuple[str | None, str | None]:
    """"01440 VIRIAT" -> ("01440", "VIRIAT"); "01012 BOURG EN BRESSE CEDEX" -> ("01012", "BOURG EN BRESSE")."""
    parts = (ligne or "").split()
    if not parts:
        return None, None
    postcode = parts[0] if parts[0][:2].isalnum() and any(c.isdigit() for c in parts[0]) else None
    words = parts[1:] if postcode else parts
    while words and (words[-1].upper() == "CEDEX" or words[-1].isdigit()):
        words = words[:-1]
    return postcode, " ".join(words) or None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The establishments of a FINESS file, and how many rows were skipped as malformed."""
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise RegistryError(f"{path}: {exc.strerror or exc}") from None
    lines = text.splitlines()
    if not lines:
        raise RegistryError(f"{path}: empty file, not a FINESS extract")
    first = lines[0].lower()
    if "nofinesset" in first:  # a header row: the t_finess layout
        delimiter = ";" if first.count(";") >= first.count(",") else ","
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        reader.fieldnames = [f.strip().lower() for f in reader.fieldnames or []]
        raw = [dict(r) for r in reader]
    elif first.startswith("finess;") or first.startswith("structureet;"):
        raw = []
        for row in csv.reader(lines, delimiter=";"):
            if row and row[0] == "structureet":
                raw.append(dict(zip(FIELDS, row)) if len(row) >= MIN_FIELDS else {})
    else:
        raise RegistryError(f"{path}: not a FINESS extract (expected a first line 'finess;etalab;...' or a header naming nofinesset)")
    rows, skipped = [], 0
    for r in raw:
        number = (r.get("nofinesset") or "").strip()
        name = (r.get("rs") or r.get("rslongue") or "").strip()
        if len(number) != 9 or not name:
            skipped += 1
            continue
        postcode, town = _town(r.get("ligneacheminement") or "")
        department = (r.get("departement") or "").strip() or None
        if department and department.isdigit() and len(department) == 1:
            department = "0" + department
        rows.append({
            "finess": number, "legal_entity": (r.get("nofinessej") or "").strip() or None, "name": name,
            "long_name": (r.get("rslongue") or "").strip() or None,
            "category_code": (r.get("categetab") or "").strip() or None,
            "category": (r.get("libcategetab") or "").strip() or None,
            "town": town.title() if town else None, "postcode": postcode, "department": department,
            "department_name": (r.get("libdepartement") or "").strip().title() or None,
            "region": REGION_OF.get(department or ""),
        })
    if not rows:
        raise RegistryError(f"{path}: no establishment row (structureet) with a 9-digit nofinesset and a name")
    return rows, skipped


def establishment_keys(row: dict[str, Any]) -> set[str]:
    keys: set[str] = set()
    for name in (row["name"], row.get("long_name")):
        if name:
            keys |= {k for k in identity.name_keys(name) if not k.startswith("k:")}
    kind = category_kind(row.get("category"))
    if kind and row.get("town"):
        keys.add(f"k:{kind}:{fold_words(row['town'])}")
    return {k[:255] for k in keys}


def import_registry(session: Session, path: Path) -> ImportResult:
    """Replace the stored registry by the file's establishments; profiles are marked for relinking."""
    from healthbreach.store.grouping import refresh_keys

    rows, skipped = parse(path)
    unique = {r["finess"]: r for r in rows}
    session.execute(delete(EstablishmentKey))
    session.execute(delete(Establishment))
    session.flush()
    session.execute(insert(Establishment), list(unique.values()))
    keys = {(k, r["finess"]) for r in unique.values() for k in establishment_keys(r)}
    if keys:
        session.execute(insert(EstablishmentKey), [{"key": k, "finess": f} for k, f in sorted(keys)])
    refresh_keys(session)
    return ImportResult(establishments=len(unique), skipped=skipped + len(rows) - len(unique))


class Linker:
    """Links victim names to FINESS numbers; inactive (links nothing) when no registry is stored."""

    def __init__(self, session: Session):
        self.session = session
        self.active = bool(session.scalar(select(func.count()).select_from(Establishment)))
        self._cache: dict[frozenset[str], str | None] = {}

    def number(self, keys: frozenset[str]) -> str | None:
        """The one establishment these keys lead to, or None (none, or ambiguous)."""
        if keys not in self._cache:
            found: dict[str, set[str]] = defaultdict(set)
            for key, finess in self.session.execute(
                    select(EstablishmentKey.key, EstablishmentKey.finess).where(EstablishmentKey.key.in_(sorted(keys)))):
                found[key].add(finess)
            # The most specific evidence first: a full name, then an acronym or kind-and-town.
            answer = None
            for family in ("n:", "k:"):
                numbers = set().union(*(v for k, v in found.items() if k.startswith(family))) if found else set()
                if len(numbers) == 1:
                    answer = next(iter(numbers))
                    break
                if len(numbers) > 1:
                    break
            self._cache[keys] = answer
        return self._cache[keys]

    def link(self, profile) -> dict[str, str]:
        """{victim name: FINESS number} for the victims of a profile the registry knows."""
        out = {}
        for victim in profile.victims:
            keys = profile._names_keys((victim,))
            if keys and (number := self.number(frozenset(keys))):
                out[victim] = number
        return out


def establishment_rows(session: Session, numbers: set[str]) -> dict[str, dict[str, Any]]:
    if not numbers:
        return {}
    rows = session.scalars(select(Establishment).where(Establishment.finess.in_(sorted(numbers))))
    return {e.finess: {"category": e.category, "town": e.town, "department": e.department, "region": e.region,
                       "name": e.long_name or e.name} for e in rows}
