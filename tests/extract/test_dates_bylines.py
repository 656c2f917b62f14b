"""The publication day from the lines of a page's header (bylines, signatures, agency datelines, update
lines), and the incident date resolved against it. Own short cases, no article text."""

from __future__ import annotations

import pytest

from healthbreach.extract.dates import published_in_line
from healthbreach.extract.extractor import Extractor

TITLE = "Cyberattaque à l'hôpital de Dax"
BODY = ("Le centre hospitalier de Dax a été victime mardi d'une cyberattaque par rançongiciel. Les urgences sont "
        "délestées et les opérations déprogrammées, a indiqué la direction.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(use_model=False)


@pytest.mark.parametrize(
    "header, published",
    [
        ("Publié le 16/03/2023 à 08h00 Mis à jour le 17/03/2023 à 10h00", "2023-03-16"),
        ("Publié le 16 mars 2023 à 9h00, modifié le 17 mars 2023 à 10h00", "2023-03-16"),
        ("Publié le 16 mars 2023 à 9h00 - Mis à jour le 18 mars 2023", "2023-03-16"),
        ("Publié le jeudi 16 mars 2023 à 09h12", "2023-03-16"),
        ("Publié le 16 mars 2023 à 9 h 12", "2023-03-16"),
        ("Publié : 16 mars 2023", "2023-03-16"),
        ("Par la rédaction | Publié le 16/03/23 à 9h", "2023-03-16"),
        ("Mis à jour le 17 mars 2023 à 10h00", "2023-03-17"),  # only the update: the latest the story can be
        ("Actualisé le 17/03/2023 à 10:00", "2023-03-17"),
        ("Par Jeanne Martin, le 16 mars 2023 à 9h", "2023-03-16"),
        ("Jeudi 16 mars 2023", "2023-03-16"),
        ("16 mars 2023 | 09:12", "2023-03-16"),
        ("Le 16 mars 2023 à 09h12", "2023-03-16"),
        # signatures: an author's or an outlet's name, then the day
        ("Jeanne Martin - 16 mars 2023 à 9h00", "2023-03-16"),
        ("Le Quotidien du Sud avec AFP Le 16 mars 2023 à 09h12", "2023-03-16"),
        ("Écrit par Jeanne Martin le 16.03.2023", "2023-03-16"),
        ("Rédaction Santé · 16/03/2023", "2023-03-16"),
        # the author after the day and its time; "Mise en ligne :"
        ("Le 16 mars 2023 à 9h12 par Jeanne Martin", "2023-03-16"),
        ("16 mars 2023 par J. Martin (avec AFP)", "2023-03-16"),
        ("16/03/2023 à 08:30 par la rédaction", "2023-03-16"),
        ("Mise en ligne : 16 mars 2023", "2023-03-16"),
        ("Mis en ligne : 16/03/2023 à 8h", "2023-03-16"),
        ("Mis en ligne jeudi 16 mars 2023", "2023-03-16"),
        ("Paru dans l'édition du 16 mars 2023", "2023-03-16"),
        ("Édition du jeudi 16 mars 2023", "2023-03-16"),
        ("Hôpital piraté le 12 mars 2023 par des hackers", None),
        # a participle telling of what the line names, not of the page
        ("Les fichiers mis en ligne le 12 mars 2023 par les pirates", None),
        ("Des données mises en ligne le 12 mars 2023 par le groupe", None),
        ("Le rapport publié le 12 mars 2023 par l'agence", None),
        ("Une liste mise en ligne le 12/03/2023 sur un forum", None),
        # a headline holding a date is no byline
        ("Cyberattaque du 12 mars 2023", None),
        ("Le point sur l'attaque du 12 mars 2023", None),
        ("Cyberattaques : bilan au 12 mars 2023", None),
        ("Hôpital piraté le 12 mars 2023", None),
        ("Les urgences fermées depuis le 12 mars 2023", None),
    ],
)
def test_header_line_gives_the_publication_day(extractor, header, published):
    found = extractor.extract(f"{TITLE}\n{header}\n{BODY}")
    assert (found.published.value if found.published else None) == published
    if published:  # "mardi" read against it (the 16th of March 2023 is a Thursday; the 17th a Friday)
        assert found.incident_date.value == "2023-03-14"


@pytest.mark.parametrize(
    "text, published",
    [
        (f"{TITLE}\nDAX, 16 mars 2023 (AFP) - {BODY}", "2023-03-16"),
        (f"{TITLE}\nGenève, le 16 mars 2023 - {BODY}", "2023-03-16"),
        (f"{TITLE}\nDax (AFP) 16 mars 2023 - {BODY}", "2023-03-16"),
        (f"{TITLE}\nDAX (AFP) - 16/03/2023 - {BODY}", "2023-03-16"),
        (f"{TITLE}\n16/03/2023 - {BODY}", "2023-03-16"),
        (f"{TITLE}\nBruxelles, 16 mars 2023 (Belga) - {BODY}", "2023-03-16"),
        (f"{TITLE}\nMontréal, 16 mars 2023 (La Presse Canadienne) — {BODY}", "2023-03-16"),
        (f"{TITLE}\nLausanne, 16.03.2023 (ATS) - {BODY}", "2023-03-16"),
        (f"{TITLE}\nDax, jeudi 16 mars 2023 – {BODY}", "2023-03-16"),
        # a story's own date opening the paragraph is no dateline
        (f"{TITLE}\nDepuis le 16 mars 2023 - et c'est une première - {BODY}", None),
        (f"{TITLE}\nDans la nuit du 16 mars 2023 - {BODY}", None),
        (f"{TITLE}\n{BODY}\nPublié le 16/03/2023 à 17h12", "2023-03-16"),
        (f"{TITLE}\n{BODY}\nArticle publié le 16 mars 2023", "2023-03-16"),
        # an update closing the text is never its publication day
        (f"{TITLE}\n{BODY}\nMis à jour le 20/03/2023 à 10h00", None),
        (f"{TITLE}\n{BODY}\nActualisé le 20 mars 2023", None),
        (f"{TITLE}\n{BODY}\nDernière mise à jour : 20 mars 2023", None),
        # a dateline without its day gives nothing, and "mardi" then stays unresolved
        (f"{TITLE}\nDax (AFP) - {BODY}", None),
        (f"{TITLE}\n{BODY} Le service informatique avait été audité le 15 mars 2023.", None),
    ],
)
def test_datelines_and_closing_lines(extractor, text, published):
    found = extractor.extract(text)
    assert (found.published.value if found.published else None) == published
    assert (found.incident_date.value if found.incident_date else None) == ("2023-03-14" if published else None)


def test_a_complaint_day_reads_the_weekday_without_a_dateline(extractor):
    # No publication day, but the complaint about this attack is dated: "mardi" is the Tuesday on or before
    # Wednesday 15 March 2023 (the attack came before the complaint; a bare weekday is within the week).
    found = extractor.extract(f"{TITLE}\nDax (AFP) - {BODY} Une plainte a été déposée le 15 mars 2023.")
    assert found.published is None
    assert found.incident_date.value == "2023-03-14"


@pytest.mark.parametrize(
    "line, day",
    [
        ("Jeanne Martin - 16 mars 2023 à 9h00", "2023-03-16"),
        ("Par Jeanne Martin · Publié le 16/03/2023", "2023-03-16"),
        ("La rédaction, le 16 mars 2023", "2023-03-16"),
        ("Cyberattaque du 12 mars 2023", None),
        ("Le CHU a été piraté le 12 mars 2023.", None),
    ],
)
def test_byline_element_of_a_page(line, day):
    found = published_in_line(line)
    assert (found.isoformat() if found else None) == day
