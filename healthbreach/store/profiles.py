"""Article profiles: what incident grouping knows of an article, kept in the database.

A profile is built once from the article's text — a MinHash signature of its
opening words (datasketch), the aliases the text teaches and the names it
mentions — and from its extraction record (victims, vendors, dates, counts and
the other merged fields). When the article is re-extracted only the record part
is rebuilt: the text is never read again. Each profile has indexed keys
(store/identity.py, plus LSH bands of the signature and the text hash) through
which a nightly update finds the few articles a new one could be grouped with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from healthbreach.store import identity
from healthbreach.textfold import fold

COPY_WORDS = 400  # republished copies share their opening; later boilerplate differs
COPY_SHINGLE = 5
COPY_JACCARD = 0.8
NUM_PERM = 64
_EMPTY = np.zeros(NUM_PERM, dtype=np.uint32)


@lru_cache(maxsize=1)
def _minhash_setup() -> tuple:
    """(MinHash class, permutations, scheme, LSH bands), built once on first use: datasketch (and the
    scipy it imports for its band optimiser) stays out of the start of every command."""
    from datasketch import MinHash, MinHashLSH

    template = MinHash(num_perm=NUM_PERM, seed=1)  # the same permutations for every signature
    # Bands chosen by datasketch for a 0.8 threshold, weighted against missing a copy (9 bands of 7 rows).
    bands = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM, weights=(0.1, 0.9)).hashranges
    return MinHash, template.permutations, template.scheme, bands


# Record fields a profile keeps for the incident's merged values (see incidents.FIELD_MERGERS).
RECORD_FIELDS = ("victims", "vendors", "incident_date", "records", "records_unit", "data_types",
                 "attack_types", "threat_actor", "care_disrupted")


def opening(text: str, words: int = COPY_WORDS) -> str:
    """The first words of a text (a margin over COPY_WORDS: punctuation alone is no word once folded)."""
    return " ".join(text.split(maxsplit=words + 50)[: words + 50])


def shingles(text: str, words: int = COPY_WORDS, size: int = COPY_SHINGLE, folded: str | None = None) -> frozenset[str]:
    """Word 5-grams of the text's opening; `folded` is fold(opening(text)) when the caller has it."""
    folded = folded if folded is not None else fold(opening(text, words))
    tokens = re.sub(r"[^a-z0-9]+", " ", folded).split()[:words]
    if len(tokens) < size:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def signature(text: str, folded: str | None = None) -> np.ndarray:
    """The MinHash of the text's opening shingles, as NUM_PERM uint32 values (all zero for no text)."""
    grams = shingles(text, folded=folded)
    if not grams:
        return _EMPTY
    minhash_class, permutations, scheme, _bands = _minhash_setup()
    minhash = minhash_class(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, permutations=permutations, scheme=scheme)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray) -> set[str]:
    if not sig.any():
        return set()
    bands = _minhash_setup()[3]
    return {f"l:{i}:{hashlib.blake2b(sig[a:b].tobytes(), digest_size=8).hexdigest()}" for i, (a, b) in enumerate(bands)}


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not a.any() or not b.any():
        return 0.0
    return float(np.count_nonzero(a == b)) / NUM_PERM


def text_facts(text: str, head: str | None = None, folded: str | None = None) -> dict[str, Any]:
    """What grouping keeps of the text itself: aliases it teaches, names it mentions."""
    return {"aliases": [list(p) for p in identity.learn_aliases(text)],
            "mentions": identity.mentions(text, head=head, folded=folded),
            "qualified": [list(p) for p in identity.qualify(head if head is not None else opening(text), folded)]}


def read_text(text: str) -> tuple[np.ndarray, dict[str, Any]]:
    """(signature, text facts) of an article's text: its opening is folded once for both."""
    head = opening(text)
    folded = fold(head)
    return signature(text, folded=folded), text_facts(text, head=head, folded=folded)


def record_facts(record: dict[str, Any] | None) -> dict[str, Any]:
    record = record or {}
    facts = {k: record.get(k) for k in RECORD_FIELDS if record.get(k) not in (None, [], "")}
    facts["victims"] = [v for v in record.get("victims") or () if v]
    facts["vendors"] = [v for v in record.get("vendors") or () if v]
    records = record.get("records")
    facts["records"] = int(records) if isinstance(records, (int, float)) and records > 0 else None
    return facts


def credible_day(published: dt.date | None) -> dt.date | None:
    """The publication day, unless it is a 1 January: page-date guessers give that for a bare year."""
    if published is None or (published.month == 1 and published.day == 1):
        return None
    return published


@dataclass
class Profile:
    """One relevant article as grouping sees it (built from a stored row or a new article)."""

    id: int
    url: str
    source: str
    published: dt.date | None
    content_hash: str
    sig: np.ndarray
    facts: dict[str, Any] = field(default_factory=dict)
    text_facts: dict[str, Any] = field(default_factory=dict)
    # Aliases taught by every article (identity.alias_map over the name_aliases table): set before
    # the keys are first read; a key of this article's names adds the keys its aliases give.
    global_aliases: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @property
    def establishments(self) -> dict[str, str]:
        """Victim name -> FINESS number, for the victims the registry knows (see store/registry.py)."""
        return self.facts.get("finess") or {}

    @property
    def establishment(self) -> str | None:
        return next((self.establishments[v] for v in self.victims if v in self.establishments), None)

    # -- record fields, as merge() reads them ------------------------------------------
    @cached_property
    def victims(self) -> tuple[str, ...]:
        return tuple(self.facts.get("victims") or ())

    @cached_property
    def vendors(self) -> tuple[str, ...]:
        return tuple(self.facts.get("vendors") or ())

    @cached_property
    def incident_date(self) -> str | None:
        return self.facts.get("incident_date") or None

    @cached_property
    def records(self) -> int | None:
        return self.facts.get("records") or None

    @cached_property
    def records_unit(self) -> str | None:
        return self.facts.get("records_unit") or None

    @cached_property
    def data_types(self) -> tuple[str, ...]:
        return tuple(self.facts.get("data_types") or ())

    # -- what linking compares --------------------------------------------------------------
    @cached_property
    def day(self) -> dt.date | None:
        return credible_day(self.published)

    @property
    def order(self) -> tuple[dt.date, str]:
        return (self.day or dt.date.max, self.url)  # undated articles last; the URL breaks ties

    @cached_property
    def anchor(self) -> int | None:
        """The day the article is placed at in time: its publication, else the day of the incident it dates."""
        if self.day:
            return self.day.toordinal()
        date = self.incident_date
        if date and len(date) == 10:
            try:
                return dt.date.fromisoformat(date).toordinal()
            except ValueError:
                return None
        return None

    @cached_property
    def when(self) -> dt.date | None:
        """The month an article's name tokens are keyed in: its publication's, else that of the incident
        it dates (a page with no date that says "le 8 mai 2025" meets the reports of May 2025)."""
        if self.day:
            return self.day
        date = self.incident_date
        if date and len(date) >= 7:
            try:
                return dt.date.fromisoformat(date[:7] + "-01")
            except ValueError:
                return None
        return None

    @cached_property
    def aliases(self) -> list[tuple[str, str]]:
        """The text's aliases that concern this article's own names."""
        own = self.resolved_victims + self.resolved_vendors
        return [(a, b) for a, b in self.text_facts.get("aliases") or ()
                if any(identity.same_victim(n, a) or identity.same_victim(n, b) for n in own)]

    @cached_property
    def mentions(self) -> list[str]:
        return list(self.text_facts.get("mentions") or ())

    def qualified(self, name: str) -> str | None:
        """The one qualified form the text gives a generic name ("CISSS" -> "CISSS de Laval"), if any."""
        head = identity.normalise_org(name)
        forms = {identity.normalise_org(q): q for h, q in self.text_facts.get("qualified") or () if h == head}
        return next(iter(forms.values())) if len(forms) == 1 else None

    @cached_property
    def resolved_victims(self) -> tuple[str, ...]:
        return self._resolve(self.victims)

    @cached_property
    def resolved_vendors(self) -> tuple[str, ...]:
        return self._resolve(self.vendors)

    def _resolve_one(self, name: str) -> str | None:
        return self.qualified(name) if identity.generic(name) else name

    def _resolve(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The names as comparable identities: a generic name stands for its one qualified form in the
        text, else is dropped (a bare "CISSS" or "CHU" names no one)."""
        out = []
        for name in names:
            name = self._resolve_one(name)
            if name and name not in out:
                out.append(name)
        return tuple(out)

    def _names_keys(self, names: tuple[str, ...]) -> frozenset[str]:
        keys: set[str] = set()
        for raw in names:
            name = self._resolve_one(raw)
            if not name:
                continue
            if raw in self.establishments:
                keys.add(f"f:{self.establishments[raw]}")
            keys |= identity.name_keys(name)
            if name in self.establishments:
                keys.add(f"f:{self.establishments[name]}")
            for a, b in self.aliases:
                if identity.same_victim(name, a) or identity.same_victim(name, b):
                    keys |= identity.as_town_alias(a) | identity.as_town_alias(b)
        return frozenset(keys)

    @cached_property
    def base_victim_keys(self) -> frozenset[str]:
        return self._names_keys(self.victims)

    @cached_property
    def base_vendor_keys(self) -> frozenset[str]:
        return self._names_keys(self.vendors)

    @property
    def base_keys(self) -> frozenset[str]:
        """The keys of the article's own names and its text's aliases: where global aliases apply."""
        return self.base_victim_keys | self.base_vendor_keys

    def _expand(self, keys: frozenset[str]) -> frozenset[str]:
        aliases = self.global_aliases
        if not aliases:
            return keys
        return keys.union(*(aliases[k] for k in keys if k in aliases))

    @cached_property
    def victim_keys(self) -> frozenset[str]:
        return self._expand(self.base_victim_keys)

    @cached_property
    def vendor_keys(self) -> frozenset[str]:
        return self._expand(self.base_vendor_keys)

    @cached_property
    def alias_entries(self) -> list[tuple[str, str, frozenset[str], str, str]]:
        """(key, aliased identity, added keys, name, alias) for every pair the text teaches."""
        out = []
        for name, alias in self.text_facts.get("aliases") or ():
            out.extend((k, a, added, name, alias) for k, a, added in identity.alias_entries(name, alias))
        return out

    @cached_property
    def names(self) -> list[str]:
        return list(self.resolved_victims + self.resolved_vendors) + [n for pair in self.aliases for n in pair]

    @cached_property
    def bands(self) -> frozenset[str]:
        return frozenset(band_keys(self.sig))

    @cached_property
    def stored_keys(self) -> frozenset[str]:
        return frozenset(self.keys())

    @cached_property
    def lookup_keys(self) -> frozenset[str]:
        return frozenset(self.lookups())

    def keys(self) -> set[str]:
        """The keys stored for this article."""
        keys = set(self.victim_keys | self.vendor_keys)
        keys |= identity.token_keys(self.names, self.when)
        keys |= identity.count_keys(self.names, self.mentions, self.records)
        keys |= self.bands
        keys.add(f"h:{self.content_hash}")
        return keys

    def lookups(self) -> set[str]:
        """The keys of the articles this one could be grouped with."""
        keys = identity.key_lookups(self.victim_keys | self.vendor_keys)
        keys |= identity.token_lookups(self.names, self.when)
        keys |= identity.count_lookups(self.names, self.mentions, self.records)
        keys |= self.bands
        keys.add(f"h:{self.content_hash}")
        return keys


def sig_to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def sig_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32) if data else _EMPTY
