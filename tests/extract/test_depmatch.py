"""depmatch.ArrayDependencyMatcher gives spaCy's DependencyMatcher's matches, in the same order.

Both run the dependency rules of data/rules/victims.json, and patterns of other
shapes (a REGEX node and a POS node that go through the Matcher, NOT_IN, a node
with no attribute, two attributes on one node), over sentences written for the
purpose and parsed by the model."""

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from healthbreach.extract.depmatch import ArrayDependencyMatcher
from healthbreach.extract.nlp import parse_nlp
from healthbreach.extract.rules import RuleSet

SENTENCES = [
    "Le centre hospitalier de Dax a été victime d'une cyberattaque.",
    "Une attaque informatique vise la clinique Saint-Jean depuis lundi.",
    "Les pirates ont frappé l'hôpital de Cannes et le CHU de Rennes.",
    "La mutuelle, dont le prestataire Cegedim a subi une intrusion, prévient ses adhérents.",
    "Le laboratoire n'a pas été touché par la fuite de données.",
    "Au Québec, le CIUSSS de l'Estrie est la cible d'un rançongiciel.",
    "En Suisse, une fuite touche les patients de la Clinique La Source à Lausanne.",
    "Le groupe de pirates LockBit revendique le vol des données du groupement hospitalier.",
    "Le logiciel de l'éditeur Weda, utilisé par des médecins, est paralysé.",
    "Des données de santé de 750 000 patients ont été dérobées chez un hébergeur.",
]

OTHER = [
    [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
     {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "obj", "RIGHT_ATTRS": {"DEP": {"NOT_IN": ["punct", "det"]}}}],
    [{"RIGHT_ID": "name", "RIGHT_ATTRS": {"TEXT": {"REGEX": "^[A-Z]"}}},
     {"LEFT_ID": "name", "REL_OP": ">", "RIGHT_ID": "any", "RIGHT_ATTRS": {}}],
    [{"RIGHT_ID": "head", "RIGHT_ATTRS": {"LOWER": {"IN": ["hôpital", "clinique", "chu"]}, "DEP": {"IN": ["obj", "nsubj", "nmod"]}}},
     {"LEFT_ID": "head", "REL_OP": ">>", "RIGHT_ID": "below", "RIGHT_ATTRS": {"ORTH": "de"}}],
]


@pytest.fixture(scope="module")
def parsed():
    return list(parse_nlp().pipe(SENTENCES))


def _both(vocab, patterns):
    ours, spacys = ArrayDependencyMatcher(vocab), DependencyMatcher(vocab)
    for name, pattern in patterns:
        ours.add(name, [pattern])
        spacys.add(name, [pattern])
    return ours, spacys


def test_same_matches_as_spacy_on_the_victim_rules(parsed):
    rules = [(r.id, r.pattern) for r in RuleSet.load("rules/victims.json").rules if r.kind == "dep"]
    ours, spacys = _both(parsed[0].vocab, rules)
    found = 0
    for doc in parsed:
        assert ours(doc) == spacys(doc), doc.text
        found += len(spacys(doc))
    assert found >= 5  # the sentences do exercise the rules


def test_same_matches_as_spacy_on_other_pattern_shapes(parsed):
    ours, spacys = _both(parsed[0].vocab, [(f"other{i}", p) for i, p in enumerate(OTHER)])
    found = 0
    for doc in parsed:
        assert ours(doc) == spacys(doc), doc.text
        found += len(spacys(doc))
    assert found >= 20
    assert len(ours._fallback) == 2  # the POS and the REGEX nodes went through the Matcher


def test_may_match_before_the_parse(parsed):
    """may_match reads the words alone: never False, on the sentence not parsed yet, where spaCy's
    matcher finds a match in its parse; False for a sentence without the words the victim rules need."""
    rules = [(r.id, r.pattern) for r in RuleSet.load("rules/victims.json").rules if r.kind == "dep"]
    ours, spacys = _both(parsed[0].vocab, rules)
    matched = 0
    for doc in parsed:
        words = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        assert not words.has_annotation("DEP")
        if spacys(doc):
            matched += 1
            assert ours.may_match(words), doc.text
    assert matched >= 5
    assert not ours.may_match(parse_nlp().make_doc("Le directeur remercie les équipes soignantes pour leur travail."))
    assert ours.may_match(parse_nlp().make_doc("La clinique Saint-Jean a été la cible de pirates."))
