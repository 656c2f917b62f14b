"""prefixruler.PrefixRuler gives spaCy's SpanRuler's spans, pattern for pattern.

The blank pipeline's organisation ruler is a PrefixRuler over nlp.ruler_patterns;
here the same patterns (and a few of other shapes) go through spaCy's own
span_ruler, and both must give the same spans (start, end, label, id, order) on
phrases written for the purpose."""

import spacy
import pytest

from healthbreach.extract.nlp import SPANS_KEY, blank_nlp, ruler_patterns
from healthbreach.extract.prefixruler import PrefixRuler

PHRASES = [
    "Le centre hospitalier universitaire (CHU) de Rennes a été victime d'une cyberattaque.",
    "Le centre hospitalier régional et universitaire de Lille-Sud et le CHU de Nantes sont touchés.",
    "Les hôpitaux de Dax et le groupe hospitalier Paris Saint-Joseph ont porté plainte.",
    "L'hôpital privé de la Loire, la clinique Saint-Jean et la Clinique des Cèdres ferment leurs urgences.",
    "La Mutuelle Générale a été piratée ; Harmonie Mutuelle et La Mutuelle Bleue ne le sont pas.",
    "Le laboratoire d'analyses de biologie médicale Cerballiance Genève a subi une fuite.",
    "Une intrusion au CH de Cannes Simone - Veil puis à l'hôpital Georges - Pompidou (AP-HP).",
    "Le centre de lutte contre le cancer Léon Bérard et le centre de santé du Parc sont visés.",
    "L'Assistance publique - Hôpitaux de Paris et les Hospices civils de Lyon communiquent.",
    "La CPAM du Val-de-Marne, l'ARS Bretagne et le GHT Cœur Grand Est alertent les patients.",
    "Au Québec, le CIUSSS de l'Estrie et l'hôpital Maisonneuve-Rosemont ; en Suisse, la Clinique La Source.",
    "Pharmacie Centrale de Liège : la pharmacie du Marché et les Laboratoires Servier.",
    "un centre hospitalier\nRennes\nle CHU",
    "CENTRE HOSPITALIER DE VALENCE : L'HÔPITAL RESTE OUVERT.",
    "L'Ehpad Les Jardins, la maternité Sainte-Félicité et l'institut Curie.",
    "",
]

# Patterns of other shapes: a fixed word after one-token steps, no fixed word at all,
# an all-optional tail, fixed words only, and a phrase.
OTHER = [
    {"label": "X", "id": "later", "pattern": [{"IS_TITLE": True}, {"LOWER": "hospitalier"}, {"IS_TITLE": True, "OP": "*"}]},
    {"label": "X", "id": "none", "pattern": [{"IS_UPPER": True}, {"ORTH": "("}, {"IS_UPPER": True, "OP": "+"}]},
    {"label": "X", "id": "optional", "pattern": [{"LOWER": "clinique"}, {"IS_TITLE": True, "OP": "*"}]},
    {"label": "X", "id": "fixed", "pattern": [{"LOWER": "centre"}, {"LOWER": "de"}, {"LOWER": "santé"}]},
    {"label": "Y", "id": "phrase", "pattern": "hôpital Georges"},
]


def _spanruler(patterns):
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "overwrite": True})
    ruler.add_patterns(patterns)
    return nlp


def _spans(doc):
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans[SPANS_KEY]]


@pytest.mark.parametrize("extra", [[], OTHER], ids=["organisation patterns", "other shapes"])
def test_prefix_ruler_gives_the_span_rulers_spans(extra):
    tokenizer = spacy.blank("fr")
    patterns = ruler_patterns(tokenizer) + extra
    ours, reference = PrefixRuler(tokenizer, SPANS_KEY, patterns), _spanruler(patterns)
    found = 0
    for text in PHRASES:
        doc, expected = ours(tokenizer(text)), reference(text)
        assert _spans(doc) == _spans(expected), text
        found += len(_spans(expected))
    assert found >= 30  # the phrases do exercise the patterns


def test_blank_pipeline_runs_the_prefix_ruler():
    assert isinstance(blank_nlp().get_pipe("org_ruler"), PrefixRuler)
    doc = blank_nlp()("Le CHU de Rennes et la clinique Saint-Jean.")
    assert {(s.text, s.id_) for s in doc.spans[SPANS_KEY]} >= {("CHU de Rennes", "head:CHU"), ("clinique Saint-Jean", "head:clinique")}
