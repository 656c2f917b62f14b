"""What role a mention's sentence gives it: victim, vendor, attacker, or a weak subject.

A mention's role is read from its sentence: the dependency rules of
data/rules/victims.json when the extractor parsed that sentence
(nlp.parsed_sentence), and the regex rules of data/rules/roles.json, written
over accent-folded text and read beside the mention (RuleSet.beside).
title_victims reads a headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from healthbreach.textfold import fold
from healthbreach.extract.mentions import AT_PLACE, Mention, capitalised_mentions, collect_mentions, generic_words, is_not_org, is_place_name, key_of, opens_on_head, overlaps
from healthbreach.extract.nlp import org_data, parsed_token
from healthbreach.extract.rules import Rule, RuleSet
from healthbreach.extract.textspans import doc_text

# ---------------------------------------------------------------- role rules
# data/rules/roles.json: rules read beside a mention over folded text (RuleSet.beside),
# their shared fragments, and the breach words of a sentence (role.breach_word: the one breach
# vocabulary, data/relevance.json, which the relevance judgement reads too).
ROLE_RULES = "rules/roles.json"
ROLES = ("victim", "attacker", "owner", "vendor", "bystander")
# A victim rule does not count under a negator in its words (the one negation vocabulary;
# "sans mot de passe" is how data get exposed, not a denial).
_NEG = RuleSet.load("rules/negation.json").regex("negation.word")
# The mention opens its sentence: a few words at most before it ("Selon l'", "Au", "Le").
_OPENS_SENTENCE = re.compile(r"^\s*(?:[\w-]+\s+|[\w-]*')?(?:[\w-]+\s+|[\w-]*')?$")
# The subject of a breach sentence (role.breach_subject), when no rule names a role: a few words in.
_SUBJECT_BEFORE = re.compile(r"^\s*(?:[\w'-]+\s+){0,5}$")
# "Biolys Ouest : 30 000 dossiers exposés": the capitalised run before a headline's colon.
_HEADLINE_NAME = re.compile(r"^\s*((?:[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*)(?:[ -](?:(?:des|de|du|d')\s*)?[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*){0,3})\s*:")
# "Docalia victime d'un piratage", "Biolabo visé par un rançongiciel": the capitalised run a headline opens on, as the
# subject of a breach predicate (the headline's first word, which capitalised_mentions leaves out).
_HEADLINE_SUBJECT = re.compile(r"^\s*((?:[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*)(?:[ -](?:(?:des|de|du|d')\s*)?[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*){0,3})\s+"
                               r"(?:a été |ont été |est |sont |serait |aurait été )?(?:à son tour |aussi |également |encore )?"
                               r"(?:victimes?\s+d|(?:visé|touché|ciblé|frappé|paralysé|piraté|attaqué|rançonné|hacké|infiltré)e?s?(?![\w-])|compromise?s?(?![\w-]))")


def _role_rules() -> RuleSet:
    return RuleSet.load(ROLE_RULES)


@lru_cache(maxsize=1)
def _beside_rules() -> list[Rule]:
    """The rules that give a role, in the file's order."""
    return [r for r in _role_rules().rules if r.reads and r.label in ROLES]


BREACH_RE = _role_rules().regex("role.breach_word")
EXPOSED_RE = _role_rules().regex("role.exposed_word")

# The one background vocabulary (data/rules/background.json), read over a mention's sentence:
# a sentence retelling other incidents ("Pour rappel, ...", "ont ainsi paralysé ...", "l'an dernier")
# is background, and a victim named only there is not the article's incident; of those, the words
# that say outright that another incident is retold (a year alone does not); and a story about many
# breaches, whose groups ("des établissements de santé") are no victims.
_BACKGROUND_RULES = RuleSet.load("rules/background.json")


def _any_of(*labels: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r.pattern})" for r in _BACKGROUND_RULES.rules if r.label in labels))


BACKGROUND = _any_of("background", "retold", "trend", "earlier", "recall")
RETOLD = _any_of("retold", "trend", "recall")
RECALL = _any_of("recall")
TREND = _any_of("trend")
# "En 2021, l'hôpital de X avait déjà été frappé": an earlier incident told in the pluperfect after a past year, over a
# sentence's folded text (the one vocabulary of polarity.json; victims.py reads it as background even in the lead)
RECALLED = RuleSet.load("rules/polarity.json").regex("polarity.recalled")



# ---------------------------------------------------------------- roles from the parse

DEP_RULES = "rules/victims.json"
_POSSESSIVES = {"ses", "son", "sa", "leurs", "leur"}
_SHARING = {"conj", "appos", "flat:name"}  # a member of a list or an apposition shares its anchor's role


@lru_cache(maxsize=1)
def _cue_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in org_data()["name_cues"] if " " not in w)


def _negated(tokens: list[Token]) -> bool:
    """'n'a pas été touché', 'ne pas avoir été victime': a negator on the predicate or its verb
    (a word of the one negation vocabulary, negation.word)."""
    for token in tokens:
        for t in (token, token.head):
            if any(_NEG.fullmatch(fold(c.lower_)) for c in t.children):
                return True
    return False


def _targets(doc: Doc, sent_start: int, sent_doc: Doc) -> dict[int, list[tuple[str, str, float, Token]]]:
    """Article token index -> (rule, role, weight, anchor) of every dependency rule whose 'target'
    stands there; the anchor is the rule's first other node (the verb or noun giving the role)."""
    cache = doc.user_data.setdefault("healthbreach_dep_targets", {})
    if sent_start not in cache:
        found: dict[int, list[tuple[str, str, float, Token]]] = {}
        for match in RuleSet.load(DEP_RULES).find(sent_doc):
            ids = [node["RIGHT_ID"] for node in match.rule.pattern]
            others = [sent_doc[i] for n, i in zip(ids, match.tokens) if n != "target"]
            if match.rule.label == "victim" and _negated(others):
                continue
            target = match.tokens[ids.index("target")]
            # "X a confirmé que trois de ses sites avaient été victimes": the complement's own subject was hit, not X
            if match.rule.label == "victim" and "pred" in ids and sent_doc[match.tokens[ids.index("pred")]].dep_ == "ccomp" and any(
                    c.dep_.startswith("nsubj") and c.i != target for c in sent_doc[match.tokens[ids.index("pred")]].children):
                continue
            found.setdefault(sent_start + target, []).append((f"dep:{match.rule.id}", match.rule.label, match.rule.weight, others[0]))
        cache[sent_start] = found
    return cache[sent_start]


def dep_roles(mention: Mention, doc: Doc, mentions: list[Mention]) -> list[tuple[str, str, float]] | None:
    """The roles the parse gives `mention`, None when its sentence was not parsed.

    The mention's heads (its tokens whose head lies outside it) are looked up
    among the rules' targets; a conjunct or an apposition takes the role of
    what it hangs on, and when that is inside another mention, of that
    mention ("la clinique X et le laboratoire Y"). A name hanging as a "de"
    complement on another organisation ("l'hôpital X du centre hospitalier Y")
    is its owner, not the breached site; one introduced by a possessive ("une
    attaque visant ses laboratoires X") is a part of the subject's victim.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = parsed_token(doc, span.start)
    if first is None:
        return None
    sent_start = span.start - first.i
    sent_doc = first.doc
    targets = _targets(doc, sent_start, sent_doc)
    # "20 Go de dossiers appartenant à X": a word naming no organisation (data/orgs.json not_orgs) owns nothing
    others = [m for m in mentions if m is not mention and mention.sent.start_char <= m.start < mention.sent.end_char
              and not is_not_org(m.canonical)]
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in others]

    def heads(start: int, end: int) -> list[Token]:
        return [t for t in sent_doc[start - sent_start : end - sent_start] if not (start - sent_start <= t.head.i < end - sent_start) or t.head.i == t.i]

    def owner_of(i: int) -> Span | None:
        return next((sp for sp in spans if sp is not None and sp.start <= i < sp.end), None)

    found: list[tuple[str, str, float]] = []
    frontier, seen = heads(span.start, span.end), set()
    # "au groupe Ramsay", "la société Medilab": the cue noun before the name carries its role in the parse.
    cues = _cue_nouns()
    frontier += [t.head for t in frontier if t.head.i == span.start - sent_start - 1 and t.head.lower_ in cues]
    named = [sp for sp, m in zip(spans, others) if m.kind != "group"]
    own_heads = heads(span.start, span.end)
    for t in own_heads:
        # "l'hôpital X du CH Y": Y owns X; "des pharmacies comme la pharmacie X": a group owns no one
        governor = next((sp for sp in named if sp is not None and sp.start <= sent_start + t.head.i < sp.end), None)
        # "la clinique des Mûriers et la clinique du Roc", its "Roc" parsed under "Mûriers": a conjunct of the other
        # mention (another of its heads a "conj" there) is coordinated with it, not a part of it
        coordinated = governor is not None and any(
            h.dep_ == "conj" and governor.start <= sent_start + h.head.i < governor.end for h in own_heads)
        if t.dep_ == "nmod" and governor is not None and not coordinated and any(c.dep_ == "case" for c in t.children):
            return [("dep:part_of_other", "owner", 2)]
    def org_at(t: Token) -> bool:
        return owner_of(sent_start + t.i) is not None

    possessed = False
    for _ in range(4):
        possessed |= any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for t in frontier for c in t.children)
        for t in frontier:
            for name, role, weight, anchor in targets.get(sent_start + t.i, []):
                # "un serveur appartenant à X" makes X no owner: what is owned must be an organisation.
                if role == "owner" and not (org_at(anchor.head) or any(c.dep_.startswith("nsubj") and org_at(c) for c in anchor.children)):
                    continue
                found.append((name, role, weight))
        if found:
            break
        nxt = []
        for t in frontier:
            if t.i in seen or t.dep_ not in _SHARING or t.head.i == t.i:
                continue
            seen.add(t.i)
            other = owner_of(sent_start + t.head.i)
            nxt.extend(heads(other.start, other.end) if other is not None else [t.head])
        if not nxt:
            break
        frontier = nxt
    if possessed:
        found = [(n, "part" if r == "victim" else r, w) for n, r, w in found]
    return found


# "Selon l'ARS X, ...", "D'après la CPAM Y, ...": the mention is the source of what the sentence says (folded text, up
# to the mention's start); the parse may hang it on the predicate, yet it is not the one hit
SOURCE_BEFORE = re.compile(r"(?<![\w'-])(?:selon|d'apres|a\s+en\s+croire)\s+(?:l'\s*|le\s+|la\s+|les\s+)?$")


def judge_roles(mention: Mention, doc: Doc, folded: str, mentions: list[Mention] | None = None) -> list[tuple[str, str, float]]:
    """Every role a mention's sentence gives it: the parse's (when parsed), then the regex table's.

    Where the parse says the mention is an owner or a part of another
    organisation, the regex rules' victim roles (read from the words around it)
    do not count; where a rule says it was told of the breach or took in the
    patients ("bystander", returned), no victim role counts."""
    parsed = dep_roles(mention, doc, mentions or []) if mentions is not None else None
    if parsed and SOURCE_BEFORE.search(folded, mention.sent.start_char, mention.start):
        parsed = [r for r in parsed if r[1] != "victim"]
    found = _regex_roles(mention, folded)
    if parsed and any(r in {"owner", "part"} for _, r, _ in parsed):
        found = [f for f in found if f[1] != "victim"]
    if any(r == "bystander" for _, r, _ in found):
        # "L'hôpital a signalé l'incident à l'ARS", "les patients redirigés vers le CHU de X": the one told
        # of the breach or taking in its patients, not the one it hit
        return [f for f in (parsed or []) + found if f[1] != "victim"]
    return (parsed or []) + found


@lru_cache(maxsize=1)
def _cue_complements() -> re.Pattern[str]:
    """A service's cue noun and the complements that describe it, right before a name ("la plateforme française de prise de
    rendez-vous médicaux X"): group 1 is the cue noun. No determiner among them ("le site de la clinique X" names
    the clinic's site)."""
    cues = sorted({fold(c) for c in org_data()["name_cues"] if c.lower() != "chez"}, key=len, reverse=True)
    services = [c for c in cues if c in _SERVICE_CUES]
    # no determiner, and no cue noun of its own ("le site du groupement X": the groupement's site)
    word = r"(?!(?:la|le|les|l|un|une|des|du|au|aux|et|ou|a|" + "|".join(re.escape(c) for c in cues) + r")s?\b)[a-z-]+"
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in services) + r")s?(?:\s+(?:(?:de|d'|du|des)\s*)?" + word + r"){1,5}\s+$")


# The cue nouns of a service or a product named after its description ("l'application de suivi de grossesse X"); a
# company's description ("la société de cybersécurité X") often names one that only looked into the breach.
_SERVICE_CUES = {"plateforme", "application", "site", "service", "solution", "outil", "logiciel"}


# The name's own verb denied right after it ("X n'a pas été touché", "X ne serait pas concerné"), over folded text
_DENIED_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:n'|ne\s+)(?:\w+\s+){1,2}?(?:pas|aucunement|nullement|jamais)\b")


def _regex_roles(mention: Mention, folded: str) -> list[tuple[str, str, float]]:
    sent = mention.sent
    before = folded[sent.start_char : mention.ctx_start]
    # The victim rules read "la plateforme X" in "une base de la plateforme [française de prise de rendez-vous] X"
    # (the vendor rules read the complements themselves: "le logiciel de gestion de cabinet X" names a product).
    cue = _cue_complements().search(before[-120:]) if mention.kind != "health" else None
    victim_before = before[: len(before) - len(before[-120:]) + cue.end(1)] + " " if cue else before
    after = folded[mention.ctx_end : sent.end_char]
    if _role_rules().beside(_role_rules().rule("role.relative_open"), before, after) and re.match(r"\s*,(?!\s*(?:dont|qui)\b)", after):
        after = ""  # (", dont ses serveurs ...": a relative clause of its own)
    has_breach = bool(BREACH_RE.search(folded, sent.start_char, sent.end_char))
    # A breach word in the sentence before or after does for the rules that read data or systems
    # ("Les données de 20 patients du centre X sont arrivées chez un autre client. Ce type de fuite ...").
    near_breach = has_breach or bool(BREACH_RE.search(folded, max(0, sent.start_char - 250), min(len(folded), sent.end_char + 250)))
    found = []
    rules = _role_rules()
    for rule in _beside_rules():
        name, role, weight = rule.id.split(".", 1)[1], rule.label, rule.weight
        if rule.extra.get("needs_breach") and not (has_breach or (rule.extra.get("near_breach") and near_breach and mention.kind != "loose")):
            continue
        if rule.extra.get("not_establishment") and mention.kind == "health":
            continue  # "le logiciel de la clinique X": the clinic's software, not its editor
        if rule.extra.get("sentence_subject") and not _OPENS_SENTENCE.match(before):
            continue  # "dont il a été victime", "Au CH de X, la cyberattaque ...": said of the sentence's subject
        if rule.reads == "after":
            m = rules.beside(rule, before, after)
            # a rule's negation is read in its core words ("aucune donnée n'a été volée lors de
            # la cyberattaque qui l'a visé": the attack hit it)
            said = (m.groupdict().get("core") or m.group(0)) if m else ""
            if m and not (role == "victim" and _NEG.search(said)):
                found.append((name, role, weight))
        else:
            read = (victim_before if role == "victim" else before)[-220:]
            m = rules.beside(rule, read, after)
            # "Les serveurs de X n'ont pas été touchés": the verb after the name is denied
            if m and not (role == "victim" and (_NEG.search(read[max(0, m.start() - 25) : m.end()]) or _DENIED_AFTER.match(after))):
                found.append((name, role, weight))
    if not found and has_breach and _SUBJECT_BEFORE.match(victim_before) and rules.beside(rules.rule("role.breach_subject"), victim_before, after):
        found.append(("breach_subject", "weak", 0.5))
    return found


# Before a place's name in the body: mentions.AT_PLACE ("en Corrèze", "à Libourne": a place whatever the model
# says); _NEAR_PLACE also "du Tarn", "près de Vannes", "sur Lyon" (a place when the model calls it one).
_NEAR_PLACE = r"(?<![\w-])(?:en|à|au|aux|du|des|de\s+la|de\s+l'|dans\s+(?:le|la|les|l')|près\s+de|sur)\s*"


def _headline_place(lead: re.Match[str], title_doc: Doc, body: str) -> bool:
    """The name before a headline's colon is a place: a region or a country by name; a name the body writes
    after "à", "en", "dans le"; one word after "du", "de la" ("de la Sarthe"); the place of an establishment
    ("l'Ehpad de Libourne"); or a name the model calls a place that the body writes after "de" or not at all."""
    name = lead.group(1)
    if opens_on_head(name):
        return False  # "Clinique des Ormes : ...", "CHU de Rennes : ...": an establishment by its head noun, never a place
    name_rx = re.escape(name) + r"(?![\w-])"
    one_word = re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[\wà-ÿ]+)*", name) is not None
    if is_town(name, body) or of_place(name, body):
        return True
    if one_word and re.search(r"(?<![\w-])(?:du|de\s+la|de\s+l')\s*" + name_rx, body):
        return True
    model_place = any(e.label_ in {"LOC", "PER"} and e.start_char < lead.end(1) and lead.start(1) < e.end_char for e in title_doc.ents)
    return model_place and (re.search(_NEAR_PLACE + name_rx, body) is not None or name not in body)


def is_town(name: str, body: str) -> bool:
    """A region or a country by name, or a name the body writes after "à", "en", "dans le" (mentions.AT_PLACE)."""
    return is_place_name(name) or re.search(AT_PLACE + re.escape(name) + r"(?![\w-])", body) is not None


# Before a name in a place's position: "de", "d'", "du", "de l'", "à", "en", "au", "dans le" (folded)
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:de|du|des|d'|de\s+l'|de\s+la|a|en|au|aux|dans\s+(?:le|la|les|l'))\s*$")


def placed_only(name: str, body: str) -> bool:
    """"Vernac et Sauzet : les urgences fermées", "un réseau de santé de l'Oregon piraté": a one-word name of the
    headline that the body (past its headline line) writes only as a place's complement ("les sites de Vernac et de
    Sauzet", "les urgences de Sauzet", "de l'Oregon"), never as a subject or after a determiner: a town."""
    start = body.find("\n") + 1
    folded = fold(body)
    found = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(fold(name)) + r"(?![\w-])", folded[start:])]
    return bool(found) and all(_PLACE_BEFORE.search(folded, max(0, start + i - 20), start + i) for i in found)


def of_place(name: str, body: str) -> bool:
    """"l'Ehpad de Libourne", "le commissariat de Libourne", "l'hôpital (CH) de Dax", "la clinique Saint-Roch de
    Cavaillon", "le centre hospitalier des Pays de Morlaix": the name of the place of an establishment or a public office ("les données de Santéo" names an
    owner, not a place)."""
    # the establishment's own name may stand between: capitalised words, or a bracketed acronym
    of_name = re.compile(r"(?:\s*\([^)]{1,12}\)|\s+(?:des\s+|du\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}\s+(?:de|d['’])\s*" + re.escape(name) + r"(?![\w-])")
    return any(of_name.match(body, m.end()) for m in _ESTABLISHMENT_RX.finditer(fold(body)))


_ESTABLISHMENT = "|".join(sorted({re.escape(fold(h)) for h in org_data()["heads"]} | {
    "commissariat", "mairie", "ville", "commune", "tribunal", "prefecture", "sous-prefecture", "gendarmerie", "region",
    "agglomeration", "metropole", "departement", "canton", "hotel de ville", "gare", "universite", "lycee", "college",
    "residence", "maison de retraite", "etablissement", "antenne"}, key=len, reverse=True))
_ESTABLISHMENT_RX = re.compile(r"(?<![\w-])(?:" + _ESTABLISHMENT + r")[sx]?(?![\w-])")


def title_victims(title_doc: Doc | None, body: str = "") -> tuple[dict[str, str], str | None]:
    """Key -> name of the organisations a headline presents as breached, and the place that heads it.

    A headline names its subject: "X victime d'une cyberattaque", "X piraté",
    or the French "X : 30 000 dossiers exposés" form (the name before the
    colon, when the headline speaks of a breach, and when the article `body`
    never writes it in lower case: "Vaccination : ..." is a topic, not a name).
    A place before the colon ("Libourne : un Ehpad piraté") is no organisation:
    it is returned apart, to find the article's organisation of that place.
    """
    if title_doc is None or not doc_text(title_doc).strip():
        return {}, None
    folded = fold(doc_text(title_doc))
    has_breach = bool(BREACH_RE.search(folded) or EXPOSED_RE.search(folded))
    found: dict[str, str] = {}
    lead = _HEADLINE_NAME.match(doc_text(title_doc))
    if lead and _kicker_word(lead.group(1), body) and not is_place_name(lead.group(1)):  # a country in not_orgs is still a place
        lead = None  # "Cyberattaque : ...", "Santé : ...", "Vaccination : ...": a kicker, not a name
    place_end, place = 0, None
    if lead and _headline_place(lead, title_doc, body):
        # "Australie : ..." ("en Australie" in the body), "Libourne : un Ehpad piraté" ("l'Ehpad de Libourne"):
        # a place heads the story, not the breached organisation; no name inside it is one either
        place_end, place, lead = lead.end(1), lead.group(1), None
    if has_breach and lead:
        found[key_of(lead.group(1))] = lead.group(1)
    # "Etats-Unis : Northgate Health contraint de ...": the subject after the place heading the headline
    for name in ([] if lead else headline_subject(doc_text(title_doc)[place_end:].lstrip(" :"))):
        if not _kicker_word(name, body) and not is_place_name(name) and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", body):
            found[key_of(name)] = name  # the body writes the name as the headline does
    # "Cyberattaque : l'hôpital de Moulins toujours perturbé": the subject after a breach kicker.
    kicker = re.match(r"^\s*([^:]{1,60}):\s*(?:l'|la\s+|le\s+|les\s+)?", folded)
    after_kicker = kicker.end() if kicker and BREACH_RE.search(kicker.group(1)) else None
    mentions = collect_mentions(title_doc)
    # Headlines are short: any capitalised run past the first word may be the name the model missed.
    mentions += [m for m in capitalised_mentions(title_doc) if not overlaps(m, mentions)]
    for mention in mentions:
        if mention.kind == "group" or (lead and mention.start < lead.end(1)) or mention.start < place_end:
            continue
        if _kicker_word(mention.canonical, body):
            continue  # "Laboratoires : Biogroup visé", "Cyberattaque : ...": a kicker
        if mention.kind in {"name", "loose"} and " " not in mention.canonical and is_town(mention.canonical, body):
            continue  # "les urgences d'Auvelais fermées" where the body says "à Auvelais": a town
        if any(role == "victim" for _, role, _ in judge_roles(mention, title_doc, folded)) or mention.start == after_kicker:
            found[mention.key] = mention.canonical
        elif has_breach and re.match(r"\s*:", doc_text(title_doc)[mention.end:]) and mention.start < 40:
            found[mention.key] = mention.canonical
    return found, place


def headline_subject(title: str) -> list[str]:
    """The capitalised run a headline opens on as the subject of a breach predicate ("Docalia victime d'un
    piratage", "Biolabo visé par un rançongiciel"), which capitalised_mentions leaves out as the first word; or, in a
    breach headline, of what the attack forces it to ("Northwell Health contraint de fermer ses urgences après une
    cyberattaque")."""
    m = _HEADLINE_SUBJECT.match(title) or (_HEADLINE_FORCED.match(title) if BREACH_RE.search(fold(title)) else None)
    return [m.group(1)] if m else []


_HEADLINE_FORCED = re.compile(_HEADLINE_SUBJECT.pattern.split(r"\s+(?:a été ")[0] + r"\s+(?:a été |ont été |est |sont |se voit |se voient )?"
                              r"(?:contrainte?s?|obligée?s?|forcée?s?)\s+(?:de|d['’])")


def _kicker_word(name: str, body: str) -> bool:
    """A breach word, a head noun, or a word the article writes in lower case: a topic, not a name."""
    folded = fold(name)
    return bool(BREACH_RE.search(folded) or folded in generic_words()
                or re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", body))
