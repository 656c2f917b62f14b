"""Which organisations an article names, and which of them were breached.

Mentions come from the health-organisation span ruler (nlp.py, "CHU de
Rennes", "AP-HP"), the model's ORG/MISC entities when the extractor ran it
(doc.ents), a capitalised name after a cue noun ("la plateforme X"), names
coordinated with a mention ("chez Viamedis et Almerys"), and other capitalised
names, which count only through a strong victim rule. Members of a list share
its role. A mention's role is read from the words around it in its sentence,
with the regex table ROLE_RULES below, written over accent-folded text; only
the story counts (textspans.body_segments, no sidebar headlines). Authorities,
outlets and attackers never become victims or vendors (lists in data/orgs.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from healthbreach.extract.evidence import Fact
from healthbreach.textfold import fold
from healthbreach.extract.nlp import SPANS_KEY, org_data
from healthbreach.extract.textspans import body_segments, doc_text, is_prose

# ---------------------------------------------------------------- folding


def key_of(text: str) -> str:
    """Comparison key: folded, without articles, punctuation or spaces."""
    folded = fold(text)
    folded = re.sub(r"^(?:l'|la |le |les )", "", folded)
    return re.sub(r"[^a-z0-9]", "", folded)


# ---------------------------------------------------------------- role rules
# Fragments, over folded text.
_BREACH = r"(?:cyber|attaqu|piratage|pirat|fuite|vol\b|vole|derob|intrusion|ranc|ransomware|incident|violation|" \
          r"acte malveillant|faille|compromi|hack|exfiltr|divulg|expos|malveillan|acces illegal|acces frauduleux|accessible|" \
          r"libre\s+acces|mal\s+configur|sans\s+mot\s+de\s+passe)"
# An apposition after the name, or the comma closing one opened before it ("Leur éditeur, X, a été victime").
_APPOS = r"(?:\s*\([^)]{0,80}\))?(?:\s*,[^,;.]{1,160}(?:,[^,;.]{1,160})?,|\s*,)?\s*(?:qui\s+|qu'elle\s+|qu'il\s+)?"
_AUX = r"(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront|est|sont|etait|etaient|serait|seraient|sera|" \
       r"vient|viennent|venait|se\s+dit|se\s+disent|dit|disent|s'est|se\s+sont|va|vont|doit|doivent)\s+(?:de\s+|d')?)?"
_ADV = r"(?:(?:egalement|aussi|ainsi|bien|deja|recemment|notamment|elle-meme|lui-meme|eux-memes|hier|officiellement|" \
       r"finalement|enfin|visiblement|apparemment|vraisemblablement|a\s+son\s+tour|de\s+nouveau|encore|" \
       r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\s+\w+|en\s+effet|donc|elle\s+aussi|lui\s+aussi)\s+)*"
_REPORT = r"(?:annonce|confirme|reconnu|revele|indique|explique|precise|signale|declare|affirme|admis|fait\s+savoir|" \
          r"informe|alerte|detecte|constate|decouvert|bloque|stoppe|notifie|averti|prevenu|communique|repere|subi)"
_PASSIVE = r"(?:victimes?|visee?s?|ciblee?s?|piratee?s?|touchee?s?|frappee?s?|attaquee?s?|paralysee?s?|hackee?s?|" \
           r"compromise?s?|infectee?s?|ranconnee?s?|infiltree?s?|la\s+cible|l'objet\s+d'une?\s+" + _BREACH + ")"
_DETQ = r"(?:(?:l'|la\s+|le\s+|les\s+|un\s+|une\s+|des\s+|ses\s+|leurs\s+|son\s+|sa\s+|cet\s+|cette\s+|ces\s+)?" \
        r"(?:(?:trentaine|dizaine|vingtaine|quinzaine|centaine|cinquantaine|plusieurs|nombreux|nombreuses|" \
        r"certains|certaines|\d+)\s+(?:de\s+|d'))?)"
_CUE = r"(?:(?:[a-z'-]+\s+){0,2})?"  # "la plateforme ", "le groupe " between a rule's words and the name
# "victime samedi soir d'une cyberattaque": when, between the role word and its object
_WHEN = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|soir|matin|apres-midi|dernier|" \
        r"ce|cette|week-end|nuit|le\s+\d{1,2}(?:er)?\s+[a-z]+)\s+)*"
# "sans mot de passe" is how data get exposed, not a denial
_NEG = re.compile(r"\b(?:n'|ne\s|pas\b|jamais\b|aucun|ni\b|sans\b(?!\s+(?:mot\s+de\s+passe|authentification|protection|chiffrement)))")

# (name, role, side, weight, needs a breach word in the sentence, regex)
# side "after" regexes are matched at the start of the text following the
# mention, side "before" ones at the end of the text preceding it.
ROLE_RULES: list[tuple[str, str, str, float, bool, str]] = [
    ("victim_of", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:" + _REPORT + r"\s+(?:\w+\s+){0,2}?)?(?:avoir\s+|d'avoir\s+)?(?:ete\s+|etre\s+)?"
     r"(?:la\s+|une\s+)?(?:nouvelle\s+)?(?:victimes?|cible)\s+" + _WHEN + r"(?:d'|de\s|des\s|du\s)"),
    ("among_victims", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:fai\w*|fon\w*|figur\w*|compt\w*|se\s+trouv\w*)\s+(?:partie\s+des|parmi\s+les)\s+"
     r"(?:\w+\s+){0,2}?(?:victimes|cibles|etablissements\s+(?:touches|vises|concernes|pirates))\b"),
    ("apposed_victim", "victim", "after", 2, False,
     r"\s*,\s*(?:(?:elle-meme\s+|lui-meme\s+|recemment\s+|deja\s+|a\s+son\s+tour\s+)?(?:victimes?|cibles?)\s+(?:d'|de\s|des\s|du\s)|"
     # "la pharmacie X, l'une des officines touchées,"
     r"(?:l'une?|un|une|parmi)\s+(?:des|les)\s+(?:[\w'-]+\s+){1,3}?(?:touchee?s|visee?s|concernee?s|piratee?s|ciblee?s|"
     r"attaquee?s|victimes)\b)"),
    # Attackers: whoever claims the attack, or a name introduced as a gang, is never a victim.
    ("claims", "attacker", "after", 1, False,
     # "revendique l'attaque", not "revendique des millions de rendez-vous par semaine"
     _APPOS + _AUX + _ADV + r"(?:revendique\w*(?:\s+(?:l'|la\s+|le\s+|les\s+|cette\s+|cet\s+|ce\s+)?(?:[\w'-]+\s+){0,2}?"
     + _BREACH + r"|\s+la\s+responsabilite|\s+avoir|\s*[,.;:]|\s*$)|menace\w*\s+de\s+(?:publier|divulguer)|exige\w*\s+une\s+rancon|"
     r"reclame\w*\s+une\s+rancon|affirme\w*\s+(?:detenir|avoir\s+(?:eu\s+)?(?:derobe|vole|pirate|exfiltre|obtenu|recupere|"
     r"telecharge|acces|penetre|infiltre|chiffre|attaque|copie|siphonne|aspire)))"),
    ("gang", "attacker", "before", 1, False,
     r"(?:gang|groupe\s+(?:de\s+)?(?:pirates|hackers|cybercriminels?|rancongiciel|ransomware|criminel)|"
     r"groupe\s+cybercriminel|collectif\s+de\s+pirates|operateurs?\s+du\s+rancongiciel|rancongiciel|ransomware)"
     r"(?:\s+(?:baptise|nomme|appele|connu\s+sous\s+le\s+nom\s+de))?\s*$"),
    ("passive", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:ete|etre|avoir\s+ete|d'avoir\s+ete)\s+" + _ADV + _PASSIVE + r"\b"),
    ("participle", "victim", "after", 2, False,
     r"\s*(?:,\s*)?(?:recemment\s+|deja\s+)?(?:visee?s?|ciblee?s?|piratee?s?|touchee?s?|frappee?s?|attaquee?s?|"
     r"paralysee?s?|perturbee?s?|hackee?s?|ranconnee?s?)(?:\s+(?:par|lors|en|le|la|depuis|au|a|cette|ce|mardi|lundi|mercredi|"
     r"jeudi|vendredi|samedi|dimanche)\b|\s*[,.;:!?)]|\s*$)"),
    ("suffered", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:subi\w*|essuye|connu|fait\s+face\s+a|ete\s+confronte\w*\s+a|fait\s+l'objet|"
     r"ete\s+la\s+cible)\s+(?:[\w'-]+\s+){0,4}?" + _BREACH),
    ("degraded", "victim", "after", 2, True,
     _APPOS + _AUX + _ADV + r"(?:fonctionne\w*|tourne\w*|travaille\w*|vi\w+|reste\w*|demeure\w*|est|sont)\s+(?:[\w'-]+\s+){0,2}?"
     r"(?:en\s+mode\s+degrade|au\s+ralenti|sans\s+(?:informatique|reseau|systeme)|(?:revenue?s?\s+)?au\s+papier|"
     r"paralysee?s?|perturbee?s?|a\s+l'arret)"),
    ("complaint", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:\w+\s+(?:de\s+|d')?)?(?:porte\w*|depose\w*)\s+(?:\w+\s+){0,2}?plainte"),
    ("announced_breach", "victim", "after", 1, True,
     _APPOS + _AUX + _ADV + _REPORT + r"\b"),
    ("systems_of", "victim", "before", 2, True,
     r"(?:serveurs?|systemes?|reseaux?|sites?|bases?\s+de\s+donnees|donnees|fichiers?|dossiers|patients|informations|"
     r"infrastructures?|messageries?|parc|ordinateurs|postes|comptes|clients|adherents|assures|usagers)"
     r"(?:\s+[\w'-]+){0,4}?\s+(?:de\s+|du\s+|des\s+|d')" + _DETQ + _CUE + r"$"),
    # "les données de 1 350 patients suivis au centre hospitalier de X"
    ("patients_at", "victim", "before", 2, True,
     r"(?:patients|patientes|malades|residents|usagers)\b[^.;]{0,60}?\b(?:au|aux|a\s+l'|a\s+la|dans\s+l'|dans\s+la|dans\s+le)\s+"
     + _CUE + r"$"),
    ("chez", "victim", "before", 2, True, r"\bchez\s+" + _DETQ + _CUE + r"$"),
    ("attack_on", "victim", "before", 2, False,
     r"(?:cyber-?attaques?|attaques?|piratages?|fuites?|vols?|intrusions?|rancongiciels?|ransomwares?|incidents?|"
     r"acte\s+malveillant|violations?|hacks?|compromissions?|failles?|cyber-?incidents?)(?:\s+[\w'-]+){0,4}?\s+"
     r"(?:(?:contre|visant|ciblant|touchant|frappant|subie?s?\s+par|chez|dont\s+(?:a|ont)\s+ete\s+victimes?)\s+|"
     r"de\s+|du\s+|des\s+|d'|a\s+l'|au\s+|aux\s+|a\s+la\s+)" + _DETQ + _CUE + r"$"),
    ("hit_object", "victim", "before", 2, False,
     r"(?:paralyse|vise|cible|frappe|touche|pirate|attaque|ranconne|infecte|hacke|compromis|infiltre|penetre|"
     r"paralysant|visant|ciblant|frappant|touchant)\s+" + _DETQ + _CUE + r"$"),
    ("concerns", "victim", "before", 2, True,
     r"(?:concerne|concernent|concernerait|affecte|affectent|implique|impliquent)\s+" + _DETQ + _CUE + r"$"),
    ("data_from", "victim", "before", 2, False,
     r"(?:donnees|fichiers?|informations|dossiers|elles|ils)\b[^.;]{0,60}?(?:proviennent|proviendraient|provenant|provenaient|provient|proviendrait|issue?s?|emanant|derobee?s?|"
     r"volee?s?|subtilisee?s?|exfiltree?s?|piratee?s?|extraite?s?|aspiree?s?)\s+(?:\w+\s+){0,2}?"
     r"(?:de\s+|d'|du\s+|des\s+|aux?\s+|chez\s+|aupres\s+d[eu']\s*)" + _DETQ + _CUE + r"$"),
    # "LockBit affirme avoir dérobé 300 Go de données au laboratoire X"
    ("stolen_from", "victim", "before", 2, False,
     r"(?:derob|vol[eé]|subtilis|exfiltr|aspir|copi|siphonn)\w*\s+(?:[\w',-]+\s+){0,6}?(?:a\s+l'|a\s+la\s+|au\s+|aux\s+|chez\s+)"
     + _DETQ + _CUE + r"$"),
    ("belongs_to", "victim", "before", 2, False,
     r"(?:donnees|fichiers?|bases?|serveurs?|informations|dossiers|documents|comptes)\b[^.;]{0,80}?\bappart\w+\s+"
     r"(?:a\s+l'|a\s+la\s+|au\s+|aux\s+|a\s+)" + _DETQ + _CUE + r"$"),
    ("edited_by", "vendor", "before", 3, False,
     r"(?:logiciels?|solutions?|outils?|applications?|plateformes?|services?|progiciels?|systemes?|modules?)\b"
     r"[^.;]{0,120}?\b(?:edite|developpe|fourni|concu|commercialise|propose|exploite|gere|heberge|maintenu|distribue)"
     r"e?s?\s+par\s+(?:(?:le\s+groupe|la\s+societe|l'entreprise|l'editeur|le\s+prestataire|la\s+start-?up|"
     r"la\s+firme|le\s+fournisseur)\s+)?$"),
    ("vendor_noun", "vendor", "before", 3, False,
     r"(?:editeurs?|prestataires?|sous-traitants?|fournisseurs?|hebergeurs?|integrateurs?)(?:\s+(?:de\s+(?:logiciels?|"
     r"services?|solutions?|sante|paiement|cloud|stockage)|informatiques?|techniques?|externes?|prives?|"
     r"americains?|francais|specialises?|exterieurs?))*\s*,?\s*$"),
    ("software_of", "vendor", "before", 3, False, r"\blogiciels?(?:\s+(?:de\s+|d')?[a-z-]+)?\s+(?:de\s+|d')?$"),
    ("vendor_apposition", "vendor", "after", 3, False,
     r"\s*(?:\([^)]*\))?\s*,\s*(?:un|une|l'|le|la|son|leur|notre)?\s*(?:editeur|prestataire|fournisseur|sous-traitant|"
     r"hebergeur|specialiste\s+(?:des|du|de)\s+logiciels?)|\s*,?\s*(?:qui\s+edite|qui\s+fournit|dont\s+le\s+logiciel)"),
]
_COMPILED = [(n, r, side, w, nb, re.compile(rx)) for n, r, side, w, nb, rx in ROLE_RULES]

# The subject of a breach sentence, when no rule above names a role: weak.
_SUBJECT_BEFORE = re.compile(r"^\s*(?:[\w'-]+\s+){0,5}$")
_SUBJECT_AFTER = re.compile(_APPOS + r"(?:a|ont|est|sont|va|vont|doit|annonce|confirme|indique|reconnait|explique|"
                            r"precise|affirme|assure|se\s+dit)\b")
_BREACH_RE = re.compile(r"(?<![a-z])" + _BREACH)
# "Biolys Ouest : 30 000 dossiers exposés": the capitalised run before a headline's colon.
_HEADLINE_NAME = re.compile(r"^\s*((?:[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*)(?:[ -](?:(?:des|de|du|d')\s*)?[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*){0,3})\s*:")
# Headlines about leaks often say only that data were exposed: "30 000 dossiers accessibles".
_EXPOSED_RE = re.compile(r"(?<![a-z])(?:expose|accessible|en\s+vente|divulgu|publie|mis\s+en\s+ligne|derobe|vole)")

# A story about many breaches: its groups ("des établissements de santé") are no victims.
_TREND_WORDS = r"se\s+multiplient|se\s+sont\s+multipliee?s|recense\w*|recrudescence|d'autres|plusieurs\s+(?:hopitaux|etablissements)"
_TREND = re.compile(r"\b(?:" + _TREND_WORDS + r"|\d+\s+(?:incidents|attaques|cyberattaques))\b")
# Sentences retelling other incidents ("Pour rappel, ...", "ont ainsi paralysé ..."):
# a victim named only there is background, not the article's incident.
_BACKGROUND = re.compile(
    r"\b(?:pour\s+rappel|rappelons|l'an\s+dernier|l'annee\s+derniere|precedemment|auparavant|" + _TREND_WORDS + r"|"
    r"ainsi|a\s+l'image\s+d|avant\s+(?:lui|elle|eux)|apres\s+(?:celle|celui|ceux)|"
    r"deja\s+(?:ete|en|victime)|en\s+20\d\d|derniers?\s+en\s+date)\b")

_GROUP = re.compile(
    r"\b(?:des|les|de|d'|aux|ces|plusieurs|certains|certaines|nombreux|nombreuses|"
    r"(?:une|un)\s+(?:trentaine|dizaine|vingtaine|quinzaine|centaine|cinquantaine)\s+(?:de\s+|d'))\s*"
    r"(?P<g>(?:laboratoires|hopitaux|cliniques|pharmacies|etablissements\s+de\s+sante|etablissements\s+hospitaliers|"
    r"centres\s+hospitaliers|cabinets\s+(?:medicaux|de\s+radiologie|d'imagerie)|centres\s+de\s+sante|"
    r"centres\s+d'imagerie|ehpad|mutuelles|maternites|centres\s+de\s+radiologie)"
    r"(?:\s+(?:de\s+biologie\s+medicale|d'analyses?(?:\s+medicales|\s+de\s+biologie\s+medicale)?|prives|publics|"
    r"francais|de\s+radiologie|medicaux))?)\b")

_NAME = r"[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*[\w]|[A-ZÀ-ÖØ-ÞŒ]"
# What may stand between the members of a coordination: "X et Y", "X, Y et Z",
# "le cabinet X à Annecy et le centre Y", each with an optional determiner.
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")  # "Saint-Martin (Pessac), Jean-Villar (Bruges)"
_PLACE_AFTER = re.compile(r"\s+(?:à|au|aux|en)\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’]*)*|" + _BRACKET_AFTER.pattern)
_JOIN = re.compile(r"\s*(?:,\s*(?P<last>(?:et|ou)\s+)?|\s+(?P<last2>et|ou)\s+)(?:l['’]|la\s+|le\s+|les\s+|un\s+|une\s+)?")
_NEXT_NAME = re.compile(r"(" + _NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + _NAME + r")){0,3}")
_PREV_NAME = re.compile(r"(?<![\w'’-])((?:" + _NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + _NAME + r")){0,3})"
                        r"\s+(?:et|ou)\s+(?:l['’]|la\s+|le\s+|les\s+)?$")
_COORD = re.compile(r"\s*(?:,\s*|\s+et\s+|\s+ou\s+)(?:(?:celui|celle|ceux)\s+)?(?:de\s+|d['’]|du\s+)(" + _NAME + ")")
# After a plural head the list may drop its "de": "les hôpitaux de Villefranche, Tarare et Trévoux".
_COORD_PLURAL = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+ou\s+)(?:(?:de\s+|d['’]|du\s+))?(" + _NAME + ")")
_BRACKETED = re.compile(r"\s*\([A-ZÀ-Þ&-]{2,8}\)")  # "(CHU)" between a head and its name
_PLURAL_HEADS = {"hopitaux", "cliniques", "centres", "laboratoires", "pharmacies", "mutuelles", "polycliniques", "maternites"}
_PLACE = re.compile(r"\s+(?:de|du|d['’])\s*[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*")
_DETERMINER = re.compile(r"^(?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+|[Ll]es\s+|[Dd]u\s+|[Dd]es\s+)")
_ADJ_SUFFIX = r"(?:ais|aise|ain|aine|ien|ienne|ique|iques|ise|isee|al|ale|el|elle|ais|ois|oise|ant|ante)"


# ---------------------------------------------------------------- mentions


@dataclass
class Mention:
    start: int
    end: int
    canonical: str
    key: str
    kind: str  # health | name | group | loose (a capitalised name found by no other means)
    sent: Span
    ctx_start: int  # where the role context begins (first of a coordination)
    ctx_end: int
    place_key: str | None = None  # "hosp:cannes" for "centre hospitalier Simone-Veil de Cannes"
    built: bool = False  # the name was put together ("hôpital de Tarare" from "les hôpitaux de Dax et Tarare")


@dataclass
class Organisation:
    canonical: str
    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    victim: float = 0.0
    vendor: float = 0.0
    weak: float = 0.0
    primary: bool = False
    victim_fact: Fact | None = None
    vendor_fact: Fact | None = None
    weak_fact: Fact | None = None
    attacker: bool = False


def _sentence_at(doc: Doc, char: int) -> Span:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return (span[0] if span is not None and len(span) else doc[0]).sent


def _ruler_mentions(doc: Doc, aliases: dict[str, str], heads: dict[str, str]) -> list[Mention]:
    spans = sorted(doc.spans.get(SPANS_KEY, []), key=lambda s: (-(s.end - s.start), not s.id_.startswith("alias:"), s.start))
    taken: set[int] = set()
    out: list[Mention] = []
    family = set(org_data()["hospital_family"])
    for span in spans:
        if taken & set(range(span.start, span.end)):
            continue
        while span.end - span.start > 1 and span[-1].text in "-–":
            span = doc[span.start : span.end - 1]
        taken |= set(range(span.start, span.end))
        kind, _, short = span.id_.partition(":")
        if kind == "alias":
            out.append(_mention(doc, span.start_char, span.end_char, short, "alias:" + key_of(short), "health"))
            continue
        if kind == "name_head":
            out.append(_mention(doc, span.start_char, span.end_char, span.text, key_of(span.text), "health"))
            continue
        # head + adjectives + connector + name: the name (the key) is the trailing capitalised run.
        i = span.end
        while i > span.start + 1 and (span.doc[i - 1].text[:1].isupper() or span.doc[i - 1].text in "-–"):
            i -= 1
        name = doc_text(doc)[doc[i].idx : span.end_char]
        # The victim is given as the text names it ("centre hospitalier de Dax"); when the article
        # also writes a shorter form ("CH de Dax"), find_organisations keeps the shorter one.
        key = ("hosp:" if short in family else key_of(short) + ":") + key_of(name)
        # "la clinique Sainte-Odile de Vernay a été victime": the place belongs to the name,
        # and the role context starts after it.
        place = _PLACE.match(doc_text(doc), span.end_char)
        end = place.end() if place else span.end_char
        canonical = " ".join(_BRACKETED.sub("", doc_text(doc)[span.start_char : end]).split())
        plural = fold(span[0].text) in _PLURAL_HEADS
        sep = " de " if re.search(r"\b(?:de|du|des|d['’])\s*$", doc_text(doc)[span.start_char : doc[i].idx]) else " "
        if plural:
            canonical = short + sep + name  # "les hôpitaux de Dax et de Vichy", "les cliniques X et Y": one victim each
        out.append(_mention(doc, span.start_char, end, canonical, key, "health"))
        out[-1].built = plural
        if place and short in family:
            out[-1].place_key = "hosp:" + key_of(re.sub(r"^\s*(?:de|du|d['’])\s*", "", place.group(0)))
        out.extend(_coordinated(doc, out[-1], short, key.split(":")[0], sep if plural else None))
    return out


def _coordinated(doc: Doc, first: Mention, short: str, key_prefix: str, plural_sep: str | None = None) -> list[Mention]:
    """'les hôpitaux de Dax et de Vichy', 'les cliniques X (Pessac), Y et Z': each name shares
    the head and the role context. `plural_sep` is how a plural head met its first name."""
    out: list[Mention] = []
    end = first.end
    sent_end = first.sent.end_char
    text = doc_text(doc)
    while True:
        bracket = _BRACKET_AFTER.match(text, end, sent_end)
        end = bracket.end() if bracket else end
        m = (_COORD_PLURAL if plural_sep else _COORD).match(text, end, sent_end)
        if not m:
            break
        name = m.group(1)
        canonical = short + (plural_sep or " de ") + name
        mention = _mention(doc, m.start(1), m.end(1), canonical, f"{key_prefix}:{key_of(name)}", "health")
        mention.built = True
        out.append(mention)
        end = m.end(1)
    group = [first, *out]
    for mention in group:
        mention.ctx_start, mention.ctx_end = first.start, group[-1].end
    return out


def _mention(doc: Doc, start: int, end: int, canonical: str, key: str, kind: str) -> Mention:
    sent = _sentence_at(doc, start)
    return Mention(start, end, canonical, key, kind, sent, start, end)


def _entity_mentions(doc: Doc, alias_keys: dict[str, str]) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "MISC"}:
            continue
        text = ent.text
        m = _DETERMINER.match(text)
        start = ent.start_char + (m.end() if m else 0)
        text = doc_text(doc)[start : ent.end_char].strip(" -–,.")
        if len(text) < 2 or not text[0].isupper():
            continue
        key = key_of(text)
        canonical = alias_keys.get(key, text)
        out.append(_mention(doc, start, start + len(text), canonical, "alias:" + key_of(canonical) if key in alias_keys else key, "name"))
    return out


def _cue_mentions(doc: Doc, cues: list[str]) -> list[Mention]:
    cue_rx = re.compile(
        r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")"
        r"(?:\s+[a-zàâçéèêëîïôûùüÿœ-]+" + _ADJ_SUFFIX + r")?"
        # "la plateforme de téléconsultation X", "leur éditeur de logiciel, X,"
        r"(?:\s+(?:de|d')\s*[a-zàâçéèêëîïôûùüÿœ-]+)?\s*,?\s+"
        r"((?:" + _NAME + r")(?:\s+(?:(?:des|de|du|d')\s*)?(?:" + _NAME + r")){0,3})"
    )
    out = []
    for m in cue_rx.finditer(doc_text(doc)):
        name = m.group(1)
        # Trailing capitalised words that begin a new clause are rare; keep the name as is.
        out.append(_mention(doc, m.start(1), m.end(1), name, key_of(name), "name"))
    return out


def _group_mentions(doc: Doc, folded: str) -> list[Mention]:
    return [
        _mention(doc, m.start("g"), m.end("g"), doc_text(doc)[m.start("g") : m.end("g")], "group:" + key_of(m.group("g")), "group")
        for m in _GROUP.finditer(folded)
    ]


def _overlaps(a: Mention, taken: list[Mention]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def collect_mentions(doc: Doc) -> list[Mention]:
    data = org_data()
    alias_keys = {key_of(v): c for c, vs in data["aliases"].items() for v in vs}
    mentions = _ruler_mentions(doc, alias_keys, data["heads"])
    # A cue noun delimits a name better than the model: "le groupe Imagerie des Remparts".
    for extra in (_cue_mentions(doc, data["name_cues"]), _entity_mentions(doc, alias_keys)):
        for mention in extra:
            if not _overlaps(mention, mentions):
                mentions.append(mention)
    folded = fold(doc_text(doc))
    # "Alphabio confirme" after "le laboratoire Alphabio": a name the text already gave an organisation.
    known = {m.key.split(":", 1)[1] for m in mentions if m.kind == "health" and ":" in m.key}
    for mention in _group_mentions(doc, folded) + _loose_mentions(doc, known):
        if not _overlaps(mention, mentions):
            mentions.append(mention)
    return _coordinate(doc, sorted(mentions, key=lambda m: m.start))


_DEMONYM = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:ais|aises|iens|iennes|ains|aines|ois|oises|ens|ennes)$")


def _loose_mentions(doc: Doc, known: set[str] = frozenset()) -> list[Mention]:
    """Capitalised names inside a sentence that neither the ruler nor the model took.

    They only ever become victims through a strong role rule ("les serveurs de X",
    "chez X"): the model misses many company names. Places and persons the model
    recognised, demonyms ("Français") and sentence-initial words are left out.
    """
    others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"LOC", "PER"}]
    data = org_data()
    nouns = {fold(w) for w in [*data["name_cues"], *data["heads"], "reseau", "filiale", "leader", "specialiste"]}
    generic = _generic_words()
    out = []
    for mention in _capitalised_mentions(doc):
        before = doc_text(doc)[mention.sent.start_char : mention.start].rstrip()
        if not before or before[-1] in ".!?:\n«\"(" or _DEMONYM.match(mention.canonical):
            continue
        if fold(mention.canonical) in generic:
            continue  # "le CHU", "la Clinique": a head without its name
        if re.search(r"(?<!\w)(?:à|au|aux|en|vers|sur|près\s+de)$", before):
            continue  # "à Dole": a place
        # The model calls many companies places; "X, un réseau de centres dentaires" says what X is.
        apposed = re.match(r"\s*,\s*(?:un|une|le|la|l')\s*([a-z-]+(?:\s+[a-z'-]+){0,2})", fold(doc_text(doc)[mention.end : mention.end + 60]))
        is_org = (bool(apposed) and any(apposed.group(1).startswith(n) for n in nouns)) or mention.key in known
        if not is_org and any(s < mention.end and mention.start < e for s, e in others):
            continue
        mention.kind = "name" if mention.key in known else "loose"
        out.append(mention)
    return out


def _gap_end(doc: Doc, mention: Mention) -> int:
    """Where the words about `mention` end: past a place ("à Annecy") or a bracket."""
    place = _PLACE_AFTER.match(doc_text(doc), mention.end)
    return place.end() if place else mention.end


def _coordinate(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Viamedis et Almerys', 'X, Y et Z': the members share the role context of the whole list.

    A capitalised name joined by "et"/"ou" to a known mention is a mention too
    (the model misses many company names), unless the model calls it a person.
    """
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    added: list[Mention] = []

    def add(start: int, end: int) -> None:
        if any(s <= start < e for s, e in persons):
            return
        new = _mention(doc, start, end, doc_text(doc)[start:end], key_of(doc_text(doc)[start:end]), "name")
        if not _overlaps(new, mentions) and not _overlaps(new, added):
            added.append(new)

    for mention in mentions:
        if mention.kind == "group":
            continue
        join = _JOIN.match(doc_text(doc), _gap_end(doc, mention))
        if join and (join.group("last") or join.group("last2")):
            name = _NEXT_NAME.match(doc_text(doc), join.end())
            if name and name.end() <= mention.sent.end_char:
                add(name.start(), name.end())
        prev = _PREV_NAME.search(doc_text(doc), mention.sent.start_char, mention.start)
        # "la mairie de Sarlat et le centre hospitalier X": a place complement, not a name of its own.
        if prev and not re.search(r"(?:\b(?:à|au|aux|en|de|du)\s+|\bd['’])$", doc_text(doc)[mention.sent.start_char : prev.start(1)]):
            add(prev.start(1), prev.end(1))
    mentions = sorted(mentions + added, key=lambda m: m.start)
    for mention in mentions:
        if mention.kind != "group":
            mention.ctx_end = max(mention.ctx_end, _gap_end(doc, mention))
    chain: list[Mention] = []
    for mention in [*mentions, None]:
        if chain and mention is not None and mention.kind != "group" and mention.sent == chain[-1].sent:
            join = _JOIN.match(doc_text(doc), _gap_end(doc, chain[-1]))
            if join and join.end() == mention.start:
                chain.append(mention)
                if join.group("last") or join.group("last2"):
                    _share_context(doc, chain)
                    chain = []
                continue
        chain = [mention] if mention is not None and mention.kind != "group" else []
    return mentions


def _share_context(doc: Doc, chain: list[Mention]) -> None:
    start, end = min(m.ctx_start for m in chain), max(_gap_end(doc, m) for m in chain)
    for mention in chain:
        mention.ctx_start, mention.ctx_end = start, max(mention.ctx_end, end)


# ---------------------------------------------------------------- roles


def _excluded(org: Organisation, words: dict[str, list[str]]) -> bool:
    folded = " " + fold(org.canonical).replace("-", " ") + " "
    def hit(terms: list[str]) -> bool:
        return any(re.search(r"(?<![a-z0-9])" + re.escape(t.replace("-", " ")) + r"(?![a-z0-9])", folded) for t in terms)
    # "Covid", "France", "Dark Web" alone are not organisations; "Cegedim Santé" is one.
    bare = re.sub(r"^(?:l'|la |le |les )", "", folded.strip())
    if org.kind != "group" and bare in {t.replace("-", " ") for t in words["not_orgs"]}:
        return True
    if hit(words["outlets"]) or hit(words["attackers"]) or hit(words["authorities"]):
        return True
    return hit(words["authorities_unless_victim"]) and org.victim < 2


def _fact(field: str, doc: Doc, mention: Mention, value: str, rule: str) -> Fact:
    return Fact(field=field, value=value, sentence=mention.sent.text.strip(), start=mention.start, end=mention.end, rule=rule)


# "L'hôpital X, qui appartient au groupe Y, a été victime": Y sits in a relative clause
# and the verb after its closing comma belongs to X.
_RELATIVE_OPEN = re.compile(r",\s*(?:qui|dont|lequel|laquelle|appartenant|filiale|membre|propriete)\b[^,]*$")


def _judge(mention: Mention, doc: Doc, folded: str) -> list[tuple[str, str, float]]:
    sent = mention.sent
    before = folded[sent.start_char : mention.ctx_start]
    after = folded[mention.ctx_end : sent.end_char]
    if _RELATIVE_OPEN.search(before) and re.match(r"\s*,", after):
        after = ""
    has_breach = bool(_BREACH_RE.search(folded, sent.start_char, sent.end_char))
    found = []
    for name, role, side, weight, needs_breach, rx in _COMPILED:
        if needs_breach and not has_breach:
            continue
        if side == "after":
            m = rx.match(after)
            if m and not (role == "victim" and _NEG.search(m.group(0))):
                found.append((name, role, weight))
        else:
            m = rx.search(before[-220:])
            if m and not (role == "victim" and _NEG.search(before[-220:][max(0, m.start() - 25) : m.end()])):
                found.append((name, role, weight))
    if not found and has_breach and _SUBJECT_BEFORE.match(before) and _SUBJECT_AFTER.match(after):
        found.append(("breach_subject", "weak", 0.5))
    return found


def title_victims(title_doc: Doc | None, body: str = "") -> dict[str, str]:
    """Key -> name of the organisations a headline presents as breached.

    A headline names its subject: "X victime d'une cyberattaque", "X piraté",
    or the French "X : 30 000 dossiers exposés" form (the name before the
    colon, when the headline speaks of a breach, and when the article `body`
    never writes it in lower case: "Vaccination : ..." is a topic, not a name).
    """
    if title_doc is None or not doc_text(title_doc).strip():
        return {}
    folded = fold(doc_text(title_doc))
    has_breach = bool(_BREACH_RE.search(folded) or _EXPOSED_RE.search(folded))
    found: dict[str, str] = {}
    lead = _HEADLINE_NAME.match(doc_text(title_doc))
    if lead and _kicker_word(lead.group(1), body):
        lead = None  # "Cyberattaque : ...", "Santé : ...", "Vaccination : ...": a kicker, not a name
    if has_breach and lead:
        found[key_of(lead.group(1))] = lead.group(1)
    # "Cyberattaque : l'hôpital de Moulins toujours perturbé": the subject after a breach kicker.
    kicker = re.match(r"^\s*([^:]{1,60}):\s*(?:l'|la\s+|le\s+|les\s+)?", folded)
    after_kicker = kicker.end() if kicker and _BREACH_RE.search(kicker.group(1)) else None
    mentions = collect_mentions(title_doc)
    # Headlines are short: any capitalised run past the first word may be the name the model missed.
    mentions += [m for m in _capitalised_mentions(title_doc) if not _overlaps(m, mentions)]
    for mention in mentions:
        if mention.kind == "group" or (lead and mention.start < lead.end(1)):
            continue
        if _kicker_word(mention.canonical, body):
            continue  # "Laboratoires : Biogroup visé", "Cyberattaque : ...": a kicker
        if any(role == "victim" for _, role, _ in _judge(mention, title_doc, folded)) or mention.start == after_kicker:
            found[mention.key] = mention.canonical
        elif has_breach and re.match(r"\s*:", doc_text(title_doc)[mention.end:]) and mention.start < 40:
            found[mention.key] = mention.canonical
    return found


def _kicker_word(name: str, body: str) -> bool:
    """A breach word, a head noun, or a word the article writes in lower case: a topic, not a name."""
    folded = fold(name)
    return bool(_BREACH_RE.search(folded) or folded in _generic_words()
                or re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", body))


def _capitalised_mentions(doc: Doc) -> list[Mention]:
    return [
        _mention(doc, m.start(1), m.end(1), m.group(1), key_of(m.group(1)), "name")
        for m in re.finditer(r"(?<=[\s'’])((?:" + _NAME + r")(?:[ -](?:(?:des|de|du|d')\s*)?(?:" + _NAME + r")){0,3})", doc_text(doc))
    ]


def _body_mention(doc: Doc, name: str) -> Mention | None:
    """The first place the body writes `name` as a name: same case, not merely capitalised by a sentence start."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc_text(doc)):
        before = doc_text(doc)[: m.start()].rstrip()
        if before and before[-1] not in ".!?:\n«\"":
            return _mention(doc, m.start(), m.end(), name, key_of(name), "name")
    return None


def find_organisations(doc: Doc, *, title: str | None = None, title_doc: Doc | None = None) -> tuple[list[Fact], list[Fact]]:
    """Victims and vendors named in `doc` (a Doc with sentence boundaries).

    Facts carry the canonical short form as value and the mention's offsets
    in doc.text. A victim named only in a sentence retelling another incident
    is kept only when nothing better names the article's own victim. An
    organisation the headline (`title_doc`, with the model's entities when
    available) presents as breached is a victim when the body names it too:
    its evidence is its first mention in the body.
    """
    data = org_data()
    folded = fold(doc_text(doc))
    title_key = key_of(title or "")
    orgs: dict[str, Organisation] = {}
    sentences = [s for s in doc.sents if s.text.strip()]
    lead_end = sentences[min(2, len(sentences) - 1)].end_char if sentences else 0
    story = _story_spans(doc)
    for mention in collect_mentions(doc):
        if not any(s <= mention.start < e for s, e in story):
            continue
        org = orgs.setdefault(mention.key, Organisation(mention.canonical, mention.key, mention.kind))
        if mention.kind == "health" and org.mentions and _better_name(mention, org):
            org.canonical = mention.canonical
        org.mentions.append(mention)
        # A retold incident after the lead is background; a group ("des établissements de santé")
        # in such a sentence is background even in the lead: a trend story, not one breach.
        background = (bool(_BACKGROUND.search(folded, mention.sent.start_char, mention.sent.end_char)) and mention.start > lead_end) or (
            mention.kind == "group" and bool(_TREND.search(folded, mention.sent.start_char, mention.sent.end_char)))
        # One mention is one piece of evidence per role: its strongest rule counts, rules do not add up.
        strongest: dict[str, tuple[float, str]] = {}
        for rule, role, weight in _judge(mention, doc, folded):
            if mention.kind == "loose" and role != "attacker" and (role != "victim" or weight < 2):
                continue  # a name only this capitalisation found needs a strong victim rule
            if role == "vendor" and mention.kind == "group":
                continue  # "les logiciels de laboratoires": the laboratories use the software, they do not sell it
            if role not in strongest or weight > strongest[role][0]:
                strongest[role] = (weight, rule)
        for role, (weight, rule) in strongest.items():
            if role == "attacker":
                org.attacker = True
            elif role == "vendor":
                org.vendor += weight
                org.vendor_fact = org.vendor_fact or _fact("vendor", doc, mention, "", f"vendor:{rule}")
            elif role == "victim":
                org.victim += weight
                org.primary |= not background
                org.victim_fact = org.victim_fact or _fact("victim", doc, mention, "", f"victim:{rule}")
            else:
                org.weak += weight
                org.weak_fact = org.weak_fact or _fact("victim", doc, mention, "", f"victim:{rule}")
    _merge_acronyms(orgs)
    headline: set[str] = set()
    for key, name in title_victims(title_doc, doc_text(doc)).items():
        # The body's name for it ("GHNE" for "groupe hospitalier Nord-Essonne", the hospital
        # of "Cyberattaque à Valmont"), else its first mention in the body.
        if (match := _matching_org(orgs, key, name)) is not None:
            headline.add(match.key)
        elif (mention := _body_mention(doc, name)) is not None:
            orgs[key] = Organisation(name, key, "name", [mention])
            headline.add(key)
    for org in orgs.values():
        # A vendor whose own systems the headline says were hit is a victim too.
        if org.key in headline and org.kind != "group":
            org.victim += 2
            org.primary = True
            org.victim_fact = org.victim_fact or _fact("victim", doc, org.mentions[0], "", "victim:headline")
        if title_key and org.kind != "group" and key_of(org.canonical) and key_of(org.canonical) in title_key:
            org.primary = True
        if len({m.sent.start for m in org.mentions}) >= 3 and org.victim:
            org.primary = True
    kept = [o for o in orgs.values() if not o.attacker and not _excluded(o, data)]
    vendors = [o for o in kept if o.vendor and o.vendor >= o.victim]
    victims = _choose_victims([o for o in kept if o not in vendors])
    return (
        [_with_value(o.victim_fact or o.weak_fact, o.canonical) for o in victims],
        [_with_value(o.vendor_fact, o.canonical) for o in vendors],
    )


def _matching_org(orgs: dict[str, Organisation], key: str, name: str) -> Organisation | None:
    if key in orgs:
        return orgs[key]
    for org in orgs.values():
        if org.kind != "group" and (key in org.key or _same(name, org.canonical) or _same(org.canonical, name)):
            return org
    return None


def _better_name(mention: Mention, org: Organisation) -> bool:
    """A name the text writes beats one put together; a hospital's official form beats the
    everyday "hôpital de X"; otherwise the shorter wins ("CH de Dax")."""
    written = [m for m in org.mentions if not m.built]
    if mention.built:
        return not written and len(mention.canonical) < len(org.canonical)
    if not written:
        return True
    rank = (_everyday(mention.canonical), len(mention.canonical))
    return rank < (_everyday(org.canonical), len(org.canonical))


def _everyday(name: str) -> bool:
    return fold(name).startswith(("hopital ", "hopitaux "))


def _story_spans(doc: Doc) -> list[tuple[int, int]]:
    """The article's own segments (textspans.body_segments) less the headline-like lines
    met once the body has begun: other stories' titles in a sidebar. List items stay."""
    spans: list[tuple[int, int]] = []
    started = False
    previous = ""
    for seg in body_segments(doc):
        prose = is_prose(seg.text)
        listed = seg.text[:1] in "-•*–·" or previous.endswith(":")
        if prose or listed or not started:
            spans.append((seg.start, seg.end))
        started |= prose
        previous = seg.text.rstrip()
    return spans


def _choose_victims(orgs: list[Organisation]) -> list[Organisation]:
    """Named primary victims, else a primary group, else weaker evidence."""
    named = [o for o in orgs if o.kind != "group"]
    # "les hôpitaux" of a trend story is not a victim; "trois laboratoires d'analyses bretons" can be.
    groups = [o for o in orgs if o.kind == "group" and len(o.canonical.split()) >= 2]
    tiers = [
        [o for o in named if o.victim and o.primary],
        [o for o in groups if o.victim and o.primary][:1],
        [o for o in named if o.weak and not o.victim][:1],
        [o for o in named if o.victim],
        # no group from background sentences alone: "30 incidents dans des établissements de santé en 2022"
    ]
    for tier in tiers:
        if tier:
            return sorted(tier, key=lambda o: (o.victim_fact or o.weak_fact).start)
    return []


def _merge_acronyms(orgs: dict[str, Organisation]) -> None:
    """One organisation named several ways: 'Dedalus France' into 'Dedalus', an expansion
    into its acronym (the short form kept), 'hôpital de Cannes' into 'centre hospitalier
    Simone-Veil de Cannes' (the proper name kept)."""
    items = sorted(orgs.values(), key=lambda o: len(o.canonical))
    for short in items:
        for long in items:
            if short is long or short.key not in orgs or long.key not in orgs or short.kind == "group" or long.kind == "group":
                continue
            by_place = short.key in {m.place_key for m in long.mentions}
            if _same(short.canonical, long.canonical) or by_place:
                if by_place:
                    short.canonical = long.canonical  # the proper name: "hôpital Nord-Ouest de Villefranche"
                short.mentions += long.mentions
                short.victim += long.victim
                short.vendor += long.vendor
                short.weak += long.weak
                short.primary |= long.primary
                short.victim_fact = _earliest(short.victim_fact, long.victim_fact)
                short.vendor_fact = _earliest(short.vendor_fact, long.vendor_fact)
                short.weak_fact = _earliest(short.weak_fact, long.weak_fact)
                del orgs[long.key]


def _earliest(a: Fact | None, b: Fact | None) -> Fact | None:
    if a is None or b is None:
        return a or b
    return a if a.start <= b.start else b


_STOP = {"de", "des", "du", "la", "le", "les", "l", "d", "et"}


def _same(short: str, long: str) -> bool:
    ws, wl = fold(short).replace("-", " ").split(), fold(long).replace("-", " ").replace("'", " ").split()
    if ws and wl[: len(ws)] == ws and ws[0] not in _STOP:
        return True
    # "Techno Doctolib" (a section label glued to a headline) is "Doctolib"; "Harmonie Mutuelle" is not "Mutuelle".
    if ws and len(wl) == len(ws) + 1 and wl[1:] == ws and " ".join(ws) not in _generic_words():
        return True
    initials = "".join(w[0] for w in wl if w not in _STOP)
    return len(ws) == 1 and len(initials) >= 2 and key_of(short) == initials


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Head nouns and not-organisation words: never a name on their own."""
    data = org_data()
    return frozenset(fold(w) for w in [*data["heads"], *data["not_orgs"], *data["name_cues"]])


def _with_value(fact: Fact, value: str) -> Fact:
    return Fact(field=fact.field, value=value, sentence=fact.sentence, start=fact.start, end=fact.end, rule=fact.rule)
