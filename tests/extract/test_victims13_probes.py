"""Victims probes (session 13): a product's lower-case name or a weekday is no victim; a provider's clients named in a
list as the ones hit are the victims. Every text is invented for this test; names are invented too.

A case passes when the victims are exactly the expected ones under the shared scorer's rule (containment after
folding, or one is the other's initials), none holds a word of `never`, and, where given, the vendors are exactly
those listed. The headline is given both as `title` and as the text's first line, as the extract command does.
"""

import pytest

from tests.extract.test_victims_general import assert_victims

# (headline or None, body, victims, words no victim may contain, vendors or None when not checked)
CASES = [
    # --- a product named by its kind in lower case, the expansion of an acronym, is no organisation
    ("LGP : l'éditeur Médiform victime d'une intrusion, 900 pharmacies concernées",
     "Mauvaise nouvelle pour les 900 pharmacies équipées du logiciel de gestion pharmaceutique (LGP) Médiform. L'éditeur "
     "nantais a reconnu lundi qu'un tiers avait accédé à sa plateforme d'hébergement et copié des fichiers de patients.",
     ["Médiform"], ["logiciel"], None),
    (None,
     "Le centre hospitalier de Valbrune a été frappé par un rançongiciel dimanche : le dossier de soins informatisé (DSI) "
     "est inaccessible. Les pirates seraient entrés par un compte de Soltek, l'éditeur du DSI.",
     ["centre hospitalier de Valbrune"], ["dossier"], ["Soltek"]),
    # --- a weekday opening the sentence is no victim
    ("Rançongiciel chez Pharmalink : 80 pharmacies Santéa privées de leurs dossiers",
     "Les 80 pharmacies affiliées à la bannière Santéa ont vécu une fin de semaine difficile. Vendredi matin, une attaque "
     "par rançongiciel contre Pharmalink, le fournisseur qui héberge le système de gestion des dossiers de la bannière, a "
     "rendu inaccessibles les profils des patients.",
     ["Pharmalink"], ["Vendredi"], None),
    # neighbour: a capitalised name opening on a product word stays a victim
    (None,
     "La société Logiciels Hermine, éditeur de solutions pour les cabinets dentaires, a été victime d'une cyberattaque "
     "mardi. Les données de 3 000 patients ont été dérobées.",
     ["Logiciels Hermine"], [], None),
    # --- the bodies a sentence names right after one counting the bodies hit ("trois cliniques paralysées"): those hit
    (None,
     "Une cyberattaque a paralysé trois cliniques de la vallée de la Lorne. La clinique des Aulnes, la clinique "
     "Sainte-Berthe et la polyclinique du Rivage partagent le même prestataire informatique, qui gère leurs serveurs.",
     ["clinique des Aulnes", "clinique Sainte-Berthe", "polyclinique du Rivage"], [], None),
    ("Rançongiciel : le bilan s'alourdit pour les pharmacies de la Lorne",
     "Depuis l'attaque du 4 mars, le bilan s'est alourdi : six pharmacies de la Lorne ont été touchées. Aux deux "
     "officines déjà connues, la Pharmacie du Port et la Pharmacie des Halles, s'ajoutent la Pharmacie Centrale de "
     "Morlan et la Pharmacie du Marché.",
     ["Pharmacie du Port", "Pharmacie des Halles", "Pharmacie Centrale de Morlan", "Pharmacie du Marché"], [], None),
    (None,
     "La clinique des Aulnes, la clinique Sainte-Berthe et la polyclinique du Rivage ont été victimes d'une intrusion via "
     "leur éditeur. Les trois établissements ont maintenu leur activité, la compromission n'ayant pas entraîné de "
     "chiffrement. L'ARS Val-de-Lorne et le CERT Santé accompagnent les structures.",
     ["clinique des Aulnes", "clinique Sainte-Berthe", "polyclinique du Rivage"], ["ARS", "CERT"], None),
    # --- a provider's clients listed as such after its breach
    ("Un hébergeur piraté, deux établissements de soins dans la tourmente",
     "Les serveurs de l'hébergeur Datasûr ont été chiffrés par un rançongiciel dans la nuit de jeudi. Parmi ses clients "
     "figurent deux établissements de soins : la clinique des Aulnes, à Vernac, et le Centre médical du Lac, à Sauzet. "
     "Tous deux confirment que des données de patients étaient hébergées chez le prestataire.",
     ["clinique des Aulnes", "Centre médical du Lac"], ["Vernac", "Sauzet"], None),
    (None,
     "La fuite de données survenue chez l'opérateur de tiers payant Kerval touche 90 000 personnes, selon les deux "
     "mutuelles clientes concernées. Pour la Mutuelle des Cimes comme pour la Prévoyance Alpine, l'enjeu est d'éviter "
     "une vague d'escroqueries.",
     ["Kerval", "Mutuelle des Cimes", "Prévoyance Alpine"], [], None),
    # neighbours: the bodies that took the patients in, and one said not to be hit, stay out
    (None,
     "Le groupe Hospisud a été visé par un rançongiciel qui a paralysé trois de ses cliniques. Les patients ont été "
     "orientés vers le CHU de Valmont et la clinique des Pins.",
     ["groupe Hospisud"], ["Valmont", "Pins"], None),
    (None,
     "Le groupe Hospisud a été visé par un rançongiciel qui a paralysé deux de ses cliniques. La clinique des Pins et "
     "la clinique du Lac n'ont pas été touchées.",
     ["groupe Hospisud"], ["Pins", "Lac"], None),
    # --- a gang named after "le groupe de pirates" is no victim (folded, "pirates" reads as the participle "piratés")
    (None,
     "La clinique des Tilleuls a été la cible d'une cyberattaque le 5 mars, a confirmé l'agence régionale. Une version "
     "que contredit le groupe de pirates Hexalock. Sur son site, il affirme avoir dérobé 2 téraoctets de données.",
     ["clinique des Tilleuls"], ["Hexalock"], None),
    # neighbour: the participle before a name still makes it the one hit
    (None,
     "Des hackers ont piraté lundi la clinique des Ormeaux, qui a porté plainte.",
     ["clinique des Ormeaux"], [], None),
]


@pytest.mark.parametrize("title, text, victims, never, vendors", CASES, ids=[(c[0] or c[1])[:50] for c in CASES])
def test_victims13_probes(extractor, title, text, victims, never, vendors):
    body = f"{title}\n{text}" if title else text
    extraction = extractor.extract(body, title=title)
    assert_victims(extraction, victims, never)
    if vendors is not None:
        assert sorted(f.value for f in extraction.vendors) == sorted(vendors)
