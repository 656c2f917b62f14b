"""Victims and vendors: French health-organisation forms and the roles their sentences give them."""

import pytest

from healthbreach.extract import orgs
from healthbreach.store.incidents import same_victim


def names(facts):
    return [f.value for f in facts]


def has(found: list[str], expected: str) -> bool:
    """The scorer's rule: one name contains the other after case folding."""
    return any(expected.lower() in f.lower() or f.lower() in expected.lower() for f in found)


# (passage, victims, vendors) -- with the model's NER (session fixture).
CASES = [
    ("Le CHU de Rennes a été victime d'une cyberattaque ; les données de patients ont fuité.", ["CHU de Rennes"], []),
    ("L'Assistance publique-Hôpitaux de Paris (AP-HP) a subi une fuite de données touchant 1,4 million de personnes.", ["AP-HP"], []),
    ("Harmonie Mutuelle a confirmé une fuite de données concernant ses adhérents.", ["Harmonie Mutuelle"], []),
    ("Les serveurs du centre hospitalier de Dax ont été chiffrés par un rançongiciel.", ["centre hospitalier de Dax"], []),
    ("Une cyberattaque a visé la clinique du Parc à Lyon, selon l'ARS.", ["clinique du Parc"], []),
    ("Le GHT Cœur Grand Est a été touché par une attaque informatique.", ["GHT Cœur Grand Est"], []),
    ("Les laboratoires utilisaient un logiciel édité par la société Medilab, à l'origine de la fuite de données de leurs patients.", [], ["Medilab"]),
    ("La CNIL et l'Anssi enquêtent sur la fuite de données de l'hôpital de Cahors.", ["hôpital de Cahors"], []),
    ("Le groupe LockBit a revendiqué le piratage de l'hôpital de Cannes.", ["hôpital de Cannes"], []),
    ("Selon Zataz, les données de la mutuelle MGEN ont été mises en vente par des pirates.", ["MGEN"], []),
    ("Une fuite de données chez Cegedim Santé expose des dossiers de patients.", ["Cegedim Santé"], []),
    ("La pharmacie du Centre à Brive a été piratée et les ordonnances de ses clients dérobées.", ["pharmacie du Centre"], []),
    ("L'hôpital de Villefranche-sur-Saône a été paralysé par une cyberattaque.", ["hôpital de Villefranche-sur-Saône"], []),
    ("La plateforme de téléconsultation Medadom a été victime d'une intrusion informatique.", ["Medadom"], []),
    ("Le parquet de Paris a ouvert une enquête après la fuite de données de l'hôpital Simone-Veil de Cannes.", ["hôpital Simone-Veil"], []),
    ("La CPAM du Val-de-Marne a été victime d'un accès frauduleux aux comptes de 2 000 assurés.", ["CPAM du Val-de-Marne"], []),
    ("La clinique Sainte-Odile de Vernay a été victime d'une cyberattaque dans la nuit.", ["clinique Sainte-Odile"], []),
    # Coordinations share the role of the whole list, the model's missed names included.
    ("Une fuite de données chez Tiersalis et Optimut expose les contrats de millions d'assurés.", ["Tiersalis", "Optimut"], []),
    ("Le cabinet Radiologie du Mail à Vannes et le centre d'imagerie Les Glycines à Lorient font partie des victimes du piratage.",
     ["Radiologie du Mail", "centre d'imagerie Les Glycines"], []),
    ("La clinique des Cèdres figure parmi les établissements touchés par la fuite de données.", ["clinique des Cèdres"], []),
    ("La pharmacie des Tanneurs à Dole, l'une des officines touchées, a prévenu ses clients du piratage.",
     ["pharmacie des Tanneurs"], []),
    # A name the model misses or calls a place, with an apposition that says what it is.
    ("Un pirate met en vente la base de données de Dentimo, un réseau de centres dentaires.", ["Dentimo"], []),
    ("Les hôpitaux de Montbrison, Feurs et Roanne ont été frappés par un rançongiciel.",
     ["hôpital de Montbrison", "hôpital de Feurs", "hôpital de Roanne"], []),
    # The group named in a relative clause is not the subject of the main verb.
    ("L'hôpital privé des Portes du Sud, qui appartient au groupe Santalis, a été victime d'une cyberattaque.",
     ["hôpital privé des Portes du Sud"], []),
    ("Une faille sur le site de prise de rendez-vous de la clinique Pasteur a exposé les données de 4 000 patients.",
     ["clinique Pasteur"], []),
    ("Le CH de Dax-Côte d'Argent a été paralysé par un rançongiciel en février.", ["CH de Dax-Côte d'Argent"], []),
    ("Les pirates ont pénétré le réseau informatique de l'Établissement français du sang, qui a porté plainte.", ["EFS"], []),
    ("Un pirate diffuse une copie d'une base de données appartenant au centre Radiologie du Port, à Sète.",
     ["Radiologie du Port"], []),
    # The acronym between the head and its name: its short form, as the press writes it later.
    ("Le centre hospitalier universitaire (CHU) de Poitiers a été victime d'une cyberattaque.",
     ["CHU de Poitiers"], []),
    # A town hall's place is not a name; laboratories using a software are not its vendor.
    ("La mairie de Mazères et le centre hospitalier Saint-Jacques ont été visés mardi par une même attaque informatique.",
     ["centre hospitalier Saint-Jacques"], []),
    # A group names no one: no victim (the seeds' gold counts none for such a sentence).
    ("Selon Libération, les données volées proviennent de logiciels de laboratoires d'analyses médicales.", [], []),
    ("Les données volées par les pirates proviendraient d'une vingtaine de laboratoires de biologie médicale bretons.", [], []),
    ("Un serveur mal configuré appartenant à un cabinet de cardiologie de Nîmes a laissé en libre accès 8 000 comptes rendus.",
     ["cabinet de cardiologie de Nîmes"], []),
    ("Une erreur de configuration d'un serveur de la plateforme Medirapid a exposé les rendez-vous de 9 420 patients.",
     ["Medirapid"], []),
    # Two appositions and a time between the name and its role.
    ("L'hôpital Jean-Rostand, à Sèvres, qui dépend du groupe hospitalier Ouest, a été victime samedi soir d'une cyberattaque.",
     ["hôpital Jean-Rostand"], []),
    # Stolen "from" an organisation; exposed on its provider's server "sans mot de passe".
    ("Le groupe affirme avoir dérobé 300 Go de données au laboratoire Biosud, à Nice.", ["laboratoire Biosud"], []),
    ("Un fichier était accessible sans mot de passe sur le serveur d'un prestataire de la Fondation Lenval, un hôpital niçois.",
     ["Fondation Lenval"], []),
    # A plural head, names with their towns in brackets, no "de".
    ("Les cliniques Saint-Roch (Cavaillon), Sainte-Anne (Apt) et Notre-Dame (Pertuis) ont signalé une fuite de données.",
     ["clinique Saint-Roch", "clinique Sainte-Anne", "clinique Notre-Dame"], []),
    ("Le 21 août 2022, le centre hospitalier de Corbeil subissait une cyberattaque par rançongiciel.",
     ["centre hospitalier de Corbeil"], []),
    ("Les données de 1 350 patients suivis au centre hospitalier de Roubaix ont été exposées sur Internet.",
     ["centre hospitalier de Roubaix"], []),
    ("La clinique esthétique Lumière, à Paris, a été victime d'un piratage de ses serveurs.", ["clinique esthétique Lumière"], []),
    ("Les ordinateurs de la maison de santé pluriprofessionnelle de Gourin ont été chiffrés par un rançongiciel.",
     ["maison de santé pluriprofessionnelle de Gourin"], []),
    # The official form beats the everyday "hôpital de X".
    ("L'hôpital de Lens a été piraté dimanche. Le centre hospitalier de Lens a porté plainte.", ["centre hospitalier de Lens"], []),
    # One hospital under its place name and its proper name is one victim, named by its proper name.
    ("L'hôpital de Menton a été visé par un rançongiciel. Le centre hospitalier La Palmosa de Menton a porté plainte.",
     ["centre hospitalier La Palmosa de Menton"], []),
]


@pytest.mark.parametrize("text, victims, vendors", CASES, ids=[c[0][:40] for c in CASES])
def test_victims_and_vendors(extractor, text, victims, vendors):
    extraction = extractor.extract(text)
    assert extraction.relevant
    found = names(extraction.victims)
    assert len(found) == len(victims), found
    assert all(has(found, v) for v in victims), found
    assert sorted(names(extraction.vendors)) == sorted(vendors)


@pytest.mark.parametrize(
    "text, never",
    [
        ("La CNIL a été saisie après la cyberattaque contre le CHU de Nantes.", "CNIL"),
        ("L'Anssi accompagne le centre hospitalier d'Armentières, victime d'un rançongiciel.", "Anssi"),
        ("Selon l'AFP, le laboratoire Cerballiance a subi une fuite de données.", "AFP"),
        ("Le gang LockBit affirme avoir dérobé les données de l'hôpital de Brest.", "LockBit"),
        ("D'après Mediapart, une faille de la plateforme Francetest a exposé des résultats de tests.", "Mediapart"),
    ],
)
def test_authorities_outlets_and_attackers_are_never_victims(extractor, text, never):
    extraction = extractor.extract(text)
    assert extraction.victims, "the breached organisation is found"
    assert not any(never.lower() in v.lower() for v in names(extraction.victims) + names(extraction.vendors))


def test_several_organisations_with_different_roles(extractor):
    text = (
        "Les hôpitaux de Dax et de Villefranche ont été paralysés par des rançongiciels. "
        "Le logiciel de gestion, édité par la société Medilab, est mis en cause. La CNIL a été prévenue."
    )
    extraction = extractor.extract(text)
    found = names(extraction.victims)
    assert has(found, "Dax") and has(found, "Villefranche")
    assert names(extraction.vendors) == ["Medilab"]
    assert not has(found, "CNIL")


def test_sidebar_headlines_and_comments_are_other_stories(extractor):
    text = (
        "Des documents d'une clinique lyonnaise diffusés par des pirates\n"
        "Publié le 6 février 2023\n"
        "La clinique des Tilleuls, à Lyon, a vu des documents internes publiés sur un site pirate. "
        "L'établissement a confirmé une intrusion.\n"
        "Les fichiers comprennent les noms et numéros de téléphone de 2 300 patients.\n"
        "À lire aussi\n"
        "L'hôpital de Pau victime d'un rançongiciel\n"
        "Articles similaires\n"
        "Fuite de données chez un opticien : 40 000 clients concernés\n"
        "La polyclinique du Lac a été piratée\n"
    )
    extraction = extractor.extract(text)
    assert names(extraction.victims) == ["clinique des Tilleuls"]
    assert extraction.records.value == 2300


@pytest.mark.parametrize(
    "title, text, victim",
    [
        # The subject after a breach kicker; the body says only that it runs in degraded mode.
        ("Cyberattaque : l'hôpital de Montluçon toujours perturbé",
         "L'hôpital de Montluçon fonctionne en mode dégradé depuis la cyberattaque de vendredi.", "hôpital de Montluçon"),
        (None, "Le centre hospitalier de Vierzon tourne au ralenti depuis l'attaque par rançongiciel de lundi.",
         "centre hospitalier de Vierzon"),
    ],
)
def test_a_hospital_running_in_degraded_mode_is_the_victim(extractor, title, text, victim):
    assert names(extractor.extract(text, title=title).victims) == [victim]


def test_one_organisation_under_several_names_is_one_victim(extractor):
    text = (
        "L'Assistance publique-Hôpitaux de Paris a été victime d'un vol de données. "
        "L'AP-HP a porté plainte ; l'APHP précise que les Hôpitaux de Paris ont prévenu la CNIL."
    )
    assert names(extractor.extract(text).victims) == ["AP-HP"]


# Without the model: the span ruler finds health organisations on the blank pipeline.
@pytest.mark.parametrize(
    "text, mention",
    [
        ("Le centre hospitalier universitaire de Rennes a été piraté.", "centre hospitalier universitaire de Rennes"),
        ("Le CHU de Brest a subi une cyberattaque.", "CHU de Brest"),
        ("Une fuite touche la Mutuelle Générale.", "Mutuelle Générale"),
        ("Les hôpitaux de Paris ont porté plainte.", "AP-HP"),
        ("La polyclinique du Parc a été visée.", "polyclinique du Parc"),
    ],
)
def test_health_organisation_forms_on_the_blank_pipeline(blank, text, mention):
    doc = blank(text)
    assert any(m.canonical == mention for m in orgs.collect_mentions(doc)), [m.canonical for m in orgs.collect_mentions(doc)]


def test_text_form_and_short_form_of_a_hospital_are_one_incident_victim():
    # Extraction keeps the text's wording; incident grouping treats CH and centre hospitalier alike.
    assert same_victim("centre hospitalier de Dax", "CH de Dax")


@pytest.mark.parametrize(
    "text, attacker, victim",
    [
        ("Le gang Nebulock a revendiqué la cyberattaque contre l'hôpital de Pau.", "Nebulock", "hôpital de Pau"),
        ("Le groupe de pirates BlackCat affirme détenir les données de la clinique des Lilas.", "BlackCat", "clinique des Lilas"),
    ],
)
def test_a_gang_claiming_the_attack_is_not_a_victim(extractor, text, attacker, victim):
    found = names(extractor.extract(text).victims)
    assert has(found, victim) and not has(found, attacker), found


@pytest.mark.parametrize(
    "text, victim",
    [
        # "revendique" a figure, "affirme avoir" detected: the victim speaking, not an attacker.
        ("La plateforme de téléconsultation Medirdv, qui revendique des millions de rendez-vous par mois, a été victime d'un vol de données.",
         "Medirdv"),
        ("La clinique Saint-Luc affirme avoir détecté l'intrusion informatique dès lundi et a porté plainte.", "clinique Saint-Luc"),
    ],
)
def test_claiming_a_figure_or_a_detection_is_not_an_attack(extractor, text, victim):
    assert names(extractor.extract(text).victims) == [victim]


@pytest.mark.parametrize(
    "title, text, victim",
    [
        # The headline's "X : ..." subject, named again in the body.
        ("Santéo : les données de 40 000 patients dérobées",
         "La société a averti ses clients. Les données de Santéo ont été dérobées par des pirates lors d'une intrusion.", "Santéo"),
        # A headline victim the body only mentions; the place in the headline is not a victim.
        ("Cyberattaque à Lormont : la plateforme Medivia piratée",
         "La direction de Medivia a prévenu ses 12 000 patients d'une fuite de données.", "Medivia"),
        # A software vendor whose own systems were encrypted is the breached organisation.
        ("Rançongiciel chez Pharmasoft",
         "Leur éditeur, Pharmasoft, a été victime d'un rançongiciel ; 800 pharmacies sont à l'arrêt.", "Pharmasoft"),
    ],
)
def test_the_headline_names_the_victim(extractor, title, text, victim):
    extraction = extractor.extract(text, title=title)
    assert names(extraction.victims) == [victim]
    fact = extraction.victims[0]
    assert text[fact.start:fact.end] == victim  # evidence in the body, not the headline


@pytest.mark.parametrize(
    "text, victims",
    [
        # A plain-text page: the headline is a line above the body; its kicker is not a name.
        ("Santé\nFuite de données : l'ARS Bourgogne reconnaît une erreur d'envoi\nPublié le 20 juin 2023\n"
         "L'Agence régionale de santé (ARS) de Bourgogne a envoyé par erreur un courriel contenant les adresses "
         "de 4 200 médecins, a-t-elle indiqué mardi.", ["ARS Bourgogne"]),
        ("Cyberattaque : la mutuelle MGPS alerte ses adhérents\nLa Mutuelle générale de prévoyance sociale (MGPS) a "
         "constaté un accès non autorisé à ses serveurs ; les noms de ses adhérents ont été copiés.",
         ["Mutuelle générale de prévoyance sociale"]),  # the full name its acronym stands for
    ],
)
def test_plain_text_headline(extractor, text, victims):
    assert names(extractor.extract(text).victims) == victims


def test_a_topic_kicker_is_not_a_victim(extractor):
    # "Vaccination" heads the story but the article writes it in lower case: a topic, not a name.
    text = ("Vaccination : un fichier de 12 000 personnes exposé par erreur\nUn centre de vaccination de Toulon a envoyé "
            "par erreur la liste de 12 000 personnes vaccinées, avec leurs noms.")
    assert "Vaccination" not in names(extractor.extract(text).victims)


def test_a_software_is_a_vendor_not_a_victim(extractor):
    text = "Le logiciel de gestion Pharmalog, utilisé par 3 000 pharmacies, a été touché lundi par une cyberattaque."
    extraction = extractor.extract(text)
    assert names(extraction.vendors) == ["Pharmalog"] and names(extraction.victims) == []


def test_a_kicker_word_is_not_a_victim(extractor):
    text = ("Laboratoires : Biolabo visé par une cyberattaque\nLe réseau de laboratoires Biolabo a été la cible "
            "d'une cyberattaque ce week-end, a indiqué le groupe lundi.")
    assert names(extractor.extract(text).victims) == ["Biolabo"]


def test_a_trend_story_names_no_victim(extractor):
    text = ("Les cyberattaques contre les hôpitaux se sont multipliées, selon un rapport publié jeudi. "
            "L'agence a recensé 30 incidents par rançongiciel dans des établissements de santé en 2022.")
    extraction = extractor.extract(text)
    assert extraction.relevant and names(extraction.victims) == []


def test_a_name_given_to_an_organisation_earlier_is_a_name_later(extractor):
    # The model calls "Alphabio" a person; "le laboratoire Alphabio" said what it is.
    text = ("Le groupe LockBit menace de publier les données du laboratoire Alphabio, à Marseille.\n"
            "Contacté, Alphabio confirme « un incident de sécurité survenu le 11 janvier ».")
    assert names(extractor.extract(text).victims) == ["Alphabio"]
