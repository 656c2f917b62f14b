"""Nights named by a weekday, the year-end holidays as a span, the week's start without a preposition.
Own short cases, no article text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import incident

THU = dt.date(2023, 3, 16)  # a Thursday
FRI = dt.date(2023, 3, 17)
SAT = dt.date(2023, 3, 18)
JAN = dt.date(2024, 1, 4)  # after the holidays of December 2023
DEC = dt.date(2023, 12, 28)  # during them
NOV = dt.date(2023, 11, 20)  # before this year's: the last ones were in December 2022


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a night is dated by the day it ends on; "la nuit de jeudi" in a Thursday story is the night just past
        ("Le centre hospitalier a été piraté dans la nuit de jeudi.", THU, "2023-03-16"),
        ("Dans la nuit de jeudi, des pirates ont chiffré les serveurs de la clinique.", THU, "2023-03-16"),
        ("Le centre hospitalier a été piraté dans la nuit de jeudi.", FRI, "2023-03-17"),
        ("C'est dans la nuit de jeudi que le laboratoire a été piraté.", FRI, "2023-03-17"),
        ("Un rançongiciel a paralysé l'Ehpad dans la nuit de jeudi.", SAT, "2023-03-17"),
        ("Les serveurs de la mutuelle ont été chiffrés dans la nuit de mardi.", THU, "2023-03-15"),
        ("Dans la nuit de jeudi à vendredi, la clinique a subi une attaque informatique.", FRI, "2023-03-17"),
        ("Dans la nuit de jeudi à vendredi, la clinique a subi une attaque informatique.", THU, "2023-03-16"),
        ("L'hôpital a été la cible de pirates dans la nuit de jeudi à vendredi.", SAT, "2023-03-17"),
        ("La clinique a été attaquée dans la nuit de samedi à dimanche dernier.", THU, "2023-03-12"),
    ],
)
def test_nights_named_by_a_weekday(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the days between Christmas and New Year: December, the last one begun by the publication day
        ("Le laboratoire a été piraté entre Noël et le Nouvel An.", JAN, "2023-12"),
        ("C'est entre Noël et le jour de l'an que les pirates ont frappé la clinique.", JAN, "2023-12"),
        ("La clinique a été victime d'un rançongiciel pendant les fêtes de fin d'année.", JAN, "2023-12"),
        ("Durant les fêtes, le centre hospitalier a subi une cyberattaque.", DEC, "2023-12"),
        ("L'Ehpad a été attaqué lors des fêtes de fin d'année.", NOV, "2022-12"),
        ("L'intrusion a eu lieu pendant la trêve des confiseurs.", JAN, "2023-12"),
        ("L'hôpital a été piraté pendant les fêtes de fin d'année 2021.", None, "2021-12"),
        ("L'hôpital a été piraté pendant les fêtes de fin d'année.", None, None),
    ],
)
def test_the_year_end_holidays(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the start of the week, with or without "en": Monday to Wednesday, here all in March
        ("Début de semaine, la clinique a été victime d'une cyberattaque.", THU, "2023-03"),
        ("Le laboratoire a été piraté début de semaine.", THU, "2023-03"),
        ("La mutuelle a subi une intrusion en début de semaine.", THU, "2023-03"),
        ("L'hôpital a été attaqué en fin de semaine dernière.", THU, "2023-03"),
        ("Début de semaine, la clinique a été victime d'une cyberattaque.", None, None),
    ],
)
def test_the_start_and_end_of_the_week(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of days or weeks after the attack: the date past it is the later event's
        ("Deux semaines après avoir été piratée, la clinique a rouvert ses urgences le 10 mars.", None),
        ("Dix jours après avoir subi une cyberattaque, l'hôpital a retrouvé sa messagerie le 12 mars.", None),
        ("Trois semaines après l'attaque, le laboratoire a relancé ses automates le 14 mars.", "2023-02"),  # counted back from publication
        ("Deux semaines après avoir été piratée le 2 mars, la clinique a rouvert ses urgences le 16 mars.", "2023-03-02"),
        ("La clinique a été piratée le 2 mars. Deux semaines après avoir été piratée, elle a rouvert le 16 mars.", "2023-03-02"),
    ],
)
def test_a_date_after_a_count_is_the_later_event(text, expected):
    assert incident(text, THU) == expected
