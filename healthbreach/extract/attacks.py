"""How the breach happened: the attack-type codes of gold/SCHEMA.md.

Each rule of data/rules/attacks.json gives the code named by its label
("ransomware", "exfiltration", ...) where its words are stated of this
incident (polarity.py: not under "aucune", not a risk such as "risque de
hameçonnage", not a background clause about other attacks). Several codes may
hold. "Une fuite de données" alone says data left, not how: it gives
`exfiltration` only in an article that also names an attack (cyberattaque,
pirates) and states no other way in (a server left open, a fraudulent login
to an account leak data too). Beside a stolen or lost device, "chiffré" speaks of the
device's protection ("le disque n'était pas chiffré", "le chiffrement des postes"): encryption
alone then gives no `ransomware`, and "volés" speaks of the device ("des portables contenant des dossiers de
patients ont été volés"): in an article that names no attack, it then gives no `exfiltration`. A ransomware group's name alone does not say
how the breach happened (SCHEMA.md): it gives no code.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.extract import polarity
from healthbreach.extract.evidence import Fact
from healthbreach.extract.rules import RuleSet

CODES = ("ransomware", "exfiltration", "exposure", "unauthorized_access", "phishing", "ddos", "theft_loss")
WEAK = {"exfiltration_weak": "exfiltration"}
CONTEXT = "attack_context"
ENCRYPTION = "attack.encryption"
STOLEN = {"attack.exfil_stolen", "attack.exfil_stolen_data", "attack.exfil_stolen_named"}  # "données volées": a theft's words too


@lru_cache(maxsize=1)
def _rules() -> RuleSet:
    return RuleSet.load("rules/attacks.json")


def find_attack_types(doc: Doc) -> list[Fact]:
    """One fact per attack-type code, with its first stated supporting words."""
    strong: dict[str, Fact] = {}
    weak: dict[str, Fact] = {}
    attack_named = False
    said: dict[str, set[str]] = {}  # the rules that gave each code
    for seg, found in polarity.stated_in_body(doc, _rules()):
        for m in found:
            label = m.rule.label
            if label == CONTEXT:
                attack_named = True
                continue
            code = WEAK.get(label, label)
            if code not in CODES:
                continue
            into = weak if label in WEAK else strong
            said.setdefault(code, set()).add(m.rule.id)
            if code not in into:
                into[code] = Fact("attack_type", code, seg.text, seg.start + m.start, seg.start + m.end, m.rule.id)
    if attack_named and not strong:
        for code, fact in weak.items():
            strong.setdefault(code, fact)
    if "theft_loss" in strong and "ransomware" in strong and said["ransomware"] == {ENCRYPTION}:
        del strong["ransomware"]
    if "theft_loss" in strong and "exfiltration" in strong and not attack_named and said["exfiltration"] <= STOLEN:
        del strong["exfiltration"]
    return sorted(strong.values(), key=lambda f: CODES.index(f.value))
