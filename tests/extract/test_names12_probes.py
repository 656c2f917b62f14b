"""Probes of helper names12: where an organisation mention starts and ends, and which capitalised words are none.

Each case is a mini-article written for this test (invented names, no article's wording): a headline or None, a body,
the victims expected (the shared scorer's rule: one name contains the other after folding, or one is the other's
initials; nothing else may be a victim) and names that no victim may be (compared folded, whole name).

Failure kinds covered: a place alone (a town, a region, a foreign state or province) is never an organisation, while
"hôpital de <town>" is one; a brand at a sentence start that the model reads as a person or a place; multiword names
the model cuts or splits ("<Name> Santé Mutuelle", "<Name> Family Health Network", "et" or "&" inside, Québec and
Belgian or Swiss bodies with their acronym); a head with an adjective before its place ("l'hôpital régional de X");
names that run on past their own words; and neighbours that must not change.
"""

import pytest

from tests.extract.test_victims_general import SAME_ORG
from healthbreach.textfold import fold

STOLEN = " Des données de patients ont été dérobées par les pirates."

# (headline or None, body, expected victims, names no victim may be)
CASES = [
    # --- a place alone is never an organisation; "hôpital de <town>" is one
    ("Cyberattaque dans les Vosges : les urgences de Saint-Armel en délestage",
     "Les systèmes informatiques du centre hospitalier de Haute-Vallée sont paralysés depuis samedi après une cyberattaque. "
     "Les urgences de l'Hôpital régional de Saint-Armel fonctionnent en délestage depuis samedi midi." + STOLEN,
     ["centre hospitalier de Haute-Vallée"], ["Saint-Armel", "Vosges"]),
    ("Florac et Mende : les urgences fermées après une cyberattaque",
     "Le Groupe hospitalier Causses-Lozère (GHCL), qui réunit les sites de Florac et de Mende, a été frappé jeudi par une "
     "cyberattaque d'envergure." + STOLEN,
     ["Groupe hospitalier Causses-Lozère"], ["Florac", "Mende"]),
    ("Etats-Unis : un réseau de santé du Michigan piraté, 2 millions de patients concernés",
     "(AFP) - Lakeside Community Health, un réseau de cliniques et d'hôpitaux du Michigan, a révélé mercredi avoir été la "
     "cible d'une attaque par rançongiciel." + STOLEN,
     ["Lakeside Community Health"], ["Michigan", "Etats-Unis"]),
    ("Etats-Unis : un hôpital de Pennsylvanie victime d'un rançongiciel",
     "Le Riverside Medical Center, un hôpital de Pennsylvanie, a été victime d'un rançongiciel la semaine dernière." + STOLEN,
     ["Riverside Medical Center"], ["Pennsylvanie"]),
    ("Canada : un hôpital de Colombie-Britannique visé",
     "L'hôpital de Kelwood, en Colombie-Britannique, a été visé par un rançongiciel." + STOLEN,
     ["hôpital de Kelwood"], ["Colombie-Britannique", "Canada"]),
    ("Cyberattaque à l'hôpital de Ferrières",
     "L'hôpital de Ferrières a été victime d'une cyberattaque mardi. Les urgences sont fermées." + STOLEN,
     ["hôpital de Ferrières"], ["Ferrières"]),
    ("Rochemaure : le laboratoire Biolis piraté",
     "Le laboratoire Biolis, à Rochemaure, a été victime d'une cyberattaque lundi." + STOLEN,
     ["Biolis"], ["Rochemaure"]),
    ("Les urgences de Valbonne perturbées par une cyberattaque",
     "L'hôpital de Valbonne a été touché dimanche par une cyberattaque. Les urgences fonctionnent en mode dégradé." + STOLEN,
     ["hôpital de Valbonne"], ["Valbonne"]),
    (None,
     "L'hôpital intercommunal de Rimbaud a été visé par une cyberattaque samedi. Les urgences sont en délestage." + STOLEN,
     ["hôpital intercommunal de Rimbaud"], ["Rimbaud"]),
    (None,
     "Le centre hospitalier général de Vauclair a été victime d'un rançongiciel." + STOLEN,
     ["centre hospitalier général de Vauclair"], ["Vauclair"]),
    (None,
     "La clinique chirurgicale de Montvert a subi une attaque informatique mardi." + STOLEN,
     ["clinique chirurgicale de Montvert"], ["Montvert"]),
    (None,
     "L'hôpital national de Saint-Lary a été la cible d'un rançongiciel." + STOLEN,
     ["hôpital national de Saint-Lary"], ["Saint-Lary"]),
    (None,
     "Des pirates ont visé l'hôpital central de Brenne et dérobé des résultats d'analyses." + STOLEN,
     ["hôpital central de Brenne"], ["Brenne"]),
    (None,
     "En Floride, le Palmview Health System a été victime d'une fuite de données touchant 300 000 patients.",
     ["Palmview Health System"], ["Floride"]),
    ("Texas : 500 000 patients concernés par une fuite",
     "Au Texas, la société Lonestar Care Partners a été victime d'un piratage." + STOLEN,
     ["Lonestar Care Partners"], ["Texas"]),
    # --- brands at a sentence start that the model may read as a person or a place
    (None,
     "Medivista a été victime d'une cyberattaque lundi. Medivista gère les rendez-vous de 200 cabinets." + STOLEN,
     ["Medivista"], []),
    (None,
     "Lundi, Kerlane Santé a confirmé avoir été victime d'un rançongiciel." + STOLEN,
     ["Kerlane Santé"], []),
    (None,
     "Selon la direction, Marvel Health Partners a été victime d'un rançongiciel." + STOLEN,
     ["Marvel Health Partners"], []),
    (None,
     "Des pirates ont visé Kerlane Santé lundi." + STOLEN,
     ["Kerlane Santé"], ["Kerlane Santé lundi"]),
    (None,
     "Les pirates ont chiffré les serveurs de Medivex Santé mardi soir." + STOLEN,
     ["Medivex Santé"], ["Medivex Santé mardi", "Medivex Santé mardi soir"]),
    (None,
     "Orvalis Mutuelle a été visée par une cyberattaque. Les données de 40 000 adhérents ont fuité.",
     ["Orvalis Mutuelle"], []),
    (None,
     "Dalvane, un réseau de centres dentaires, a été piraté en mars." + STOLEN,
     ["Dalvane"], []),
    # --- multiword names the model cuts or splits
    (None,
     "Harmonia Santé Mutuelle a été victime d'une cyberattaque qui a exposé les données de ses adhérents.",
     ["Harmonia Santé Mutuelle"], []),
    ("Etats-Unis : Brookfield Family Health Network piraté",
     "Brookfield Family Health Network, qui gère douze cliniques, a été victime d'un rançongiciel." + STOLEN,
     ["Brookfield Family Health Network"], []),
    (None,
     "L'association Aide et Soins du Littoral a été victime d'une cyberattaque la semaine dernière." + STOLEN,
     ["Aide et Soins du Littoral"], ["Aide"]),
    (None,
     "Le cabinet Morel & Associés a été victime d'un rançongiciel mardi." + STOLEN,
     ["Morel & Associés"], ["Morel"]),
    (None,
     "Le Centre intégré universitaire de santé et de services sociaux de la Côte-Sud (CIUSSS de la Côte-Sud) a été la cible "
     "d'une cyberattaque." + STOLEN,
     # the name at its fullest: the acronym form is only the bracketed alias (victims._fullest)
     ["Centre intégré universitaire de santé et de services sociaux de la Côte-Sud"], ["Côte-Sud"]),
    (None,
     "Le Centre intégré de santé et de services sociaux de Rivière-Blanche a été victime d'un rançongiciel." + STOLEN,
     ["CISSS de Rivière-Blanche"], ["Rivière-Blanche"]),
    (None,
     "Le Centre hospitalier régional de Haute-Lesse (CHRHL), à Marche, a été frappé samedi par un rançongiciel." + STOLEN,
     ["Centre hospitalier régional de Haute-Lesse"], ["Marche"]),
    (None,
     "Le Réseau hospitalier fribourgeois du Sud (RHFS) a été victime d'une cyberattaque. Le RHFS a porté plainte." + STOLEN,
     ["RHFS"], []),
    (None,
     "Sur son blog, le groupe Medusa affirme avoir dérobé des documents au Laboratoire alpin d'analyses médicales. "
     "Le LAAM a confirmé jeudi que les données de 20 000 patients avaient été exfiltrées.",
     ["LAAM"], []),
    (None,
     "Les pirates ont visé la Mutuelle Océane Santé (MOS), basée à Brest, et la Prévoyance des Artisans de Loire." + STOLEN,
     ["Mutuelle Océane Santé", "Prévoyance des Artisans de Loire"], ["Brest"]),
    (None,
     "Une cyberattaque a touché deux mutuelles : la Mutuelle Océane Santé (MOS), basée à Brest, et la Prévoyance des "
     "Artisans de Loire, à Tours." + STOLEN,
     ["Mutuelle Océane Santé", "Prévoyance des Artisans de Loire"], ["Brest", "Tours"]),
    # "et" between two names after "chez" or a plural noun lists two bodies
    (None,
     "Une fuite de données chez Vitamis et Almera a exposé les dossiers de 20 000 assurés.",
     ["Vitamis", "Almera"], ["Vitamis et Almera"]),
    (None,
     "Les mutuelles Prévimut et Santalis ont été piratées la semaine dernière." + STOLEN,
     ["Prévimut", "Santalis"], ["Prévimut et Santalis"]),
    (None,
     "La société Medilor et Cardiam ont été victimes d'une cyberattaque." + STOLEN,
     ["Medilor", "Cardiam"], ["Medilor et Cardiam"]),
    # --- names cut short or run on
    (None,
     "Le laboratoire Biolys Analyses a été piraté dimanche. Le directeur a porté plainte." + STOLEN,
     ["Biolys Analyses"], []),
    (None,
     "La cyberattaque a touché le CHU de Valmont Mardi soir, selon la direction." + STOLEN,
     ["CHU de Valmont"], []),
    (None,
     "Le centre hospitalier de Rochebrune Selon la direction a été visé par un rançongiciel." + STOLEN,
     ["centre hospitalier de Rochebrune"], []),
    (None,
     "La clinique Sainte-Odile de Vernay a été victime d'une cyberattaque." + STOLEN,
     ["clinique Sainte-Odile de Vernay"], []),
    (None,
     "La Mutuelle Générale des Artisans a été visée par des pirates." + STOLEN,
     ["Mutuelle Générale des Artisans"], []),
    (None,
     "La Clinique de l'Anjou et du Maine a été visée par des pirates." + STOLEN,
     ["Clinique de l'Anjou et du Maine"], ["clinique de Maine"]),
    (None,
     "Mardi, la Mutuelle Bretonne des Pêcheurs a adressé par erreur un fichier de ses adhérents à d'autres adhérents. "
     "La MBP a présenté ses excuses. La mutuelle a notifié la violation de données à la CNIL.",
     ["Mutuelle Bretonne des Pêcheurs"], []),
    (None,
     "Une fuite de données de santé a frappé la clinique des Tilleuls. Les pirates ont visé la plateforme Santéo Dimanche "
     "et dérobé les dossiers de 3 000 patients.",
     ["clinique des Tilleuls", "Santéo"], ["Santéo Dimanche"]),
    # --- neighbours that must not change
    (None,
     "L'hôpital de Brévac et celui de Sorlin ont été visés par une cyberattaque." + STOLEN,
     ["hôpital de Brévac", "hôpital de Sorlin"], []),
    (None,
     "Selon le ministère de la Santé, le CHU de Caen a été frappé par une cyberattaque." + STOLEN,
     ["CHU de Caen"], ["Caen"]),
    (None,
     "Le centre hospitalier de Dax a été victime d'un rançongiciel ; les patients ont été transférés à Bayonne." + STOLEN,
     ["centre hospitalier de Dax"], ["Bayonne", "Dax"]),
    ("Australie : un assureur santé piraté",
     "En Australie, l'assureur santé Coralis a été victime d'une cyberattaque." + STOLEN,
     ["Coralis"], ["Australie"]),
    (None,
     "Les hôpitaux de Tarvel et de Sorbier ont été visés par une cyberattaque." + STOLEN,
     ["hôpital de Tarvel", "hôpital de Sorbier"], ["Tarvel", "Sorbier"]),
    (None,
     "L'ARS Occitanie a confirmé que la clinique des Oliviers avait été visée par une cyberattaque." + STOLEN,
     ["clinique des Oliviers"], ["Occitanie"]),
]


def _problems(extractor, headline, body, expected, never):
    found = [str(f.value) for f in extractor.extract(body, title=headline).victims]
    missing = [e for e in expected if not any(SAME_ORG(f, e) for f in found)]
    extra = [f for f in found if not any(SAME_ORG(f, e) for e in expected)]
    placed = [f for f in found if fold(f) in {fold(n) for n in never}]
    return found, missing, extra, placed


@pytest.mark.parametrize("headline, body, expected, never", CASES)
def test_names12_probe(extractor, headline, body, expected, never):
    found, missing, extra, placed = _problems(extractor, headline, body, expected, never)
    assert not (missing or extra or placed), f"found {found}: missing {missing}, extra {extra}, never {placed}"


if __name__ == "__main__":  # a quick run: python -m tests.extract.test_names12_probes
    from healthbreach.extract.extractor import Extractor

    ex = Extractor()
    failed = 0
    for i, case in enumerate(CASES):
        found, missing, extra, placed = _problems(ex, *case)
        if missing or extra or placed:
            failed += 1
            print(f"FAIL {i:2} {case[1][:70]!r}\n      found {found} missing {missing} extra {extra} never {placed}")
    print(f"{failed}/{len(CASES)} failing")
