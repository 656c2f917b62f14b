"""Incident dates in the ways the press dates an attack, each in several wordings, and the choice among
the dates of one story: the breach's own date against its detection, a claim, a meeting, a restoration,
an earlier attack recalled. Own short cases, no article text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import incident

THU = dt.date(2023, 3, 16)  # a Thursday
MON = dt.date(2023, 5, 1)  # a Monday, after a week-end astride two months
JUNE = dt.date(2024, 6, 6)  # a Thursday: the week before ran from Monday 27 May to Sunday 2 June


WORDINGS = [
    # a weekday alone, a night, "depuis"
    ("Le centre hospitalier de Vierzon a été touché mercredi par une attaque informatique.", THU, "2023-03-15"),
    ("Mercredi soir, des pirates ont paralysé le réseau de la clinique.", THU, "2023-03-15"),
    ("Les équipes de l'hôpital ont détecté mercredi une intrusion dans leurs serveurs.", THU, "2023-03-15"),
    ("Une attaque informatique a frappé samedi le centre hospitalier de Cahors.", THU, "2023-03-11"),
    ("La clinique est privée d'informatique depuis samedi après une cyberattaque.", THU, "2023-03-11"),
    ("L'hôpital tourne au ralenti depuis lundi à la suite d'une cyberattaque.", THU, "2023-03-13"),
    ("La mutuelle est victime depuis lundi d'une cyberattaque.", THU, "2023-03-13"),
    ("Depuis mardi, le laboratoire ne peut plus rendre ses résultats : ses serveurs ont été chiffrés.", THU, "2023-03-14"),
    ("Dans la nuit de mardi à mercredi, un rançongiciel a chiffré les serveurs du CHU.", THU, "2023-03-15"),
    ("L'attaque s'est produite dans la nuit de samedi à dimanche.", THU, "2023-03-12"),
    ("Dans la nuit de vendredi à samedi, l'Ehpad a été la cible de pirates.", THU, "2023-03-11"),
    ("Jeudi dernier, les serveurs de la clinique ont été chiffrés.", THU, "2023-03-09"),
    ("Le CHU a été touché mardi dernier par une attaque par déni de service.", THU, "2023-03-14"),
    # weeks and week-ends; "la semaine dernière" is the working week, Monday to Friday
    ("L'hôpital a été piraté en fin de semaine dernière.", THU, "2023-03"),
    ("Le week-end dernier, la clinique a subi une attaque.", THU, "2023-03"),
    ("Le week-end dernier, la clinique a subi une attaque.", MON, "2023-04"),
    ("Le laboratoire a été attaqué au cours du week-end.", THU, "2023-03"),
    ("L'intrusion a été repérée la semaine dernière par l'éditeur du logiciel.", JUNE, "2024-05"),
    ("La semaine dernière, des pirates ont dérobé les fichiers de la mutuelle.", JUNE, "2024-05"),
    ("La clinique a porté plainte lundi après l'attaque de la semaine dernière.", THU, "2023-03"),
    # parts of a month
    ("Début mars, la clinique a découvert que des données avaient été copiées.", THU, "2023-03"),
    ("À la mi-février, des pirates se sont introduits dans le réseau.", THU, "2023-02"),
    ("C'est à la fin janvier que l'intrusion a été repérée.", THU, "2023-01"),
    ("L'incident remonte à fin décembre.", THU, "2022-12"),
    ("L'intrusion a été détectée courant janvier.", THU, "2023-01"),
    # counted back
    ("Le CHU a été attaqué il y a dix jours.", THU, "2023-03-06"),
    ("Il y a trois jours, des pirates ont dérobé les données de la clinique.", THU, "2023-03-13"),
    ("Il y a deux semaines, l'hôpital était paralysé par un rançongiciel.", THU, "2023-03"),
    # a day without its year, without its month
    ("La fuite a été découverte le 2 février.", THU, "2023-02-02"),
    ("Le 28 décembre, l'hôpital a été frappé par un rançongiciel.", THU, "2022-12-28"),
    ("L'intrusion a été détectée le 3.", THU, "2023-03-03"),
    ("Le CHU a été attaqué le dimanche 12.", THU, "2023-03-12"),
    ("Le centre de radiologie a été visé par un rançongiciel le week-end des 11 et 12 mars.", THU, "2023-03-11"),
    # what shows the attack: messages on screens, first failures
    ("Les premiers dysfonctionnements sont apparus lundi matin.", THU, "2023-03-13"),
    ("Des messages de rançon se sont affichés mardi sur les écrans.", THU, "2023-03-14"),
    ("Un message des pirates s'est affiché dimanche sur les postes des urgences.", THU, "2023-03-12"),
    # a theft, a break-in
    ("La pharmacie a été cambriolée le 4 mars et un ordinateur contenant des dossiers de patients volé.", THU, "2023-03-04"),
    ("Un ordinateur portable contenant des données de patients a été dérobé dimanche.", THU, "2023-03-12"),
    ("En arrivant lundi matin, le pharmacien a constaté que la porte avait été forcée.", THU, "2023-03-13"),
    ("Mercredi, l'ordinateur d'une infirmière a été volé dans sa voiture.", THU, "2023-03-15"),
    # data left open
    ("La base de données était accessible en ligne depuis le 2 janvier, sans mot de passe.", THU, "2023-01-02"),
    ("Des dossiers étaient consultables librement sur internet pendant plusieurs semaines, fin février.", THU, "2023-02"),
    ("Les données de 3 000 patients ont été exposées pendant dix jours en février.", THU, "2023-02"),
    ("Les fichiers des donneurs sont restés exposés sur un serveur mal configuré début mars.", THU, "2023-03"),
    # the way in: a phishing mail, a click
    ("Tout est parti d'un courriel piégé ouvert le 2 mars par une secrétaire.", THU, "2023-03-02"),
    ("L'attaque est partie d'un courriel d'hameçonnage reçu le 2 mars.", THU, "2023-03-02"),
    ("Une secrétaire a cliqué le 2 mars sur un lien piégé, ouvrant la porte aux pirates.", THU, "2023-03-02"),
    ("Le 2 mars, un agent a ouvert une pièce jointe vérolée.", THU, "2023-03-02"),
    ("Tout est parti d'un faux courriel reçu le 18 septembre 2022 par un agent.", None, "2022-09-18"),
    # a finder who both spots the flaw and warns the victim gives the detection day
    ("Un chercheur a repéré la faille et prévenu la clinique le 2 mars.", THU, "2023-03-02"),
    ("C'est un étudiant qui a découvert la fuite et alerté le laboratoire le 2 mars.", THU, "2023-03-02"),
    ("Un informaticien a détecté l'intrusion et averti la direction le 2 mars.", THU, "2023-03-02"),
    # dated fragments and hooks opening the lead
    ("Titre\nVendredi 10 mars, 6 h 30. Les soignants de la clinique découvrent des écrans noirs.", THU, "2023-03-10"),
    ("Titre\nMardi 14 mars, 7 heures. Les urgentistes de l'hôpital découvrent des écrans noirs.", THU, "2023-03-14"),
    ("Titre\nUn simple clic, et tout bascule. Le mardi 7 mars, une secrétaire de la clinique a ouvert une pièce jointe.",
     THU, "2023-03-07"),
    ("Titre\nUne erreur coûteuse. Le 7 mars, le cabinet a envoyé un courriel à 300 patients en laissant les adresses visibles.",
     THU, "2023-03-07"),
    ("Titre\nUn simple clic, et une belle pagaille. Le 7 mars, le centre de santé a envoyé un courriel groupé à 500 "
     "patients en laissant leurs adresses visibles.", THU, "2023-03-07"),
    ("Titre\nUne matinée comme les autres, ou presque. Lundi, les ordinateurs de l'Ehpad se sont éteints un à un.",
     THU, "2023-03-13"),
]


@pytest.mark.parametrize("text, published, expected", WORDINGS)
def test_incident_date_wordings(text, published, expected):
    assert incident(text, published) == expected


CHOICES = [
    # the breach's own date, not its detection, when the text gives both
    ("Les pirates se sont introduits dans le réseau le 2 mars, soit une semaine avant que l'intrusion ne soit "
     "détectée, le 9 mars.", THU, "2023-03-02"),
    ("L'intrusion a été détectée le 9 mars. Les pirates étaient entrés dans le système dès le 2 mars.", THU, "2023-03-02"),
    ("L'attaque a été repérée le 9 mars, mais elle avait commencé le 2 mars selon l'enquête.", THU, "2023-03-02"),
    ("Le laboratoire a découvert le 9 mars que ses serveurs avaient été piratés le 2 mars.", THU, "2023-03-02"),
    ("Piratée le 2 mars, la clinique ne s'en est aperçue que le 9 mars.", THU, "2023-03-02"),
    ("L'intrusion, survenue en février, a été détectée le 9 mars.", THU, "2023-02"),
    # ... but the detection when nothing earlier dates it, and not an older story
    ("L'intrusion a été détectée le 9 mars. Les systèmes ont été restaurés le 14 mars.", THU, "2023-03-09"),
    ("Le 9 mars, les équipes ont détecté une activité suspecte. Une plainte a été déposée le 10 mars.", THU, "2023-03-09"),
    ("L'attaque a été détectée le 9 mars. La clinique avait déjà été piratée en 2021.", THU, "2023-03-09"),
    ("L'intrusion a été détectée le 9 mars. Le logiciel avait été installé en juin 2022.", THU, "2023-03-09"),
    # a containment is the incident's end
    ("L'intrusion a été détectée le 9 mars. L'accès frauduleux a été coupé le lendemain.", THU, "2023-03-09"),
    ("Vendredi, des connexions suspectes ont été repérées. Les comptes compromis ont été désactivés samedi.", THU, "2023-03-10"),
    # claims, files published, meetings, complaints, restorations
    ("Le groupe Lockbit a revendiqué lundi l'attaque contre la clinique, détectée le 2 mars.", THU, "2023-03-02"),
    ("Les pirates ont publié mardi les fichiers dérobés lors de l'attaque du 1er mars.", THU, "2023-03-01"),
    ("Les fichiers ont été mis en ligne mercredi sur le site des pirates. L'hôpital avait été attaqué le 20 février.",
     THU, "2023-02-20"),
    ("Lors d'une conférence de presse jeudi, la direction a confirmé l'attaque survenue dimanche.", THU, "2023-03-12"),
    ("L'hôpital, attaqué le 3 mars, a retrouvé ses logiciels lundi.", THU, "2023-03-03"),
    ("Le réseau a été rétabli vendredi. L'attaque remonte au 2 mars.", THU, "2023-03-02"),
    ("Rennes (AFP) - Le CHU de Rennes a été victime mardi d'une cyberattaque, a-t-on appris jeudi.", THU, "2023-03-14"),
    # an earlier attack recalled
    ("En 2021, l'hôpital avait déjà été victime d'une attaque. Cette fois, les pirates ont frappé dimanche.", THU, "2023-03-12"),
    ("L'hôpital a été attaqué lundi. Il y a deux ans, le CHU voisin avait subi une attaque similaire.", THU, "2023-03-13"),
    ("Comme le centre hospitalier de Dax en 2021, la clinique a été visée mardi par un rançongiciel.", THU, "2023-03-14"),
    # nothing dates the incident: abstain
    ("La clinique a été victime d'une cyberattaque. Celle-ci a été revendiquée jeudi par le groupe Qilin.", THU, None),
    ("La clinique a été victime d'une cyberattaque, a-t-elle annoncé mardi.", THU, None),
    ("La clinique a indiqué mardi avoir été victime d'une cyberattaque.", THU, None),
    ("Le directeur a tenu une conférence de presse mardi pour faire le point sur la cyberattaque.", THU, None),
    ("Une réunion de crise s'est tenue lundi au ministère après l'attaque contre l'hôpital.", THU, None),
    ("Un hôpital sur dix a été victime d'une attaque en 2022, selon le rapport de l'agence.", THU, None),
    ("En 2022, 30 % des établissements de santé ont été visés par un rançongiciel.", THU, None),
    ("Le centre hospitalier a été victime d'une cyberattaque ces derniers jours.", THU, None),
    ("La clinique a récemment été victime d'un piratage.", THU, None),
    ("Titre\nLa direction s'attendait au pire. Le 7 mars, le ministre a présenté son plan.", THU, None),
    ("Titre\nLe 3 mars, le ministre a présenté son plan. Les hôpitaux subissent de plus en plus de cyberattaques.",
     THU, None),
]


SEP = dt.date(2022, 9, 26)  # a Monday

# A story told weeks later, with or without a publication date; disruption in its everyday words; statements.
LATER = [
    ("Le centre hospitalier a été victime d'une cyberattaque le 21 août dernier.", SEP, "2022-08-21"),
    ("Victime d'une cyberattaque dimanche 21 août dernier, l'hôpital peine à redémarrer.", SEP, "2022-08-21"),
    ("L'hôpital, victime d'un rançongiciel le 21 août, n'a toujours pas retrouvé ses logiciels.", SEP, "2022-08-21"),
    ("Depuis le dimanche 21 août, l'hôpital fonctionne en mode dégradé.", SEP, "2022-08-21"),
    ("Dans la nuit du samedi 20 au dimanche 21 août, des pirates ont chiffré les serveurs.", SEP, "2022-08-21"),
    ("Ce dimanche 25 septembre, l'hôpital a été visé par une attaque informatique.", SEP, "2022-09-25"),
    ("En août 2022, l'hôpital avait été frappé par le groupe LockBit.", None, "2022-08"),
    ("Fin août 2022, une cyberattaque a paralysé le centre hospitalier.", None, "2022-08"),
    ("L'attaque, survenue dans la nuit du 20 au 21 août 2022, a paralysé l'hôpital.", None, "2022-08-21"),
    ("Le 21/08/2022, l'hôpital a subi une attaque par rançongiciel.", None, "2022-08-21"),
    ("Samedi 3 décembre au soir, les serveurs de l'hôpital ont été chiffrés.", dt.date(2022, 12, 10), "2022-12-03"),
    ("Un mois après la cyberattaque du 21 août, l'hôpital n'est toujours pas revenu à la normale.", SEP, "2022-08-21"),
    ("Un mois après la cyberattaque, l'hôpital n'est toujours pas revenu à la normale.", SEP, None),
    ("L'hôpital de Corbeil-Essonnes, paralysé depuis le 21 août par une cyberattaque, a porté plainte.", SEP, "2022-08-21"),
    ("L'hôpital a fait l'objet d'une attaque informatique dimanche.", SEP, "2022-09-25"),
    ("Une cyberattaque vise depuis dimanche l'hôpital de Corbeil.", SEP, "2022-09-25"),
    ("Les pirates ont lancé leur attaque dimanche vers 3 heures.", SEP, "2022-09-25"),
    ("Le CHU a dû basculer en mode dégradé dimanche soir.", SEP, "2022-09-25"),
    ("Les soignants sont revenus au papier et au crayon depuis dimanche.", SEP, "2022-09-25"),
    ("Depuis dimanche, les équipes travaillent avec du papier et des stylos.", SEP, "2022-09-25"),
    ("L'hôpital est coupé du monde depuis dimanche.", SEP, "2022-09-25"),
    ("Le site internet de la clinique est hors ligne depuis dimanche.", SEP, "2022-09-25"),
    ("Le logiciel de prise de rendez-vous est inaccessible depuis dimanche.", SEP, "2022-09-25"),
    ("Dimanche, un virus informatique a mis à terre le réseau de l'hôpital.", SEP, "2022-09-25"),
    ("Les données de patients ont été piratées entre le 1er et le 3 septembre.", SEP, "2022-09-01"),
    ("L'intrusion a eu lieu entre janvier et mars 2022.", None, "2022"),
    ("Le CH de Cannes a été la cible d'une attaque le 16 avril, revendiquée le 24 avril par LockBit.", dt.date(2024, 5, 2),
     "2024-04-16"),
    ("Revendiquée le 24 avril par LockBit, l'attaque a touché le CH de Cannes le 16 avril.", dt.date(2024, 5, 2), "2024-04-16"),
    ("Le 24 avril, LockBit a revendiqué l'attaque qui avait touché le CH de Cannes huit jours plus tôt.", dt.date(2024, 5, 2),
     "2024-04-16"),
    # the period of the data, of the care, is not the incident's
    ("La fuite concerne des patients pris en charge entre 2018 et 2021.", SEP, None),
    ("Les résultats d'analyses réalisées entre janvier et mars 2022 ont été dérobés.", SEP, None),
    # a claim, an inquiry, a statement, an outlet's scoop
    ("Le groupe LockBit a revendiqué l'attaque sur son site le 23 août.", SEP, None),
    ("Le 25 septembre, le CHSF a annoncé que des données avaient été publiées.", SEP, None),
    ("Le parquet de Paris a ouvert une enquête lundi après la cyberattaque.", SEP, None),
    ("Le CHU a été victime d'une cyberattaque, selon un communiqué publié dimanche.", SEP, None),
    ("Une cyberattaque a touché le CHU, a-t-on appris dimanche auprès de la direction.", SEP, None),
    ("Le CHU a été victime d'une cyberattaque, a appris la radio locale dimanche.", SEP, None),
    ("Le CHU a été touché par une cyberattaque, révèle dimanche le journal.", SEP, None),
    ("La cyberattaque, révélée dimanche par le journal, touche le CHU.", SEP, "2022-09"),
]


@pytest.mark.parametrize("text, published, expected", LATER)
def test_incident_date_of_a_story_told_later(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize("text, published, expected", CHOICES)
def test_incident_date_among_the_dates_of_a_story(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "quinze jours", "huit jours": two weeks, one week, not counts of days
        ("L'hôpital fonctionne en mode dégradé depuis 15 jours.", "2023-03"),
        ("Il y a huit jours, la clinique a été frappée par un rançongiciel.", "2023-03"),
        ("Le laboratoire a été piraté il y a quinze jours.", "2023-03"),
        ("Le laboratoire a été piraté il y a 12 jours.", "2023-03-04"),
        # "perpétrée" after an incise still dates the attack, not the claim
        ("L'attaque, revendiquée par le groupe ce mercredi, a été perpétrée début février.", "2023-02"),
    ],
)
def test_idiomatic_counts_and_perpetrated(text, expected):
    assert incident(text, THU) == expected


JAN = dt.date(2023, 1, 5)

MORE_WORDINGS = [
    # parts of a day, a day with its time before the clause
    ("Lundi en fin de journée, des pirates ont chiffré les serveurs de la clinique.", THU, "2023-03-13"),
    ("Le CHU a été attaqué lundi en début d'après-midi.", THU, "2023-03-13"),
    ("Dès lundi matin, les urgences ont été délestées après la cyberattaque.", THU, "2023-03-13"),
    ("Aux premières heures de lundi, un rançongiciel a paralysé le CHU.", THU, "2023-03-13"),
    ("Ce lundi 13 mars, le CHU a été visé par une cyberattaque.", THU, "2023-03-13"),
    ("Le 13 mars 2023 aux alentours de 4 heures, l'hôpital a été attaqué.", None, "2023-03-13"),
    ("L'hôpital a été piraté le 13.03.2023.", None, "2023-03-13"),
    ("Dans la nuit de jeudi 9 à vendredi 10 mars, la clinique a été attaquée.", THU, "2023-03-10"),
    ("Le CISSS a été attaqué le 9 mars en après-midi.", THU, "2023-03-09"),
    # holidays
    ("Le jour de Noël, le CHU a été paralysé par un rançongiciel.", JAN, "2022-12-25"),
    ("La veille de Noël, des pirates se sont introduits dans le réseau de la clinique.", JAN, "2022-12-24"),
    ("Le laboratoire a été piraté le jour de l'an.", JAN, "2023-01-01"),
    ("L'attaque a eu lieu à Noël 2021.", None, "2021-12-25"),
    # the ransom, the spread, an insider, stolen accounts
    ("Les pirates réclament une rançon depuis lundi.", THU, "2023-03-13"),
    ("Une demande de rançon a été reçue lundi par la direction.", THU, "2023-03-13"),
    ("Les pirates ont exigé lundi une rançon de 2 millions d'euros.", THU, "2023-03-13"),
    ("Le virus s'est répandu dans la nuit de dimanche à lundi.", THU, "2023-03-13"),
    ("Un ancien salarié a copié le fichier des patients le 13 mars avant de quitter l'entreprise.", THU, "2023-03-13"),
    ("Une employée a consulté sans autorisation les dossiers de patients entre mars et juin 2022.", THU, "2022"),
    ("Des comptes de soignants ont été usurpés le 13 mars.", THU, "2023-03-13"),
    ("Depuis la cyberattaque de lundi, la clinique fonctionne au ralenti.", THU, "2023-03-13"),
    # the warning sent to the people concerned is not the incident
    ("L'hôpital a informé ses patients lundi d'une fuite de données survenue en janvier.", THU, "2023-01"),
    ("Lundi, l'hôpital a informé ses patients qu'une fuite avait eu lieu.", THU, None),
    ("Le 13 mars, l'hôpital a averti ses patients d'une fuite de leurs données.", THU, None),
    ("Les patients ont reçu lundi un courrier les informant d'une fuite de données.", THU, None),
]


@pytest.mark.parametrize("text, published, expected", MORE_WORDINGS)
def test_more_incident_date_wordings(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date still to come is never the incident's, though a yearless day resolves to the past
        ("Faute de rançon, les données seront rendues publiques le 26 mars.", None),
        ("Les pirates menacent de diffuser les fichiers le 20 mars si la clinique ne paie pas.", None),
        ("Les hackers ont fixé un ultimatum au 20 mars pour le paiement de la rançon.", None),
        ("La clinique doit rétablir ses services d'ici le 30 mars, après l'attaque de lundi.", "2023-03-13"),
        ("L'hôpital attaqué le 2 mars ne rouvrira ses consultations que la semaine prochaine.", "2023-03-02"),
    ],
)
def test_dates_to_come(text, expected):
    assert incident(text, THU) == expected


LEAD = "Cyberattaque à l'hôpital de Vierzon\nL'hôpital de Vierzon a été victime {when}d'une cyberattaque. Les urgences sont délestées.\n"


@pytest.mark.parametrize(
    "background",
    [
        "Ce n'est pas la première fois : en 2021, l'établissement avait été visé par un rançongiciel.",
        "En février 2021, le centre hospitalier de Dax avait été paralysé par un rançongiciel, tout comme celui de Villefranche.",
        "En février 2021, le centre hospitalier de Dax avait été paralysé par un rançongiciel.",
        "L'an dernier, c'est le CHU de Rennes qui avait été visé.",
        "En 2022, l'hôpital de Corbeil-Essonnes avait été la cible du groupe LockBit, qui avait exigé 10 millions de dollars.",
        "Selon l'Anssi, les établissements de santé ont subi 30 attaques par rançongiciel en 2022.",
        "En 2021, l'Anssi avait recensé 30 attaques contre des hôpitaux.",
        "L'établissement avait déjà été ciblé en 2019.",
        "En 2019, il avait subi une première attaque.",
        "Il avait été visé en 2019 par un autre groupe.",
        "Depuis 2020, une dizaine d'hôpitaux ont été touchés en France.",
        "Dax, Villefranche, Corbeil : depuis 2021, la liste des hôpitaux touchés s'allonge.",
        "En 2021, celui de Dax avait été frappé.",
    ],
)
def test_an_earlier_attack_recalled_after_the_lead(background):
    # the story's own attack is undated without a publication day: abstain rather than date it by the other one
    assert incident(LEAD.format(when="") + background, None) is None
    assert incident(LEAD.format(when="mardi ") + background, THU) == "2023-03-14"
    assert incident(LEAD.format(when="le lundi 13 mars 2023 ") + background, None) == "2023-03-13"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same establishment's attack, told in the pluperfect after a lead about its aftermath
        ("Les pirates ont diffusé 20 Go de fichiers du centre hospitalier de Vesoul. L'établissement avait été attaqué "
         "dans la nuit du 2 au 3 février.", "2023-02-03"),
        ("Le CHU de Rennes a retrouvé ses logiciels. Le CHU de Rennes avait été visé le 3 février par un rançongiciel.",
         "2023-02-03"),
        ("Le centre hospitalier avait été victime d'une cyberattaque en novembre 2022. Trois mois plus tard, il affirme "
         "avoir retrouvé un fonctionnement normal.", "2022-11"),
    ],
)
def test_the_story_told_in_the_pluperfect(text, expected):
    assert incident(text, THU) == expected


# Whole short stories: a follow-up, a claim, a complaint, an anniversary, files for sale, an attack still going on.
STORIES = [
("""Le CHU de Nantes toujours perturbé une semaine après la cyberattaque
Une semaine après l'attaque informatique qui a visé le CHU de Nantes, les équipes travaillent toujours en mode dégradé. « Nous avons retrouvé la messagerie jeudi », précise la direction.
L'attaque, détectée dans la nuit du 2 au 3 mars, a touché une centaine de serveurs. Le parquet de Paris a été saisi le 4 mars.
Selon l'ARS, le retour à la normale est attendu « d'ici la fin du mois ».""", dt.date(2023,3,10), "2023-03-03"),
("""Fuite de données chez Santé Direct : 500 000 assurés concernés
La mutuelle Santé Direct a informé mardi ses adhérents d'une fuite de données. Un pirate a réussi à s'introduire dans son système le 24 février, en utilisant les identifiants d'un prestataire.
L'incident a été découvert le 1er mars lors d'une vérification de routine. La Cnil a été notifiée le 3 mars.
« Nous avons immédiatement coupé les accès concernés », assure le directeur général.""", dt.date(2023,3,8), "2023-02-24"),
("""Le groupe LockBit publie les données de l'hôpital de Cannes
Le groupe de pirates LockBit a mis en ligne mercredi 61 Go de données dérobées au centre hospitalier Simone-Veil de Cannes. L'établissement avait été frappé par un rançongiciel le 16 avril.
L'hôpital a refusé de payer la rançon. « Nous ne négocions pas avec les criminels », a déclaré sa directrice lors d'une conférence de presse lundi.""", dt.date(2024,5,2), "2024-04-16"),
("""Cyberattaque : la clinique des Cèdres porte plainte
La clinique des Cèdres, à Brive, a déposé plainte lundi après avoir été victime d'une attaque informatique ce week-end. Ses équipes ont constaté samedi matin que plusieurs serveurs étaient chiffrés.""", dt.date(2023,3,14), "2023-03-11"),
("""Un an après, l'hôpital de Dax se souvient
Il y a un an, le 9 février 2021, l'hôpital de Dax était paralysé par un rançongiciel. Aujourd'hui, l'établissement a investi deux millions d'euros dans sa sécurité.""", dt.date(2022,2,9), "2021-02-09"),
("""La CPAM de l'Aude visée par une attaque
La caisse primaire d'assurance maladie de l'Aude a été la cible d'une attaque par hameçonnage. Le 6 mars, plusieurs agents ont reçu un courriel frauduleux imitant la messagerie interne. Trois d'entre eux ont communiqué leurs identifiants.
Les pirates ont ensuite consulté les dossiers de 2 000 assurés entre le 7 et le 9 mars.""", dt.date(2023,3,16), "2023-03-06"),
("""Le laboratoire Biolab touché par un rançongiciel
Le laboratoire d'analyses Biolab a annoncé jeudi avoir été touché par un rançongiciel. L'attaque, survenue dans la nuit de mardi à mercredi, a rendu inaccessibles les résultats des patients.
Les prélèvements ont repris vendredi, selon la direction.""", dt.date(2023,3,16), "2023-03-15"),
("""Données de patients en vente sur un forum
Des données de patients de la clinique du Lac sont proposées à la vente depuis lundi sur un forum de pirates. La clinique dit n'avoir détecté aucune intrusion. Selon le vendeur, les fichiers auraient été dérobés en janvier.""", dt.date(2023,3,16), "2023-01"),
("""Cyberattaque
La clinique a été la cible d'une cyberattaque. Les faits remontent au week-end dernier. La direction a porté plainte.""", dt.date(2023,3,16), "2023-03"),
("""Attaque informatique
La direction de l'hôpital a tenu une réunion d'information mardi. L'attaque, qui a débuté vendredi, n'est toujours pas maîtrisée.""", dt.date(2023,3,16), "2023-03-10"),
]


@pytest.mark.parametrize("text, published, expected", STORIES, ids=[s[0].splitlines()[0][:40] for s in STORIES])
def test_incident_date_of_a_short_story(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nouns that fold like a breach participle: "chiffre(s)" is no "chiffré(s)", "pirates" no "piratés"
        "La clinique a subi une attaque. Le chiffre de 3 000 patients a été avancé lundi.",
        "Le CHU a été victime d'une cyberattaque. Selon les chiffres avancés lundi par la direction, 3 000 patients sont concernés.",
        "La clinique a été piratée. Un forum de pirates propose ses fichiers depuis lundi.",
    ],
)
def test_nouns_folding_like_participles_date_nothing(text):
    assert incident(text, THU) is None


# Relative clauses, narrative openings, Belgian, Swiss and Québec wordings, "jour de l'attaque".
NARRATIVE = [
("L'attaque informatique dont a été victime le CHU le 3 mars a coûté cher.", THU, "2023-03-03"),
("L'attaque dont le CHU a été la cible lundi a paralysé les urgences.", THU, "2023-03-13"),
("L'incident, qui s'est produit lundi, concerne 300 patients.", THU, "2023-03-13"),
("Les faits datent du 3 mars.", THU, "2023-03-03"),
("C'est le 3 mars que tout a basculé pour la clinique.", THU, "2023-03-03"),
("Tout a basculé le 3 mars, quand les écrans se sont éteints.", THU, "2023-03-03"),
("Le cauchemar a commencé le 3 mars pour les soignants de la clinique.", THU, "2023-03-03"),
("La cyberattaque dont l'hôpital fait l'objet depuis lundi est d'une ampleur inédite.", THU, "2023-03-13"),
("Mardi en fin d'après-midi, le CISSS a constaté une activité anormale sur son réseau.", THU, "2023-03-14"),
("Le CIUSSS a été la cible d'une cyberattaque en fin de soirée mardi.", THU, "2023-03-14"),
("Ce lundi, les Cliniques universitaires Saint-Luc ont été visées par une attaque.", THU, "2023-03-13"),
("Les Hôpitaux Iris Sud ont été touchés par une attaque informatique ce week-end.", THU, "2023-03"),
("Le réseau hospitalier fribourgeois a subi une cyberattaque mardi 14 mars 2023.", None, "2023-03-14"),
("La clinique a découvert mardi qu'elle avait été piratée.", THU, "2023-03-14"),
("La fuite n'a été découverte que le 14 mars, soit plusieurs semaines après les faits.", THU, "2023-03-14"),
# "la nuit de lundi": from Monday to Tuesday, dated by the Tuesday it ends on
("L'hôpital a été victime d'une attaque dans la nuit de lundi.", THU, "2023-03-14"),
("L'attaque est survenue en pleine nuit, lundi.", THU, "2023-03-13"),
("L'hôpital a basculé en mode dégradé lundi vers 5 heures.", THU, "2023-03-13"),
("C'est un rançongiciel qui a frappé l'hôpital lundi.", THU, "2023-03-13"),
("Depuis lundi, l'hôpital est la cible d'une attaque.", THU, "2023-03-13"),
("Le 13 mars, jour de l'attaque, les urgences ont été fermées.", THU, "2023-03-13"),
("Lundi 13 mars, jour de l'attaque, les urgences ont fermé.", THU, "2023-03-13"),
("Le jour de l'attaque, le 13 mars, les urgences ont fermé.", THU, "2023-03-13"),
("Le jour même de l'attaque, lundi, la direction a porté plainte.", THU, "2023-03-13"),
]


@pytest.mark.parametrize("text, published, expected", NARRATIVE)
def test_narrative_and_regional_wordings(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no publication day: a complaint's full date gives the breach's year (a trial's does not)
        ("L'intrusion a été détectée le 3 mars. La plainte a été déposée le 6 mars 2023.", "2023-03-03"),
        ("Les gendarmes ont été saisis le 8 mars 2023. Le laboratoire avait été piraté le 5 mars.", "2023-03-05"),
        ("L'attaque du 3 mars avait paralysé la clinique. Le procès du pirate s'est tenu le 12 juin 2024.", None),
        ("L'attaque du 3 mars avait paralysé la clinique. Le pirate a été condamné le 12 juin 2024.", None),
    ],
)
def test_year_from_a_complaint_without_publication_day(text, expected):
    assert incident(text, None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a first sentence telling the attack undated, the next one's opening date tells it...
        ("Titre\nLa caisse a été la cible d'une attaque. Le 6 mars, des agents ont reçu un courriel imitant la "
         "messagerie interne.", "2023-03-06"),
        # ... unless a cue gives that date to something else
        ("Titre\nLe CHU de Dax a été victime d'une cyberattaque. Le 3 mars, le directeur a présenté un plan pour "
         "rétablir les systèmes informatiques.", None),
        ("Titre\nLe CHU de Dax a été victime d'une cyberattaque. Le 3 mars, une réunion de crise s'est tenue sur "
         "les systèmes informatiques.", None),
    ],
)
def test_the_sentence_after_an_undated_lead(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text",
    [
        # phishing aimed at the people concerned after a leak is no date of the leak
        "La fuite de données de la mutuelle inquiète. Des faux SMS ont été envoyés lundi aux adhérents.",
        "Après la fuite, les faux courriels reçus par les patients se multiplient depuis lundi.",
    ],
)
def test_phishing_after_a_leak_dates_nothing(text):
    assert incident(text, THU) is None


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "qui remonte à juin": the month the attack goes back to, in the year before the story
        ("L'hôpital a informé ses patients d'une fuite de données. L'attaque, qui remonte à juin, n'avait pas été rendue publique.",
         dt.date(2024, 11, 12), "2024-06"),
        # "à la rentrée": September, of this year once it has come, else of the year before
        ("Une base de données de la clinique est restée accessible sans mot de passe à la rentrée.", dt.date(2024, 10, 15), "2024-09"),
        ("Une base de données de la clinique est restée accessible sans mot de passe à la rentrée.", dt.date(2025, 3, 2), "2024-09"),
        # the imperfect of "plus rien ne fonctionne"
        ("Après le piratage, plus rien ne fonctionnait le 22 janvier dans les agences de la mutuelle.", dt.date(2024, 2, 6), "2024-01-22"),
    ],
)
def test_months_the_press_names_loosely(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a weekday after the verb of another event ("a infligé mardi une amende"), the breach dated after a comma
        ("La Cnil a infligé mardi une amende à la clinique, victime d'une fuite en mars 2021.", THU, "2021-03"),
        ("Le tribunal a condamné lundi l'ancien salarié, auteur d'un piratage en octobre 2022.", THU, "2022-10"),
        ("Le parquet a ouvert mercredi une enquête sur la mutuelle, piratée en janvier 2023.", THU, "2023-01"),
        # a fronted date still rules the verb after it ("À la mi-mars, ...", "Mardi, ...")
        ("À la mi-février, des pirates ont chiffré les serveurs de la clinique.", THU, "2023-02"),
        ("Mardi, le réseau de la clinique a été paralysé.", THU, "2023-03-14"),
        # the attackers "dans le réseau" since a day the detection follows
        ("L'intrusion a été repérée le 9 mars, mais les pirates étaient dans le réseau depuis le 27 février.", THU, "2023-02-27"),
        ("Repérés le 10 mars, les attaquants se trouvaient dans les serveurs depuis le 1er mars.", THU, "2023-03-01"),
        # "en début de mois", "il y a près d'un mois"
        ("La clinique a été visée par une cyberattaque en début de mois.", THU, "2023-03"),
        ("Le CHU a été ciblé en tout début de mois par des pirates.", THU, "2023-03"),
        ("Une attaque informatique a visé le laboratoire il y a près d'un mois.", THU, "2023-02"),
        ("Il y a plus de deux mois, des pirates ont dérobé les fichiers de la mutuelle.", THU, "2023-01"),
    ],
)
def test_dates_after_another_verb_and_loose_counts(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "remontent à <mois> <année>": the verb is the cue, "à <mois>" the date
        ("Sanction de la Cnil contre la plateforme.\nLes faits remontent à novembre 2023.", None, "2023-11"),
        ("L'amende vise le laboratoire. L'affaire remonte à mars 2022, quand un serveur a été laissé ouvert.", None, "2022-03"),
        # the day services came back is no date of the attack
        ("Le laboratoire, visé le 2 mars par un rançongiciel, a vu son activité reprendre. Après une semaine en mode "
         "dégradé, l'activité a repris normalement le 10 mars.", THU, "2023-03-02"),
        ("La clinique a été attaquée le 1er mars. Les consultations ont repris le 8 mars après une semaine en mode dégradé.",
         THU, "2023-03-01"),
        # a theft told with the thief's acts
        ("Un ordinateur portable du cabinet a disparu. Le 6 mars au soir, un individu a brisé la vitre de la voiture "
         "et emporté la sacoche, selon la plainte.", THU, "2023-03-06"),
        ("Des cambrioleurs ont forcé la porte du centre de santé dans la nuit du 4 au 5 mars, selon la police.", THU, "2023-03-05"),
        # "la consultation frauduleuse", "des accès non autorisés" as the breach
        ("La Cnil sanctionne la mutuelle. En cause : des failles qui avaient permis, en février 2022, la consultation "
         "frauduleuse des dossiers de ses adhérents.", THU, "2022-02"),
        ("Des accès non autorisés, le 2 mars, ont exposé les dossiers de la clinique.", THU, "2023-03-02"),
        # the sale notice spotted is not the breach detected
        ("Un pirate vend les fichiers du laboratoire. L'annonce, repérée lundi par un chercheur, est signée d'un pseudonyme. "
         "Le laboratoire confirme une intrusion détectée le 2 mars.", THU, "2023-03-02"),
        ("La mise en vente, découverte mardi sur un forum, porte sur 10 000 dossiers. L'intrusion a été détectée le 3 mars "
         "par la clinique.", THU, "2023-03-03"),
    ],
)
def test_restoration_theft_and_sale_notices(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a standfirst with no date, then the body's first paragraph opens on the date
        ("Des cabinets dentaires privés de leurs dossiers\nUne dizaine de cabinets ne peuvent plus ouvrir leurs agendas. "
         "Un rançongiciel serait en cause.\nDepuis mardi dernier, les dentistes notent les rendez-vous sur papier. "
         "Leurs postes ont été chiffrés par un rançongiciel.", THU, "2023-03-14"),
        ("Une clinique sans informatique\nLes soignants se sont adaptés. Le directeur salue leur sang-froid.\n"
         "Dans la nuit de dimanche à lundi, les serveurs de la clinique ont cessé de répondre. Un rançongiciel les a chiffrés.",
         THU, "2023-03-13"),
        # a hook, the dated sentence, then the sentence telling the attack
        ("La clinique au papier\nLes écrans restent noirs, les cahiers sont de retour. Depuis lundi soir, le personnel écrit tout à la main. La clinique "
         "a été visée par une cyberattaque.", THU, "2023-03-13"),
        ("Le laboratoire à l'arrêt\nPlus rien ne s'affiche sur les postes des techniciens. Depuis mardi, les biologistes rendent les résultats par "
         "téléphone. Le laboratoire a été touché par un rançongiciel.", THU, "2023-03-14"),
    ],
)
def test_leads_after_a_standfirst_or_a_hook(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a closing recall of another attack in the pluperfect of disruption
        "L'éditeur a vu ses serveurs chiffrés lundi 13 mars.\nLes éditeurs sont devenus des cibles. En 2021, l'attaque contre "
        "un autre éditeur avait déjà perturbé des dizaines de laboratoires.",
        "L'éditeur a vu ses serveurs chiffrés lundi 13 mars.\nEn 2020, une attaque avait bloqué les logiciels de plusieurs "
        "centaines de pharmacies.",
    ],
)
def test_a_closing_recall_that_disrupted_others(text):
    assert incident(text, THU) == "2023-03-13"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the breach noun's own date in a fronted phrase, whatever verb follows
        ("Après l'attaque informatique de la semaine dernière, la clinique reprend pied.", "2023-03"),
        ("Depuis la cyberattaque massive de lundi, le laboratoire reprend ses analyses.", "2023-03-13"),
        ("Après la fuite de données du 6 mars, la mutuelle rouvre son espace en ligne.", "2023-03-06"),
        # the day it began, told after the day it was found
        ("L'intrusion, repérée le 10 mars, aurait débuté le 2 mars.", "2023-03-02"),
        ("Détectée mardi, l'attaque avait commencé dès le 8 mars selon les enquêteurs.", "2023-03-08"),
        # "voilà dix jours que"
        ("Voilà dix jours que l'hôpital est paralysé par une cyberattaque.", "2023-03-06"),
        ("Voilà une semaine que la clinique tourne au ralenti après une attaque.", "2023-03"),
    ],
)
def test_fronted_nouns_beginnings_and_voila(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a main verb after an aside owns the date right after it; the breach told in the aside does not
        ("Le CHU, paralysé par une cyberattaque, a reçu mardi la visite du ministre.", None),
        ("La clinique, visée par des pirates, a rouvert mercredi son service d'imagerie.", None),
        ("Le laboratoire, dont les serveurs ont été chiffrés, a organisé lundi une réunion avec les médecins.", None),
        # a relative clause's verb keeps the breach's date
        ("L'attaque, qui a démarré le 8 mars, touche encore le CHU.", "2023-03-08"),
        ("La cyberattaque de l'hôpital a commencé le 9 mars, un jeudi soir.", "2023-03-09"),
    ],
)
def test_a_main_verb_after_an_aside_owns_its_date(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted date is the claim's, the first verb after it; the attack keeps its own date
        ("Le 14 mars, le groupe a revendiqué l'attaque menée contre la clinique le 6 mars.", "2023-03-06"),
        ("Mardi, des pirates ont revendiqué la cyberattaque perpétrée le 7 mars contre le laboratoire.", "2023-03-07"),
        # the way in with its day between the verb and the object; a defaced site
        ("Un employé a ouvert lundi une pièce jointe piégée.", "2023-03-13"),
        ("Une comptable a ouvert le 6 mars un courriel frauduleux, selon la direction.", "2023-03-06"),
        ("Le site de la clinique a été défiguré mardi par des pirates.", "2023-03-14"),
    ],
)
def test_fronted_claims_the_way_in_and_defacements(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "au tout début du mois de février" names February, not this month
        ("La clinique a été piratée au tout début du mois de février.", "2023-02"),
        ("Le laboratoire a été attaqué en tout début de mois.", "2023-03"),
        ("Le laboratoire a été attaqué à la fin du mois de février.", "2023-02"),
    ],
)
def test_the_start_of_a_named_month(text, expected):
    assert incident(text, THU) == expected
