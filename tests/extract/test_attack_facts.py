"""How a breach happened, who is behind it, whether care was disrupted: the three modules on short cases.

The cases are written for the project (no article sentence); they run on the
blank pipeline, so they need no model.
"""

from __future__ import annotations

import pytest

from healthbreach.extract import actors, attacks, care


def types(blank, text: str) -> list[str]:
    return [f.value for f in attacks.find_attack_types(blank(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("La clinique a été frappée par un rançongiciel. Les pirates réclament une rançon.", ["ransomware"]),
    ("Les serveurs de l'hôpital ont été chiffrés et les données de 3 000 patients ont été dérobées.",
     ["ransomware", "exfiltration"]),
    ("Un serveur mal configuré laissait les dossiers des patients en libre accès sur Internet.", ["exposure"]),
    ("Des personnes non autorisées ont pu se connecter à des comptes de médecins sur le portail.", ["unauthorized_access"]),
    ("Les pirates sont entrés par un courriel d'hameçonnage reçu par une secrétaire.", ["phishing"]),
    ("Le site de l'hôpital a subi une attaque par déni de service revendiquée par des hacktivistes.", ["ddos"]),
    ("Le vol d'un ordinateur portable contenant des dossiers de patients a été signalé à la CNIL.", ["theft_loss"]),
])
def test_each_attack_type(blank, text, expected):
    assert types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # negated, supposed or about other attacks
    ("L'hôpital a été victime d'une cyberattaque. Aucune demande de rançon n'a été reçue.", []),
    ("Une cyberattaque a visé la clinique. Les patients sont mis en garde contre le risque accru d'hameçonnage.", []),
    ("La mutuelle a subi une intrusion. Les données volées pourraient servir à des campagnes de phishing.",
     ["exfiltration"]),
    ("Plusieurs hôpitaux ont été touchés par un rançongiciel cette année. La clinique a subi une fuite de données.",
     []),
    # a leak alone says how only when an attack is named and nothing else is
    ("Une cyberattaque a entraîné une fuite de données au laboratoire.", ["exfiltration"]),
    ("Une fuite de données a touché le laboratoire.", []),
    ("Une cyberattaque a visé le laboratoire : les pirates ont eu un accès non autorisé à des comptes. "
     "Une fuite de données est à craindre.", ["unauthorized_access"]),
])
def test_attack_types_read_in_context(blank, text, expected):
    assert types(blank, text) == expected


def test_attack_evidence_is_a_span_of_the_text(blank):
    text = "Le centre hospitalier a été visé. Tous ses serveurs ont été chiffrés dans la nuit."
    [fact] = attacks.find_attack_types(blank(text))
    assert fact.field == "attack_type" and fact.rule == "attack.encryption"
    assert text[fact.start:fact.end].startswith("serveurs") and fact.sentence.startswith("Tous ses serveurs")


def actor(blank, text: str, victims=()) -> str | None:
    fact = actors.find_threat_actor(blank(text), victims)
    return fact.value if fact else None


@pytest.mark.parametrize(("text", "expected"), [
    ("L'attaque a été revendiquée par le groupe Lockbit 3.0 sur son site.", "LockBit"),
    ("Les pirates du groupe LockBit Black menacent de publier les fichiers.", "LockBit"),
    ("Le groupe de hackers Zorbatec a revendiqué l'attaque de la clinique.", "Zorbatec"),
    ("Le vendeur, un pirate se faisant appeler « Mirlo », réclame 3 000 dollars.", "Mirlo"),
    ("Un hacker du nom de zx_fantome a mis en vente la base.", "zx_fantome"),
    ("Rhysida a revendiqué l'attaque de l'hôpital.", "Rhysida"),
    ("Le malware « Ryuk » a été détecté sur le réseau de l'hôpital.", "Ryuk"),
    # a malware name yields to a group
    ("Le rançongiciel « Ryuk » a chiffré les serveurs. L'attaque a été revendiquée par le groupe Kraspar.", "Kraspar"),
    # no name, a background group, an everyday word, the victim itself
    ("Un groupe de pirates informatiques a revendiqué l'attaque.", None),
    ("Le secteur est une cible, à l'instar de Lapsus$ l'an passé.", None),
    ("La clinique a lancé un programme Play pour ses patients.", None),
    ("L'attaque du ransomware Medicalia a touché des millions de patients.", None),
])
def test_threat_actor(blank, text, expected):
    assert actor(blank, text) == expected


def test_a_victim_is_never_the_actor(blank):
    assert actor(blank, "L'attaque a été revendiquée par Clinova.", victims=["Clinova"]) is None
    assert actor(blank, "L'attaque a été revendiquée par Clinova.") == "Clinova"


@pytest.mark.parametrize(("name", "canonical"), [
    ("LockBit 3.0", "LockBit"), ("Lockbit", "LockBit"), ("le groupe LockBit", "LockBit"), ("lockbit black", "LockBit"),
    ("ALPHV", "ALPHV/BlackCat"), ("le gang BlackCat", "ALPHV/BlackCat"), ("Cl0p", "Clop"), ("Vice Society", "Vice Society"), ("le groupe Zorbatec", "Zorbatec"),
])
def test_names_are_normalised(name, canonical):
    assert actors.normalise(name) == canonical


def test_is_threat_actor():
    assert actors.is_threat_actor("Lockbit 3.0") and actors.is_threat_actor("le groupe Vice Society")
    assert not actors.is_threat_actor("CHU de Rennes") and not actors.is_threat_actor("Doctolib")
    assert "lockbit 3.0" in actors.aliases()["LockBit"]


def disrupted(blank, text: str) -> bool | None:
    fact = care.find_care_disrupted(blank(text))
    return None if fact is None else fact.value == "true"


@pytest.mark.parametrize(("text", "expected"), [
    ("L'hôpital fonctionne en mode dégradé depuis lundi.", True),
    ("Les opérations programmées ont été reportées et les urgences délestées vers le CHU.", True),
    ("Les soignants sont revenus au papier pour les prescriptions.", True),
    ("La direction a coupé l'accès à internet de tout l'établissement.", True),
    # SCHEMA.md: "aucun impact sur la prise en charge" alone is false ...
    ("La cyberattaque n'a eu aucun impact sur la prise en charge des patients.", False),
    ("Les soins n'ont pas été interrompus.", False),
    # ... and with systems cut off or staff on paper it is still true
    ("Les réseaux ont été coupés. La cyberattaque n'a eu aucun impact sur la prise en charge des patients.", True),
    ("Il n'y a aucun impact sur les soins, mais le personnel travaille sur papier et au stylo.", True),
    # not said or hypothetical disruption
    ("Des données de patients ont été volées.", None),
    # a disruption denied outright says operations go on (care.py): false
    ("Aucune déprogrammation n'est envisagée.", False),
    ("En cas de cyberattaque, l'hôpital passerait en mode dégradé.", None),
])
def test_care_disrupted(blank, text, expected):
    assert disrupted(blank, text) is expected
