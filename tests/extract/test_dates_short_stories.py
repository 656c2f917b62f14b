"""Incident dates of short stories told the way the French press tells them: a headline, a lead, a body line or
two, a publication day (or none). Each case states when the attack happened in one of the ways a reporter
writes it (a weekday alone, a night, a week-end, a count back, part of a month, a day with or without its month
or year), beside the dates a story also holds (detection, claim, complaint, earlier attacks on others).
Own wording, no article text. Without a publication day, a date whose year is not written stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from healthbreach.extract.dates import find_incident_date, find_published
from tests.extract.conftest import sentences

NOV = dt.date(2024, 11, 21)  # a Thursday: Monday 18, week-end 16-17, the week before from Monday 11
FEB = dt.date(2025, 2, 6)  # a Thursday: Monday 3 February, the month before is January
JAN = dt.date(2025, 1, 16)  # a Thursday: Tuesday 14 January
JUNE = dt.date(2024, 6, 3)  # a Monday: the week-end before is 1-2 June


def story(text: str, page: dt.date | None, title: str | None = None) -> str | None:
    """The incident date read as the extractor reads it: the page's day, else the text's own publication
    line or dateline, is what relative dates count from."""
    doc = sentences(text)
    published = find_published(doc, page)
    reference = dt.date.fromisoformat(published.value) if published else None
    fact = find_incident_date(doc, reference, sentences(title) if title else None)
    return fact.value if fact else None


WEEKDAYS = [
    ("Cyberattaque à l'hôpital\nLe centre hospitalier de Vitré a été frappé lundi par un rançongiciel. "
     "Les urgences fonctionnent en mode dégradé.", NOV, "2024-11-18"),
    ("Les serveurs chiffrés\nDans la nuit de samedi à dimanche, les serveurs de la clinique ont été chiffrés par des "
     "pirates. La direction a porté plainte.", NOV, "2024-11-17"),
    ("Samedi soir, un logiciel malveillant s'est propagé dans le réseau de l'Ehpad. Les familles ont été prévenues.",
     NOV, "2024-11-16"),
    ("Le CHU a été touché par une cyberattaque survenue dimanche matin. Les consultations sont maintenues.", NOV, "2024-11-17"),
    ("C'est jeudi dernier que le réseau informatique de l'hôpital est tombé, victime d'un rançongiciel.", NOV, "2024-11-14"),
    ("L'hôpital est paralysé depuis vendredi soir par une attaque informatique. Les soignants notent tout sur papier.",
     NOV, "2024-11-15"),
    ("Mercredi matin, les écrans des ordinateurs de la clinique affichaient une demande de rançon.", NOV, "2024-11-20"),
    # the systems stopping dates the attack
    ("Tout s'est arrêté le 5 novembre à l'hôpital : un rançongiciel avait chiffré les serveurs.", NOV, "2024-11-05"),
    ("Le CHU a vu son réseau tomber mardi, victime d'un logiciel malveillant.", NOV, "2024-11-19"),
    ("Lundi vers 8 heures, les ordinateurs du service se sont figés les uns après les autres.", NOV, "2024-11-18"),
    ("Les urgences de l'hôpital ont été fermées mardi après une cyberattaque.", NOV, "2024-11-19"),
    ("Piratée, la pharmacie a dû être fermée samedi ; ses fichiers clients auraient été copiés.", NOV, "2024-11-16"),
    ("Les consultations ont été suspendues lundi à la suite d'une attaque informatique. Elles ont rouvert jeudi.", NOV, "2024-11-18"),
    ("Dans la soirée de mardi, une intrusion a été repérée sur les serveurs de l'hôpital.", NOV, "2024-11-19"),
    ("Vendredi, l'hôpital a été visé par des pirates. Ses services informatiques ont tout coupé.", JUNE, "2024-05-31"),
    ("Les pirates ont agi dans la nuit de dimanche à lundi : les logiciels du centre de santé sont bloqués.", JUNE, "2024-06-03"),
    ("La clinique a subi une attaque informatique ce week-end. Les soignants sont revenus au papier.", NOV, "2024-11"),
    ("Le week-end dernier, des pirates se sont introduits dans le système du laboratoire.", NOV, "2024-11"),
    ("Une cyberattaque a visé le laboratoire au cours du week-end dernier, a indiqué sa direction.", NOV, "2024-11"),
    ("Ce week-end, le centre de santé a subi une cyberattaque. Les rendez-vous sont reportés.", JUNE, "2024-06"),
    ("L'hôpital a été visé en fin de semaine dernière par une attaque par déni de service.", NOV, "2024-11"),
    ("Fin de semaine dernière, le réseau de la mutuelle a été piraté. Ses adhérents ont été informés.", NOV, "2024-11"),
    ("En début de semaine, le cabinet de radiologie a constaté que ses fichiers avaient été chiffrés.", NOV, "2024-11"),
    ("Une attaque survenue en début de semaine dernière a privé la clinique de messagerie.", NOV, "2024-11"),
    ("Le centre hospitalier a annoncé mardi avoir été victime d'une cyberattaque le week-end précédent.", NOV, "2024-11"),
]

RELATIVE = [
    ("Hier, le CHU a été la cible d'une cyberattaque. Les opérations non urgentes sont reportées.", NOV, "2024-11-20"),
    ("Avant-hier, une intrusion a été détectée dans le logiciel de rendez-vous de la clinique.", NOV, "2024-11-19"),
    ("Le laboratoire a été piraté il y a dix jours, a-t-on appris mercredi.", NOV, "2024-11-11"),
    ("Il y a deux semaines, la clinique a découvert une fuite de données concernant ses patients.", NOV, "2024-11"),
    ("Il y a quinze jours, une fuite de données a touché la mutuelle régionale.", NOV, "2024-11"),
    ("La semaine passée, des pirates ont dérobé des fichiers de patients de la polyclinique.", NOV, "2024-11"),
    ("La semaine dernière, le groupe de cliniques a été victime d'un vol de données.", NOV, "2024-11"),
    ("Le mois dernier, la mutuelle a été victime d'un piratage de grande ampleur.", NOV, "2024-10"),
    ("Depuis mardi, l'hôpital tourne au ralenti à cause d'une cyberattaque.", NOV, "2024-11-19"),
    ("Depuis le 3, les soignants travaillent sans informatique : un rançongiciel a bloqué les serveurs.", NOV, "2024-11-03"),
    ("Depuis le 12 novembre, la clinique fonctionne en mode dégradé après un piratage.", NOV, "2024-11-12"),
]

MONTHS = [
    ("Début novembre, des pirates ont infiltré le réseau du groupe hospitalier.", NOV, "2024-11"),
    ("Selon la direction, l'intrusion remonte à la mi-janvier.", FEB, "2025-01"),
    ("Fin octobre, un rançongiciel a paralysé la clinique. Elle a mis trois semaines à s'en remettre.", NOV, "2024-10"),
    ("L'attaque a eu lieu en décembre dernier, selon la direction du centre hospitalier.", FEB, "2024-12"),
    ("Courant octobre, le centre de santé a détecté des connexions suspectes sur son réseau.", NOV, "2024-10"),
    ("Courant janvier, des données de patients ont été aspirées par des inconnus.", FEB, "2025-01"),
    ("L'attaque a eu lieu à la mi-octobre, a précisé le directeur.", NOV, "2024-10"),
    ("La faille a été exploitée fin septembre par des pirates.", NOV, "2024-09"),
    ("Les données ont été dérobées en septembre dernier.", NOV, "2024-09"),
    ("Mi-novembre, le réseau de la clinique a été infiltré par des pirates.", NOV, "2024-11"),
    # the verb that dates the facts owns the date after it, whatever follows
    ("Les faits remontent au 5 novembre, selon le parquet.", NOV, "2024-11-05"),
    ("Selon l'enquête, l'intrusion remontait au 2 novembre, bien avant les premiers signes.", NOV, "2024-11-02"),
    ("Repérée le 8 novembre, la faille a été corrigée le lendemain.", NOV, "2024-11-08"),
]

DAYS = [
    ("Le 3 juin dernier, la clinique a été victime d'une attaque informatique.", NOV, "2024-06-03"),
    ("Le mardi 14, le CHU a été attaqué par un groupe de pirates. Il fonctionne depuis en mode dégradé.", JAN, "2025-01-14"),
    ("Le 14 au matin, les agents ont découvert des écrans noirs : l'hôpital venait d'être piraté.", JAN, "2025-01-14"),
    ("Dans la nuit du 18 au 19, le laboratoire a été attaqué par un rançongiciel.", NOV, "2024-11-19"),
    ("Le 4 au soir, les serveurs de la clinique ont été chiffrés.", NOV, "2024-11-04"),
    ("Samedi 16 novembre, vers 3 heures du matin, les serveurs du CHU ont été chiffrés.", NOV, "2024-11-16"),
    ("Le laboratoire d'analyses a été attaqué vendredi 15 novembre. Les résultats sont envoyés par courrier.", NOV, "2024-11-15"),
    ("La mutuelle a détecté le 5 novembre un accès frauduleux à son portail.", NOV, "2024-11-05"),
    # a feast day written with its hyphen
    ("Le centre hospitalier a été piraté le 11-Novembre, en plein week-end prolongé.", NOV, "2024-11-11"),
    ("C'est le 15-Août, hôpital presque vide, que le rançongiciel a frappé.", NOV, "2024-08-15"),
    ("Le 1er-Mai, jour férié, le laboratoire a été victime d'une attaque informatique.", NOV, "2024-05-01"),
]

LATER = [
    # an attack recalled weeks later, in a follow-up
    ("Trois semaines après la cyberattaque qui a frappé l'hôpital le 28 octobre, les services reprennent peu à peu.",
     NOV, "2024-10-28"),
    ("Un mois après l'attaque du 15 octobre, le CHU n'a toujours pas retrouvé tous ses logiciels.", NOV, "2024-10-15"),
    ("Six semaines après la cyberattaque qui l'a frappé le 8 octobre, l'hôpital a rétabli sa messagerie.", NOV, "2024-10-08"),
    ("Le retour à la normale\nL'hôpital, attaqué le 22 octobre, a rouvert lundi toutes ses consultations.", NOV, "2024-10-22"),
    ("La clinique se remet lentement\nVictime d'un rançongiciel début octobre, la clinique a rouvert son bloc mardi.",
     NOV, "2024-10"),
    # a count of months from the attack or its discovery: the month when a week either side stays in it
    ("Un mois après la découverte de la fuite, la mutuelle a licencié l'employé en cause.", dt.date(2024, 6, 12), "2024-05"),
    ("Deux mois après la cyberattaque, le centre hospitalier n'a pas retrouvé tous ses logiciels.", NOV, "2024-09"),
    ("Un mois après l'attaque, l'hôpital reste en mode dégradé.", dt.date(2024, 6, 2), None),
    ("Quelques mois après le piratage, la clinique a renforcé ses contrôles.", NOV, None),
]

DETECTION = [
    # the breach's own date, not the day it was found
    ("La fuite a été découverte le 12 novembre. L'intrusion remontait au 2 novembre, selon l'enquête.", NOV, "2024-11-02"),
    ("Détectée le 8 novembre, l'attaque avait en réalité commencé fin octobre.", NOV, "2024-10"),
    ("L'intrusion a commencé le 2 novembre et n'a été détectée que le 9.", NOV, "2024-11-02"),
    ("Le 9 novembre, les informaticiens ont découvert que des pirates étaient présents dans le réseau depuis le 30 octobre.",
     NOV, "2024-10-30"),
    ("C'est le 20 novembre que l'hôpital a découvert le piratage, mais les pirates s'étaient introduits dès le 15.",
     NOV, "2024-11-15"),
    ("Le 5 novembre, soit deux semaines avant l'annonce officielle, les pirates avaient déjà dérobé les fichiers.",
     NOV, "2024-11-05"),
    ("Le 5 novembre, c'est-à-dire bien avant les premiers courriers aux patients, des pirates ont copié la base.",
     NOV, "2024-11-05"),
    # warned by a finder: the day the breach was found, the date written between the verb and the finder
    ("La clinique a été informée lundi par un chercheur que sa base de patients était en accès libre.", NOV, "2024-11-18"),
    ("Le CHU a été alerté le 12 novembre par l'Anssi d'une activité suspecte sur son réseau.", NOV, "2024-11-12"),
    ("Les patients ont été informés lundi par courrier de la fuite de leurs données.", NOV, None),
    # the detection when nothing earlier dates it
    ("Une activité anormale a été repérée le 12 novembre sur le réseau de la clinique. Une plainte a été déposée.",
     NOV, "2024-11-12"),
]

OTHERS = [
    # an earlier attack on someone else, with its own date: never the incident's
    ("La clinique a été attaquée mardi. En 2021, l'hôpital de Dax avait subi une attaque similaire.", NOV, "2024-11-19"),
    ("Le CHU a été piraté samedi. Le mois dernier, un autre établissement de la région avait déjà été visé.", NOV, "2024-11-16"),
    ("Après l'hôpital d'Armentières en février, c'est au tour de la clinique de Lens d'être visée, lundi, par un rançongiciel.",
     NOV, "2024-11-18"),
    ("Lundi, la clinique a été paralysée par un rançongiciel. Ce type d'attaque se multiplie : le 3 octobre, "
     "un hôpital de la région parisienne avait déjà été visé.", NOV, "2024-11-18"),
    ("Une attaque informatique a touché mercredi le centre de dialyse. Selon l'agence, 30 % des hôpitaux ont été visés "
     "en 2023.", NOV, "2024-11-20"),
    # an attack told only by a past year, beside one dated in the weeks before the story: an earlier one
    ("Le CHU de Rouen, attaqué en 2019, sert d'exemple. La clinique a été visée lundi par un rançongiciel.", NOV, "2024-11-18"),
    ("Piraté en 2021, l'hôpital de Dax a servi de leçon. Cette fois, c'est la clinique qui a été attaquée samedi.",
     NOV, "2024-11-16"),
    # a fronted date is its verb's, not the date of a participle qualifying the subject
    ("Le 12 novembre, l'hôpital piraté a déposé plainte auprès de la gendarmerie.", NOV, None),
    ("Lundi, la clinique rançonnée a porté plainte contre X.", NOV, None),
    ("Le 12 novembre, la clinique a été piratée par un groupe russophone.", NOV, "2024-11-12"),
    # ... but an old attack stays its own date when nothing recent dates another
    ("La clinique, victime d'une cyberattaque en 2022, a été condamnée lundi à une amende.", NOV, "2022"),
    ("La clinique, piratée en 2022, a vu ses données publiées lundi sur un forum.", NOV, "2022"),
    ("Les données volées lors de la cyberattaque de 2022 ont été mises en vente mardi.", NOV, "2022"),
    ("En 2021, le CHU avait été touché par une fuite. Lundi, la Cnil l'a sanctionné.", NOV, "2021"),
]

HEADLINES = [
    # a date in the headline only
    ("La clinique reste privée de ses logiciels. Les équipes travaillent sur papier.", NOV,
     "Cyberattaque du 12 novembre : la clinique toujours paralysée", "2024-11-12"),
    ("Les adhérents ont reçu un courriel d'information. Leurs coordonnées ont pu être consultées.", NOV,
     "Fuite de données en octobre : la mutuelle prévient ses adhérents", "2024-10"),
]

DATELINES = [
    ("LYON, 19 novembre (AFP) - Le centre hospitalier a été victime lundi d'une cyberattaque, a annoncé mardi la direction.",
     dt.date(2024, 11, 19), "2024-11-18"),
    ("PARIS, 12 mars (AFP) - Une clinique parisienne a été la cible dimanche d'une attaque informatique.",
     dt.date(2024, 3, 12), "2024-03-10"),
    # the dateline with its year is the publication day the weekday counts from
    ("LYON, 19 novembre 2024 (AFP) - Le centre hospitalier a été victime lundi d'une cyberattaque.", None, "2024-11-18"),
    # the dispatch's own day is never the attack's, even with a breach verb after it
    ("NANTES, 19 novembre 2024 (AFP) - La clinique a annoncé mardi avoir subi une cyberattaque.", None, None),
    ("Nantes, 19 novembre (AFP) - Le groupe de cliniques dit avoir été piraté, sans préciser quand.", NOV, None),
]

UNDATED = [
    # a dated later event in the year written dates the attack told before it
    ("Le 21 août, l'hôpital a été attaqué. Un mois plus tard, le 23 septembre 2022, les pirates ont diffusé les données.",
     None, "2022-08-21"),
    ("Le 2 mai, la mutuelle a été piratée. Le 30 mai 2023, des pirates ont mis en ligne les fichiers de ses adhérents.",
     None, "2023-05-02"),
    # a bare day of the month read in the month just named with its year (never without it)
    ("En mars 2024, la clinique a été piratée. L'intrusion a été repérée le 4.", None, "2024-03-04"),
    ("Les premiers signes datent de février 2023. Le 6, les serveurs ont été chiffrés.", None, "2023-02-06"),
    ("En mars, la clinique a été piratée. L'intrusion a été repérée le 4.", None, None),
    ("Le CHU a été attaqué le 8 novembre 2023. Depuis le 12, les urgences sont délestées.", None, "2023-11-08"),
    # a breach named by the CNIL's words
    ("Une violation de données a touché le centre de santé le 4 mars 2023, selon sa déclaration.", None, "2023-03-04"),
    # no publication day: a date without its written year stays unread, one with its year is read
    ("Le laboratoire a été attaqué le 4 mars. Ses résultats sont transmis par téléphone.", None, None),
    ("Lundi, l'hôpital a été visé par un rançongiciel. Les urgences sont délestées.", None, None),
    ("La clinique a été piratée il y a dix jours, selon son directeur.", None, None),
    ("Dans la nuit du 18 au 19 novembre, le laboratoire a été attaqué.", None, None),
    ("PARIS, 12 mars (AFP) - Une clinique parisienne a été la cible dimanche d'une attaque informatique.", None, None),
    ("Le centre hospitalier a été attaqué le week-end dernier. Il fonctionne en mode dégradé.", None, None),
    ("Le laboratoire a été attaqué le 4 mars 2023. Ses résultats sont transmis par téléphone.", None, "2023-03-04"),
    ("En octobre 2022, la mutuelle a subi une fuite de données touchant ses adhérents.", None, "2022-10"),
    ("Fin novembre 2023, des pirates ont chiffré les serveurs de la clinique.", None, "2023-11"),
    ("L'attaque du 15 septembre 2024 a paralysé les urgences. Lundi, les services ont redémarré.", None, "2024-09-15"),
    ("Dans la nuit du 18 au 19 novembre 2023, le laboratoire a été attaqué par un rançongiciel.", None, "2023-11-19"),
]

CASES = WEEKDAYS + RELATIVE + MONTHS + DAYS + LATER + DETECTION + OTHERS + DATELINES + UNDATED


@pytest.mark.parametrize("text, page, expected", CASES)
def test_incident_date_of_a_short_story(text, page, expected):
    assert story(text, page) == expected


@pytest.mark.parametrize("text, page, title, expected", HEADLINES)
def test_incident_date_in_the_headline_only(text, page, title, expected):
    assert story(text, page, title) == expected
