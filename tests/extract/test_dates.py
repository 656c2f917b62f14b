"""Publication, incident and disclosure dates, relative forms resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from healthbreach.extract.dates import find_disclosure_date, find_incident_date, find_published
from tests.extract.conftest import incident as incident_on, sentences

THURSDAY = dt.date(2023, 3, 16)  # a Thursday


def incident(text: str, published: dt.date | None = THURSDAY) -> str | None:
    return incident_on(text, published)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La cyberattaque, survenue mardi, a paralysé la clinique.", "2023-03-14"),
        ("Le centre hospitalier a été piraté ce jeudi.", "2023-03-16"),
        ("L'hôpital a été attaqué jeudi dernier par un rançongiciel.", "2023-03-09"),
        ("L'intrusion a été détectée hier par les équipes informatiques.", "2023-03-15"),
        ("La fuite a été découverte avant-hier par un chercheur.", "2023-03-14"),
        ("Un chercheur a identifié la fuite le 11 février sur un forum.", "2023-02-11"),
        ("Le laboratoire a été victime d'une cyberattaque le 14 février dernier.", "2023-02-14"),
        ("Les serveurs ont été piratés le 20 décembre, selon la direction.", "2022-12-20"),
        ("Une attaque survenue mi-2021 a visé la mutuelle.", "2021"),
        ("L'attaque informatique a eu lieu début mars, selon l'établissement.", "2023-03"),
        ("Une intrusion détectée fin 2022 a exposé des dossiers.", "2022"),
        ("La clinique a été la cible d'une cyberattaque survenue durant l'été 2021.", "2021"),
        ("Les données ont été dérobées lors d'une attaque survenue cet été.", "2023"),
        ("Le piratage s'est produit en janvier dernier.", "2023-01"),
        ("La fuite a été repérée la semaine dernière par un expert.", "2023-03"),
        ("Une cyberattaque a frappé l'hôpital le 2 mars 2022 à l'aube.", "2022-03-02"),
        ("L'établissement a été victime d'une cyberattaque dans la nuit de samedi à dimanche.", "2023-03-12"),
        ("Dans la nuit du 3 au 4 mars, les serveurs du CHU ont été chiffrés par un rançongiciel.", "2023-03-04"),
        ("Le 2 mars, l'hôpital a été victime d'une cyberattaque.", "2023-03-02"),
        ("Un accès non autorisé à son système d'information a été constaté début février.", "2023-02"),
        ("La cyberattaque contre la mutuelle remonte au début du mois.", "2023-03"),
        ("Les données ont été dérobées lors d'une intrusion il y a deux semaines.", "2023-03"),
        ("Le piratage, survenu il y a trois jours, a touché la clinique.", "2023-03-13"),
        ("La fuite de données a été découverte il y a deux mois.", "2023-01"),
        ("Le piratage de la clinique date de fin 2022.", "2022"),
        ("Les pirates ont pu accéder aux données des assurés entre le 6 et le 9 mars.", "2023-03-06"),
        # The claim's day is not the attack's; a passive "revendiquées par" after the date does not take it.
        ("L'hôpital a été la cible mercredi d'une cyberattaque. Le groupe Medusa a revendiqué l'attaque jeudi.", "2023-03-15"),
        ("Les hôpitaux ont été visés par des attaques DDoS mardi, revendiquées par un groupe prorusse.", "2023-03-14"),
        ("Le 21 février, le centre hospitalier subissait une cyberattaque par rançongiciel.", "2023-02-21"),
        ("L'hôpital a déclenché son plan blanc après la détection, dimanche 12 mars, d'une activité suspecte.", "2023-03-12"),
        # The comma closing the date's clause: the attack's date, not the publication's.
        ("Le groupe, qui avait attaqué le centre hospitalier le 21 février, a mis en ligne dimanche des données.", "2023-02-21"),
        # A date fronted before a long subject belongs to the verb after it.
        ("En janvier dernier, la clinique du Val d'Ouest, près de Lyon, a été paralysée par un rançongiciel.", "2023-01"),
        ("Le centre hospitalier a subi, dans la nuit de lundi à mardi, une attaque informatique.", "2023-03-14"),
        ("L'intrusion a eu lieu au cours du mois de février, selon le laboratoire.", "2023-02"),
        ("Depuis lundi, la clinique du Lac, à Vannes, fonctionne sans informatique.", "2023-03-13"),
        # "a-t-on appris lundi" dates the news, not the attack of the week-end.
        ("La clinique a été victime d'une cyberattaque ce week-end, a-t-on appris lundi.", "2023-03"),
        ("Les données ont été compromises lors de cyberattaques visant deux opérateurs, X et Y, fin janvier.", "2023-01"),
    ],
)
def test_incident_date_forms(text: str, expected: str) -> None:
    assert incident(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'hôpital a déposé plainte le 3 mars après la cyberattaque.",
        "Dans un communiqué publié le 10 mars, la clinique annonce une fuite de données.",
        "Les attaques se multiplient : d'autres hôpitaux ont été paralysés les 2 et 9 mars.",
        "Comme nous l'indiquions mercredi, des dossiers de patients ont fuité.",
        "Le groupe hospitalier, fondé en 1998, compte six établissements.",
    ],
)
def test_dates_not_attached_to_the_incident(text: str) -> None:
    assert incident(text) is None


def test_day_level_date_refines_a_vaguer_one() -> None:
    text = "Une cyberattaque survenue au printemps 2022 et confirmée le 9 mai 2022 a touché le CHU."
    assert incident(text) == "2022-05-09"


def test_without_publication_date_only_explicit_years_resolve() -> None:
    assert incident("La cyberattaque, survenue mardi, a paralysé la clinique.", None) is None
    assert incident("La cyberattaque survenue durant l'été 2021 a paralysé la clinique.", None) == "2021"


def test_incident_in_the_future_of_publication_is_dropped() -> None:
    assert incident("Le piratage a eu lieu le 2 avril 2023.") is None


def test_noun_cue_defers_to_the_verb_before_it() -> None:
    doc = sentences("L'agence régionale de santé a été informée de l'incident le 14 mars.")
    assert find_incident_date(doc, THURSDAY) is None
    assert find_disclosure_date(doc, THURSDAY).value == "2023-03-14"


def test_disclosure_date() -> None:
    doc = sentences("La société a annoncé jeudi avoir été victime d'un vol de données, survenu lundi.")
    assert find_disclosure_date(doc, THURSDAY).value == "2023-03-16"
    assert find_incident_date(doc, THURSDAY).value == "2023-03-13"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Titre de l'article\n\nPublié le 12 mars 2023 à 10h05\n\nLe CHU a été piraté.", "2023-03-12"),
        ("Titre\nArticle publié le 05/01/22 à 18:40\nMis à jour le 06/01/22\nTexte.", "2022-01-05"),
        ("Titre\n\nAFP\n\n14.9.2021 - 08:12\n\nLe CHU a été piraté mardi.", "2021-09-14"),
        ("Titre\n\nlundi 3 octobre 2022\n\nUn hôpital a été piraté.", "2022-10-03"),
        ("Titre\nPar Jeanne Martin, le 7 novembre 2022 à 14h30\nUn hôpital a été piraté.", "2022-11-07"),
        ("Titre\nPublié à 18h32, le 9 février 2021\nUn hôpital a été piraté.", "2021-02-09"),
        ("Titre\n2021-02-09T18:32:00+01:00\nUn hôpital a été piraté.", "2021-02-09"),
        ("Titre\n14 mars 2023 à 10h05 | Mis à jour le 15 mars 2023 à 8h\nUn hôpital a été piraté.", "2023-03-14"),
        # A header with only an update day gives it: the publication is no later.
        ("Titre\n\nMis à jour le 4 avril 2022 à 9h\n\nLe CHU a été piraté.", "2022-04-04"),
        ("Titre\nMis à jour le 15 mars 2023 à 8h, publié le 14 mars 2023 à 10h05\nUn hôpital a été piraté.", "2023-03-14"),
        # An agency dateline opening the first paragraph.
        ("Titre\nLorient, 5 mars 2023 (AFP) - La clinique du Ter a annoncé dimanche avoir subi une cyberattaque.",
         "2023-03-05"),
    ],
)
def test_published_from_text(text: str, expected: str) -> None:
    assert find_published(sentences(text), None).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le CHU a été piraté le 3 mars 2023, a indiqué la direction dans un long communiqué publié sur son site.",
        # A communiqué's day in a short body sentence is the communiqué's.
        "Titre\n\nLe communiqué publié le 10 mars 2023 l'a confirmé.\n\nLe CHU a été piraté.",
        "Titre\n\n" + "Un long paragraphe sur une attaque informatique qui a touché un hôpital. " * 4
        + "\n\nmartin75\n24/03/23 07:57\nCommentaire de lecteur.",
    ],
)
def test_no_published_guessed_from_body_dates(text: str) -> None:
    assert find_published(sentences(text), None) is None


def test_page_metadata_wins() -> None:
    fact = find_published(sentences("Publié le 12 mars 2023\nTexte."), dt.date(2023, 3, 13))
    assert (fact.value, fact.rule, fact.start, fact.end) == ("2023-03-13", "page_metadata", 0, 0)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # One night, dated by the day it ends on (as the real-press gold does), with or without a
        # publication date (the year is written).
        ("Dans la nuit du samedi 18 au dimanche 19 octobre 2025, le centre hospitalier de Morteau (CHM) à Morteau "
         "dans le Doubs a été la cible d'une cyberattaque.", dt.date(2025, 10, 20), "2025-10-19"),
        ("Dans la nuit du samedi 18 au dimanche 19 octobre 2025, la clinique a été la cible d'une cyberattaque.", None,
         "2025-10-19"),
        # A bare weekday naming the publication day is that day; "jeudi dernier" is a week before.
        ("L'hôpital a été victime jeudi d'une cyberattaque.", THURSDAY, "2023-03-16"),
        # A day counted from the date written before it.
        ("Le 10 mars, la société a coupé l'accès à ses services. Elle indique que, quelques heures plus tôt, "
         "ses équipes avaient détecté une intrusion.", THURSDAY, "2023-03-10"),
        ("L'hôpital a annoncé le 12 mars avoir détecté la veille une intrusion.", THURSDAY, "2023-03-11"),
        # "aurait eu lieu", "de février", "retrouvées en libre accès".
        ("L'extraction des fichiers aurait eu lieu le 30 juin 2022.", None, "2022-06-30"),
        ("L'attaque de février a exposé les données de patients.", THURSDAY, "2023-02"),
        ("Des dossiers avaient été retrouvés en libre accès sur internet en février 2021, comme l'a rapporté la presse.",
         None, "2021-02"),
        ("C'est ce lundi 13 mars, à 23h, que la clinique a été attaquée.", THURSDAY, "2023-03-13"),
        # A verb with its own date ("ces derniers mois") takes no date written before it.
        ("Une fuite de données touchant des patients ayant consulté en 2022 est survenue au cours des derniers mois. "
         "La mutuelle a été touchée par un rançongiciel en janvier dernier.", THURSDAY, "2023-01"),
    ],
)
def test_incident_dates_of_the_press(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La clinique avait organisé une simulation de cyberattaque le 18 septembre dernier.",
        "Les patients ayant consulté le 3 mars ont reçu un courriel.",
        "Le ministre a assuré mercredi que le Samu n'était pas touché par l'attaque.",
        # An earlier incident recalled as background is not this one's date.
        "En juin 2022, la clinique avait déjà été victime d'une cyberattaque (lire notre article).",
        # Relative dates need a publication date.
        "Le 10 mars, la société a coupé ses services. La veille, ses équipes avaient détecté une intrusion.",
    ],
)
def test_press_dates_that_are_not_the_incident(text):
    assert incident(text, None if "La veille" in text else THURSDAY) is None


def _page(head: str) -> str:
    body = ("<p>Le centre hospitalier de Morlaix a été victime mardi d'une cyberattaque par rançongiciel, "
            "a annoncé jeudi la direction de l'hôpital. Les urgences fonctionnent en mode dégradé et les "
            "données de patients pourraient avoir été dérobées, selon l'établissement, qui a porté plainte.</p>"
            "<p>La clinique voisine, ouverte en 2013, n'a pas été touchée par l'attaque informatique.</p>")
    return f'<html lang="fr"><head><meta charset="utf-8">{head}</head><body><article>{body}</article></body></html>'


@pytest.mark.parametrize(
    "head, published, incident_date",
    [
        ('<meta property="article:published_time" content="2023-03-16T10:00:00+01:00">', "2023-03-16", "2023-03-14"),
        # No date in the markup: none invented, and "mardi" stays unresolved.
        ("", None, None),
    ],
)
def test_page_dates_through_cleaning_and_extraction(head, published, incident_date):
    from healthbreach.extract.clean import clean_html
    from healthbreach.extract.extractor import Extractor

    page = clean_html(_page(head).encode(), fetched=dt.date(2026, 1, 1))
    record = Extractor(use_model=False).extract(page.text, title=page.title, published=page.published).to_record("x")
    assert record["relevant"]
    assert (record["published"], record["incident_date"]) == (published, incident_date)
