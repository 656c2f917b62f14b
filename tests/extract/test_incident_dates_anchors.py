"""Incident dates read against what the story itself writes when no publication day is known (the story's
year, the day of a disclosure or a complaint), and a few press forms around them: a lead opening on a place,
the incident's revelation with its complement, "au lendemain de", "quelques jours plus tôt", a later moment
counted on from the breach's date. France, Belgium, Switzerland and Québec; own short cases, no article text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import incident

TUE = dt.date(2024, 1, 16)  # a Tuesday
WED = dt.date(2023, 6, 14)  # a Wednesday
THU = dt.date(2023, 11, 16)  # a Thursday


@pytest.mark.parametrize(
    "text, expected",
    [
        # The year of this breach, of its disclosure or of a complaint, written without a day: a yearless
        # day or month of the story is read in it.
        ("L'hôpital de Vannes paralysé par une cyberattaque en 2024\nL'hôpital a été paralysé par un rançongiciel "
         "le 3 juin. Les soignants travaillent sur papier.", "2024-06-03"),
        ("Depuis début 2023, les hôpitaux bretons ont subi plusieurs attaques informatiques. Le centre hospitalier "
         "de Lorient a été visé le 3 juin par un rançongiciel.", "2023-06-03"),
        ("La cyberattaque de 2022 contre l'hôpital de Brest a commencé le 14 octobre, un vendredi soir.", "2022-10-14"),
        ("En 2022, l'hôpital de Brest a été victime d'une cyberattaque. Les pirates sont entrés dans le réseau "
         "le 14 octobre.", "2022-10-14"),
        ("L'hôpital de Brest a été victime d'une cyberattaque en 2022. L'intrusion a été détectée en octobre, "
         "selon la direction.", "2022-10"),
        ("Fin 2022, le laboratoire d'analyses médicales a subi une fuite de données. Le piratage a été découvert "
         "le 28 décembre par un prestataire.", "2022-12-28"),
        ("À l'été 2021, la mutuelle a été victime d'une cyberattaque. Les pirates se sont introduits dans son "
         "réseau en juillet.", "2021-07"),
        ("Le CHUV, à Lausanne, a été la cible d'une cyberattaque en 2023. Les pirates sont entrés dans le réseau "
         "le 2 mars.", "2023-03-02"),
        ("Le CIUSSS a déclaré l'incident en 2023. L'hôpital a été victime d'une cyberattaque le 2 mars.", "2023-03-02"),
        # a weekday written with its day is read in that year only when it falls on it (5 June 2023 is a Monday)
        ("L'hôpital a été victime d'une cyberattaque lundi 5 juin. Les urgences ont été délestées. La direction "
         "a porté plainte en 2023.", "2023-06-05"),
        ("L'hôpital a été victime d'une cyberattaque lundi 6 juin. Les urgences ont été délestées. La direction "
         "a porté plainte en 2023.", None),
        # any year of the headline dates the story, whatever word it goes with
        ("CHU de Rouen, novembre 2019 : retour sur une crise\nLe vendredi 15 novembre, vers 19 heures, un "
         "rançongiciel a chiffré les serveurs du CHU de Rouen.", "2019-11-15"),
        ("Cyberattaques : en 2023, les hôpitaux en première ligne\nLe 3 juin, un rançongiciel a chiffré les "
         "serveurs du CHU de Caen.", "2023-06-03"),
        # a year that is not this breach's: an investment, a yearly count, an earlier attack, a thing to come
        ("La clinique a été victime d'une cyberattaque le 3 juin. En 2023, la clinique avait investi deux millions "
         "d'euros dans sa sécurité informatique.", None),
        ("En 2021, l'ANSSI a recensé 30 attaques par rançongiciel contre des hôpitaux. La clinique du Parc a été "
         "victime d'une cyberattaque le 3 janvier.", None),
        ("La clinique a déjà été victime d'une cyberattaque en 2021. Elle a été visée le 3 juin par un "
         "rançongiciel.", None),
        ("L'hôpital a été victime d'une cyberattaque dans la nuit du 18 au 19 novembre. En novembre 2023, les "
         "hôpitaux de la région avaient été mis en garde par l'ARS.", None),
        # a later year written anywhere, even of a thing to come: the story may be of that year
        ("Le CHU de Rouen a été victime d'une cyberattaque le 15 novembre. La direction a porté plainte le "
         "18 novembre 2019. Le CHU prévoit de renforcer sa sécurité d'ici 2022.", None),
        ("Le CHU de Rouen a été victime d'une cyberattaque le 15 novembre. La direction a porté plainte le "
         "18 novembre 2019. Le CHU a renforcé sa sécurité en 2022.", None),
        # a later year written anywhere: the story may be of that year
        ("La cyberattaque de 2022 contre l'hôpital de Brest a commencé le 14 octobre. Le procès des pirates se "
         "tiendra en 2024.", "2022"),
        # a year gives no day: "octobre dernier", "lundi", "le 3" need the day the story was written
        ("La cyberattaque de 2022 contre l'hôpital a été détectée en octobre dernier.", "2022"),
        ("En 2022, l'hôpital a été victime d'une cyberattaque lundi.", "2022"),
    ],
)
def test_the_story_year_without_publication_date(text, expected):
    assert incident(text, None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The day of a disclosure or a complaint about the breach reads a bare weekday of the story: the last
        # such day on or before it (18 November 2019 is a Monday).
        ("Le CHU de Rouen a été la cible d'une cyberattaque, a indiqué la direction le lundi 18 novembre 2019. "
         "L'attaque s'est produite dans la nuit de vendredi à samedi.", "2019-11-16"),
        ("Le CHU de Rouen a annoncé le 18 novembre 2019 avoir été victime d'un rançongiciel vendredi.", "2019-11-15"),
        ("Le centre hospitalier de Sion a été piraté mardi. Une plainte a été déposée le jeudi 9 mars 2023.", "2023-03-07"),
        ("L'hôpital de Liège a subi une cyberattaque dimanche soir, a confirmé la direction le 14 mars 2023.", "2023-03-12"),
        ("Le CHU de Rouen a annoncé le 18 novembre 2019 qu'il avait été victime d'un rançongiciel le vendredi "
         "précédent.", "2019-11-15"),
        # a week-end, the last one before that day (Monday 1 April 2024: Saturday 30 and Sunday 31 March)
        ("Le CHUV a été victime d'une cyberattaque le week-end dernier, a annoncé l'hôpital le mardi 12 mars 2024.", "2024-03"),
        ("L'hôpital a été piraté ce week-end. Il a porté plainte le lundi 1er avril 2024.", "2024-03"),
        # a bare day of the month, only in that day's month
        ("L'hôpital a été attaqué le 3. La direction a porté plainte le 9 mars 2023.", "2023-03-03"),
        ("L'hôpital a été attaqué le 20. La direction a porté plainte le 9 mars 2023.", None),
        # the day of the breach itself bounds nothing: the story may go on after it
        ("La clinique a été piratée le 9 mars 2023. Les données ont été mises en vente mardi.", "2023-03-09"),
        ("Depuis le 9 mars 2023, la clinique fonctionne en mode dégradé. Elle a été piratée mardi.", "2023-03-09"),
    ],
)
def test_a_disclosure_day_reads_the_weekday_without_publication_date(text, expected):
    assert incident(text, None) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # A lead opening on its place, then the date: "À l'hôpital de Dax, lundi matin, ..."
        ("Cyberattaque : les soignants sur le pont\nÀ l'hôpital de Dax, lundi matin, les écrans sont devenus "
         "noirs et un message a réclamé une rançon.", TUE, "2024-01-15"),
        ("Cyberattaque : les soignants sur le pont\nAu CHU de Liège, dans la nuit de dimanche à lundi, les "
         "serveurs se sont arrêtés un à un.", TUE, "2024-01-15"),
        ("Cyberattaque : les soignants sur le pont\nAux urgences de l'hôpital de Sion, hier soir, plus aucun "
         "logiciel ne répondait : les serveurs avaient été chiffrés.", TUE, "2024-01-15"),
        ("Cyberattaque : les soignants sur le pont\nAu centre hospitalier de Mâcon, dans la journée d'hier, les "
         "écrans sont devenus noirs.", TUE, "2024-01-15"),
        ("Cyberattaque : les soignants sur le pont\nChez ce laboratoire de Lausanne, le 10 janvier, les "
         "ordinateurs ont affiché un message des pirates.", TUE, "2024-01-10"),
        ("Cyberattaque : les soignants sur le pont\nÀ l'hôpital de Dax, lundi, le ministre a présenté son plan "
         "pour l'hôpital public.", TUE, None),
        # The incident's revelation, its noun with a complement first: its month
        ("La fuite de données de la mutuelle, révélée le 10 juin, concerne 5 000 adhérents.", WED, "2023-06"),
        ("La fuite de données de la mutuelle régionale, rendue publique le 10 juin, concerne 5 000 adhérents.", WED, "2023-06"),
        ("L'attaque contre le CHU de Liège a été révélée le 10 juin par la presse.", WED, "2023-06"),
        # "au lendemain de l'attaque" counts from the day written before it, never from the publication day
        ("L'hôpital a porté plainte le 5 juin, au lendemain de la cyberattaque.", WED, "2023-06-04"),
        ("Au lendemain de la cyberattaque, les soignants de l'hôpital ont ressorti le papier.", WED, None),
        # "quelques jours plus tôt": the month, when two to seven days before stay in it
        ("La clinique a informé la CNIL le 12 juin d'une fuite de données survenue quelques jours plus tôt.", WED, "2023-06"),
        ("La clinique a informé la CNIL le 3 juin d'une fuite de données survenue quelques jours plus tôt.", WED, None),
        # counted on from the breach's date, a later moment is not the breach's
        ("Le CHU de Rennes avait été touché le 3 octobre par un rançongiciel. Six semaines plus tard, les urgences "
         "fonctionnent encore en mode dégradé.", THU, "2023-10-03"),
        ("Selon l'enquête, les pirates s'étaient introduits dans le système de la mutuelle le 20 octobre, trois "
         "semaines avant que l'attaque soit découverte.", THU, "2023-10-20"),
        ("Le virus a été introduit dans le réseau de l'hôpital le 3 novembre. Deux jours plus tard, il chiffrait "
         "les serveurs.", THU, "2023-11-03"),
        # a state still lasting on a day is not the breach's date; "depuis" that day, it is
        ("L'hôpital de Cannes fonctionne toujours en mode dégradé ce jeudi. Il avait été frappé le 3 novembre par "
         "une cyberattaque.", THU, "2023-11-03"),
        ("L'hôpital de Cannes, frappé le 3 novembre par une cyberattaque, fonctionne toujours en mode dégradé ce "
         "jeudi.", THU, "2023-11-03"),
        ("Mercredi, la clinique tournait encore au ralenti après la cyberattaque.", THU, None),
        ("Depuis lundi, l'hôpital de Mons fonctionne toujours en mode dégradé après une cyberattaque.", THU, "2023-11-13"),
        ("Les consultations de l'hôpital restent perturbées depuis mardi après une cyberattaque.", THU, "2023-11-14"),
        # a named week-end is no "last week-end": the feast's (Pentecost 2023: Sunday 28 May; Easter 2024: 31 March)
        ("Le laboratoire a informé mercredi ses patients d'une fuite de données survenue le week-end de la "
         "Pentecôte.", THU, "2023-05"),
        ("La clinique a été la cible d'une cyberattaque lors du week-end de Pâques.", dt.date(2024, 4, 4), "2024-03"),
        ("La clinique a été la cible d'une cyberattaque le lundi de Pâques.", dt.date(2024, 4, 4), "2024-04-01"),
        ("Le CHU a été piraté pendant le pont de l'Ascension 2022.", THU, "2022-05"),
        ("Le CHU a été piraté le week-end de Pâques.", None, None),
        # a day and its month in figures
        ("Le CHU a été victime d'une cyberattaque le 15/11.", THU, "2023-11-15"),
        ("Les serveurs du CHU sont à l'arrêt depuis le 12/11 au matin.", THU, "2023-11-12"),
        ("Le CHU a été victime d'une cyberattaque : le 2/3 des patients ont été transférés.", THU, None),
        # "le week-end précédent": the one before the day written before it (Monday 13 November 2023)
        ("La clinique a confirmé lundi avoir été visée par une cyberattaque le week-end précédent.", THU, "2023-11"),
        ("La clinique a révélé le 1er novembre avoir été piratée le week-end précédent.", THU, "2023-10"),
        # when a span ends is not when it began
        ("Les opérations ont été déprogrammées jusqu'à mercredi après la cyberattaque.", THU, None),
        ("Le laboratoire a été piraté le week-end dernier.", THU, "2023-11"),
        # told of its breach by an agency, a researcher, the police: the day it was found, not a statement
        ("L'établissement a été informé par l'ANSSI, le 4 novembre, d'une intrusion dans son système.", THU, "2023-11-04"),
        ("La clinique a été alertée par un chercheur en sécurité le 4 novembre : sa base de patients était "
         "accessible sans mot de passe.", THU, "2023-11-04"),
        ("Le 4 novembre, l'hôpital a été prévenu par la gendarmerie que ses données circulaient sur un forum.", THU, "2023-11-04"),
        ("Les patients de la clinique ont été informés par courrier le 8 novembre d'une fuite de données.", THU, None),
        ("La clinique a été informée de l'incident le 8 novembre.", THU, None),
        # other forms
        ("Cyberattaque à l'hôpital de Namur\nL'hôpital a confirmé ce jeudi avoir été la cible de pirates.\nC'est "
         "lundi, vers 4 heures du matin, que les premiers serveurs sont tombés.", THU, "2023-11-13"),
        ("Depuis le début de la semaine, l'hôpital est paralysé par une cyberattaque.", THU, "2023-11"),
        ("Une attaque par déni de service a perturbé le site internet de l'hôpital mardi.", THU, "2023-11-14"),
        ("Le CHU a dû éteindre tous ses ordinateurs mardi après une intrusion.", THU, "2023-11-14"),
        ("Le centre de radiologie a été victime d'une fuite de données le 8 novembre, a-t-il annoncé dans un "
         "communiqué daté du 12 novembre.", THU, "2023-11-08"),
    ],
)
def test_press_forms_with_publication_date(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dated claim bounds the story's year, as a complaint does
        ("Cyberattaque au laboratoire\nLe laboratoire a été attaqué début avril. Le groupe a revendiqué l'attaque le "
         "12 avril 2024.", "2024-04"),
        ("Piratage de la clinique\nLes serveurs de la clinique ont été chiffrés le 2 mai. Un groupe de pirates a "
         "revendiqué le piratage le 9 mai 2023 sur son site.", "2023-05-02"),
        # across the new year: the weeks just before the dated day are in the year before
        ("Cyberattaque à l'Ehpad\nL'Ehpad a été attaqué le 28 décembre. La direction a porté plainte le 4 janvier 2024.",
         "2023-12-28"),
        ("Fuite à la mutuelle\nLa fuite a été détectée en décembre. La mutuelle l'a annoncé le 9 janvier 2025.", "2024-12"),
        # not a day of the year before that lies most of a year earlier
        ("Cyberattaque au CHU\nLe CHU a été attaqué le 4 janvier 2024. Les urgences ont été touchées le 28 mars.",
         "2024-01-04"),
    ],
)
def test_a_claim_and_the_turn_of_the_year_without_publication_date(text, expected):
    assert incident(text, None) == expected
