"""Probes of helper names13: what a mention's name is, and which words are none.

Each case is a mini-article written for this test (invented names and towns, no article's wording): a headline or
None, a body, the victims expected (the shared scorer's rule: one name contains the other after folding, or one is the
other's initials; nothing else may be a victim) and names that no victim may be (compared folded, whole name).

Failure kinds covered: a weekday or a month with its time of day ("Vendredi matin") the model takes for a name; the
lower-case words before a bracketed acronym that name a thing, not a body ("le dossier patient informatisé (DPI)", "le
logiciel de gestion d'officine (LGO)"), while a lower-case head ("la caisse primaire d'assurance maladie (CPAM)", "le
centre hospitalier intercommunal ... (CHI...)") still names one; a body named in its own language by a foreign head
noun ("le Klinikum X", "l'Ospedale X"), whatever the model calls it.
"""

import pytest

from tests.extract.test_names12_probes import _problems  # the one victims-probe check: missing, extra, never

STOLEN = " Des données de patients ont été dérobées par les pirates."

# (headline or None, body, expected victims, names no victim may be)
CASES = [
    # --- a weekday and its time of day is no name
    ("Rançongiciel chez Pharmivel : 80 pharmacies privées de leurs dossiers",
     "Les 80 pharmacies du réseau ont vécu une fin de semaine difficile. Vendredi matin, une attaque par rançongiciel "
     "contre Pharmivel, le prestataire qui héberge leurs dossiers, a bloqué les comptoirs." + STOLEN,
     ["Pharmivel"], ["Vendredi matin", "Vendredi"]),
    (None,
     "Mardi soir, une cyberattaque a visé la clinique des Tilleuls à Vernac. Les urgences ont été réorientées." + STOLEN,
     ["clinique des Tilleuls"], ["Mardi soir", "Mardi"]),
    # --- lower-case words before a bracketed acronym: a thing, not a body
    (None,
     "Une cyberattaque par rançongiciel a rendu inaccessible le dossier patient informatisé (DPI) commun aux sites du "
     "centre hospitalier de Valmont depuis dimanche. Les attaquants seraient entrés par un compte de télémaintenance "
     "utilisé par Medirix, l'éditeur du DPI Vitalis, pour intervenir à distance." + STOLEN,
     ["centre hospitalier de Valmont"], ["dossier patient informatisé"]),
    ("LGO : l'éditeur Officalys victime d'une intrusion, les données de 900 officines exposées",
     "Mauvaise surprise pour les 900 pharmacies équipées du logiciel de gestion d'officine (LGO) Officalys. L'éditeur "
     "nantais Officalys a informé ses clients qu'un tiers avait accédé à sa plateforme d'hébergement." + STOLEN,
     ["Officalys"], ["logiciel de gestion d'officine"]),
    # near misses: a lower-case head before its acronym still names the body
    (None,
     "La caisse primaire d'assurance maladie (CPAM) de l'Orne a été victime d'une cyberattaque lundi." + STOLEN,
     ["CPAM de l'Orne"], []),
    (None,
     "Le centre hospitalier intercommunal des Deux-Vals (CHIDV) a été victime d'un rançongiciel dans la nuit de samedi."
     + STOLEN,
     ["centre hospitalier intercommunal des Deux-Vals"], []),
    # --- a body named in its own language, opened by a foreign head noun
    ("Allemagne : un groupe hospitalier de Bavière paralysé par une cyberattaque",
     "Depuis mardi, le Klinikum Altwasser, qui regroupe deux hôpitaux à Hallbach et Sennfeld, fonctionne au ralenti après "
     "une cyberattaque par rançongiciel." + STOLEN,
     ["Klinikum Altwasser"], ["Bavière", "Hallbach"]),
    ("Italie : un hôpital de Vénétie visé par un rançongiciel",
     "L'Ospedale San Vitale, à Castelmonte, a été frappé dimanche par un rançongiciel qui a paralysé ses urgences." + STOLEN,
     ["Ospedale San Vitale"], ["Vénétie", "Castelmonte"]),
    # --- a translated name and the foreign body's own acronym in brackets: the acronym names it
    ("Kenya : une cyberattaque paralyse le réseau public de laboratoires",
     "Depuis lundi, le Service national des laboratoires de santé (KNPL), qui réalise l'essentiel des analyses du "
     "secteur public, est paralysé par une attaque au rançongiciel. Dans un communiqué, le KNPL assure que ses "
     "sauvegardes sont intactes." + STOLEN,
     ["KNPL"], ["Service national des laboratoires de santé"]),
    # near misses: an authority's translated name and acronym stay no victim; an acronym its name spells stays with it
    (None,
     "La clinique des Hêtres, à Lindau, a été victime d'un rançongiciel. L'Office fédéral de la sécurité des réseaux "
     "(BSN) indique n'avoir aucun élément confirmant une fuite. Selon le BSN, les hôpitaux sont très visés." + STOLEN,
     ["clinique des Hêtres"], ["BSN"]),
    (None,
     "Le Réseau hospitalier de la Vallée verte (RHVV) a été victime d'un rançongiciel. Le RHVV a porté plainte." + STOLEN,
     ["Réseau hospitalier de la Vallée verte"], []),
]


@pytest.mark.parametrize("headline, body, expected, never", CASES)
def test_names13_probe(extractor, headline, body, expected, never):
    found, missing, extra, placed = _problems(extractor, headline, body, expected, never)
    assert not (missing or extra or placed), f"found {found}: missing {missing}, extra {extra}, never {placed}"
