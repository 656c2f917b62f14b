"""The extractor parses a candidate sentence only where roles.dep_roles can read its parse: where a
dependency rule finds its words, or where two mentions may hang on one another."""

from healthbreach.extract.chunks import make_doc
from healthbreach.extract.mentions import MENTIONS_KEY, collect_mentions
from healthbreach.extract.nlp import PARSED_KEY


def _parsed_sentences(extractor, text):
    doc = make_doc(extractor.blank, text)
    extractor._add_entities(doc)
    return doc, [doc[i].sent.text.strip() for i in sorted(doc.user_data[PARSED_KEY])]


def test_a_rule_word_or_two_mentions_get_the_parse(extractor):
    text = ("Le centre hospitalier de Dax a été victime d'une cyberattaque. "
            "Le CHU de Rennes communique sur les patients concernés. "
            "Le CHU de Rennes et la clinique de Vannes communiquent sur les patients concernés.")
    doc, parsed = _parsed_sentences(extractor, text)
    assert parsed == ["Le centre hospitalier de Dax a été victime d'une cyberattaque.",
                      "Le CHU de Rennes et la clinique de Vannes communiquent sur les patients concernés."]
    # the mentions collected for the gate are those victims.find_organisations reads
    kept = doc.user_data.get(MENTIONS_KEY)
    assert kept is not None and collect_mentions(doc) is kept
    fresh = make_doc(extractor.blank, text)
    fresh.ents = list(doc.ents)
    assert [(m.start, m.end, m.key) for m in collect_mentions(fresh)] == [(m.start, m.end, m.key) for m in kept]
