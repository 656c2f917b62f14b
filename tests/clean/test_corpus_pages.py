"""Cleaning real recorded pages of French news sites (read from ../shared, skipped where absent)."""

import datetime as dt
import gzip
from pathlib import Path

import pytest

from healthbreach.extract.clean import clean_html

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "html"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")


def load(name: str) -> bytes:
    data = (CORPUS / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


@pytest.mark.parametrize(
    "name, published, afp, title_start",
    [
        # Le Point: meta and JSON-LD disagree on the offset; the day is the same.
        ("lepoint_galtier-enquete-ogc-nice_source-afp.html", dt.date(2023, 4, 14), "Source AFP", "Accusations de racisme"),
        ("francetvinfo_velo-electrique-2022_avec-afp.html", dt.date(2023, 4, 6), "franceinfo avec AFP", "Un vélo sur quatre"),
        ("lemonde_bresil-transition-lula-bolsonaro_le-monde-avec-afp.html", dt.date(2022, 11, 3), "Le Monde avec AFP", "Au Brésil"),
        ("mediapart_tuerie-nashville_afp.html", dt.date(2023, 3, 28), "Agence France-Presse", "6 morts"),
        ("lexpress_manchester-united-arsenal_afp.html", dt.date(2020, 12, 26), "AFP", "Angleterre"),
        # Staff articles that merely quote AFP or carry AFP photo credits are not dispatches.
        ("lepoint_sepultures-basilique-saint-denis.html", dt.date(2023, 4, 14), None, "Des centaines de sépultures"),
        ("sciencesetavenir_covid-infox-rumeur.html", dt.date(2020, 9, 14), None, "Covid-19 et infox"),
        ("theconversation_cyberattaques-hopitaux-que-veulent-les-hackers.html", dt.date(2022, 11, 2), None, "Cyberattaques des hôpitaux"),
    ],
)
def test_metadata_and_afp_byline(name, published, afp, title_start):
    page = clean_html(load(name), fetched=dt.date(2026, 1, 1))
    assert page.published == published
    assert page.afp_byline == afp
    assert page.title.startswith(title_start)
    assert page.language == "fr"


def test_header_less_latin_pages_are_decoded():
    page = clean_html(load("tvanouvelles_marseille-effondrement-immeuble_afp.html"), fetched=dt.date(2026, 1, 1))
    assert "quatrième" in page.title and "Ã" not in page.text


def test_never_a_date_after_the_fetch():
    page = clean_html(load("lefigaro_guerre-ukraine-frappes-russes_le-figaro-et-afp.html.gz"), fetched=dt.date(2024, 1, 1))
    assert page.published is None or page.published <= dt.date(2024, 1, 1)
