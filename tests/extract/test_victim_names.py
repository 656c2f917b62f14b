"""The name a victim is given: the organisation's fullest proper form as the text writes it, never a form it
does not write (a name cut short, a weekday glued on, an acronym chosen over the name it spells)."""

import pytest

BREACH = " : les données de patients ont été dérobées par des pirates."

# (passage, the victim's exact name)
CASES = [
    # A name's words after "des" belong to it.
    ("La Mutuelle Générale des Artisans a été victime d'une cyberattaque" + BREACH, "Mutuelle Générale des Artisans"),
    ("Une fuite de données touche la Mutuelle Solidaire des Marins" + BREACH, "Mutuelle Solidaire des Marins"),
    ("Le laboratoire Biopôle des Remparts a subi un rançongiciel" + BREACH, "laboratoire Biopôle des Remparts"),
    # After its place, the name goes on with a capitalised word of its own.
    ("Le GHT Val de Loire Sologne a été visé par une cyberattaque" + BREACH, "GHT Val de Loire Sologne"),
    ("Le GHT Pays de Caux Littoral a subi une attaque informatique" + BREACH, "GHT Pays de Caux Littoral"),
    # A headline's capitalised weekday or month is no word of the name.
    ("Cyberattaque : le CHU de Nantes Mardi soir a été visé par un rançongiciel" + BREACH, "CHU de Nantes"),
    ("Le centre hospitalier de Luçon Vendredi a annoncé une cyberattaque" + BREACH, "centre hospitalier de Luçon"),
    ("Rançongiciel : la clinique Pasteur de Royan Samedi a dû fermer son bloc" + BREACH, "clinique Pasteur de Royan"),
    # "&" joins a name's words.
    ("Le réseau de centres dentaires Sourire & Santé a été victime d'une cyberattaque" + BREACH, "Sourire & Santé"),
    ("La plateforme Soins & Services a été piratée" + BREACH, "Soins & Services"),
    # A hyphenated Québec name goes on past "-de-l'".
    ("Le CIUSSS du Centre-Sud-de-l'Île-de-Montréal a été victime d'une cyberattaque" + BREACH,
     "CIUSSS du Centre-Sud-de-l'Île-de-Montréal"),
    ("Une fuite de données frappe le CISSS de l'Abitibi-Témiscamingue" + BREACH, "CISSS de l'Abitibi-Témiscamingue"),
    # Swiss nursing homes (EMS) and cantonal hospitals.
    ("Une cyberattaque a frappé l'EMS Les Pâquerettes, à Morges" + BREACH, "EMS Les Pâquerettes"),
    ("Les pirates ont chiffré les serveurs de l'EMS La Roseraie" + BREACH, "EMS La Roseraie"),
    ("L'Hôpital intercantonal de la Broye a été victime d'une cyberattaque" + BREACH, "Hôpital intercantonal de la Broye"),
    ("L'hôpital cantonal de Fribourg a subi une attaque informatique" + BREACH, "hôpital cantonal de Fribourg"),
    # An acronym that leaves out a people's adjective, with a canton's code: the name it stands for.
    ("Le Service régional vaudois de transfusion sanguine (SRTS VD) a divulgué par erreur les données de santé de "
     "donneurs. Le SRTS VD a présenté ses excuses après cette fuite de données.", "Service régional vaudois de transfusion sanguine"),
    ("L'Office cantonal genevois de la santé (OCS GE) a subi une fuite de données de patients. L'OCS a porté plainte.",
     "Office cantonal genevois de la santé"),
    # The place written with the name stays; a place written apart does not join it.
    ("La clinique Sainte-Odile de Vernay a été victime d'une cyberattaque dans la nuit" + BREACH, "clinique Sainte-Odile de Vernay"),
    ("La clinique Saint-Jean, à Lyon, a été victime d'une cyberattaque" + BREACH, "clinique Saint-Jean"),
    ("La clinique Saint-Jean à Lyon a été victime d'une cyberattaque" + BREACH, "clinique Saint-Jean"),
    ("Le centre hospitalier de Niort a été visé lundi par un rançongiciel" + BREACH, "centre hospitalier de Niort"),
    # A word of the name elided inside it goes on in lower case past its apostrophe.
    ("La polyclinique de la Presqu'île de Rhuys a été victime d'une cyberattaque" + BREACH, "polyclinique de la Presqu'île de Rhuys"),
    ("Le centre d'imagerie de la Presqu'île a subi un rançongiciel" + BREACH, "centre d'imagerie de la Presqu'île"),
    # (a typographic apostrophe is given as a plain one)
    ("Une fuite de données touche la clinique de la Presqu’île" + BREACH, "clinique de la Presqu'île"),
    # A military hospital's kind words, in lower case or capitalised, and its place after them.
    ("L'hôpital d'instruction des armées Laveran a été victime d'une cyberattaque" + BREACH, "hôpital d'instruction des armées Laveran"),
    ("L'hôpital d'Instruction des Armées de Brest a subi une attaque informatique" + BREACH, "hôpital d'Instruction des Armées de Brest"),
    # "Hospices civils de X": one body, named as written (the Lyon one by its acronym, data/orgs.json's aliases).
    ("Les Hospices civils de Beaune ont été victimes d'une cyberattaque" + BREACH, "Hospices civils de Beaune"),
    ("Une attaque informatique vise les Hospices civils de Colmar" + BREACH, "Hospices civils de Colmar"),
    ("Les Hospices civils de Lyon ont subi un rançongiciel" + BREACH, "HCL"),
    # A Swiss canton's adjective after the head: "hôpital neuchâtelois du X".
    ("L'hôpital neuchâtelois du Val-de-Ruz a été victime d'une cyberattaque" + BREACH, "hôpital neuchâtelois du Val-de-Ruz"),
    ("L'Hôpital fribourgeois de Riaz a subi une attaque informatique" + BREACH, "Hôpital fribourgeois de Riaz"),
    ("Une cyberattaque a paralysé l'hôpital valaisan de Sierre" + BREACH, "hôpital valaisan de Sierre"),
]


@pytest.mark.parametrize("text, victim", CASES, ids=[c[1] for c in CASES])
def test_the_victim_is_given_its_fullest_written_name(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


# (passage, victim): the everyday "hôpital de <town>" and the official name a sentence opens on, or one named after its
# region (which names no town of its own), are one hospital, under its official name.
EVERYDAY_AND_OFFICIAL = [
    ("Cyberattaque à l'hôpital de Brionne : les données de santé de patients ont été dérobées par des pirates. "
     "Le centre hospitalier Paul-Marchand a porté plainte mardi.", "centre hospitalier Paul-Marchand"),
    ("L'hôpital de Sorinnes a été paralysé par une cyberattaque : les données de patients ont été dérobées. "
     "Le Centre hospitalier régional du Val de Meuse a confirmé vendredi que 12 000 patients étaient concernés.",
     "Centre hospitalier régional du Val de Meuse"),
    ("Le piratage de l'hôpital de Lurais a exposé les données de santé de patients. "
     "Le centre hospitalier intercommunal du Pays de Brenne reconnaît une faille.", "centre hospitalier intercommunal du Pays de Brenne"),
]


@pytest.mark.parametrize("text, victim", EVERYDAY_AND_OFFICIAL, ids=[c[1] for c in EVERYDAY_AND_OFFICIAL])
def test_the_everyday_name_gives_way_to_the_official_one(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


# (passage, victim): a shorter name the text also writes (a headline's, a later sentence's) gives way to the name
# with its own further capitalised words.
SHORT_AND_FULL = [
    ("Australie : l'assureur Norvane visé par un piratage massif\nNorvane Health, deuxième assureur santé du pays, a annoncé "
     "que les données de santé de ses clients avaient été dérobées par des pirates.", "Norvane Health"),
    ("Tiers Gestion : les données de 80 000 assurés dérobées\nLa société Tiers Gestion Ouest a subi une cyberattaque : les "
     "données de santé d'assurés ont été dérobées par des pirates.", "Tiers Gestion Ouest"),
    # a line break ends a name ("chez X" closing a headline)
    ("Cyberattaque chez Korvalis\nL'éditeur Korvalis Santé a été victime d'une cyberattaque : les données de santé de "
     "40 000 patients ont été dérobées par des pirates.", "Korvalis Santé"),
]


@pytest.mark.parametrize("text, victim", SHORT_AND_FULL, ids=[c[1] for c in SHORT_AND_FULL])
def test_a_shorter_written_name_gives_way_to_the_fuller_one(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


# (passage, victim): a practice the text calls by its kind and its town and the one of its family it names by its own
# name: one practice, under its own name.
PRACTICE = [
    ("Cyberattaque au cabinet de radiologie d'Ornans : les examens reportés\nUne cyberattaque a frappé samedi le cabinet de "
     "radiologie d'Ornans. Le Centre d'imagerie médicale du Val de Loue (CIMVL) a découvert que ses serveurs avaient été "
     "chiffrés par un rançongiciel.", "Centre d'imagerie médicale du Val de Loue"),
    ("Le centre de radiologie de Pontarlier visé par un rançongiciel\nLe centre de radiologie de Pontarlier a été victime "
     "d'une cyberattaque, et les données de patients ont été dérobées. Le centre d'imagerie Imagerie des Trois Rivières a "
     "porté plainte.", "centre d'imagerie Imagerie des Trois Rivières"),
]


@pytest.mark.parametrize("text, victim", PRACTICE, ids=[c[1] for c in PRACTICE])
def test_a_practice_called_by_its_town_is_given_its_own_name(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


# (passage, victim): a company's legal form before its name ("la SELAS X Biologie") names the same company as X.
LEGAL_FORM = [
    ("Kinevo : fuite de données\nLa plateforme de téléconsultation Kinevo a subi une intrusion informatique : les données "
     "de santé de patients ont été dérobées. Les pirates ont publié les fichiers de la SARL Kinevo Services.", "Kinevo"),
    ("Dentoria visé par un rançongiciel\nLe réseau de centres dentaires Dentoria a subi une cyberattaque : les données de "
     "santé de patients ont été dérobées. Les pirates ont revendiqué l'attaque contre la SAS Dentoria Groupe.", "Dentoria"),
]


@pytest.mark.parametrize("text, victim", LEGAL_FORM, ids=[c[1] for c in LEGAL_FORM])
def test_a_legal_form_before_a_name_names_the_same_company(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


# (passage, victim): a breach noun opening a capitalised run ("Piratage de X" in a headline under a rubric line, "Le
# Piratage de X" mid-text) is never a word of the name; a breach noun alone is no name either.
BREACH_NOUN_FIRST = [
    ("Santé numérique\nPiratage de Kelvimed : les données de patients dérobées\nLes données de santé de 20 000 patients de "
     "Kelvimed ont été dérobées par des pirates.", "Kelvimed"),
    ("Accueil\nCyberattaque de la Mutuelle Orvane : 20 000 adhérents touchés\nLes pirates ont dérobé les données de santé "
     "des adhérents de la Mutuelle Orvane.", "Mutuelle Orvane"),
    ("Actualités\nRançongiciel de Biolustre : les analyses bloquées\nLe laboratoire Biolustre a confirmé que les données de "
     "santé de ses patients ont été dérobées par des pirates.", "Biolustre"),
]


@pytest.mark.parametrize("text, victim", BREACH_NOUN_FIRST, ids=[c[1] for c in BREACH_NOUN_FIRST])
def test_a_breach_noun_is_no_word_of_the_name(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


@pytest.mark.parametrize("run, name", [
    ("Piratage de Medilog", "Medilog"),
    ("Cyberattaque de la Mutuelle Ardente", "Mutuelle Ardente"),
    ("Piratage d'Axamed", "Axamed"),
    ("Rançongiciel du CHU", "CHU"),
    ("Cyberattaques de l’Hôpital Nord", "Hôpital Nord"),
    ("Medilog Santé", "Medilog Santé"),
    ("Fuite de Données", "Fuite de Données"),  # no breach noun of the vocabulary's one-word terms before "de"
])
def test_breach_lead(run, name):
    from healthbreach.extract.mentions import breach_lead
    assert run[breach_lead(run):] == name


@pytest.mark.parametrize("word, alone", [("Piratage", True), ("Cyberattaque", True), ("Rançongiciels", True), ("Medilog", False),
                                         ("Piratage de Medilog", False)])
def test_breach_noun(word, alone):
    from healthbreach.extract.mentions import breach_noun
    assert breach_noun(word) is alone


@pytest.mark.parametrize("text, names", [
    ("Accueil\nPiratage de Kelvimed Santé : les données dérobées", ["Kelvimed Santé"]),
    ("Rubrique\nCyberattaque de la Clinique Ormeaux : les patients informés", ["Clinique Ormeaux"]),
    ("Selon eux, le Piratage d'Orbimed a touché 2 000 patients.", ["Orbimed"]),
])
def test_a_capitalised_run_starts_past_its_breach_noun(blank, text, names):
    from healthbreach.extract.mentions import capitalised_mentions
    found = [m.canonical for m in capitalised_mentions(blank(text))]
    assert all(n in found for n in names) and not any(fold_breach(f) for f in found)


def fold_breach(name):
    return name.split()[0].lower() in {"piratage", "cyberattaque"}


# (passage, victims): a second acronym a dash joins to a Québec body's name is the rest of its name; an outlet's,
# an authority's, or a head opening a body of its own is not.
DASH_JOINED = [
    ("Le CIUSSS du Saguenay – CHUL a été victime d'une cyberattaque" + BREACH, ["CIUSSS du Saguenay – CHUL"]),
    ("Les pirates ont chiffré les serveurs du CISSS de l'Outaouais – HRO" + BREACH, ["CISSS de l'Outaouais – HRO"]),
    ("Cyberattaque au CHU de Caen – AFP\nLes données de patients ont été dérobées par des pirates.", ["CHU de Caen"]),
    ("Le CHU de Rennes – ARS a été visé par une cyberattaque" + BREACH, ["CHU de Rennes"]),
]


@pytest.mark.parametrize("text, victims", DASH_JOINED, ids=[c[1][0] for c in DASH_JOINED])
def test_a_dash_joined_acronym_ends_the_name(extractor, text, victims):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == victims


# (passage, victims): "X et du Y de Z", where Y is itself a head: two bodies, no third put together from the first's
# head and the second's ("CHU de CHU").
HEAD_AFTER_AND = [
    ("Les données de 9 000 patients du CHU de Rennes et du CHU de Brest ont été dérobées par des pirates.",
     ["CHU de Rennes", "CHU de Brest"]),
    ("Les fichiers d'usagers du CISSS de Laval et du CIUSSS de l'Estrie ont été dérobés par des pirates lors d'une cyberattaque.",
     ["CISSS de Laval", "CIUSSS de l'Estrie"]),
    ("Les serveurs de la clinique du Parc et de la Clinique des Lilas ont été chiffrés par un rançongiciel" + BREACH,
     ["clinique du Parc", "Clinique des Lilas"]),
]


@pytest.mark.parametrize("text, victims", HEAD_AFTER_AND, ids=[c[1][1] for c in HEAD_AFTER_AND])
def test_a_head_after_and_opens_a_second_body(extractor, text, victims):
    extraction = extractor.extract(text)
    assert sorted(f.value for f in extraction.victims) == sorted(victims)


# (passage, victim): a headline under a rubric line names, by its everyday name, the hospital the body gives its official
# name: one victim, not the headline's name kept apart.
HEADLINE_UNDER_RUBRIC = [
    ("Accueil | Santé\nHôpital de Montbrison : des données de patients publiées par des pirates\nLe centre hospitalier "
     "Saint-Éloi de Montbrison a confirmé mardi que des données dérobées lors de la cyberattaque avaient été publiées.",
     "centre hospitalier Saint-Éloi de Montbrison"),
    ("Régions\nHôpital de Vesoul : les dossiers de patients diffusés par des pirates\nLe centre hospitalier Louis-Pasteur "
     "de Vesoul a reconnu jeudi que les dossiers dérobés lors de l'attaque informatique avaient été diffusés en ligne.",
     "centre hospitalier Louis-Pasteur de Vesoul"),
]


@pytest.mark.parametrize("text, victim", HEADLINE_UNDER_RUBRIC, ids=[c[1] for c in HEADLINE_UNDER_RUBRIC])
def test_a_headline_under_a_rubric_names_the_body_s_hospital(extractor, text, victim):
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == [victim]


def test_one_reading_of_the_words_that_name_no_organisation():
    from healthbreach.extract.mentions import is_not_org, opens_on_head
    # folded, hyphens as spaces, a leading article left out: the list's accented and hyphenated words too
    assert is_not_org("Sécurité sociale") and is_not_org("la Sécurité sociale") and is_not_org("Covid 19")
    assert not is_not_org("Clinique des Ormes")
    # a head noun as a whole word at the start
    assert opens_on_head("Clinique des Ormes") and opens_on_head("CHU de Rennes")
    assert not opens_on_head("Cliniquex Santé") and not opens_on_head("Docalia")
