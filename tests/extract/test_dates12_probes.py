"""A probe battery of incident dates (session 10, dates12): mini-articles of our own wording, with and without a
page day. The year of a yearless day given by a fronted phrase ("En 2023,", "Fin 2024,") or by another sentence
(an inquiry, a complaint, a communiqué dated with its year); dated fragment leads, agency datelines and bylines in
French, Swiss and Belgian formats; the attack or detection date beside the claim's and the communiqué's; spans
counted from the page day ("depuis lundi", "ce week-end", "il y a dix jours", "la semaine dernière", "début mars");
earlier attacks recalled; and the neighbouring sentences that date nothing. Invented names throughout."""

from __future__ import annotations

import datetime as dt

import pytest

from healthbreach.extract.dates import find_published
from tests.extract.conftest import sentences
from tests.extract.test_dates_short_stories import story

MAR = dt.date(2025, 3, 20)  # a Thursday: Mon 17, Tue 18, Wed 19; week-end 15-16; the week before Mon 10 - Sun 16
APR = dt.date(2025, 4, 3)  # a Thursday: the week before is Mon 24 - Sun 30 March
SEP = dt.date(2025, 9, 15)  # a Monday: the week-end before is 13-14 September

FRONTED_YEAR = [
    ("Cyberattaque\nEn 2023, le centre hospitalier de Brivel a été victime d'une cyberattaque. "
     "Le 12 mars, un rançongiciel a chiffré ses serveurs.", None, "2023-03-12"),
    ("Fuite de données\nFin 2024, la clinique des Tilleuls a été victime d'une intrusion. "
     "Les pirates se sont introduits le 3 décembre dans son réseau.", None, "2024-12-03"),
    ("Piratage\nDébut 2024, la mutuelle Horizon a découvert une fuite de données. "
     "L'intrusion remontait au 8 janvier.", None, "2024-01-08"),
    ("Cyberattaque\nEn 2022, l'hôpital de Vernay a été paralysé. Le 14 octobre, ses serveurs ont été chiffrés.",
     None, "2022-10-14"),
    ("Cyberattaque\nPublié le 20/03/2025\nL'an dernier, la mutuelle des Cévennes a subi une fuite de données.",
     None, "2024"),
    ("Cyberattaque\nL'an dernier, la mutuelle des Cévennes a subi une fuite de données.", None, None),
    ("Cyberattaque\nEn 2023, le centre de radiologie a été piraté en novembre, rappelle sa directrice.",
     None, "2023-11"),
]

YEAR_ELSEWHERE = [
    ("Cyberattaque\nLa clinique du Val a été victime d'une cyberattaque le 28 mars. "
     "La direction a porté plainte le 2 avril 2024.", None, "2024-03-28"),
    ("Cyberattaque\nLe laboratoire Biomed a été piraté le 28 mars. "
     "Dans un communiqué du 30 mars 2024, il indique que les résultats d'analyses ont été copiés.", None, "2024-03-28"),
    ("Piratage\nLes serveurs de l'Ehpad ont été chiffrés le 5 février. "
     "La direction a annoncé le 7 février 2024 qu'aucune donnée n'avait été volée.", None, "2024-02-05"),
    ("Cyberattaque\nLe centre hospitalier a détecté le 9 septembre une intrusion dans sa messagerie. "
     "Il a déposé plainte le 12 septembre 2023 auprès de la gendarmerie.", None, "2023-09-09"),
    # a year told of something else (a founding, a trial to come) does not date the attack
    ("Cyberattaque\nLa clinique, fondée en 1998, a été piratée le 12 mars.", None, None),
    ("Cyberattaque\nLa clinique a été piratée le 12 mars. Le procès du pirate s'ouvrira le 4 juin 2026.", None, None),
]

LEADS = [
    ("Cyberattaque\nPublié le 14/03/2024\nMardi 12 mars, 6 h du matin. Les écrans de l'hôpital affichent un message de rançon.",
     None, "2024-03-12"),
    ("Rançongiciel\nPublié le 14/03/2024\nLundi, 7 heures. Les soignants découvrent que les ordinateurs du service sont bloqués.",
     None, "2024-03-11"),
    ("Cyberattaque\nPARIS, 12 mars 2024 (AFP) - Le centre hospitalier de Lorval a été victime lundi d'une cyberattaque.",
     None, "2024-03-11"),
    ("Cyberattaque\nLyon, 12 mars 2024 (AFP) - Une clinique lyonnaise a été frappée dans la nuit de dimanche à lundi par un "
     "rançongiciel.", None, "2024-03-11"),
    # an agency dateline with no year gives no page day: the weekday stays unread
    ("Cyberattaque\nPARIS, 12 mars (AFP) - Le centre hospitalier de Lorval a été victime lundi d'une cyberattaque.",
     None, None),
    ("Cyberattaque\nBRUXELLES, 12 mars 2024 (Belga) - Un hôpital bruxellois a été piraté dimanche, a-t-il fait savoir.",
     None, "2024-03-10"),
]

BYLINES = [
    ("Cyberattaque\nPublié le 12/03/2024 à 18h45\nLa clinique Bellevue a été piratée lundi.", None, "2024-03-11"),
    ("Cyberattaque\nPublié le 12.03.2024 à 18:45\nLa clinique Bellevue a été piratée lundi.", None, "2024-03-11"),
    ("Cyberattaque\n12.03.2024, 18h45\nLa clinique Bellevue a été piratée lundi.", None, "2024-03-11"),
    ("Cyberattaque\nPublié le mardi 12 mars 2024 à 18h45\nLa clinique Bellevue a été piratée lundi.", None, "2024-03-11"),
    ("Cyberattaque\nMis à jour le 13/03/2024 à 08h10\nLa clinique Bellevue a été piratée le 11 mars.", None, "2024-03-11"),
    ("Cyberattaque\nPar Jeanne Martin\nLe 12/03/2024 à 18:45\nLa clinique Bellevue a été piratée lundi.", None, "2024-03-11"),
    ("Cyberattaque\nPublié le 12 mars 2024 à 18h45, mis à jour le 13 mars 2024 à 9h\nLa clinique Bellevue a été piratée lundi.",
     None, "2024-03-11"),
    ("Cyberattaque\nPublié le 12-03-2024 à 18:45\nLa clinique Bellevue a été piratée lundi.", None, "2024-03-11"),
]

WHICH_EVENT = [
    ("Cyberattaque\nL'attaque a été revendiquée mercredi par un groupe de pirates. Elle avait débuté le 8 mars, "
     "selon la direction de la clinique.", MAR, "2025-03-08"),
    ("Intrusion\nLa clinique a annoncé mercredi avoir détecté lundi une intrusion dans ses serveurs.", MAR, "2025-03-17"),
    ("Revendication\nUn groupe de pirates a revendiqué le 15 mars l'attaque contre le laboratoire.", MAR, None),
    ("Communiqué\nDans un communiqué publié mardi, la mutuelle indique avoir été victime d'un accès frauduleux.", MAR, None),
    ("Fuite\nL'anomalie a été repérée le 10 mars par les équipes informatiques de la clinique. Les pirates étaient "
     "entrés dans le réseau quelques jours plus tôt.", MAR, "2025-03-10"),
    ("Fuite\nLes données des patients ont été mises en vente mardi sur un forum. L'hôpital avait été piraté le 2 mars.",
     MAR, "2025-03-02"),
    ("Cyberattaque\nLe CHU de Morlan a confirmé lundi avoir été victime d'une cyberattaque survenue dans la nuit de "
     "vendredi à samedi.", MAR, "2025-03-15"),
    ("Cyberattaque\nLe site internet de l'hôpital a été rendu inaccessible pendant plusieurs heures samedi par une "
     "attaque par déni de service.", MAR, "2025-03-15"),
    # a state lasting on that day ("est resté inaccessible samedi") says nothing of when it began
    ("Cyberattaque\nLe portail des patients est resté inaccessible samedi, après une attaque informatique.", MAR, None),
]

SPANS = [
    ("Cyberattaque\nL'hôpital fonctionne en mode dégradé depuis lundi, après une cyberattaque.", MAR, "2025-03-17"),
    ("Cyberattaque\nLa clinique a été victime d'une cyberattaque ce week-end.", MAR, "2025-03"),
    ("Cyberattaque\nDans la nuit de dimanche à lundi, les serveurs du centre hospitalier ont été chiffrés.", MAR,
     "2025-03-17"),
    ("Cyberattaque\nIl y a dix jours, la mutuelle a été piratée.", MAR, "2025-03-10"),
    ("Cyberattaque\nLa mutuelle a été piratée la semaine dernière.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été victime d'une cyberattaque début mars.", MAR, "2025-03"),
    ("Cyberattaque\nMi-janvier, des pirates ont pénétré le réseau de l'hôpital.", MAR, "2025-01"),
    ("Cyberattaque\nCourant février, le laboratoire a subi une intrusion dans sa messagerie.", MAR, "2025-02"),
    ("Cyberattaque\nLa semaine dernière, un rançongiciel a frappé le centre de santé.", APR, "2025-03"),
    ("Cyberattaque\nLe mois dernier, le cabinet de radiologie a été piraté.", MAR, "2025-02"),
    ("Cyberattaque\nLe 28 mars, la clinique a été piratée.", APR, "2025-03-28"),
    ("Cyberattaque\nLa clinique a été piratée ce samedi.", SEP, "2025-09-13"),
    ("Cyberattaque\nLa clinique a été piratée samedi, a indiqué dimanche sa direction.", SEP, "2025-09-13"),
]

RECALLS = [
    ("Cyberattaque\nLa clinique, déjà victime d'une attaque en 2021, a de nouveau été piratée mardi.", MAR, "2025-03-18"),
    ("Cyberattaque\nLa clinique, déjà victime d'une attaque en 2021, a de nouveau été piratée.", MAR, None),
    ("Cyberattaque\nLe site de l'hôpital a été bloqué samedi par des pirates. En juin 2023, le même groupe avait déjà "
     "rendu inaccessibles les sites de plusieurs ministères.", SEP, "2025-09-13"),
    ("Cyberattaque\nLe centre hospitalier a été visé mardi par un rançongiciel. Il avait déjà été attaqué en mai 2022.",
     MAR, "2025-03-18"),
    ("Cyberattaque\nLa mutuelle a été piratée. Ce n'est pas la première fois : en 2022, elle avait déjà subi une fuite.",
     MAR, None),
]

NOTHING = [
    ("Cybersécurité\nLe 12 mars, la clinique a présenté son nouveau plan de cybersécurité.", MAR, None),
    ("Ultimatum\nLes pirates menacent de publier les données le 25 mars si la rançon n'est pas payée.", MAR, None),
    ("Cyberattaque\nLes consultations sont suspendues jusqu'au 30 mars.", MAR, None),
    ("Formation\nDepuis 2019, l'hôpital forme ses agents au risque cyber.", MAR, None),
    ("Rapport\nSelon un rapport publié mardi, les hôpitaux ont subi trente attaques en 2024.", MAR, None),
    ("Sanction\nLa Cnil a infligé le 12 mars une amende de 80 000 euros à la clinique.", MAR, None),
    ("Exercice\nLe CHU a organisé mardi un exercice de crise simulant une cyberattaque.", MAR, None),
]

PRESS = [
    ("Cyberattaque\nLe centre hospitalier de Lorval est victime d'une cyberattaque depuis dimanche.", MAR, "2025-03-16"),
    ("Cyberattaque\nLe centre hospitalier de Lorval fait face depuis mardi à une cyberattaque d'ampleur.", MAR, "2025-03-18"),
    ("Cyberattaque\nL'hôpital de Lorval subit depuis ce lundi une attaque informatique.", MAR, "2025-03-17"),
    ("Cyberattaque\nLe CHU de Lorval a été victime d'une cyberattaque ce mardi 18 mars.", MAR, "2025-03-18"),
    ("Cyberattaque\nLe CHU de Lorval a été victime d'une cyberattaque hier soir.", MAR, "2025-03-19"),
    ("Cyberattaque\nLe CHU de Lorval a été victime d'une cyberattaque avant-hier.", MAR, "2025-03-18"),
    ("Cyberattaque\nLa clinique a été piratée le 12 mars dernier.", MAR, "2025-03-12"),
    ("Cyberattaque\nLa clinique a été piratée en fin de semaine dernière.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été piratée à la fin du mois de février.", MAR, "2025-02"),
    ("Cyberattaque\nLa clinique a été piratée au début du mois.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été piratée en début d'année.", MAR, "2025"),
    ("Cyberattaque\nLa clinique a été piratée il y a un mois.", MAR, "2025-02"),
    ("Cyberattaque\nLe réseau de la clinique est paralysé depuis dix jours.", MAR, "2025-03-10"),
    ("Cyberattaque\nLes dossiers de la mutuelle ont fuité le 4 mars.", MAR, "2025-03-04"),
    ("Cyberattaque\nLa cyberattaque qui a touché l'hôpital lundi a paralysé les urgences.", MAR, "2025-03-17"),
    ("Cyberattaque\nL'attaque informatique dont a été victime le CHU le 4 mars continue de perturber les soins.", MAR,
     "2025-03-04"),
    ("Cyberattaque\nTouché par une cyberattaque le 4 mars, le CHU fonctionne toujours en mode dégradé.", MAR, "2025-03-04"),
    ("Cyberattaque\nLes faits se sont produits dans la nuit du 4 au 5 mars.", MAR, "2025-03-05"),
    ("Cyberattaque\nLes systèmes ont été mis hors ligne samedi à la suite d'une intrusion.", MAR, "2025-03-15"),
    ("Cyberattaque\nLes serveurs de la clinique ont été chiffrés le 4 mars.", MAR, "2025-03-04"),
    ("Cyberattaque\nLe laboratoire a fait l'objet, mardi, d'une cyberattaque.", MAR, "2025-03-18"),
    ("Cyberattaque\nLa mutuelle s'est aperçue le 4 mars que des données avaient été copiées.", MAR, "2025-03-04"),
    ("Cyberattaque\nLe 4 mars, l'établissement a été informé par l'Anssi d'une fuite de données.", MAR, "2025-03-04"),
    ("Cyberattaque\nDepuis jeudi dernier, les médecins de la clinique travaillent sur papier.", MAR, "2025-03-13"),
    ("Cyberattaque\n« Tout a commencé le 22 février au matin », raconte le directeur de la clinique.", MAR, "2025-02-22"),
    ("Cyberattaque du 12 mars : la clinique toujours perturbée\nUne semaine plus tard, les urgences fonctionnent toujours "
     "en mode dégradé.", MAR, "2025-03-12"),
    ("Cyberattaque\nLa fuite, révélée jeudi, remonte à novembre, selon la mutuelle.", MAR, "2024-11"),
    ("Cyberattaque\nLe centre de santé a été victime d'un rançongiciel le 19 décembre.", dt.date(2025, 1, 16), "2024-12-19"),
    ("Cyberattaque\nLe laboratoire a détecté le 08.03.2025 une intrusion dans son système.", MAR, "2025-03-08"),
    ("Cyberattaque\nLe laboratoire a détecté le 12/03 une intrusion dans son système.", MAR, "2025-03-12"),
    ("Cyberattaque\nLa Cnil a infligé une amende à la clinique. En janvier 2023, celle-ci avait subi une fuite de données "
     "touchant 4 000 patients.", MAR, "2023-01"),
    ("Cyberattaque\nL'hôpital a été piraté le lundi 3, a indiqué la direction.", MAR, "2025-03-03"),
    ("Cyberattaque\nL'intrusion a été découverte le 10 mars. Les pirates étaient entrés trois jours plus tôt.", MAR,
     "2025-03-07"),
    ("Cyberattaque\nLa clinique a porté plainte le 10 mars, au lendemain de l'attaque.", MAR, "2025-03-09"),
    ("Cyberattaque\nLe groupe Qilin a publié lundi sur son site les données volées lors de l'attaque du 2 mars contre la "
     "clinique.", MAR, "2025-03-02"),
    ("Cyberattaque\nLe groupe Akira a revendiqué mardi l'attaque. La clinique avait détecté une intrusion le 9 mars.", MAR,
     "2025-03-09"),
    # counted from the story's day: three weeks before Thursday 20 March
    ("Cyberattaque\nL'hôpital a repris jeudi une activité normale, trois semaines après l'attaque.", MAR, "2025-02-27"),
    ("Cyberattaque\nLe 12 mars, la clinique a été piratée. Il y a deux ans, elle avait déjà subi une attaque.", MAR,
     "2025-03-12"),
    # a future tense before the date: the day of a resumption to come ("une semaine après l'attaque" still counts)
    ("Cyberattaque\nLa clinique reprendra ses consultations mardi, une semaine après l'attaque.", MAR, "2025-03"),
]

MORE_NOTHING = [
    ("Cyberattaque\nLes urgences rouvriront lundi après la cyberattaque.", MAR, None),
    ("Cyberattaque\nLes consultations reprendront mardi après l'attaque informatique.", MAR, None),
    ("Cyberattaque\nLe logiciel fonctionnera de nouveau lundi, a promis l'éditeur après le piratage.", MAR, None),
    ("Cyberattaque\nEn 2023, le même groupe avait déjà paralysé les serveurs d'un hôpital voisin.", SEP, None),
    ("Cyberattaque\nLe préjudice, chiffré le 12 mars à deux millions d'euros, reste lourd pour la clinique.", MAR, None),
    ("Cyberattaque\nLa clinique a été piratée, a-t-elle indiqué jeudi.", MAR, None),
    ("Cyberattaque\nLa clinique a porté plainte lundi après avoir été piratée.", MAR, None),
    ("Cyberattaque\nLe laboratoire a rétabli mardi ses serveurs, touchés par une attaque.", MAR, None),
    ("Cyberattaque\nMardi, le ministre de la Santé s'est rendu à l'hôpital attaqué.", MAR, None),
    ("Cyberattaque\nLa cyberattaque a été revendiquée lundi par le groupe Akira.", MAR, None),
    ("Cyberattaque\nLa clinique a été piratée. L'enquête, ouverte le 12 mars par le parquet, a été confiée à la gendarmerie.",
     MAR, None),
    ("Cyberattaque\nLe rapport annuel, publié le 12 mars, recense 30 attaques contre des hôpitaux en 2024.", MAR, None),
]

# Without a page day: the year of a yearless day is the year of a later dated step of the same story (an inquiry
# opened, a complaint, a notice to the regulator, the patients' letters, an outage still lasting)
NO_PAGE_DAY = [
    ("Cyberattaque\nLe laboratoire a été piraté le 28 mars. Une enquête a été ouverte le 3 avril 2024 par le parquet de "
     "Lyon.", None, "2024-03-28"),
    ("Cyberattaque\nLe centre hospitalier a été attaqué le 28 mars. Le 4 avril 2024, il fonctionnait toujours en mode "
     "dégradé.", None, "2024-03-28"),
    ("Cyberattaque\nLe 28 mars, un rançongiciel a frappé la clinique. Dans un communiqué daté du 2 avril 2024, la direction "
     "a confirmé le vol de données.", None, "2024-03-28"),
    ("Cyberattaque\nLes pirates sont entrés dans le réseau le 28 mars. Les patients ont été informés par courrier le 15 avril "
     "2024.", None, "2024-03-28"),
    ("Cyberattaque\nUne fuite de données a été découverte le 28 mars. La Cnil a été notifiée le 30 mars 2024.", None,
     "2024-03-28"),
    ("Cyberattaque : la clinique porte plainte\nLa clinique a déposé plainte le 2 avril 2024. Elle avait été piratée le "
     "28 mars.", None, "2024-03-28"),
    ("Cyberattaque\nLa clinique a été piratée lundi. Elle a déposé plainte le 2 avril 2024.", None, "2024-04-01"),
    ("Cyberattaque\nLe cabinet a été piraté fin mars. La plainte a été déposée le 2 avril 2024.", None, "2024-03"),
    ("Cyberattaque\nLe cabinet a été piraté le 28 décembre. La plainte a été déposée le 3 janvier 2025.", None, "2024-12-28"),
    ("Cyberattaque\nCourant 2023, un ancien salarié a consulté les dossiers de centaines de patients de la clinique.", None,
     "2023"),
    # a state on a later day with no year, or a founding's year, does not give one
    ("Cyberattaque\nLe centre hospitalier a été attaqué le 28 mars. Le 4 avril, il fonctionnait toujours en mode dégradé.",
     None, None),
    ("Cyberattaque\nLe médecin a consulté les dossiers de ses patients le 28 mars, avant la panne.", None, None),
    ("Cyberattaque\nGENÈVE, 12 mars 2024 (ATS) - Un établissement médico-social genevois a été piraté dimanche.", None,
     "2024-03-10"),
    ("Cyberattaque\nmardi 12 mars 2024 à 18:45\nUn hôpital liégeois a été visé lundi par des pirates.", None, "2024-03-11"),
    ("Cyberattaque\nPublié le 12 mars 2024 à 18h45 Temps de lecture : 2 min\nUn hôpital liégeois a été visé lundi par des "
     "pirates.", None, "2024-03-11"),
    ("Cyberattaque\nJeanne Martin\n12 mars 2024, 18h45\nUn hôpital liégeois a été visé lundi par des pirates.", None,
     "2024-03-11"),
    ("Cyberattaque\nPublié: 12.03.2024, 18h45\nUn hôpital vaudois a été visé lundi par des pirates.", None, "2024-03-11"),
    ("Cyberattaque\nPublié le 12/03/24 à 18h45\nUn hôpital vaudois a été visé lundi par des pirates.", None, "2024-03-11"),
    ("Cyberattaque\nLe 12/03/2024 à 18h45, par Jeanne Martin\nUn hôpital vaudois a été visé lundi par des pirates.", None,
     "2024-03-11"),
    ("Cyberattaque\nPublié il y a 2 heures\nUn hôpital vaudois a été visé lundi par des pirates.", None, None),
    ("Cyberattaque\nPublié aujourd'hui à 06h11\nUn hôpital vaudois a été visé lundi par des pirates.", None, None),
    ("Cyberattaque\nPhoto d'illustration, 12/05/2019.\nLa clinique a été piratée lundi.", MAR, "2025-03-17"),
    ("Cyberattaque\nDepuis fin février, le réseau de la clinique est inaccessible.", MAR, "2025-02"),
    ("Cyberattaque\nC'est dans la nuit du 8 au 9 mars que les pirates ont frappé la clinique.", MAR, "2025-03-09"),
    ("Cyberattaque\nCe jeudi, la clinique a découvert que ses serveurs étaient chiffrés.", MAR, "2025-03-20"),
    ("Cyberattaque\nL'hôpital a basculé en mode dégradé dès mardi soir.", MAR, "2025-03-18"),
    # a season gives its year only
    ("Cyberattaque\nL'été dernier, le centre dentaire a subi une fuite de données.", MAR, "2024"),
]

# Which event is the attack's: intrusion before detection, detection before the claim or the sale, a warning by a
# researcher or an agency, a quoted account, a headline date, a year rollover, numeric and dotted dates
EVENTS = [
    ("Cyberattaque\nLe groupe hospitalier a annoncé lundi soir avoir détecté le 9 mars un accès frauduleux à son logiciel "
     "de facturation. Les pirates ont revendiqué l'attaque mercredi.", MAR, "2025-03-09"),
    ("Cyberattaque\nUne annonce proposant les fichiers de la clinique a été publiée le 14 mars sur un forum. La clinique "
     "avait repéré une intrusion le 7 mars.", MAR, "2025-03-07"),
    ("Cyberattaque\nLes pirates sont entrés dans le réseau le 2 mars, mais l'attaque n'a été détectée que le 9 mars.", MAR,
     "2025-03-02"),
    ("Cyberattaque\nL'intrusion, qui remonte au 2 mars, n'a été découverte que le 9 mars par le prestataire.", MAR,
     "2025-03-02"),
    ("Cyberattaque\nLe centre de radiologie a été, le 3 mars, la cible d'une attaque par rançongiciel.", MAR, "2025-03-03"),
    ("Cyberattaque\n« Le 11 mars au matin, nos équipes ont constaté que plus rien ne fonctionnait », confie la directrice.",
     MAR, "2025-03-11"),
    ("Cyberattaque\nLa directrice raconte : « Dimanche soir, tous nos écrans sont devenus noirs. »", MAR, "2025-03-16"),
    ("La clinique attaquée le 3 mars n'a pas payé\nLa clinique a refusé de verser la rançon exigée par les pirates.", MAR,
     "2025-03-03"),
    ("Cyberattaque\nDeux mois après la cyberattaque du 14 janvier, l'hôpital peine encore à se remettre.", MAR, "2025-01-14"),
    ("Cyberattaque\nLe 14 janvier dernier, l'hôpital avait été frappé par un rançongiciel. Les données ont été publiées "
     "mardi.", MAR, "2025-01-14"),
    ("Cyberattaque\nLe centre de santé a été piraté lundi 30 décembre.", dt.date(2025, 1, 9), "2024-12-30"),
    ("Cyberattaque\nLe centre de santé a été piraté le mardi 7.", dt.date(2025, 1, 9), "2025-01-07"),
    ("Cyberattaque\nLes serveurs de la clinique sont paralysés depuis le 06.03.2025.", MAR, "2025-03-06"),
    ("Cyberattaque\nLe laboratoire a identifié le 5/3 une fuite de ses données.", MAR, "2025-03-05"),
    ("Cyberattaque\nLa cyberattaque a eu lieu le 15 mars, un samedi.", MAR, "2025-03-15"),
    ("Cyberattaque\nL'alerte a été donnée samedi soir par un infirmier de garde.", MAR, "2025-03-15"),
    ("Cyberattaque\nLa mutuelle a été informée le 4 mars par son prestataire d'une fuite de données.", MAR, "2025-03-04"),
    ("Cyberattaque\nLes patients ont été prévenus par SMS le 14 mars. La fuite s'est produite en février.", MAR, "2025-02"),
    ("Cyberattaque\nLe 4 mars, un chercheur a alerté la clinique : une base de données était accessible sans mot de passe.",
     MAR, "2025-03-04"),
    ("Cyberattaque\nL'Anssi a prévenu l'hôpital le 4 mars qu'un de ses serveurs était compromis.", MAR, "2025-03-04"),
    # the vendor warning its clients, the patients told, a regulator seized: not the breach's day
    ("Cyberattaque\nLe prestataire a prévenu ses clients le 14 mars.", MAR, None),
    ("Cyberattaque\nLe 14 mars, les patients ont reçu un courrier les informant de la fuite.", MAR, None),
    ("Cyberattaque\nLa clinique a communiqué le 14 mars sur l'incident, sans dire quand il s'est produit.", MAR, None),
    ("Cyberattaque\nLa Cnil a été saisie le 14 mars.", MAR, None),
    ("Cyberattaque\nLes données seraient en vente depuis le 14 mars, affirme un spécialiste.", MAR, None),
]

# Counts and spans in the wordings of the press
COUNTS = [
    ("Cyberattaque\nLa clinique a été piratée il y a 48 heures.", MAR, "2025-03-18"),
    ("Cyberattaque\nLes serveurs de la clinique sont à l'arrêt depuis 72 heures.", MAR, "2025-03-17"),
    ("Cyberattaque\nLa clinique a été piratée en fin d'année dernière.", MAR, "2024"),
    ("Cyberattaque\nLa clinique a été piratée en plein week-end.", MAR, "2025-03"),
    ("Cyberattaque\nLa clinique a été piratée dans la nuit du dimanche 16 au lundi 17 mars.", MAR, "2025-03-17"),
    ("Cyberattaque\nLa clinique a été piratée le 17 courant.", MAR, "2025-03-17"),
    ("Cyberattaque\nLa clinique a été piratée dans l'après-midi de lundi.", MAR, "2025-03-17"),
    ("Cyberattaque\nLa clinique a été piratée le 18-03-2025.", MAR, "2025-03-18"),
    ("Cyberattaque\nLa clinique a été piratée dans le courant du mois de février.", MAR, "2025-02"),
    ("Cyberattaque\nLa clinique a été piratée le 3 décembre dernier.", MAR, "2024-12-03"),
    ("Cyberattaque\nLa clinique a été piratée voici dix jours.", MAR, "2025-03-10"),
    # a communiqué's day is no finer reading of the month the breach was found in
    ("Cyberattaque\nUne fuite de données touche la mutuelle Avenir Santé. Elle a été découverte au début du mois, indique "
     "la mutuelle dans un communiqué publié mardi.", MAR, "2025-03"),
    # a count of hours that is no whole number of days gives its month only
    ("Cyberattaque\nLa clinique a été piratée il y a 36 heures.", MAR, "2025-03"),
]

# Follow-ups, a headline's year, the turn of the year, a night across two months
FOLLOW_UPS = [
    ("Cyberattaque de février 2024 : la clinique porte plainte\nLa clinique des Pins a été piratée le 12 février, a indiqué "
     "sa direction.", None, "2024-02-12"),
    ("Cyberattaque : un an après, la clinique se reconstruit\nLe 12 février 2024, un rançongiciel paralysait la clinique "
     "des Pins.", None, "2024-02-12"),
    ("Cyberattaque\nUn an après l'attaque de février 2024, la clinique des Pins se reconstruit.", MAR, "2024-02"),
    ("Cyberattaque\nLa clinique des Pins a été condamnée mardi par la Cnil pour la fuite de données survenue en 2022.", MAR,
     "2022"),
    ("Cyberattaque\nLe pirate qui avait attaqué la clinique le 3 octobre 2023 a été interpellé mardi.", MAR, "2023-10-03"),
    ("Cyberattaque\nDans la nuit du 31 décembre au 1er janvier, l'hôpital a été piraté.", dt.date(2025, 1, 9), "2025-01-01"),
    ("Cyberattaque\nLes serveurs ont été chiffrés dans la nuit du 30 avril au 1er mai 2024.", None, "2024-05-01"),
    ("Cyberattaque\nLe 31 décembre, l'hôpital a été piraté.", dt.date(2025, 1, 9), "2024-12-31"),
    ("Cyberattaque\nL'hôpital a été piraté pendant les fêtes.", dt.date(2025, 1, 9), "2024-12"),
    ("Cyberattaque\nL'hôpital a été piraté la semaine dernière.", dt.date(2025, 1, 9), None),
]

BODY = "\nUn hôpital a été visé par des pirates, selon sa direction qui a porté plainte auprès de la police locale."
HEADERS = [
    ("Publié le 12.03.2024 à 18:45", "2024-03-12"),
    ("12.03.2024, 18h45", "2024-03-12"),
    ("Publié: 12.03.2024, 18h45", "2024-03-12"),
    ("Publié le 12/03/24 à 18h45", "2024-03-12"),
    ("mardi 12 mars 2024 à 18:45", "2024-03-12"),
    ("Par Jeanne Martin Le 12/03/2024 à 18:45 Temps de lecture: 2 min", "2024-03-12"),
    ("Jeanne Martin | 12.03.2024 | 18:45", "2024-03-12"),
    ("Mis à jour le 13.03.2024 à 08:10", "2024-03-13"),
    ("ATS / 12.03.2024, 18:45", "2024-03-12"),
    ("Belga, publié le 12/03/2024 à 18:45", "2024-03-12"),
    ("Publié à 18h45, le 12 mars 2024", "2024-03-12"),
    ("Le rapport publié le 12 mars 2024 par l'agence", None),
    ("Publié le 12 mars à 18h45", None),
    ("Aujourd'hui à 18h45", None),
    ("Photo d'archives, 12/05/2019", None),
]

# Beside the story: other bodies' attacks, a report, an exercise, a deadline, documents' own dates, appointments to come
BESIDE = [
    ("La clinique du Parc visée par un rançongiciel\nLa clinique du Parc a été frappée mardi par un rançongiciel. Les "
     "opérations ont été reportées.\nLire aussi : Cyberattaque au CHU de Nordval le 2 mars\nLa semaine dernière, "
     "l'hôpital voisin de Bresse avait lui aussi été visé.", MAR, "2025-03-18"),
    ("Fuite à la mutuelle\nLa mutuelle Horizon a informé jeudi ses adhérents d'une fuite de données.\nLe 3 mars, une autre "
     "mutuelle, Alliance Santé, avait subi une attaque similaire.", MAR, None),
    ("Fuite à la mutuelle\nLa mutuelle Horizon a informé jeudi ses adhérents d'une fuite de données.\nLe 3 mars, l'Anssi a "
     "publié un rapport sur la menace dans le secteur de la santé.", MAR, None),
    ("L'hôpital de Nordval paralysé\nL'hôpital de Nordval a été victime d'une cyberattaque lundi. Le 5 mars, il avait "
     "organisé un exercice de crise.", MAR, "2025-03-17"),
    ("Cyberattaque\nLes pirates ont donné jusqu'au 28 mars à la clinique pour payer. Ils menacent de tout publier.", MAR, None),
    ("Cyberattaque\nLa date de l'attaque n'a pas été précisée. La clinique a porté plainte le 14 mars.", MAR, None),
    ("Cyberattaque\nLes fichiers volés contiennent des comptes rendus datés du 3 mars 2024.", MAR, None),
    ("Cyberattaque\nLes rendez-vous du 24 mars sont maintenus, assure la clinique piratée.", MAR, None),
    ("Cyberattaque\nLa clinique piratée rouvrira ses consultations le 2 avril.", MAR, None),
    ("Cyberattaque\nLe groupe Medusa, apparu en 2021, a revendiqué l'attaque.", MAR, None),
    # a day some weeks after the story's, or one called "dernier", is last year's
    ("Cyberattaque\nLa clinique a été piratée le 24 mars dernier.", MAR, "2024-03-24"),
    ("Cyberattaque\nLa clinique a été piratée le 28 avril.", MAR, "2024-04-28"),
]

# Long subjects between a fronted date and its verb, long sentences around the cue
LONG = "le centre hospitalier intercommunal de la vallée, qui accueille chaque année plus de 50 000 patients dans ses " \
       "services d'urgences, de maternité et de chirurgie ambulatoire,"
LONG_SENTENCES = [
    ("Cyberattaque\nDans la nuit de dimanche à lundi, " + LONG + " a été victime d'une cyberattaque.", MAR, "2025-03-17"),
    ("Cyberattaque\nLundi, " + LONG + " a vu ses serveurs chiffrés par un rançongiciel.", MAR, "2025-03-17"),
    ("Cyberattaque\nLe " + LONG[3:] + " a été victime lundi d'une cyberattaque.", MAR, "2025-03-17"),
    ("Cyberattaque\nLes équipes informatiques de l'hôpital, alertées par des lenteurs inhabituelles sur le réseau et par "
     "plusieurs messages d'erreur, ont découvert lundi matin un rançongiciel.", MAR, "2025-03-17"),
    ("Cyberattaque\nSelon nos informations, confirmées jeudi par la direction, l'hôpital a été la cible lundi d'une attaque "
     "informatique.", MAR, "2025-03-17"),
    ("Cyberattaque\nL'hôpital a indiqué jeudi que l'attaque, survenue dans la nuit de lundi à mardi, avait touché 300 postes.",
     MAR, "2025-03-18"),
    # the verb after a long relative is a later act of the group, not the attack the relative tells
    ("Cyberattaque\nMardi, le groupe qui a attaqué la clinique, selon les enquêteurs de la brigade numérique, a publié ses "
     "fichiers.", MAR, None),
]

CASES = FRONTED_YEAR + YEAR_ELSEWHERE + LEADS + BYLINES + WHICH_EVENT + SPANS + RECALLS + NOTHING + PRESS + MORE_NOTHING + NO_PAGE_DAY + EVENTS + COUNTS + FOLLOW_UPS + BESIDE + LONG_SENTENCES


@pytest.mark.parametrize("text, page, expected", CASES)
def test_probe(text, page, expected):
    assert story(text, page) == expected


@pytest.mark.parametrize("header, expected", HEADERS)
def test_header_publication_day(header, expected):
    fact = find_published(sentences("Cyberattaque\n" + header + BODY), None)
    assert (fact.value if fact else None) == expected
