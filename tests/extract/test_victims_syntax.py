"""Victims read from the parse of the candidate sentences (roles.py, rules/victims.json), and the
wrong victims it stops: owners and parent groups, countries, authorities, data-field words."""

import pytest

from healthbreach.extract.nlp import PARSED_KEY, parsed_token


def names(facts):
    return [f.value for f in facts]


def has(found, expected):
    """The shared scorer's rule: one name contains the other, or one is the other's acronym."""
    def initials(name):
        return "".join(w[0] for w in name.lower().replace("-", " ").split() if w not in {"de", "des", "du", "la", "le", "les", "d", "l"})
    return any(expected.lower() in f.lower() or f.lower() in expected.lower() or f.lower() == initials(expected) for f in found)


@pytest.mark.parametrize(
    "text, victim",
    [
        # An acronym and a place between the name and its role.
        ("Le centre hospitalier intercommunal de Val-Vert (CHIVV) à Morteau dans le Jura a été la cible "
         "d'une cyberattaque par rançongiciel.", "centre hospitalier intercommunal de Val-Vert"),
        # A date between the verb and its object.
        ("La cyberattaque qui a visé le 11 février le centre hospitalier de Lons a paralysé les urgences.",
         "centre hospitalier de Lons"),
        # The object of an active attack verb.
        ("Des pirates informatiques ont frappé la clinique Bellevue dans la nuit de dimanche.", "clinique Bellevue"),
    ],
)
def test_the_role_is_read_from_the_sentence(extractor, text, victim):
    found = names(extractor.extract(text).victims)
    assert has(found, victim), found


def test_a_list_after_a_colon_shares_the_role(extractor):
    text = ("Deux établissements de santé ont été la cible de cette cyberattaque : la clinique des Roses et "
            "le laboratoire Biomer. Les dossiers médicaux de leurs patients ont été volés par les pirates.")
    found = names(extractor.extract(text).victims)
    assert has(found, "clinique des Roses") and has(found, "Biomer"), found


@pytest.mark.parametrize(
    "text, victim, never",
    [
        ("La clinique Medilux, filiale du groupe Orbis, a subi une fuite de données touchant 3 000 patients.", "Medilux", "Orbis"),
        ("Selon Orbicare, la société mère de Medilux, la fuite de données de Medilux touche 3 000 patients. "
         "Medilux a été victime d'une cyberattaque.", "Medilux", "Orbicare"),
        ("L'hôpital Saint-Jean du centre hospitalier de Nantes a été victime d'une attaque par rançongiciel.",
         "hôpital Saint-Jean", "centre hospitalier de Nantes"),
        ("Le Groupe Radiolac, réseau de centres d'imagerie médicale, a été victime d'une cyberattaque ; des données "
         "de patients ont été volées. L'incident a été signalé à l'Office fédéral de la cybersécurité (OFCS).",
         "Groupe Radiolac", "Office fédéral"),
        ("Nom, prénom et adresse des patients ont été exposés lors de la cyberattaque qui a visé la clinique "
         "des Pins.", "clinique des Pins", "Nom"),
    ],
)
def test_owners_authorities_and_data_words_are_no_victims(extractor, text, victim, never):
    found = names(extractor.extract(text).victims)
    assert has(found, victim), found
    assert not any(never.lower() in f.lower() for f in found), found


def test_a_country_heading_the_headline_is_no_victim(extractor):
    title = "Australie : les données de millions d'assurés menacées après une cyberattaque"
    text = ("L'assureur Medicor, l'un des principaux assureurs santé en Australie, a été victime d'une "
            "cyberattaque, a-t-il annoncé lundi.")
    found = names(extractor.extract(text, title=title).victims)
    assert "Australie" not in found and has(found, "Medicor"), found


def test_the_name_a_story_keeps_writing_is_its_victim(extractor):
    # No sentence says "X a été victime"; the story names Pharmavia again and again.
    text = ("Pharmavia ne répond plus depuis lundi soir après une intrusion dans ses serveurs.\n"
            "Pharmavia gère les ordonnances de 2 000 officines.\n"
            "Selon Pharmavia, les équipes techniques ont coupé l'accès par précaution et une fuite de données n'est pas exclue.\n"
            "Les pharmaciens clients de Pharmavia sont revenus aux ordonnances papier.")
    assert names(extractor.extract(text).victims) == ["Pharmavia"]


def test_only_sentences_that_can_carry_a_role_are_parsed(extractor):
    text = ("Le centre hospitalier de Lons a été la cible d'une cyberattaque.\n"
            "La météo était clémente ce jour-là et les visiteurs nombreux.")
    doc = extractor.blank(text)
    extractor._add_entities(doc)
    parsed = doc.user_data[PARSED_KEY]
    assert list(parsed) == [0]
    cible = next(t for t in doc if t.text == "cible")
    assert parsed_token(doc, cible.i).dep_ == "ROOT"
    meteo = next(t for t in doc if t.text == "météo")
    assert parsed_token(doc, meteo.i) is None


def test_a_sentence_outside_the_story_is_parsed_only_when_asked(extractor):
    from healthbreach.extract.nlp import PENDING_KEY, load_nlp, parse, sentence_doc

    text = ("Le centre hospitalier de Lons a été la cible d'une cyberattaque lundi, selon la direction.\n"
            "Les urgences fonctionnent en mode dégradé depuis mardi matin.\n"
            "À lire aussi : le CHU de Brest victime d'une attaque informatique")
    doc = extractor.blank(text)
    extractor._add_entities(doc)
    furniture = next(s for s in doc.sents if s.text.startswith("À lire"))
    assert sorted(doc.user_data[PARSED_KEY]) == [0, furniture.start]
    assert doc.user_data[PENDING_KEY] == {furniture.start}  # a furniture line: not parsed with the rest
    assert doc.user_data[PARSED_KEY][furniture.start].has_annotation("DEP") is False
    victime = next(t for t in furniture if t.text == "victime")
    token = parsed_token(doc, victime.i)
    assert doc.user_data[PENDING_KEY] == set() and token.doc.has_annotation("DEP")
    alone = sentence_doc(load_nlp(), furniture)
    parse(load_nlp(), [alone])
    assert [(t.dep_, t.head.i) for t in token.doc] == [(t.dep_, t.head.i) for t in alone]


def test_without_the_model_nothing_is_parsed_and_roles_come_from_the_words():
    from healthbreach.extract.extractor import Extractor

    extraction = Extractor(use_model=False).extract("Le CHU de Rennes a été victime d'une cyberattaque.")
    assert names(extraction.victims) == ["CHU de Rennes"]


def test_the_members_named_after_celles_de_are_each_a_victim(extractor):
    text = ("Trois agences régionales de santé ont été victimes d'une cyberattaque entraînant le vol de données "
            "de patients. Les ARS concernées sont celles de Bretagne, de Normandie et des Pays de la Loire.")
    assert names(extractor.extract(text).victims) == ["ARS Bretagne", "ARS Normandie", "ARS Pays de la Loire"]
