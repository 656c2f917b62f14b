"""frdates.find_dates skips the patterns whose needed piece (a digit, a month name, ...) a text lacks:
the dates found are the same as running every pattern."""

from healthbreach.extract import frdates
from healthbreach.textfold import fold

PHRASES = [
    "L'attaque a eu lieu le 2024-03-05 selon le rapport.",
    "Les faits remontent au 12/03/2023 et au 4.5.24.",
    "Dans la nuit du samedi 18 au dimanche 19 octobre 2025, les serveurs sont tombés.",
    "Début mars 2024, puis en février dernier, et fin sept. 2023, la clinique a porté plainte.",
    "Au troisième trimestre 2022, en 2021 et la cyberattaque de 2020 ont été rappelées.",
    "Cet été, puis l'hiver 2023, et au printemps dernier, l'hôpital a été visé.",
    "Hier, la veille, le lendemain et deux jours plus tard, le CHU a communiqué.",
    "Ces derniers mois, récemment, depuis plusieurs semaines.",
    "Le week-end dernier, en début de semaine et la semaine passée, ce mois-ci, le mois dernier.",
    "Il y a deux semaines, depuis trois jours, l'an dernier, cette année.",
    "Mardi soir, dans la nuit de lundi à mardi, mercredi 14, le 3 courant, depuis le 12.",
    "Une phrase sans la moindre date, ni chiffre, ni mois.",
    "Appelez le 15 ; composer le 18 ; à 14 h 30 ; 2 000 patients.",
]


def test_the_gates_change_no_date(monkeypatch):
    texts = [fold(p) for p in PHRASES]
    gated = [frdates.find_dates(t) for t in texts]
    monkeypatch.setattr(frdates, "_gates", lambda: [None] * len(frdates._patterns()))
    assert gated == [frdates.find_dates(t) for t in texts]
    assert sum(map(len, gated)) >= 25  # the phrases do hold dates of every kind


def test_every_gated_pattern_needs_its_gate():
    for text in map(fold, PHRASES):
        for (kind, pattern), gate in zip(frdates._patterns(), frdates._gates()):
            if gate is not None and pattern.search(text):
                assert gate.search(text), (kind, text)
