"""Victims probes (session 12): the fullest name, towns in headlines, a group's sites, clients behind their
provider, authorities that investigate. Every text is invented for this test; names are invented too.

A case passes when the victims are exactly the expected ones under the shared scorer's rule (containment
after folding, or one is the other's initials), none holds a word of `never`, and, where given, the
vendors are exactly those listed. The headline is given both as `title` and as the text's first line,
as the extract command does with a page.
"""

import pytest

from tests.extract.test_victims_general import assert_victims

# (headline or None, body, victims, words no victim may contain, vendors or None when not checked)
CASES = [
    # --- the fullest form: an acronym + tail in the headline, the full name spelt out in the body
    ("Le CHI des Trois-Rivières sort du mode dégradé après la cyberattaque",
     "Trois semaines après l'attaque par rançongiciel, le centre hospitalier intercommunal des Trois-Rivières retrouve un "
     "fonctionnement normal. L'établissement a refusé de payer la rançon.",
     ["centre hospitalier intercommunal des Trois-Rivières"], [], None),
    ("Aubelles : le CHR de Haute-Lande ferme ses urgences après un piratage",
     "Le Centre hospitalier régional de Haute-Lande (CHRHL), à Aubelles, a été frappé samedi par une attaque au "
     "rançongiciel. Les urgences sont fermées aux ambulances.",
     ["CHR de Haute-Lande"], [], None),  # the press's own form of a regional hospital stays
    ("Données volées au CISSS des Hautes-Rives : 40 000 usagers touchés",
     "Le Centre intégré de santé et de services sociaux des Hautes-Rives a confirmé mardi que les données de 40 000 "
     "usagers avaient été publiées par les pirates. Le CISSS n'a pas payé la rançon.",
     ["CISSS des Hautes-Rives"], [], None),  # the press's form, unless the text gives it only as the full name's alias
    ("Cyberattaque dans la vallée : les urgences en délestage",
     "Les systèmes informatiques du Centre intégré de santé et de services sociaux des Basses-Terres (CISSS des "
     "Basses-Terres) sont paralysés depuis samedi, au terme d'une intrusion majeure.",
     ["Centre intégré de santé et de services sociaux des Basses-Terres"], [], None),
    (None,
     "La clinique Saint-Exupéry de Vaulnes fait face à une attaque informatique. L'établissement de l'Orne, déjà visé "
     "en 2021 par un rançongiciel, a fermé son portail patient.",
     ["clinique Saint-Exupéry"], ["Orne", "établissement"], None),
    # neighbours: the acronym form where the body writes it as the name, or where no full name is written whole
    (None,
     "Le Centre intégré de santé et de services sociaux (CISSS) des Hautes-Rives a été la cible d'une cyberattaque. "
     "Le CISSS des Hautes-Rives a prévenu ses usagers.",
     ["CISSS des Hautes-Rives"], [], None),
    ("Cyberattaque au CHU de Valmont : les urgences perturbées",
     "Le CHU de Valmont a été visé par un rançongiciel dans la nuit de lundi. Le centre hospitalier universitaire de "
     "Valmont fonctionne en mode dégradé.",
     ["CHU de Valmont"], [], None),
    (None,
     "Le CHR de Vallonne a été victime d'un piratage informatique jeudi. Le Centre hospitalier régional de Vallonne "
     "(CHR Vallonne Est) a porté plainte. Le CHR de Vallonne annonce une campagne de sensibilisation.",
     ["CHR de Vallonne"], [], None),
    (None,
     "Le centre hospitalier de Morvel a été victime d'une cyberattaque. Le CH de Morvel a déposé plainte.",
     ["centre hospitalier de Morvel"], [], None),
    # --- an acronym the text spells out without brackets
    ("Fuite au laboratoire LBAM : 20 000 patients touchés",
     "Le groupe Medusa affirme avoir dérobé des documents au Laboratoire breton d'analyses médicales. Le LBAM a "
     "confirmé jeudi que les données de 20 000 patients ont été exfiltrées.",
     ["Laboratoire breton d'analyses médicales"], [], None),
    # --- towns in the headline are no victims
    ("Vernac et Sauzet : les urgences fermées après une cyberattaque",
     "Le Groupe hospitalier Vallée-Lorne (GHVL), qui réunit les sites de Vernac et de Sauzet, a été frappé jeudi par "
     "une cyberattaque. Les urgences des deux sites ont été fermées aux ambulances.",
     ["Groupe hospitalier Vallée-Lorne"], ["Sauzet", "Vernac"], None),
    ("Cyberattaque dans le Haut-Pays : les urgences de Saint-Brévin en délestage",
     "Les systèmes du Centre intégré de santé et de services sociaux du Haut-Pays sont paralysés depuis samedi par un rançongiciel. Les "
     "urgences de l'Hôpital régional de Saint-Brévin fonctionnent en délestage. Les ambulances évitent les urgences de "
     "Saint-Brévin.",
     ["CISSS du Haut-Pays"], ["Saint-Brévin"], None),
    ("Etats-Unis : un réseau de santé de l'Oregon piraté, 2 millions de patients concernés",
     "Bluepine Health Network, un réseau de cliniques de l'Oregon, a révélé mercredi avoir été la cible d'une attaque "
     "par rançongiciel. Les pirates ont chiffré une partie des serveurs.",
     ["Bluepine Health Network"], ["Oregon"], None),
    # neighbour: a headline organisation before the colon stays
    ("Biolanne : 30 000 dossiers exposés après une cyberattaque",
     "Le laboratoire Biolanne a été victime d'une cyberattaque. Les données de 30 000 patients ont été dérobées.",
     ["Biolanne"], [], None),
    ("Cyberattaque : Ormédis visé par un rançongiciel",
     "Les services d'Ormédis, un réseau de laboratoires d'analyses médicales, sont perturbés depuis lundi. Les "
     "résultats des patients ne sont plus transmis. Ormédis a porté plainte.",
     ["Ormédis"], [], None),
    # --- a headline subject forced by the attack; an earlier incident recalled at the end is no victim
    ("Canada : Pinecrest Health contraint de fermer ses urgences après une cyberattaque",
     "Le groupe, qui exploite douze hôpitaux, fonctionne depuis jeudi sans dossiers informatisés. Pinecrest Health, qui "
     "compte 9 000 salariés, n'a pas précisé si des données avaient été volées. En mars 2024, l'attaque contre "
     "Redwater Systems avait perturbé pendant des semaines le paiement des pharmacies.",
     ["Pinecrest Health"], ["Redwater"], None),
    # --- a body owning up to its own flaw
    ("Brévanne : des comptes rendus d'imagerie en libre accès sur un serveur mal protégé",
     "Des milliers de comptes rendus de radiologie étaient consultables sur internet. Le Centre d'imagerie médicale "
     "Val-Marin (CIMVM), qui exploite deux cabinets, a reconnu mardi une « erreur de configuration » d'un serveur "
     "d'archivage. Le CIMVM a prévenu ses patients.",
     ["Centre d'imagerie médicale Val-Marin"], [], None),
    # --- the sites an owner lists after counting them are its parts
    ("Gers : cinq Ehpad du groupe Les Vergers d'Armagnac privés d'informatique",
     "Une attaque informatique a paralysé le système d'information du groupe associatif Les Vergers d'Armagnac, qui gère "
     "cinq établissements pour personnes âgées dans le Gers : la résidence Les Glycines à Auch, Le Clos Fleuri à Condom "
     "et trois maisons à Nogaro. Les serveurs centraux ont été chiffrés.",
     ["Les Vergers d'Armagnac"], ["Glycines", "Clos"], None),
    # neighbour: bodies a colon lists after a breach count are the victims
    (None,
     "Le rançongiciel a touché trois établissements de la région : la clinique des Sources, la clinique du Parc et la "
     "polyclinique Saint-Roch.",
     ["clinique des Sources", "clinique du Parc", "polyclinique Saint-Roch"], [], None),
    # --- a group's sites are the group
    ("Hôpitaux de Vernac et Sauzet : le gang Qilin revendique le piratage",
     "Deux semaines après l'attaque informatique qui a paralysé ses urgences, le GHVL voit son nom apparaître sur le "
     "site de revendication du groupe Qilin. Au Groupe hospitalier Vallée-Lorne, on se montre prudent.",
     ["Groupe hospitalier Vallée-Lorne"], ["Sauzet", "Vernac"], None),
    ("Cyberattaque au GHVL : les données de 30.000 patients publiées",
     "Ce que redoutaient les patients des hôpitaux de Vernac et de Sauzet est arrivé. Les fichiers dérobés lors de "
     "l'attaque ont été mis en ligne. Le Groupe hospitalier Vallée-Lorne a confirmé que les données de 30.000 patients "
     "figurent dans la fuite. Les serveurs du groupe hospitalier Vallée-Lorne avaient été chiffrés.",
     ["Groupe hospitalier Vallée-Lorne"], ["Sauzet", "Vernac"], None),
    # neighbour: a group and one of its hospitals the text names as hit
    (None,
     "Le groupe hospitalier Val-d'Ombre a été visé par une cyberattaque. Le centre hospitalier de Lérac, l'un de ses "
     "sites, a été paralysé et fonctionne en mode dégradé.",
     ["groupe hospitalier Val-d'Ombre", "centre hospitalier de Lérac"], [], None),
    # neighbour: two hospitals really hit
    (None,
     "Les hôpitaux de Brenac et de Lorvat ont été touchés par une cyberattaque mardi. Les urgences sont perturbées.",
     ["hôpital de Brenac", "hôpital de Lorvat"], [], None),
    # --- clients of a provider: the clients are the victims
    ("Tiers payant : deux mutuelles touchées par une intrusion chez leur prestataire",
     "Une intrusion dans la plateforme de gestion de Velora Gestion a exposé les données de plus de 100 000 adhérents "
     "de deux organismes complémentaires : la Mutuelle Océane Santé, basée à Brest, et la Prévoyance des Artisans du "
     "Nord, à Lille. L'incident a été découvert le 8 janvier par les équipes de Velora Gestion.",
     ["Mutuelle Océane Santé", "Prévoyance des Artisans du Nord"], ["Velora"], None),
    (None,
     "Une faille dans le logiciel de Dentasoft a exposé les dossiers de 3 000 patients de deux cabinets dentaires : le "
     "cabinet Sourire Plus et le centre dentaire Émeraude.",
     ["cabinet Sourire Plus", "centre dentaire Émeraude"], ["Dentasoft"], None),
    # neighbour: a count before a colon that lists towns, not bodies
    (None,
     "La clinique des Ormeaux a été victime d'une cyberattaque qui a exposé les données de patients de deux sites : "
     "à Brest et à Quimper.",
     ["clinique des Ormeaux"], ["Brest", "Quimper"], None),
    # --- clients who say their own systems were not reached are no victims
    ("Fuite de données : 800 000 assurés concernés après le piratage d'un opérateur de tiers payant",
     "L'opérateur de tiers payant Paycora a été victime d'une intrusion dans son portail destiné aux pharmaciens. Le "
     "numéro de sécurité sociale et la date de naissance de 800 000 assurés ont été consultés. Parmi les organismes dont les adhérents sont touchés figurent la Mutuelle des "
     "Cimes, Prévoyance Alpine et Horizon Mutuelle. Les trois ont précisé que leurs propres systèmes d'information "
     "« n'ont pas été atteints ».",
     ["Paycora"], ["Cimes", "Alpine", "Horizon"], None),
    # neighbour: the provider's own breach with no client named stays the victim
    (None,
     "L'opérateur de tiers payant Carvexa a été victime d'une cyberattaque. Les données de 200 000 assurés ont été "
     "dérobées.",
     ["Carvexa"], [], None),
    # --- an authority that investigates is no victim
    ("Le préposé ouvre une enquête sur la fuite du laboratoire",
     "Le Préposé cantonal à la protection des données (PCPD) a ouvert une procédure contre le Laboratoire alpin "
     "d'analyses, dont les données de 20 000 patients ont fuité en mars. Le laboratoire n'a pas souhaité commenter.",
     ["Laboratoire alpin d'analyses"], ["Préposé"], None),
    (None,
     "La Commission de protection des données a ouvert une enquête contre la clinique des Tilleuls, dont les dossiers "
     "de patients ont été dérobés par des pirates.",
     ["clinique des Tilleuls"], ["Commission"], None),
    # --- an apposition after a sentence-initial name
    ("Les centres dentaires prévenus après le piratage",
     "Novadent, victime d'une cyberattaque le mois dernier, a prévenu ses patients par courrier. Les données de 5 000 "
     "patients ont été dérobées.",
     ["Novadent"], [], None),
    ("Fuite de données : les patients prévenus",
     "Les patients de la région ont reçu un courrier. Medicalis, victime d'une intrusion en mars, a porté plainte.",
     ["Medicalis"], [], None),
]


@pytest.mark.parametrize("title, text, victims, never, vendors", CASES, ids=[(c[0] or c[1])[:50] for c in CASES])
def test_victims12_probes(extractor, title, text, victims, never, vendors):
    body = f"{title}\n{text}" if title else text
    extraction = extractor.extract(body, title=title)
    assert_victims(extraction, victims, never)
    if vendors is not None:
        assert sorted(f.value for f in extraction.vendors) == sorted(vendors)
