"""A battery of mini-articles (headline, "Publié le" line, body) over the forms a victim's name takes: brands with no
head noun, foreign companies and their legal forms, Belgian, Swiss and Québec bodies, names with apostrophes and
hyphens, every head noun, a name a headline opens on, an acronym in brackets and alone later, a place in brackets after
the name; and look-alikes that must never be a name (a place after a capitalised preposition opening the sentence, a
weekday, an outlet). Each case is written for this test; the victim is given exactly as the text writes it at its
fullest."""

import pytest

PUBLISHED = "Publié le 14 mars 2025 à 09h12"
STOLEN = " Des données de patients ont été dérobées par des pirates."

# (headline, body, the victims' exact names)
CASES = [
    # brands with no head noun: a two-word brand, CamelCase, figures, "&"
    ("Biolab Santé victime d'une cyberattaque", "Biolab Santé a été victime d'une cyberattaque dans la nuit de lundi." + STOLEN, ["Biolab Santé"]),
    ("Fuite de données chez un spécialiste de la téléconsultation", "La start-up MédiConnect a été victime d'une cyberattaque." + STOLEN, ["MédiConnect"]),
    ("Cyberattaque", "Les pirates ont visé MedTrakr, qui gère des dossiers médicaux. MedTrakr a été victime d'un rançongiciel mardi." + STOLEN, ["MedTrakr"]),
    ("Cyberattaque contre Pharma24", "Pharma24 a été victime d'une cyberattaque." + STOLEN, ["Pharma24"]),
    ("Fuite de données", "Vitalis & Partenaires a été victime d'une cyberattaque." + STOLEN, ["Vitalis & Partenaires"]),
    # a figure glued to a capital opens a name
    ("Fuite de données", "Le groupe 3D Imagerie a été victime d'une cyberattaque." + STOLEN, ["3D Imagerie"]),
    ("Cyberattaque", "La société 4Care Santé a subi un rançongiciel." + STOLEN, ["4Care Santé"]),
    # a name the text quotes ends at its closing quote
    ("Cyberattaque", "Une cyberattaque a frappé « Santé Plus Services » lundi." + STOLEN, ["Santé Plus Services"]),
    ("Cyberattaque", "La société « Soins Conseil Ouest » a été victime d'une cyberattaque dimanche." + STOLEN, ["Soins Conseil Ouest"]),
    # foreign companies
    ("Etats-Unis : Meridian Health Partners piraté", "L'assureur américain Meridian Health Partners a été victime d'une cyberattaque." + STOLEN, ["Meridian Health Partners"]),
    ("Australie", "En Australie, Southern Cross Medical Ltd a été victime d'une cyberattaque." + STOLEN, ["Southern Cross Medical Ltd"]),
    ("Finlande : chantage aux patients", "En Finlande, le centre de psychothérapie Mielikuva Oy a été victime d'une fuite de données." + STOLEN, ["Mielikuva Oy"]),
    ("Royaume-Uni", "Au Royaume-Uni, Synlabo Diagnostics Ltd a été victime d'une cyberattaque." + STOLEN, ["Synlabo Diagnostics Ltd"]),
    ("Afrique", "Au Kenya, Nairobi Medical Group a été victime d'une fuite de données." + STOLEN, ["Nairobi Medical Group"]),
    ("Etats-Unis", "Aux Etats-Unis, le réseau hospitalier Bluewater Health System a été victime d'un rançongiciel." + STOLEN, ["Bluewater Health System"]),
    # Belgian, Swiss and Québec bodies
    ("Belgique : l'AZ Sint-Maarten piraté", "L'AZ Sint-Maarten a été victime d'une cyberattaque." + STOLEN, ["AZ Sint-Maarten"]),
    ("Cyberattaque au CHR de la Citadelle", "Le CHR de la Citadelle a été victime d'une cyberattaque." + STOLEN, ["CHR de la Citadelle"]),
    ("Montréal", "Le CIUSSS du Centre-Sud-de-l'Île-de-Montréal a été victime d'une cyberattaque." + STOLEN, ["CIUSSS du Centre-Sud-de-l'Île-de-Montréal"]),
    ("Québec", "Au Québec, le CISSS des Laurentides a été victime d'une cyberattaque." + STOLEN, ["CISSS des Laurentides"]),
    ("Belgique", "Les Cliniques de l'Europe ont été victimes d'une cyberattaque." + STOLEN, ["Cliniques de l'Europe"]),
    ("Belgique", "Le réseau hospitalier Helora a été victime d'une cyberattaque." + STOLEN, ["Helora"]),
    ("Genève", "Les Hôpitaux universitaires de Lausanne (HUL) ont été victimes d'une cyberattaque. Les HUL ont porté plainte." + STOLEN,
     ["Hôpitaux universitaires de Lausanne"]),
    ("Suisse", "En Suisse romande, l'Hôpital du Jura bernois a été victime d'une cyberattaque." + STOLEN, ["Hôpital du Jura bernois"]),
    ("Suisse", "Une cyberattaque a touché l'hôpital de la Broye vaudoise mardi." + STOLEN, ["hôpital de la Broye vaudoise"]),
    # apostrophes and hyphens
    ("Cyberattaque", "La clinique Jeanne-d'Arc a été victime d'une cyberattaque." + STOLEN, ["clinique Jeanne-d'Arc"]),
    ("Cyberattaque", "Le centre hospitalier Saint-Jean-d'Angély a été victime d'une cyberattaque." + STOLEN, ["centre hospitalier Saint-Jean-d'Angély"]),
    ("Cyberattaque", "L'hôpital de L'Isle-sur-la-Sorgue a été victime d'une cyberattaque." + STOLEN, ["hôpital de L'Isle-sur-la-Sorgue"]),
    # head nouns
    ("Cyberattaque", "L'Hôpital privé des Côtes-d'Armor a été victime d'une cyberattaque." + STOLEN, ["Hôpital privé des Côtes-d'Armor"]),
    ("Cyberattaque", "La Polyclinique Saint-Privat a été victime d'une cyberattaque." + STOLEN, ["Polyclinique Saint-Privat"]),
    ("Cyberattaque", "Le groupe hospitalier Bretagne Sud a été victime d'une cyberattaque." + STOLEN, ["groupe hospitalier Bretagne Sud"]),
    ("Cyberattaque", "La clinique Saint-Roch-Montaigne a été victime d'une cyberattaque." + STOLEN, ["clinique Saint-Roch-Montaigne"]),
    ("Cyberattaque", "Le centre de radiologie Imagerie du Parc a été victime d'une cyberattaque." + STOLEN, ["centre de radiologie Imagerie du Parc"]),
    ("Cyberattaque", "Le laboratoire d'analyses médicales Biofutur a été victime d'une cyberattaque." + STOLEN, ["laboratoire d'analyses médicales Biofutur"]),
    ("Cyberattaque", "La Pharmacie du Marché a été victime d'une cyberattaque." + STOLEN, ["Pharmacie du Marché"]),
    ("Cyberattaque", "La pharmacie des Quatre-Chemins a été victime d'une fuite de données." + STOLEN, ["pharmacie des Quatre-Chemins"]),
    ("Cyberattaque", "La Mutuelle Horizon a été victime d'une cyberattaque." + STOLEN, ["Mutuelle Horizon"]),
    ("Cyberattaque", "Alpes Mutuelle a été victime d'une cyberattaque." + STOLEN, ["Alpes Mutuelle"]),
    ("Cyberattaque", "L'Ehpad Les Glycines a été victime d'une cyberattaque." + STOLEN, ["Ehpad Les Glycines"]),
    ("Cyberattaque", "L'EHPAD Le Clos Fleuri a été victime d'un rançongiciel." + STOLEN, ["EHPAD Le Clos Fleuri"]),
    ("Cyberattaque", "Le CHU Grenoble Alpes a été victime d'une cyberattaque." + STOLEN, ["CHU Grenoble Alpes"]),
    ("Cyberattaque", "La clinique Les Fontaines a été victime d'une cyberattaque." + STOLEN, ["clinique Les Fontaines"]),
    # a capitalised adjective before a capitalised head is the name's first word
    ("Cyberattaque", "La Grande Pharmacie de Lyon a été victime d'une cyberattaque." + STOLEN, ["Grande Pharmacie de Lyon"]),
    ("Cyberattaque", "Des pirates ont visé la Nouvelle Clinique de l'Estuaire, victime d'un rançongiciel." + STOLEN,
     ["Nouvelle Clinique de l'Estuaire"]),
    # a capitalised cue noun after a determiner opens the body's own name
    ("Cyberattaque", "Le Centre Léon-Marchal a été victime d'une cyberattaque." + STOLEN, ["Centre Léon-Marchal"]),
    ("Cyberattaque", "La Fondation Adèle-Vernier a été victime d'une cyberattaque." + STOLEN, ["Fondation Adèle-Vernier"]),
    ("Cyberattaque", "Des pirates ont visé l'Association Soins Domicile Loire, qui a été victime d'un rançongiciel." + STOLEN,
     ["Association Soins Domicile Loire"]),
    ("Cyberattaque", "Comme d'autres, la Permanence de la Gare, à Sion, a été victime d'une cyberattaque." + STOLEN, ["Permanence de la Gare"]),
    # a name the model cut short goes on with its own capitalised words; an acronym's name with its place
    ("Cyberattaque", "L'Union mutualiste Vendée Santé a été victime d'une cyberattaque." + STOLEN, ["Union mutualiste Vendée Santé"]),
    ("Cyberattaque", "Le service de soins infirmiers à domicile de l'ADMR de Josselin a été victime d'une cyberattaque." + STOLEN,
     ["ADMR de Josselin"]),
    # a name split at its hyphen by the tokenizer is still spelt by its bracketed acronym
    ("Cyberattaque", "Le Centre d'imagerie médicale Loire-Océan (CIMLO) a été victime d'une cyberattaque. Le CIMLO a porté plainte." + STOLEN,
     ["Centre d'imagerie médicale Loire-Océan"]),
    ("Cyberattaque", "La Clinique mutualiste Sud-Atlantique (CMSA) a été victime d'une cyberattaque. La CMSA a porté plainte." + STOLEN,
     ["Clinique mutualiste Sud-Atlantique"]),
    # a name a headline opens on
    ("Biomedika : une cyberattaque paralyse le laboratoire", "Le laboratoire a été victime d'un rançongiciel." + STOLEN, ["Biomedika"]),
    ("Dordogne : l'hôpital de Sarlat victime d'une cyberattaque", "L'hôpital de Sarlat a été victime d'une cyberattaque." + STOLEN, ["hôpital de Sarlat"]),
    ("Vannes : l'hôpital visé par une cyberattaque", "L'hôpital de Vannes a été victime d'une cyberattaque dans la nuit." + STOLEN, ["hôpital de Vannes"]),
    # an acronym in brackets, then alone
    ("Cyberattaque", "L'Institut régional de cancérologie du Nord (IRCN) a été victime d'une cyberattaque. L'IRCN a déposé plainte." + STOLEN,
     ["Institut régional de cancérologie du Nord"]),
    ("Cyberattaque", "La Fondation de santé des Alpes (FSA) a été victime d'une cyberattaque. Selon la FSA, des fichiers ont fuité." + STOLEN,
     ["Fondation de santé des Alpes"]),
    # a place in brackets after the name is no word of it
    ("Cyberattaque", "Le centre hospitalier Alpes-Léman (Haute-Savoie) a été victime d'une cyberattaque." + STOLEN, ["centre hospitalier Alpes-Léman"]),
    ("Cyberattaque", "L'hôpital de Sallanches (Haute-Savoie) a subi une cyberattaque." + STOLEN, ["hôpital de Sallanches"]),
    ("Cyberattaque", "Le laboratoire Biolam (Isère) a été victime d'une cyberattaque." + STOLEN, ["laboratoire Biolam"]),
    # look-alikes: a capitalised preposition of place opening the sentence, weekdays, outlets, authorities
    ("Haute-Savoie : un hôpital visé", "En Haute-Savoie, l'hôpital d'Annemasse a été victime d'une cyberattaque." + STOLEN, ["hôpital d'Annemasse"]),
    ("Cyberattaque", "A Montauban, la clinique du Pont-de-Chaume a été victime d'une cyberattaque." + STOLEN, ["clinique du Pont-de-Chaume"]),
    ("Cyberattaque", "À Genève, la clinique des Grangettes a été victime d'une cyberattaque." + STOLEN, ["clinique des Grangettes"]),
    ("Belgique", "En Belgique, le groupe hospitalier Vivanor a été victime d'une cyberattaque." + STOLEN, ["groupe hospitalier Vivanor"]),
    ("Cyberattaque", "En Ile-de-France, la clinique du Parc a été victime d'une cyberattaque." + STOLEN, ["clinique du Parc"]),
    ("Cyberattaque", "Aux Pays-Bas, le laboratoire Labmedix a été victime d'une cyberattaque." + STOLEN, ["laboratoire Labmedix"]),
    ("Cyberattaque", "Au Luxembourg, le Centre hospitalier du Nord a été victime d'une cyberattaque." + STOLEN, ["Centre hospitalier du Nord"]),
    ("Lundi noir à Vannes", "Lundi, le centre hospitalier de Vannes a été victime d'une cyberattaque." + STOLEN, ["centre hospitalier de Vannes"]),
    ("Cyberattaque", "Dimanche soir, le centre hospitalier d'Arles a été victime d'une cyberattaque." + STOLEN, ["centre hospitalier d'Arles"]),
    ("Cyberattaque", "Selon Ouest-France, le centre hospitalier de Laval a été victime d'une cyberattaque." + STOLEN, ["centre hospitalier de Laval"]),
    ("Cyberattaque", "D'après France Bleu Isère, la clinique des Cèdres a été victime d'une cyberattaque." + STOLEN, ["clinique des Cèdres"]),
    ("Cyberattaque", "La clinique Saint-Luc a été victime d'une cyberattaque, a annoncé la CNIL." + STOLEN, ["clinique Saint-Luc"]),
]


@pytest.mark.parametrize("headline, body, victims", CASES, ids=[c[2][0] for c in CASES])
def test_a_mini_article_s_victim_is_named_at_its_fullest(extractor, headline, body, victims):
    extraction = extractor.extract(f"{headline}\n{PUBLISHED}\n{body}")
    assert [f.value for f in extraction.victims] == victims
