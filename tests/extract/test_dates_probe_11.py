"""A probe battery of incident dates (session 9, dates11): mini-articles of our own wording, a headline, a
"Publié le" line (or a page day, a byline, a dateline) and a body of two or three sentences. Each construction in
several wordings: days in words, feasts, nights, week-ends, counts back, parts of a month or a year, follow-up
stories that recall this incident, and the dates that are not the attack's (an announcement, a detection days
later, a regulator's decision, another body's older attack, a later leak of the data). Without a page day and
without a year written, nothing is dated."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dates_short_stories import story

# Page days (all Thursdays)
MAR = dt.date(2025, 3, 20)  # Mon 17, Tue 18, Wed 19; week-end 15-16; the week before from Mon 10
JAN = dt.date(2025, 1, 16)  # Tue 14; week-end 11-12
NOV = dt.date(2024, 11, 7)  # Toussaint Fri 1; week-end 2-3
APR = dt.date(2025, 4, 24)  # Easter Sun 20 April; Easter Monday 21
JUL = dt.date(2025, 7, 17)  # 14 July is a Monday
JAN26 = dt.date(2026, 1, 8)  # New Year's Day a Thursday

WORDS = [
    ("Cyberattaque à la clinique\nPublié le 20 mars 2025\nLe premier mars, des pirates ont chiffré les serveurs de la clinique du Parc.",
     None, "2025-03-01"),
    ("L'hôpital piraté\nPublié le 20/03/2025\nL'hôpital de Saint-Lô a été victime d'une cyberattaque le deux mars, a indiqué sa direction.",
     None, "2025-03-02"),
    ("Fuite de données\nLe laboratoire a découvert le quinze janvier qu'une partie de ses fichiers avait été copiée.",
     MAR, "2025-01-15"),
    ("Le CHU paralysé\nC'est le trois février que le rançongiciel s'est propagé dans le réseau du CHU.", MAR, "2025-02-03"),
    ("Attaque informatique\nLe vingt et un février, la mutuelle a subi une intrusion dans son système d'information.",
     MAR, "2025-02-21"),
    ("Cyberattaque\nLe laboratoire a été piraté le dix-huit février, a confirmé jeudi sa direction.", MAR, "2025-02-18"),
    ("Cyberattaque\nDans la nuit du vingt-deux février, des pirates ont chiffré les serveurs de l'hôpital.", MAR, "2025-02-22"),
    ("Cyberattaque\nLe CHU a été victime d'une cyberattaque le lundi trois mars.", MAR, "2025-03-03"),
    # a number of days is no day of the month ("les trois mars" of nobody; "deux février" without its article)
    ("Cyberattaque\nLa clinique a annoncé jeudi avoir été piratée, sans dire quand. Les trois sites sont touchés.", MAR, None),
    ("Données volées\nPublié le 20 mars 2025\nLe 1er mars au soir, les pirates se sont introduits dans le réseau de l'Ehpad.",
     None, "2025-03-01"),
]

FEASTS = [
    ("Une clinique piratée\nLe jour de la Toussaint, le réseau informatique de la clinique est tombé.", NOV, "2024-11-01"),
    ("Cyberattaque\nLa clinique a été la cible d'une attaque informatique à la Toussaint.", NOV, "2024-11-01"),
    ("Noël sous rançongiciel\nLe soir de Noël, les serveurs de l'hôpital ont été chiffrés.", JAN26, "2025-12-25"),
    ("L'hôpital attaqué\nL'hôpital a été visé par une cyberattaque le 14-Juillet.", JUL, "2025-07-14"),
    ("L'hôpital attaqué\nLe 14 juillet, un rançongiciel a frappé l'hôpital de Cahors.", JUL, "2025-07-14"),
    ("L'Armistice\nLe laboratoire a subi une attaque informatique le jour de l'Armistice.", dt.date(2024, 11, 14), "2024-11-11"),
    ("Toussaint\nLa veille de la Toussaint, un rançongiciel a chiffré les serveurs du centre de radiologie.", NOV, "2024-10-31"),
    ("Toussaint\nLe centre hospitalier a été piraté au lendemain de la Toussaint.", NOV, "2024-11-02"),
    ("Assomption\nÀ l'Assomption, des pirates se sont introduits dans le réseau de la clinique.", dt.date(2025, 8, 28), "2025-08-15"),
    ("Noël\nLe lendemain de Noël, l'Ehpad a constaté que ses dossiers étaient chiffrés.", JAN26, "2025-12-26"),
    ("Nouvel an\nLa mutuelle a été attaquée la veille du Nouvel An.", JAN26, "2025-12-31"),
    ("Toussaint 2023\nL'hôpital avait été attaqué le jour de la Toussaint 2023, rappelle la direction.", NOV, "2023-11-01"),
    # the school holidays of the feast are no day
    ("Vacances\nPendant les vacances de la Toussaint, la clinique a été victime d'une cyberattaque.", NOV, None),
    ("Pâques perturbé\nLe week-end de Pâques, des pirates ont paralysé le centre de santé.", APR, "2025-04"),
    ("Pâques perturbé\nLe centre de santé a été attaqué le lundi de Pâques.", APR, "2025-04-21"),
    ("Nouvel an difficile\nLe lendemain du Nouvel An, les soignants ont découvert un message de rançon sur leurs écrans.",
     JAN26, "2026-01-02"),
    ("Nouvel an difficile\nLa clinique a été piratée le jour de l'an.", JAN26, "2026-01-01"),
    ("Réveillon\nDans la nuit de la Saint-Sylvestre, des pirates ont chiffré les serveurs de l'Ehpad.", JAN26, "2025-12-31"),
    ("Le 1er-Mai\nLa clinique a été victime d'une cyberattaque le 1er-Mai.", dt.date(2025, 5, 15), "2025-05-01"),
    ("Le 11-Novembre\nLe 11-Novembre, le laboratoire a subi une attaque par rançongiciel.", dt.date(2024, 11, 14), "2024-11-11"),
    ("Le 15-Août\nLe centre hospitalier a été piraté le 15 août.", dt.date(2025, 8, 21), "2025-08-15"),
]

NIGHTS = [
    ("Rançongiciel\nDans la nuit du 14 au 15 mars, les serveurs de la clinique ont été chiffrés.", MAR, "2025-03-15"),
    ("Rançongiciel\nLa clinique a été attaquée dans la nuit du 14 au 15.", MAR, "2025-03-15"),
    ("Piratage\nL'hôpital a été piraté dans la nuit de samedi à dimanche.", MAR, "2025-03-16"),
    ("Piratage\nDans la nuit de samedi à dimanche, un logiciel malveillant a bloqué les ordinateurs du CHU.", MAR, "2025-03-16"),
    ("Piratage\nC'est dans la nuit de lundi à mardi que les pirates ont frappé la mutuelle.", MAR, "2025-03-18"),
    ("Piratage\nPublié le 20 mars 2025 à 8h\nLes pirates ont frappé dans la nuit de mardi, a précisé le directeur.", None, "2025-03-19"),
]

WEEKS = [
    ("Cyberattaque\nLe week-end dernier, le centre hospitalier a été visé par une attaque informatique.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été attaquée le week-end dernier, a-t-on appris jeudi.", JAN, "2025-01"),
    ("Cyberattaque\nL'hôpital fonctionne en mode dégradé depuis lundi, à la suite d'une cyberattaque.", MAR, "2025-03-17"),
    ("Cyberattaque\nDepuis lundi, les urgences sont délestées : l'hôpital a été victime d'un rançongiciel.", MAR, "2025-03-17"),
    ("Cyberattaque\nMardi matin, les agents de la clinique ont trouvé leurs écrans bloqués par un rançongiciel.", MAR, "2025-03-18"),
    ("Cyberattaque\nLa clinique a été visée mardi matin par une cyberattaque.", MAR, "2025-03-18"),
    ("Cyberattaque\nLe laboratoire a été piraté il y a une dizaine de jours, a indiqué jeudi sa direction.", MAR, "2025-03"),
    ("Cyberattaque\nIl y a une dizaine de jours, des pirates ont dérobé les fichiers de la mutuelle.", MAR, "2025-03"),
    ("Cyberattaque\nLe centre de santé a subi une attaque en fin de semaine.", MAR, "2025-03"),
    ("Cyberattaque\nEn fin de semaine dernière, un rançongiciel a frappé la clinique.", MAR, "2025-03"),
    ("Cyberattaque\nAu début du mois, la clinique a été victime d'une intrusion informatique.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été victime d'une intrusion informatique au début du mois.", MAR, "2025-03"),
    ("Cyberattaque\nL'hôpital a été la cible d'une cyberattaque mi-janvier.", MAR, "2025-01"),
    ("Cyberattaque\nÀ la mi-janvier, des pirates ont chiffré les serveurs de l'Ehpad.", MAR, "2025-01"),
    ("Cyberattaque\nLa mutuelle a été piratée fin 2024, selon un communiqué.", MAR, "2024"),
    ("Cyberattaque\nFin 2024, des pirates ont dérobé les données de la mutuelle.", MAR, "2024"),
    ("Cyberattaque\nL'hôpital a été attaqué début février.", MAR, "2025-02"),
    ("Cyberattaque\nLa clinique a été victime d'une cyberattaque la semaine dernière.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été victime d'une cyberattaque en début de semaine.", MAR, "2025-03"),
    ("Cyberattaque\nLe mois dernier, la clinique a été victime d'une fuite de données.", MAR, "2025-02"),
    ("Cyberattaque\nL'attaque s'est produite au cours de la nuit de dimanche.", MAR, "2025-03-17"),
    ("Cyberattaque\nHier soir, les ordinateurs du centre hospitalier ont été paralysés.", MAR, "2025-03-19"),
    ("Cyberattaque\nL'incident a eu lieu avant-hier.", MAR, "2025-03-18"),
]

FOLLOWUPS = [
    ("Un an après\nPublié le 8 janvier 2026\nEn janvier 2025, l'hôpital avait été victime d'un rançongiciel. Un an plus tard, "
     "les services ont retrouvé leurs outils.", None, "2025-01"),
    ("Un an après\nEn janvier 2025, le centre hospitalier avait été victime d'une cyberattaque. Il a fini de rebâtir son réseau.",
     JAN26, "2025-01"),
    ("Le procès\nL'attaque, survenue le 3 mars, avait paralysé les urgences pendant deux semaines.", MAR, "2025-03-03"),
    ("Le procès\nLa cyberattaque, survenue le 3 mars dernier, a coûté deux millions d'euros à la clinique.", MAR, "2025-03-03"),
    ("La Cnil sanctionne\nLa Cnil a infligé jeudi une amende à la clinique, dont les données avaient été volées le 3 octobre 2023.",
     MAR, "2023-10-03"),
    ("Nouvelle attaque\nLa clinique a été piratée mardi. En 2023, l'hôpital voisin avait lui aussi été victime d'un rançongiciel.",
     MAR, "2025-03-18"),
    ("Nouvelle attaque\nLe centre de santé a été visé lundi par une cyberattaque. L'an dernier, un CHU de la région avait été paralysé "
     "le 5 mai.", MAR, "2025-03-17"),
    ("Données publiées\nLa mutuelle a été piratée le 2 mars. Les pirates ont publié les fichiers le 15 mars sur le dark web.",
     MAR, "2025-03-02"),
    ("Données publiées\nLes données des patients, volées lors de l'attaque du 2 mars, ont été mises en ligne mercredi.", MAR, "2025-03-02"),
    ("Données publiées\nMercredi, des pirates ont diffusé les données dérobées à la clinique lors de la cyberattaque du 2 mars.",
     MAR, "2025-03-02"),
    ("Annonce\nLa clinique a annoncé jeudi avoir été victime d'une cyberattaque le 10 mars.", MAR, "2025-03-10"),
    ("Annonce\nLa clinique a annoncé mercredi qu'elle avait été la cible d'une attaque informatique la semaine dernière.",
     MAR, "2025-03"),
    ("Détection\nL'intrusion a été détectée le 12 mars, mais les pirates étaient dans le réseau depuis le 2 mars.", MAR, "2025-03-02"),
    ("Détection\nLa fuite a été découverte mardi par un chercheur en sécurité.", MAR, "2025-03-18"),
    ("Détection\nLe piratage, qui remonte au 4 février, n'a été découvert que le 10 mars.", MAR, "2025-02-04"),
    ("Cnil\nLa Cnil a rendu sa décision le 12 mars. L'hôpital avait été victime d'une fuite de données en 2022.", MAR, "2022"),
    ("Plainte\nLa clinique a porté plainte lundi après la cyberattaque qui l'a frappée samedi.", MAR, "2025-03-15"),
    ("Revendication\nLe groupe de pirates a revendiqué mardi l'attaque contre l'hôpital.", MAR, None),
]

BYLINES = [
    ("Cyberattaque\nPublié le 20 mars 2025 à 10h12\nMis à jour le 21 mars 2025 à 8h00\nLa clinique a été piratée mardi.",
     None, "2025-03-18"),
    ("Cyberattaque\nMis à jour le 20/03/2025 à 09:15\nL'hôpital a été piraté mardi, selon sa direction.", None, "2025-03-18"),
    ("Cyberattaque\nPar Jeanne Martin, publié le jeudi 20 mars 2025\nLe CHU a subi une cyberattaque lundi soir.", None, "2025-03-17"),
    ("PARIS, 20 mars (AFP) - Une clinique parisienne a été la cible mardi d'une attaque informatique, a annoncé sa direction.",
     MAR, "2025-03-18"),
    ("RENNES, 20 mars 2025 (AFP) - Un hôpital breton a été victime mardi d'un rançongiciel.", None, "2025-03-18"),
    ("Cyberattaque\nLe 20/03/2025 à 10h05\nLe laboratoire a été attaqué dans la nuit de lundi à mardi.", None, "2025-03-18"),
    ("Cyberattaque\n20 mars 2025\nLa clinique a été piratée le week-end dernier.", None, "2025-03"),
]

RELATIVES = [
    # a date fronted before a subject whose relative clause holds a breach verb is the main verb's, not the relative's
    ("Fuite\nDepuis le 23 septembre 2022, le groupe de pirates qui a orchestré une cyberattaque le 21 août contre l'hôpital, "
     "a commencé à diffuser les données volées.", None, "2022-08-21"),
    ("Fuite\nDepuis le 13 mars, le groupe qui a piraté la clinique le 2 mars, diffuse les fichiers de ses patients.", MAR, "2025-03-02"),
    ("Fuite\nMercredi, les pirates qui ont attaqué la mutuelle le 4 mars, ont publié une partie des données.", MAR, "2025-03-04"),
    # a cleft's "qui" is no relative: the date is the cleft's verb's
    ("Détection\nLundi, c'est une infirmière qui a découvert le message de rançon sur son écran.", MAR, "2025-03-17"),
    ("Détection\nMardi dernier, c'est le service informatique qui a repéré l'intrusion.", MAR, "2025-03-18"),
]

YEAR_FAR = [
    ("Cyberattaque de 2024 : la clinique se reconstruit\nLe 3 mars, des pirates ont chiffré les serveurs de la clinique. "
     "Les soignants ont travaillé sur papier pendant un mois.", None, "2024-03-03"),
    ("Cyberattaque\nL'hôpital a annoncé le 25 septembre 2022 avoir été victime d'une cyberattaque le 21 août.", None, "2022-08-21"),
    ("Cyberattaque\nLa clinique a été attaquée le 21 août. Les pirates ont mis en ligne les données le 23 septembre 2022.",
     None, "2022-08-21"),
    ("Cyberattaque\nLe 21 août, la clinique a été attaquée. Le 23 septembre, les données ont été diffusées. Le 25 septembre 2022, "
     "la clinique a confirmé la fuite.", None, "2022-08-21"),
    ("Cyberattaque\nLa clinique a été victime d'une cyberattaque le 21 août dernier. Le 25 septembre 2022, elle a informé ses patients.",
     None, "2022-08-21"),
    # a year of the story's background is no year of the attack
    ("Cyberattaque\nLe centre hospitalier, fondé en 1972, a été attaqué le 21 août.", None, None),
    ("Cyberattaque\nLe centre hospitalier a été attaqué le 21 août. Depuis 2019, il avait investi dans sa sécurité.", None, None),
]

UNDATED = [
    ("Cyberattaque\nLa clinique a été piratée le 3 mars, a indiqué sa direction.", None, None),
    ("Cyberattaque\nLe laboratoire a été victime mardi d'un rançongiciel.", None, None),
    ("Cyberattaque\nLe premier mars, des pirates ont chiffré les serveurs de la clinique.", None, None),
    ("Cyberattaque\nLe jour de la Toussaint, le réseau de la clinique est tombé.", None, None),
    ("Cyberattaque\nIl y a une dizaine de jours, la mutuelle a été piratée.", None, None),
    ("Cyberattaque\nDans la nuit du 14 au 15, les serveurs de l'hôpital ont été chiffrés.", None, None),
    ("Cyberattaque\nMi-janvier, des pirates ont pénétré le réseau de l'hôpital.", None, None),
    ("Cyberattaque\nLa clinique a été piratée le lendemain du Nouvel An.", None, None),
    ("Cyberattaque\nMis à jour jeudi à 8h\nLa clinique a été piratée mardi.", None, None),
]

LOOKALIKES = [
    # no attack date told: the announcement, a decision, a complaint, a publication of the data
    ("Cyberattaque\nLa clinique a annoncé jeudi avoir été victime d'une cyberattaque, sans préciser quand.", MAR, None),
    ("Sanction\nLa Cnil a prononcé le 12 mars une amende de 50 000 euros contre le cabinet médical.", MAR, None),
    ("Plainte\nLe centre hospitalier a déposé plainte mercredi pour une intrusion dans son réseau.", MAR, None),
    ("Mise en ligne\nLes données volées à la mutuelle ont été publiées le 15 mars sur un forum de pirates.", MAR, None),
    ("Audience\nLe procès du pirate s'ouvrira le 2 avril devant le tribunal correctionnel.", MAR, None),
]

CASES = WORDS + FEASTS + NIGHTS + WEEKS + FOLLOWUPS + BYLINES + RELATIVES + YEAR_FAR + UNDATED + LOOKALIKES


@pytest.mark.parametrize("text, page, expected", CASES)
def test_probe(text, page, expected):
    assert story(text, page) == expected
