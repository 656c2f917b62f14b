"""The breach-fact extractor: one object per process, facts with evidence per article.

Every article goes through the cheap pipeline (tokenizer, rule-based
sentences, the health-organisation ruler: nlp.blank_nlp). Relevance gates the
rest: an article that does not speak of a breach in the health sector (the
crawl-time gate, then the stricter relevance.reports_breach) gets
`relevant=False` and nothing else. For relevant ones, the model (nlp.load_nlp)
runs only on the sentences that can carry a fact: its NER on those that can
name an organisation (its entities are laid back onto the whole-article Doc,
so that every Fact's offsets are offsets in the text given), its parser on the
fewer that also hold a breach or role word and a name, and whose parse
roles.dep_roles can read: the words of a dependency rule, or two mentions
(kept beside the Doc: nlp.parsed_token).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from healthbreach.extract import actors, attacks, care, datatypes, dates, orgs, records
from healthbreach.extract.chunks import MAX_SENTENCE_CHARS, head, make_doc
from healthbreach.extract.evidence import Fact
from healthbreach.extract.nlp import PARSED_KEY, PENDING_KEY, SPANS_KEY, blank_nlp, entities, load_nlp, parse, sentence_doc, token_table
from healthbreach.extract.mentions import MENTIONS_KEY, collect_mentions
from healthbreach.extract.relevance import judge, reports_breach
from healthbreach.extract.roles import DEP_RULES, ROLE_RULES
from healthbreach.extract.rules import RuleSet
from healthbreach.extract.textspans import HEADER_ZONE, body_segments, doc_folded, doc_text, is_prose
from healthbreach.extract.victims import _story_spans

# Bump whenever a rule, a word list or the model changes what is extracted:
# stored extractions made by another version are redone by `extract --db`.
EXTRACTOR_VERSION = "2026.12.02-6"

CHUNK = 64  # articles whose candidate sentences go through the model together
ORG_LABELS = {"ORG", "MISC"}
# The sentences worth the model (data/rules/roles.json, label "gate"): its NER on those that hold a breach or
# role word (and can name an organisation), its parser on those that also hold a word of the dependency rules
# (rules/victims.json) and a name.
ROLE_WORD = RuleSet.load(ROLE_RULES).regex("role.worth_model")
STRONG_ROLE_WORD = RuleSet.load(ROLE_RULES).regex("role.worth_parse")


@dataclass
class Extraction:
    relevant: bool
    relevance_terms: list[str] = field(default_factory=list)
    victims: list[Fact] = field(default_factory=list)
    vendors: list[Fact] = field(default_factory=list)
    published: Fact | None = None
    incident_date: Fact | None = None
    disclosure_date: Fact | None = None
    records: Fact | None = None
    records_claim: Fact | None = None
    data_types: list[Fact] = field(default_factory=list)
    attack_types: list[Fact] = field(default_factory=list)
    threat_actor: Fact | None = None
    care_disrupted: Fact | None = None  # value "true" or "false"

    def facts(self) -> list[Fact]:
        singles = [self.published, self.incident_date, self.disclosure_date, self.records, self.records_claim]
        how = [*self.attack_types, *(f for f in (self.threat_actor, self.care_disrupted) if f)]
        return [*self.victims, *self.vendors, *(f for f in singles if f), *self.data_types, *how]

    def to_record(self, id: str) -> dict[str, Any]:
        """The SCHEMA.md object, plus every fact with its evidence."""
        return {
            "id": id,
            "relevant": self.relevant,
            "victims": [f.value for f in self.victims],
            "vendors": [f.value for f in self.vendors],
            "published": self.published.value if self.published else None,
            "incident_date": self.incident_date.value if self.incident_date else None,
            "disclosure_date": self.disclosure_date.value if self.disclosure_date else None,
            "records": self.records.value if self.records else None,
            "records_unit": self.records.unit if self.records else None,
            "records_claim": self.records_claim.value if self.records_claim else None,
            "data_types": [f.value for f in self.data_types],
            "attack_types": [f.value for f in self.attack_types],
            "threat_actor": self.threat_actor.value if self.threat_actor else None,
            "care_disrupted": self.care_disrupted.value == "true" if self.care_disrupted else None,
            "relevance_terms": self.relevance_terms,
            "evidence": [f.to_dict() for f in self.facts()],
        }


def _may_name(sent: Span, ruled: set[int]) -> bool:
    """A sentence that can name an organisation: a ruler form, or a capitalised word that is not a
    sentence-initial function word ("Selon", "Les")."""
    if any(sent.start <= i < sent.end for i in ruled):
        return True
    idx, _, _, stop = token_table(sent.doc)
    text = doc_text(sent.doc)
    return any(text[idx[i] : idx[i] + 1].isupper() and not (i == sent.start and stop[i]) for i in range(sent.start, sent.end))


def _mentions_in(doc: Doc, sent: Span) -> int:
    """How many of the article's mentions (mentions.collect_mentions, collected here once its
    entities are set, and kept for victims.find_organisations) start in `sent`."""
    starts = doc.user_data.get(MENTIONS_KEY + "_starts")
    if starts is None:
        doc.user_data[MENTIONS_KEY] = found = collect_mentions(doc)
        starts = doc.user_data[MENTIONS_KEY + "_starts"] = sorted(m.start for m in found)
    return bisect_left(starts, sent.end_char) - bisect_left(starts, sent.start_char)


def _headline(doc: Doc) -> str | None:
    """A plain-text page's headline: the first line above the body that speaks of a breach."""
    for seg in body_segments(doc):
        if is_prose(seg.text) or seg.start > HEADER_ZONE:
            return None
        if len(seg.text.split()) >= 4 and judge(seg.text).breach_terms:
            return seg.text
    return None


def _as_date(fact: Fact | None) -> dt.date | None:
    if fact is None:
        return None
    try:
        return dt.date.fromisoformat(str(fact.value))
    except ValueError:
        return None  # a month or a year is not a reference day for "mardi"


class Extractor:
    """Loads the pipelines once; `extract` one article or `pipe` many."""

    def __init__(self, *, use_model: bool = True, batch_size: int = 1024) -> None:
        self.blank = blank_nlp()
        self.ner = load_nlp() if use_model else None
        self.batch_size = batch_size
        self.dep_rules = RuleSet.load(DEP_RULES)

    def extract(self, text: str, *, title: str | None = None, published: dt.date | None = None) -> Extraction:
        return next(self.pipe([(text, title, published)]))

    def pipe(self, items: Iterable[tuple[str, str | None, dt.date | None]]) -> Iterator[Extraction]:
        """Extractions in the order of `items`; the model runs over the candidate sentences of up
        to CHUNK articles at once (bigger batches are faster), results are still yielded one by one."""
        chunk: list[tuple[Doc, Doc | None, str | None, dt.date | None, list[str]] | Extraction] = []
        for text, title, published in items:
            text = head(text)  # a 20 MB text is read from its first TEXT_BUDGET characters
            relevance = judge(text, title)
            if not (relevance.relevant and reports_breach(text, title)):
                # The page's own publication day is a fact of any article, relevant or not.
                chunk.append(Extraction(False, relevance.terms, published=dates.metadata_published(published) if published else None))
            else:
                doc = make_doc(self.blank, text)  # in chunks past CHUNK_CHARS: no length limit
                title = title or _headline(doc)
                chunk.append((doc, make_doc(self.blank, title) if title else None, title, published, relevance.terms))
            if len(chunk) >= CHUNK:
                yield from self._finish(chunk)
                chunk = []
        yield from self._finish(chunk)

    def _finish(self, chunk: list) -> Iterator[Extraction]:
        articles = [item for item in chunk if not isinstance(item, Extraction)]
        self._add_entities(*(item[0] for item in articles), titles=[item[1] for item in articles if item[1] is not None])
        for item in chunk:
            yield item if isinstance(item, Extraction) else self._facts(*item)

    def _add_entities(self, *docs: Doc, titles: Iterable[Doc] = ()) -> None:
        """The model's entities of the candidate sentences, laid onto each whole-article Doc (and
        headline Doc), and the parse of those that can say who was hit (nlp.parsed_token), all
        docs batched together.

        A headline's roles are read from its words (roles.title_victims), never from a parse:
        headlines are not parsed. An article sentence that can carry a role but lies outside the
        story (victims._story_spans: furniture, other stories' headlines), where no victim is
        read, is left to be parsed on demand (nlp.PENDING_KEY)."""
        titles = list(titles)
        if self.ner is None or not (docs or titles):
            return
        sentences = []
        for doc in (*docs, *titles):
            folded = doc_folded(doc)
            ruled = {s.start for s in doc.spans.get(SPANS_KEY, [])}
            sentences += [(doc, s) for s in doc.sents if s.end_char - s.start_char <= MAX_SENTENCE_CHARS and ROLE_WORD.search(folded, s.start_char, s.end_char) and _may_name(s, ruled)]
        sent_docs = entities(self.ner, (sentence_doc(self.ner, s) for _, s in sentences), self.batch_size)
        spans: dict[int, list[Span]] = {id(doc): [] for doc in (*docs, *titles)}
        for (doc, sent), sent_doc in zip(sentences, sent_docs):
            spans[id(doc)].extend(Span(doc, sent.start + e.start, sent.start + e.end, label=e.label_) for e in sent_doc.ents)
        for doc in titles:
            doc.ents = filter_spans(spans[id(doc)])
        named: dict[int, set[int]] = {}
        story: dict[int, list[tuple[int, int]]] = {}
        for doc in docs:
            doc.ents = filter_spans(spans[id(doc)])
            doc.user_data[PARSED_KEY] = {}
            doc.user_data[PENDING_KEY] = set()
            # The parser only where a role can be read: a role word and an organisation the ruler or the model found.
            named[id(doc)] = {i for s in doc.spans.get(SPANS_KEY, []) for i in range(s.start, s.end)} | {
                i for e in doc.ents if e.label_ in ORG_LABELS for i in range(e.start, e.end)}
            story[id(doc)] = _story_spans(doc)
        to_parse = []
        for (doc, sent), sent_doc in zip(sentences, sent_docs):
            if id(doc) not in named or not (STRONG_ROLE_WORD.search(doc_folded(doc), sent.start_char, sent.end_char)
                                            and any(i in named[id(doc)] for i in range(sent.start, sent.end))):
                continue
            # roles.dep_roles reads a parse through a dependency rule (roles.DEP_RULES), which needs its
            # words in the sentence, or where one of its mentions hangs on another (two at least).
            if not (self.dep_rules.dep_may_match(sent_doc) or _mentions_in(doc, sent) >= 2):
                continue
            doc.user_data[PARSED_KEY][sent.start] = sent_doc
            if any(s < sent.end_char and sent.start_char < e for s, e in story[id(doc)]):
                to_parse.append(sent_doc)
            else:
                doc.user_data[PENDING_KEY].add(sent.start)
        parse(self.ner, to_parse, self.batch_size)

    def _facts(self, doc: Doc, title_doc: Doc | None, title: str | None, page_published: dt.date | None, terms: list[str]) -> Extraction:
        victims, vendors = orgs.find_organisations(doc, title=title, title_doc=title_doc)
        # A known threat actor (data/threat_actors.json, aliases included) is never a victim or a vendor.
        victims = [f for f in victims if not actors.is_threat_actor(str(f.value))]
        vendors = [f for f in vendors if not actors.is_threat_actor(str(f.value))]
        published = dates.find_published(doc, page_published)
        reference = _as_date(published) or page_published
        found_records = {f.field: f for f in records.find_records(doc)}
        return Extraction(
            relevant=True,
            relevance_terms=terms,
            victims=victims,
            vendors=vendors,
            published=published,
            incident_date=dates.find_incident_date(doc, reference, title_doc),
            disclosure_date=dates.find_disclosure_date(doc, reference),
            records=found_records.get("records"),
            records_claim=found_records.get("records_claim"),
            data_types=datatypes.find_data_types(doc),
            attack_types=attacks.find_attack_types(doc),
            threat_actor=actors.find_threat_actor(doc, [f.value for f in (*victims, *vendors)]),
            care_disrupted=care.find_care_disrupted(doc),
        )
