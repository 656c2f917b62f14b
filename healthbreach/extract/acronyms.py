"""Acronyms and the names their capitals spell: "Réseau hospitalier neuchâtelois (RHNe)", "le RHNe (Réseau ...)",
"le Laboratoire breton d'analyses médicales ... le LBAM"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.nlp import org_data
from healthbreach.extract.textspans import doc_text
from healthbreach.extract.namewords import _name_words, written_alone, opens_on_head, key_of, _STOP_WORDS, generic_words, _never_victim, _alias_keys
from healthbreach.extract.mentionspan import Mention, make_mention


def _long_head(written: str, short: str) -> int:
    """The length of the head whose initials spell `short` that starts `written` ("caisse primaire d'assurance
    maladie" for CPAM; not "groupement hospitalier" for GHT), 0 when it starts otherwise."""
    folded = fold(written)
    spelt = lambda h: initials_of(_content_words(h)) == short.lower()  # noqa: E731
    for head in sorted((fold(h) for h, s in org_data()["heads"].items() if s == short and spelt(fold(h))), key=len, reverse=True):
        if folded.startswith(head) and folded[len(head) : len(head) + 1] in {" ", ""}:
            return len(head)
    return 0


# "(SRTS VD)": an acronym and a canton's or a region's code after it
_ACRONYM = re.compile(r"\(\s*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9&.-]{1,11})(?:\s+[A-Z]{2})?\s*\)")


# A people's adjective the acronym may leave out: "Service régional vaudois de transfusion sanguine (SRTS VD)"
_LEFT_OUT_ADJ = re.compile(r"[a-zà-ÿœ]{3,}(?:ois|oise|ais|aise|ien|ienne)")


def _acronym_letters(acronym: str) -> list[str]:
    """The letters an acronym spells: its capitals and digits, lower-cased ("RHNe" -> r, h, n)."""
    return [c.lower() for c in acronym if c.isupper() or c.isdigit()]


def initials_of(words: list[str], stop: frozenset[str] | set[str] = _STOP_WORDS) -> str:
    """The initials of a folded name's words less its function words (`stop`, the one list by default):
    "centre hospitalier de x" -> "chx"."""
    return "".join(w[0] for w in words if w not in stop)


def _content_words(folded: str) -> list[str]:
    """A folded name's words less its function words, split at spaces, apostrophes and hyphens: the words
    whose initials spell its acronym ("centre d'imagerie medicale du lauragais" -> centre, imagerie, ...)."""
    return [w for w in re.split(r"[\s'’-]+", folded) if w and w not in _STOP_WORDS]


THINGS_KEY = "healthbreach_things"  # doc.user_data: the acronyms the text spells out as things (collect_mentions)


def not_a_body(name: str) -> bool:
    """"dossier patient informatisé (DPI)", "logiciel de gestion d'officine (LGO)": words before (or after) an acronym
    written all in lower case, opening on no head noun of data/orgs.json, spell out a thing (a record, a software, a
    procedure), not a body ("caisse primaire d'assurance maladie (CPAM)", "centre hospitalier intercommunal ... (CHI...)"
    open on a head)."""
    return name == name.lower() and not opens_on_head(name)


def _expansion_mentions(doc: Doc, things: set[str] | None = None) -> list[Mention]:
    """'le Centre hospitalier universitaire vaudois (CHUV)', 'du Centre intégré de santé et de
    services sociaux de la Montérégie-Centre (CISSSMC)': the words before a bracketed acronym
    whose initials spell it are one name, however they are cased. The mention's key is the
    acronym's, so that the acronym written alone later is the same organisation."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in _ACRONYM.finditer(text):
        letters = _acronym_letters(m.group(1))
        if len(letters) < 2 or len(letters) > 10:
            continue
        before = doc.char_span(0, m.start(), alignment_mode="contract")
        if before is None or not len(before):
            continue
        sent_start = before[-1].sent.start
        need = list(letters)
        first = None
        joined = False
        for token in reversed(doc[sent_start : before.end]):
            if token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_:
                joined = True
                continue  # "Loire-Océan" the tokenizer split at its hyphen: one word of the name
            words = [w for w in re.split(r"[-–'’]", fold(token.text)) if w]
            if not words or token.is_punct and token.text not in "-–":
                break
            content = [w for w in words if w not in _STOP_WORDS]
            if not content:
                if first is not None and not need:
                    break
                continue
            initials = list(initials_of(content))
            if need[-len(initials):] != initials:
                if first is not None and len(content) == 1 and _LEFT_OUT_ADJ.fullmatch(token.text):
                    continue
                break
            need = need[: -len(initials)]
            first = token
            if not need:
                break
        if need or first is None:
            continue
        start, end = first.idx, m.start()
        name = text[start:end].rstrip()
        if not_a_body(name):
            if things is not None:
                things.add(m.group(1))
            continue
        if len(name.split()) < 2 or fold(name) in generic_words() or (joined and key_of(name) in _alias_keys()):
            # "Assistance publique-Hôpitaux de Paris (AP-HP)": an alias of data/orgs.json read across a split hyphen keeps
            # its canonical form, as it did before such hyphens were read (names11)
            continue
        mention = make_mention(doc, start, start + len(name), " ".join(name.split()), key_of(m.group(1)), "name")
        mention.expansion = True
        out.append(mention)
    return out


# "le RHNe (Réseau hospitalier neuchâtelois)", "Le CIML, Centre d'imagerie médicale du Lauragais, ...":
# an acronym and, in brackets or between commas right after it, the name its capitals spell
_ACRONYM_THEN_NAME = re.compile(r"(?<![\w-])([A-ZÀ-Þ][A-Za-z0-9&]{1,9})\s*(?:\(\s*|,\s+)([A-ZÀ-Þ][^()\n,;.:«»]{3,100}?)\s*(?:\)|,)")


def _spelled_after_mentions(doc: Doc, things: set[str] | None = None) -> list[Mention]:
    """The name spelt out right after its acronym; like _expansion_mentions, keyed by the acronym."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in _ACRONYM_THEN_NAME.finditer(text):
        letters = _acronym_letters(m.group(1))
        words = _content_words(fold(m.group(2)))
        if len(letters) < 2 or len(words) < 2 or initials_of(words) != "".join(letters) or fold(m.group(2)) in generic_words():
            continue
        if not_a_body(m.group(2)):
            if things is not None:
                things.add(m.group(1))
            continue
        mention = make_mention(doc, m.start(2), m.end(2), " ".join(m.group(2).split()), key_of(m.group(1)), "name")
        mention.expansion = True
        out.append(mention)
    return out


_ACRONYM_ALONE = re.compile(r"(?<![\w'’&-])([A-ZÀ-Þ]{3,8})(?![\w'’&-])")


_WORD_RUN = re.compile(r"[\w'’-]+")


def _spelled_apart_mentions(doc: Doc) -> list[Mention]:
    """'le Laboratoire breton d'analyses médicales' and, elsewhere in the article, 'le LBAM': a name starting with a
    capital whose words' initials spell an acronym the text writes alone (never a head's own short form, "CHU") is that
    acronym's name, as a bracketed expansion is (same key)."""
    text = doc_text(doc)
    generic = generic_words()
    acronyms = {a for a in _ACRONYM_ALONE.findall(text) if fold(a) not in generic and not _never_victim(a)}
    out: list[Mention] = []
    for acronym in sorted(acronyms):
        letters = _acronym_letters(acronym)
        for start in re.finditer(r"(?<![\w'’-])[" + re.escape(acronym[0]) + r"][a-zà-ÿœ][\w'’-]*", text):
            need, at, end = list(letters), start.start(), start.start()
            while need and (word := _WORD_RUN.match(text, at)):
                content = _content_words(fold(word.group(0)))
                initials = list(initials_of(content))
                if initials and need[: len(initials)] != initials:
                    break
                need = need[len(initials) :]
                end = word.end()
                gap = re.match(r"[^\S\n]+", text[end:])
                if not gap:
                    break
                at = end + gap.end()
            name = text[start.start() : end]
            if need or len(name.split()) < 2 or fold(name) in generic or _content_words(fold(name.split()[-1])) == []:
                continue
            mention = make_mention(doc, start.start(), end, " ".join(name.split()), key_of(acronym), "name")
            mention.expansion = True
            out.append(mention)
    return out


# "(NHLS)" right after a name: a foreign body's acronym, all capitals
_FOREIGN_ACRONYM = re.compile(r"\s*\(\s*([A-Z]{3,8})\s*\)")


def _subsequence(letters: str, words: list[str]) -> bool:
    """The letters appear, in order, among the words' initials ("chrhs" in "centre hospitalier regional haute senne")."""
    it = iter(w[0] for w in words)
    return all(c in it for c in letters)


def translated_names(doc: Doc, mentions: list[Mention]) -> None:
    """"le Service national des laboratoires de santé (NHLS)": a name the press translates, then the body's own acronym
    in brackets whose letters its initials never spell, in order, and that the text writes again alone ("le NHLS
    assure ..."): the body is named by that acronym, its own name (the translation only describes it). Only a care
    body's name: one of its words a head noun or a word of data/orgs.json "name_words"."""
    text = doc_text(doc)
    for mention in mentions:
        if mention.kind != "name" or mention.expansion or not (m := _FOREIGN_ACRONYM.match(text, mention.end)):
            continue
        acronym = m.group(1)
        words = _content_words(fold(mention.canonical))
        if len(words) < 2 or _subsequence(acronym.lower(), words) or _never_victim(acronym):
            continue
        # a care body's name ("laboratoires", "santé"), not an authority's ("Office fédéral de la sécurité ... (BSI)")
        if not any(w in _name_words() or opens_on_head(w) for w in words):
            continue
        if any(at != m.start(1) for at in written_alone(text, acronym, before="'’-")):
            mention.canonical = acronym

