"""The head nouns a sentence may open on alone to name a body already named (victims._anaphor) are read
from data/orgs.json, the one place head nouns are declared."""

from healthbreach.extract.nlp import org_data
from healthbreach.extract.victims import _anaphor


def test_anaphor_heads_are_heads_or_declared_beside_them():
    data = org_data()
    extras = [h for h in data["anaphor_heads"] if h not in data["heads"]]
    assert set(extras) == {"officine", "caisse", "cabinet"}  # no head of a name: said in "_anaphor_heads"
    assert not set(data["anaphor_any"]) & set(data["anaphor_heads"])


def test_a_sentence_opening_on_a_head_alone():
    rx = _anaphor()
    for text, noun in (("L'hôpital universitaire avait été visé.", "hôpital"), ("Le CHU a porté plainte.", "CHU"),
                       ("L'EHPAD, lui, n'a rien perdu.", "EHPAD"), ("L'Ehpad a prévenu les familles.", "Ehpad"),
                       ("La structure a déposé plainte.", "structure"), ("L'officine a été cambriolée.", "officine"),
                       ("Le centre de santé reste fermé.", "centre de santé")):
        found = rx.match(text)
        assert found and found.group(1) == noun, text
    for text in ("La clinique de Vannes a été visée.", "La Clinique Pasteur a été visée.", "Le chu a été visé.",
                 "L'institut a été visé.", "La maternité reste ouverte."):
        assert not rx.match(text), text
