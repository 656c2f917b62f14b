"""Breach size: number formats, units, qualifiers and the numbers that are not records."""

from __future__ import annotations

import pytest
import spacy

from healthbreach.extract.records import find_records

NLP = spacy.blank("fr")
NLP.add_pipe("sentencizer")


def records(text: str) -> dict[str, tuple]:
    return {f.field: (f.value, f.unit, f.qualifier) for f in find_records(NLP(text))}


@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("Les pirates ont dérobé les données de 7.342 patients de la clinique.", 7342, "patients", "exact"),
        ("Au total, 218 506 personnes sont concernées par cette fuite.", 218506, "personnes", "exact"),
        ("Au total, 218\u00a0506 personnes sont concernées par cette fuite.", 218506, "personnes", "exact"),
        ("Au total, 218\u202f506 personnes sont concernées par cette fuite.", 218506, "personnes", "exact"),
        ("La fuite touche les dossiers d'1,2 million d'assurés de la mutuelle.", 1200000, "assurés", "exact"),
        ("Les coordonnées de 12 millions de personnes ont été exposées.", 12000000, "personnes", "exact"),
        ("Le piratage a exposé les données de plus d'un million de patients.", 1000000, "patients", "more_than"),
        ("Les informations de six mille patients ont été volées lors de l'attaque.", 6000, "patients", "exact"),
        ("Le fichier volé recense 2,7 M de patients de la région.", 2700000, "patients", "exact"),
        ("Les données de près de 250.000 personnes circulent sur un forum.", 250000, "personnes", "about"),
        ("Environ 40 000 rendez-vous ont été consultés illégalement par l'intrus.", 40000, "rendez-vous", "about"),
        ("Les données de quelque trois cent mille assurés sont en vente.", 300000, "assurés", "about"),
        ("Jusqu'à 80 000 comptes de patients auraient été compromis.", 80000, "comptes", "up_to"),
    ],
)
def test_number_forms(text: str, value: int, unit: str, qualifier: str) -> None:
    assert records(text)["records"] == (value, unit, qualifier)


def test_exact_figure_beats_the_rounded_headline() -> None:
    text = ("Vol de données : près de 9 000 rendez-vous concernés\n\n"
            "La société a détecté un accès frauduleux aux informations de 8.731 rendez-vous de ses clients.")
    assert records(text)["records"][0] == 8731


def test_exact_figure_inside_a_more_than_bound() -> None:
    text = ("L'attaque a permis le vol des données de plus d'un million de patients. "
            "Les données d'1,6 million de patients ont été compromises, précise l'hôpital.")
    assert records(text)["records"][0] == 1600000


@pytest.mark.parametrize(
    "text",
    [
        "La plateforme, utilisée par 42 millions de Français, a subi une attaque sans fuite de données.",
        "L'application revendique 18 millions d'utilisateurs par mois et a été piratée.",
        "Le laboratoire réalise 30 000 tests par jour ; des pirates ont volé ses fichiers.",
        "Les pirates réclament une rançon de 2 000 000 euros à l'hôpital après la fuite.",
        "Les hackers ont exfiltré 350 Go de données de l'hôpital.",
        "En 2022, l'hôpital a été piraté et 85 % des services ont été paralysés.",
        "Depuis janvier, 14 hôpitaux ont été victimes d'une cyberattaque.",
        "Une patiente âgée de 67 ans a vu ses données volées.",
        "Les fichiers volés le 12 mars 2023 ont été publiés sur le darkweb.",
        "Après la cyberattaque, les 900 patients hospitalisés ont tous été pris en charge normalement.",
        "Pendant la panne due au rançongiciel, une trentaine de patients ont dû être transférés vers Agen.",
    ],
)
def test_numbers_that_are_not_the_breach_size(text: str) -> None:
    assert "records" not in records(text)


def test_subset_of_a_population_is_the_breach() -> None:
    assert records("Sur les 80 000 patients suivis chaque année, 4 150 sont concernés par la fuite.")["records"][0] == 4150


def test_a_share_of_a_population_is_not_its_size() -> None:
    assert "records" not in records("L'hôpital a été piraté ; 12 % des 30 000 patients sont concernés par la fuite.")


@pytest.mark.parametrize(
    "text, value",
    [
        ("La fuite de données touche « près de 750.000 » patients de la clinique.", 750000),
        ("La clinique a été piratée. 1,2 million de Français sont concernés par la fuite.", 1200000),
    ],
)
def test_quoted_figures_and_nationals(text: str, value: int) -> None:
    assert records(text)["records"][0] == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("La messagerie de la pharmacie a été piratée ; une centaine de patients ont été prévenus.", 100),
        ("La mutuelle a été piratée : une dizaine de milliers d'adhérents sont concernés par la fuite.", 10000),
        ("La clinique a été piratée : un demi-million de patients sont concernés par la fuite.", 500000),
    ],
)
def test_collective_numbers(text: str, value: int) -> None:
    assert records(text)["records"][0] == value


def test_the_authority_figure_after_the_attackers_claim() -> None:
    text = ("Un groupe de pirates affirme détenir les données de 10 millions d'assurés. "
            "Selon la CNIL, le nombre de personnes réellement touchées est de 8,5 millions.")
    got = records(text)
    assert got["records"][0] == 8500000 and got["records_claim"][0] == 10000000


@pytest.mark.parametrize(
    "text, expected",
    [
        # Doctors are the records when their data were stolen...
        ("La société a été piratée : les coordonnées professionnelles de 25 000 médecins ont été dérobées.", 25000),
        # ...not when they merely use the software.
        ("L'éditeur piraté équipe 23 000 médecins ; aucune donnée de santé n'a été exfiltrée.", None),
    ],
)
def test_doctors_as_records(text: str, expected: int | None) -> None:
    got = records(text)
    assert (got["records"][0] if "records" in got else None) == expected


def test_a_thousands_count_is_not_a_year() -> None:
    text = "Un prestataire a laissé accessibles les dossiers médicaux de 2 000 salariés d'une usine."
    assert records(text)["records"][0] == 2000


def test_earlier_breach_recalled_for_context_loses() -> None:
    text = ("Les données de 120 000 patients du centre hospitalier ont été volées. "
            "Pour rappel, en 2020 les dossiers de 900 000 patients avaient été piratés dans une autre région.")
    assert records(text)["records"][0] == 120000


def test_attacker_claim_kept_apart_from_confirmed_figure() -> None:
    text = ("Le groupe de pirates affirme détenir les données de 2 millions de patients. "
            "L'hôpital confirme que 310 000 patients sont concernés par la fuite.")
    got = records(text)
    assert got["records"][0] == 310000
    assert got["records_claim"][0] == 2000000


def test_victim_figure_in_the_clause_after_the_claim() -> None:
    # One sentence, two voices: the claim is the attackers' clause only.
    text = ("La mutuelle a subi une cyberattaque exposant les données de plus d'un million d'adhérents. "
            "Les pirates revendiquent le vol de 1,8 million de fiches, mais la mutuelle évoque environ "
            "1,1 million de personnes concernées.")
    got = records(text)
    assert got["records"][0] == 1100000
    assert got["records_claim"][0] == 1800000


def test_offsets_point_at_the_number() -> None:
    text = "Titre\n\nLes données de 64 210 patients ont fuité."
    fact = find_records(NLP(text))[0]
    assert text[fact.start : fact.end] == "64 210"
    assert fact.sentence == "Les données de 64 210 patients ont fuité."


# Figures on real press: the victim's own figure, qualifiers between a cue and its figure,
# organisation sizes, vague counts, people who looked at a leak, corrected estimates.

def value(text: str) -> int | None:
    got = records(text)
    return got["records"][0] if "records" in got else None


def test_the_victims_figure_beats_the_attackers_claim_in_either_order() -> None:
    text = ("La clinique confirme que les données de 41 300 patients ont été dérobées. "
            "Un individu affirme détenir les données de plus de 600 000 patients et les propose sur un forum.")
    got = records(text)
    assert got["records"][0] == 41300 and got["records_claim"][0] == 600000


def test_a_claim_alone_is_the_only_figure() -> None:
    assert value("Un pirate affirme détenir les dossiers de 75 000 patients de l'hôpital.") == 75000


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La cyberattaque contre le réseau de laboratoires affecte plus de 2,4 millions de clients.", 2400000),
        ("Le vol concernerait environ 86 000 usagers du centre hospitalier, selon l'établissement.", 86000),
        ("La fuite, portant sur près de 12 000 dossiers, a été signalée à la CNIL.", 12000),
        ("Les coordonnées d'environ 4,2 millions de clients de l'assureur ont fuité.", 4200000),
        ("Le nombre total de clients touchés par le vol de données s'élève à 730 000.", 730000),
    ],
)
def test_a_qualifier_between_the_cue_and_the_figure(text: str, expected: int) -> None:
    assert value(text) == expected


def test_the_members_of_a_group_are_not_the_people_exposed() -> None:
    text = ("Des pirates ont volé la base d'un réseau de pharmacies comptant plus de 300 adhérents, "
            "soit les informations de plus de 280 000 clients.")
    assert value(text) == 280000


@pytest.mark.parametrize(
    "text",
    [
        "Piratée, la mutuelle, qui compte plus de deux millions d'adhérents, assure qu'aucune donnée n'a fuité.",
        "Le centre hospitalier, victime d'une cyberattaque, emploie plus de 4.200 personnes.",
        "Touché par un rançongiciel, le groupe de laboratoires prend en charge chaque jour près de 20 000 patients.",
        "Des millions de patients pourraient être concernés par la fuite de données.",
        "Plus de 8 000 internautes ont déjà consulté le fichier volé mis en ligne par les pirates.",
        "Les pirates ont dérobé un fichier lourd de 30 gigabits contenant des dossiers de patients.",
        "Les pirates exigent une rançon de 5 millions après le vol des données de l'hôpital.",
    ],
)
def test_figures_that_are_not_the_people_exposed(text: str) -> None:
    assert value(text) is None


def test_a_corrected_first_estimate_loses() -> None:
    text = ("La fuite, dont on pensait initialement qu'elle touchait les données de 2,1 millions de personnes, "
            "a en fait exposé les noms et courriels d'environ 5,6 millions de clients.")
    assert value(text) == 5600000


def test_a_demonym_counts_people() -> None:
    assert value("Cyberattaque au laboratoire : 1,3 million de Bretons potentiellement concernés") == 1300000


def test_the_figure_before_le_nombre_de() -> None:
    assert value("La police estime à 2,2 millions le nombre de patients concernés par le vol.") == 2200000


@pytest.mark.parametrize(
    "text, value",
    [
        ("Les pirates ont copié les comptes rendus de 12 000 examens, concernant quelque 7 300 patients.", 7300),
        ("La fuite porte sur 40 000 dossiers appartenant à 25 000 assurés.", 25000),
        ("Les données de 15 000 patients, soit 60 000 documents médicaux, ont été dérobées.", 15000),
    ],
)
def test_people_beat_their_documents(text: str, value: int) -> None:
    assert records(text)["records"][0] == value


def test_residents_are_people() -> None:
    assert records("Les pirates ont consulté les dossiers de 84 résidents de l'Ehpad.")["records"][0] == 84


# Session 4: figures that are no breach size, and a collective word an exact count refines.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a handful of documents shown as proof
        ("Le gang a mis en ligne une trentaine de fichiers pour prouver l'authenticité de son butin.", None),
        ("En guise d'aperçu, les pirates ont publié 40 documents internes de la clinique.", None),
        # people whose files are only out of reach, not exposed
        ("Après l'attaque, les plans de soins des 92 résidents sont restés inaccessibles.", None),
        ("Les dossiers des 150 patients du service étaient toujours indisponibles mardi.", None),
        # an earlier breach recalled in a sentence opening on its year
        ("La plateforme confirme que 8 600 comptes ont été piratés. "
         "En 2019, le leader du secteur avait indiqué que 4 512 comptes avaient été piratés.", 8600),
    ],
)
def test_figures_that_are_no_breach_size(text, expected):
    assert records(text).get("records", (None,))[0] == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("Un millier de comptes de patients ont été piratés. Au total, les données de 1 216 patients ont été dérobées.", 1216),
        ("Une centaine de dossiers ont fuité. Selon l'audit, 137 dossiers ont été copiés.", 137),
    ],
)
def test_collective_word_refined_by_exact_count(text, value):
    assert records(text)["records"][0] == value


# Session 6: accounts "consultés" (a passive breach verb), and the victim's own figure
# where the speaker is a "groupement" (not an attackers' "groupe").
@pytest.mark.parametrize(
    "text, value",
    [
        ("Un millier de dossiers ont été piratés. Au total, 1 184 dossiers ont été consultés illégalement.", 1184),
        ("Selon la plateforme, 2 430 comptes de patients ont été consultés par les pirates.", 2430),
        ("Le vendeur affirme détenir 300 000 fiches. « Environ 120 000 clients sont concernés », affirme le groupement de pharmacies.", 120000),
    ],
)
def test_members_consulted_accounts_and_the_groupements_figure(text, value):
    assert records(text)["records"][0] == value


def test_a_mutualite_size_in_members_is_not_the_breach():
    assert value("L'association, forte de 50 000 membres, a été piratée.") is None


# Session 6 (sets I, K): Swiss thousands with an apostrophe, a sample of "lignes" shown as proof, the attackers'
# figure after "et non", and an earlier incident the sector "a déjà connu".
@pytest.mark.parametrize(
    "text, value",
    [
        ("La clinique a confirmé que les données de 12'400 patients avaient été publiées.", 12400),
        ("Selon l'hôpital, les dossiers de 3’850 patients ont été dérobés lors de l'attaque.", 3850),
        ("Le pirate affirme détenir 750 000 lignes. L'échantillon de 200 lignes qu'il publie montre que 38 600 patients sont concernés.", 38600),
        ("Selon son analyse, 1 874 patients sont concernés, et non 50 000 comme l'affirme le pirate.", 1874),
        ("Le secteur a déjà connu des fuites majeures, dont le vol des données de 360 000 personnes. Au centre, "
         "les informations de 12 400 usagers ont été dérobées.", 12400),
        ("Les données de 5 000 patients ont déjà été publiées par les pirates.", 5000),
    ],
)
def test_swiss_thousands_samples_and_the_figure_after_et_non(text, value):
    assert records(text)["records"][0] == value
