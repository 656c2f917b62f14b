"""What role a mention's sentence gives it: victim, vendor, attacker, or a weak subject.

A mention's role is read from its sentence: the dependency rules of
data/rules/victims.json when the extractor parsed that sentence
(nlp.parsed_sentence), and the regex table ROLE_RULES below, written over
accent-folded text, around the mention. title_victims reads a headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from healthbreach.textfold import fold
from healthbreach.extract.mentions import Mention, capitalised_mentions, collect_mentions, generic_words, key_of, overlaps
from healthbreach.extract.nlp import org_data, parsed_token
from healthbreach.extract.rules import RuleSet
from healthbreach.extract.textspans import doc_text

# ---------------------------------------------------------------- role rules
# Fragments, over folded text.
_BREACH = r"(?:cyber|attaqu|piratage|pirat|fuite|vol\b|vole|derob|intrusion|ranc|ransomware|incident|violation|" \
          r"acte malveillant|faille|compromi|hack|exfiltr|divulg|expos|malveillan|acces illegal|acces frauduleux|accessible|" \
          r"libre\s+acces|mal\s+configur|sans\s+mot\s+de\s+passe|en\s+vente|par\s+erreur|dark\s*web|web\s+cache|web\s+clandestin)"
# An apposition after the name, or the comma closing one opened before it ("Leur éditeur, X, a été victime");
# a name in brackets closes them first ("Het Medisch Laboratorium (AML), a été victime").
_APPOS = r"(?:\s*\)|\s+-(?=\s))?(?:\s*\([^)]{0,80}\))?(?:\s*,[^,;.]{1,160}(?:,[^,;.]{1,160})?,|\s*,)?\s*(?:qui\s+|qu'elle\s+|qu'il\s+)?"
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
_CUE = r"(?:(?:[a-z'-]+\s+){0,3})?"  # "la plateforme ", "le groupe " between a rule's words and the name
# "victime samedi soir d'une cyberattaque": when, between the role word and its object
_WHEN = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|soir|matin|apres-midi|dernier|" \
        r"ce|cette|week-end|nuit|le\s+\d{1,2}(?:er)?\s+[a-z]+)\s+)*"
# "dans la nuit de lundi", "depuis mardi", "le 11 février", "ce week-end": when, between an attack verb and its object
_TIMEWORD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|soir|matin|apres-midi|dernier|derniere|" \
            r"week-end|weekend|nuit|journee|semaine|mois|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|" \
            r"novembre|decembre|\d{1,4}(?:er)?|debut|fin|mi-[a-z]+|recemment|egalement|aussi|notamment|deja|a\s+nouveau|de\s+nouveau)"
_GAP = r"(?:(?:(?:depuis|dans|durant|pendant|lors|au\s+cours|entre|le|la|les|ce|cette|en|du|de|d'|au|des|et)\s*)*" + _TIMEWORD + r"\s+)*"
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
    # "X est l'un des groupements de laboratoires – avec Y et Z – touchés par la fuite"
    ("one_of_victims", "victim", "after", 2, False,
     _APPOS + r"(?:est|sont|etait|etaient|serait|seraient|reste|figure)\s+" + _ADV + r"(?:l'une?|un|une)\s+des\s+"
     r"(?:[^.;:]{0,140}?)(?<![a-z])(?:touchee?s|visee?s|ciblee?s|piratee?s|attaquee?s|concernee?s|impactee?s|paralysee?s|"
     r"victimes|cibles)\b"),
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
    # "UnitedHealth, la société mère de X": the owner of the breached company, not itself breached.
    ("parent", "owner", "after", 2, False, r"\s*,\s*(?:la\s+|sa\s+|leur\s+|sa\s+)?(?:societe|maison|entreprise)[\s-]mere\b|"
     # "Le groupe X, propriétaire de la clinique Y, ...", "X, qui exploite la clinique Y"
     r"\s*,\s*(?:le\s+|l'|son\s+|leur\s+)?(?:(?:proprietaire|actionnaire)\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+)|"
     r"qui\s+(?:detient|possede|a\s+rachete)\s+(?:l'|la\s+|le\s+|les\s+))"),
    ("gang", "attacker", "before", 1, False,
     r"(?:gang|groupe\s+(?:de\s+)?(?:pirates|hackers|cybercriminels?|rancongiciel|ransomware|criminel)|"
     r"groupe\s+cybercriminel|collectif\s+de\s+pirates|operateurs?\s+du\s+rancongiciel|rancongiciel|ransomware)"
     r"(?:\s+(?:baptise|nomme|appele|connu\s+sous\s+le\s+nom\s+de))?\s*$"),
    ("passive", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:ete|etre|avoir\s+ete|d'avoir\s+ete)\s+" + _ADV + _PASSIVE + r"\b"),
    ("participle", "victim", "after", 2, False,
     r"\s*(?:[,–—)]\s*|\s-\s+)?(?:recemment\s+|deja\s+|tous\s+|toutes\s+)?(?:visee?s?|ciblee?s?|piratee?s?|touchee?s?|frappee?s?|attaquee?s?|"
     r"paralysee?s?|perturbee?s?|hackee?s?|ranconnee?s?)(?:\s+(?:par|lors|en|le|la|depuis|au|a|cette|ce|mardi|lundi|mercredi|"
     r"jeudi|vendredi|samedi|dimanche)\b|\s*[,.;:!?)]|\s*$)"),
    ("suffered", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:subi\w*|essuye|connu|fait\s+face\s+a|ete\s+confronte\w*\s+a|fait\s+l'objet|"
     r"ete\s+la\s+cible)\s+(?:[\w'-]+\s+){0,4}?" + _BREACH),
    ("degraded", "victim", "after", 2, True,
     _APPOS + _AUX + _ADV + r"(?:fonctionne\w*|tourne\w*|travaille\w*|vi\w+|reste\w*|demeure\w*|est|sont)\s+(?:[\w'-]+\s+){0,2}?"
     r"(?:en\s+mode\s+degrade|au\s+ralenti|sans\s+(?:informatique|reseau|systeme)|(?:revenue?s?\s+)?au\s+papier|"
     r"paralysee?s?|perturbee?s?|a\s+l'arret)"),
    # "X a découvert que ses serveurs avaient été chiffrés", "X a vu ses données dérobées": its own systems hit
    ("own_systems_hit", "victim", "after", 2, True,
     _APPOS + _AUX + _ADV + r"(?:[\w'-]+\s+){0,6}?(?:que\s+)?(?:ses|leurs|son|sa)\s+(?:[\w'-]+\s+){0,2}?"
     r"(?:serveurs?|systemes?|reseaux?|donnees|fichiers?|ordinateurs|postes|bases?|informations|dossiers|patients|clients|"
     r"adherents|assures|usagers|comptes|messageries?|outils?|infrastructures?|logiciels?|sites?)\b[^.;]{0,80}?"
     r"(?<![a-z])(?:chiffr|pirat|paralys|bloque|compromi|infecte|touche|visee?s?\b|vole|derob|expos|divulg|attaque|exfiltr|fuit|"
     r"en\s+vente|publie|accessible|pris\s+en\s+otage)"),
    # "X a envoyé par erreur la liste de ses patients", "X a diffusé par mégarde ...": its data exposed
    ("sent_by_mistake", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:envoy|transmi|diffus|publi|communiqu|adress|expedi|partag|laiss|mis\s+en\s+ligne)\w*\s+"
     r"(?:[\w'-]+\s+){0,6}?(?:par\s+erreur|par\s+megarde|accidentellement|par\s+inadvertance)"),
    # "c'est au tour du CHU de X d'être visé", "sans être victime" is caught by the negation check
    ("infinitive_passive", "victim", "after", 2, False,
     _APPOS + r"(?:d'etre|de\s+se\s+retrouver|d'avoir\s+ete)\s+" + _ADV + _PASSIVE + r"\b"),
    # "X a dû déprogrammer des opérations après la cyberattaque dont il a été victime", "Selon X, aucune
    # donnée n'a été volée lors de l'attaque qui l'a visé": a pronoun for the sentence's subject
    ("pronoun_victim", "victim", "after", 2, False,
     r"[^.;]{0,200}?(?P<core>dont\s+(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient|aurait|auraient)\s+ete\s+(?:victimes?|la\s+cible)|"
     r"qui\s+l'(?:a|avait|aurait)\s+(?:visee?|touchee?|frappee?|ciblee?|paralysee?|attaquee?|vise|touche|frappe)\b|"
     r"qui\s+les\s+(?:a|avait|aurait)\s+(?:visee?s|touchee?s|frappee?s|ciblee?s|paralysee?s|attaquee?s)\b)"),
    # "X a été contraint de déprogrammer des opérations" (in a breach sentence)
    ("forced_to", "victim", "after", 2, True,
     _APPOS + _AUX + _ADV + r"(?:ete\s+|du\s+|a\s+du\s+)?(?:contraint\w*|oblige\w*|force\w*|du)\s+(?:de\s+|d'|a\s+)?"
     r"(?:deprogrammer|reporter|annuler|transferer|delester|fermer|revenir|travailler|fonctionner|basculer|couper|suspendre|"
     r"evacuer|rediriger|isoler|debrancher|renvoyer)"),
    # "Au centre hospitalier de X, la cyberattaque a contraint les soignants au papier"
    ("locative_breach", "victim", "after", 2, True,
     r"\s*,\s*(?:la|le|l'|les|une|un|cette|cet|ces)\s*(?:[\w'-]+\s+){0,2}?" + _BREACH),
    # "Les laboratoires X et Y sont concernés par la fuite", "X est touché par la cyberattaque"
    ("affected_by", "victim", "after", 2, False,
     _APPOS + r"(?:est|sont|serait|seraient|etait|etaient|seront|sera)\s+" + _ADV + r"(?:concernee?s?|touchee?s?|impactee?s?|"
     r"affectee?s?|visee?s?|ciblee?s?|frappee?s?|paralysee?s?)\s+(?:par|lors\s+de)\s+(?:la|le|l'|les|cette|cet|ce|une|un|ces)\s*"
     r"(?:[\w'-]+\s+){0,2}?" + _BREACH),
    ("complaint", "victim", "after", 2, False,
     _APPOS + _AUX + _ADV + r"(?:\w+\s+(?:de\s+|d')?)?(?:porte\w*|depose\w*)\s+(?:\w+\s+){0,2}?plainte"),
    ("announced_breach", "victim", "after", 1, True,
     _APPOS + _AUX + _ADV + _REPORT + r"\b"),
    ("systems_of", "victim", "before", 2, True,
     r"(?:serveurs?|systemes?|reseaux?|sites?|bases?\s+de\s+donnees|donnees|fichiers?|dossiers|patients|informations|"
     r"infrastructures?|messageries?|parc|ordinateurs|postes|comptes|clients|adherents|assures|usagers|urgences|"
     r"services|consultations|blocs?\s+operatoires?|standard|telephonie|portail|logiciels?)"
     r"(?:\s+[\w'-]+){0,4}?\s+(?:de\s+|du\s+|des\s+|d')" + _DETQ + _CUE + r"$"),
    # "les données de 1 350 patients suivis au centre hospitalier de X"
    ("patients_at", "victim", "before", 2, True,
     r"(?:patients|patientes|malades|residents|usagers)\b[^.;]{0,60}?\b(?:au|aux|a\s+l'|a\s+la|dans\s+l'|dans\s+la|dans\s+le)\s+"
     + _CUE + r"$"),
    # "Les ARS concernées sont celles des Hauts-de-France, de Normandie ...": the members of the list.
    ("those_affected", "victim", "before", 2, False,
     r"\b(?:concernee?s|touchee?s|visee?s|ciblee?s|piratee?s|attaquee?s|victimes)\s+(?:sont|etaient|seraient)\s+"
     r"(?:celles|ceux)\s+[^.;:]*$"),
    # "Plusieurs hôpitaux ont été touchés, dont le CH de Brive et l'hôpital de Tulle"
    ("among_listed", "victim", "before", 2, False,
     r"(?:touchee?s|visee?s|ciblee?s|piratee?s|attaquee?s|paralysee?s|concernee?s|impactee?s|victimes)\b[^.;:]{0,60}?"
     r",?\s*(?:dont|parmi\s+(?:eux|elles|lesquel\w*)|notamment|en\s+particulier|a\s+savoir)\s+" + _DETQ + _CUE + r"$"),
    # "Le forum a publié les données de la mutuelle X", "un pirate met en vente la base de Y"
    ("published_data", "victim", "before", 2, False,
     r"(?:publi|diffus|divulgu|mis\w*\s+en\s+ligne|met\w*\s+en\s+(?:vente|ligne)|mis\w*\s+en\s+vente|propos\w*\s+a\s+la\s+vente|"
     r"vend|revend|partag|fait\s+fuiter)\w*\s+(?:[\w'-]+\s+){0,3}?(?:donnees|fichiers?|bases?(?:\s+de\s+donnees)?|informations|"
     r"dossiers|documents|listes?)\s+(?:[\w'-]+\s+){0,4}?(?:de\s+|du\s+|des\s+|d')" + _DETQ + _CUE + r"$"),
    # "La CNIL a sanctionné le laboratoire X pour la fuite ...", "une amende infligée à la clinique Y"
    ("sanctioned", "victim", "before", 2, True,
     r"(?:sanctionn\w*|condamn\w*|mis\w*\s+en\s+demeure|amende\w*\s+(?:[\w'-]+\s+){0,4}?(?:a\s+l'|a\s+la\s+|au\s+|aux\s+|a\s+))\s*"
     + _DETQ + _CUE + r"$"),
    ("chez", "victim", "before", 2, True, r"\bchez\s+" + _DETQ + _CUE + r"$"),
    ("attack_on", "victim", "before", 2, False,
     r"(?:cyber-?attaques?|attaques?|piratages?|fuites?|vols?|intrusions?|rancongiciels?|ransomwares?|incidents?|"
     r"acte\s+malveillant|violations?|hacks?|compromissions?|failles?|cyber-?incidents?)(?:\s+[\w'-]+){0,4}?\s+"
     r"(?:(?:contre|visant|ciblant|touchant|frappant|subie?s?\s+par|chez|dont\s+(?:a|ont)\s+ete\s+victimes?)\s+|"
     r"de\s+|du\s+|des\s+|d'|a\s+l'|au\s+|aux\s+|a\s+la\s+)" + _DETQ + _CUE + r"$"),
    # "a frappé dans la nuit de lundi le CH de X", "paralyse depuis mardi l'hôpital de Y": a time between verb and object
    ("hit_object", "victim", "before", 2, False,
     r"(?<![a-z])(?:paralys|vis|cibl|frapp|touch|pirat|attaqu|ranconn|infect|hack|infiltr|penetr)"
     r"(?:e|es|ent|ait|aient|ant|er|era|eront|ee|ees)\s+" + _GAP + _DETQ + _CUE + r"$|"
     r"(?<![a-z])(?:compromis|compromet|compromettent|compromettait|compromettant)\s+" + _GAP + _DETQ + _CUE + r"$"),
    # "Frappé par un rançongiciel le 3 février, l'hôpital de X ...", "Ciblée par des pirates, la clinique Y"
    ("fronted_participle", "victim", "before", 2, False,
     r"^\s*(?:(?:deja|recemment|egalement|elle\s+aussi|lui\s+aussi)\s+)?(?:victimes?|cibles?|(?:vis|cibl|frapp|touch|pirat|attaqu|paralys|"
     r"ranconn|infect|hack|compromis|perturb)(?:ee?s?|e?s?))\b[^,;.:]{0,120},\s*" + _DETQ + _CUE + r"$|"
     # "Avec plusieurs sites touchés, le laboratoire X ...", "Avec 3 000 patients concernés, la clinique Y"
     r"^\s*avec\s+(?:[\w'-]+\s+){1,5}?(?:touchee?s|visee?s|ciblee?s|piratee?s|attaquee?s|paralysee?s|concernee?s|"
     r"exposee?s|derobee?s|volee?s|chiffree?s|compromise?s|impactee?s)\b[^,;.:]{0,60},\s*" + _DETQ + _CUE + r"$"),
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
    # "Un des fournisseurs externes du CISSS de X, soit Y, a été victime": Y is the vendor.
    ("vendor_soit", "vendor", "before", 3, False,
     r"(?:editeurs?|prestataires?|sous-traitants?|fournisseurs?|hebergeurs?|integrateurs?)\b[^.;]{0,200}?,\s*"
     r"(?:soit|a\s+savoir|en\s+l'occurrence|nomme|baptise)\s+(?:l'|la\s+|le\s+|les\s+)?" + _CUE + r"$"),
    # "Éditeur de solutions logicielles pour les hôpitaux, X confirme ...": the sentence opens on what X is.
    ("vendor_opening", "vendor", "before", 3, False,
     r"^\s*(?:editeur|prestataire|fournisseur|hebergeur|sous-traitant|integrateur)s?\b[^,.;:]{0,120},\s*$"),
    ("software_of", "vendor", "before", 3, False, r"\blogiciels?(?:\s+(?:de\s+|d')?[a-z-]+)?\s+(?:de\s+|d')?$"),
    # "Sondaqc, mandatée par le CIUSSS de X, a été victime": a contractor working for the data's owner
    ("mandated_by", "vendor", "after", 3, False,
     r"\s*,?\s*(?:(?:mandatee?s?|missionnee?s?|engagee?s?|retenue?s?|sollicitee?s?)\s+par|qui\s+travaill\w+\s+pour|"
     r"travaillant\s+pour|(?:qui\s+agi\w+\s+|agissant\s+)?pour\s+le\s+compte)\s+(?:de\s+|du\s+|des\s+|d'|l'|la\s+|le\s+|les\s+)"),
    ("vendor_apposition", "vendor", "after", 3, False,
     r"\s*(?:\([^)]*\))?\s*,\s*(?:un|une|l'|le|la|son|leur|notre)?\s*(?:editeur|prestataire|fournisseur|sous-traitant|"
     r"hebergeur|specialiste\s+(?:des|du|de)\s+logiciels?)|\s*,?\s*(?:qui\s+edite|qui\s+fournit|dont\s+le\s+logiciel)"),
]
_NEAR_BREACH_RULES = {"systems_of", "patients_at"}
_SUBJECT_RULES = {"pronoun_victim", "forced_to", "locative_breach"}
# The mention opens its sentence: a few words at most before it ("Selon l'", "Au", "Le").
_OPENS_SENTENCE = re.compile(r"^\s*(?:[\w-]+\s+|[\w-]*')?(?:[\w-]+\s+|[\w-]*')?$")
_COMPILED = [(n, r, side, w, nb, re.compile(rx)) for n, r, side, w, nb, rx in ROLE_RULES]

# The subject of a breach sentence, when no rule above names a role: weak.
_SUBJECT_BEFORE = re.compile(r"^\s*(?:[\w'-]+\s+){0,5}$")
_SUBJECT_AFTER = re.compile(_APPOS + r"(?:a|ont|est|sont|va|vont|doit|annonce|confirme|indique|reconnait|explique|"
                            r"precise|affirme|assure|se\s+dit)\b")
BREACH_RE = re.compile(r"(?<![a-z])" + _BREACH)
# "Biolys Ouest : 30 000 dossiers exposés": the capitalised run before a headline's colon.
_HEADLINE_NAME = re.compile(r"^\s*((?:[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*)(?:[ -](?:(?:des|de|du|d')\s*)?[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*){0,3})\s*:")
# Headlines about leaks often say only that data were exposed: "30 000 dossiers accessibles".
_EXPOSED_RE = re.compile(r"(?<![a-z])(?:expose|accessible|en\s+vente|divulgu|publie|mis\s+en\s+ligne|derobe|vole)")

# A story about many breaches: its groups ("des établissements de santé") are no victims.
TREND_WORDS = r"se\s+multiplient|se\s+sont\s+multipliee?s|recense\w*|recrudescence|d'autres|plusieurs\s+(?:hopitaux|etablissements)"
TREND = re.compile(r"\b(?:" + TREND_WORDS + r"|\d+\s+(?:incidents|attaques|cyberattaques))\b")
# Sentences retelling other incidents ("Pour rappel, ...", "ont ainsi paralysé ..."):
# a victim named only there is background, not the article's incident.
BACKGROUND = re.compile(
    r"\b(?:pour\s+rappel|rappelons|l'an\s+dernier|l'annee\s+derniere|precedemment|auparavant|" + TREND_WORDS + r"|"
    r"ainsi(?!\s+que)|a\s+l'image\s+d|avant\s+(?:lui|elle|eux)|apres\s+(?:celle|celui|ceux)|"
    r"deja\s+(?:ete|en|victime)|en\s+20\d\d|derniers?\s+en\s+date)\b")
# Of those, the words that say outright that another incident is retold (a year alone does not).
RETOLD = re.compile(r"\b(?:pour\s+rappel|rappelons|ainsi(?!\s+que)|a\s+l'image\s+d|avant\s+(?:lui|elle|eux)|apres\s+(?:celle|celui|ceux)|"
                    r"derniers?\s+en\s+date|" + TREND_WORDS + r")\b")


# "L'hôpital X, qui appartient au groupe Y, a été victime": Y sits in a relative clause
# and the verb after its closing comma belongs to X.
_RELATIVE_OPEN = re.compile(r",\s*(?:qui|dont|lequel|laquelle|appartenant|filiale|membre|propriete)\b[^,]*$")


# ---------------------------------------------------------------- roles from the parse

DEP_RULES = "rules/victims.json"
_NEGATORS = {"pas", "jamais", "ne", "n'", "n’", "aucun", "aucune", "nullement"}
_POSSESSIVES = {"ses", "son", "sa", "leurs", "leur"}
_SHARING = {"conj", "appos", "flat:name"}  # a member of a list or an apposition shares its anchor's role


@lru_cache(maxsize=1)
def _cue_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in org_data()["name_cues"] if " " not in w)


def _negated(tokens: list[Token]) -> bool:
    """'n'a pas été touché', 'ne pas avoir été victime': a negator on the predicate or its verb."""
    for token in tokens:
        for t in (token, token.head):
            if any(c.lower_ in _NEGATORS for c in t.children):
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
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions
             if m is not mention and mention.sent.start_char <= m.start < mention.sent.end_char]

    def heads(start: int, end: int) -> list[Token]:
        return [t for t in sent_doc[start - sent_start : end - sent_start] if not (start - sent_start <= t.head.i < end - sent_start) or t.head.i == t.i]

    def owner_of(i: int) -> Span | None:
        return next((sp for sp in spans if sp is not None and sp.start <= i < sp.end), None)

    found: list[tuple[str, str, float]] = []
    frontier, seen = heads(span.start, span.end), set()
    # "au groupe Ramsay", "la société Medilab": the cue noun before the name carries its role in the parse.
    cues = _cue_nouns()
    frontier += [t.head for t in frontier if t.head.i == span.start - sent_start - 1 and t.head.lower_ in cues]
    named = [sp for sp, m in zip(spans, [m for m in mentions if m is not mention and mention.sent.start_char <= m.start < mention.sent.end_char])
             if m.kind != "group"]
    for t in heads(span.start, span.end):
        # "l'hôpital X du CH Y": Y owns X; "des pharmacies comme la pharmacie X": a group owns no one
        governor = next((sp for sp in named if sp is not None and sp.start <= sent_start + t.head.i < sp.end), None)
        if t.dep_ == "nmod" and governor is not None and any(c.dep_ == "case" for c in t.children):
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


def judge_roles(mention: Mention, doc: Doc, folded: str, mentions: list[Mention] | None = None) -> list[tuple[str, str, float]]:
    """Every role a mention's sentence gives it: the parse's (when parsed), then the regex table's.

    Where the parse says the mention is an owner or a part of another
    organisation, the regex rules' victim roles (read from the words around it)
    do not count."""
    parsed = dep_roles(mention, doc, mentions or []) if mentions is not None else None
    found = _regex_roles(mention, folded)
    if parsed and any(r in {"owner", "part"} for _, r, _ in parsed):
        found = [f for f in found if f[1] != "victim"]
    return (parsed or []) + found


def _regex_roles(mention: Mention, folded: str) -> list[tuple[str, str, float]]:
    sent = mention.sent
    before = folded[sent.start_char : mention.ctx_start]
    after = folded[mention.ctx_end : sent.end_char]
    if _RELATIVE_OPEN.search(before) and re.match(r"\s*,", after):
        after = ""
    has_breach = bool(BREACH_RE.search(folded, sent.start_char, sent.end_char))
    # A breach word in the sentence before or after does for the rules that read data or systems
    # ("Les données de 20 patients du centre X sont arrivées chez un autre client. Ce type de fuite ...").
    near_breach = has_breach or bool(BREACH_RE.search(folded, max(0, sent.start_char - 250), min(len(folded), sent.end_char + 250)))
    found = []
    for name, role, side, weight, needs_breach, rx in _COMPILED:
        if needs_breach and not (has_breach or (name in _NEAR_BREACH_RULES and near_breach and mention.kind != "loose")):
            continue
        if name in _SUBJECT_RULES and not _OPENS_SENTENCE.match(before):
            continue  # "dont il a été victime", "Au CH de X, la cyberattaque ...": said of the sentence's subject
        if side == "after":
            m = rx.match(after)
            # a rule's negation is read in its core words ("aucune donnée n'a été volée lors de
            # la cyberattaque qui l'a visé": the attack hit it)
            said = (m.groupdict().get("core") or m.group(0)) if m else ""
            if m and not (role == "victim" and _NEG.search(said)):
                found.append((name, role, weight))
        else:
            m = rx.search(before[-220:])
            if m and not (role == "victim" and _NEG.search(before[-220:][max(0, m.start() - 25) : m.end()])):
                found.append((name, role, weight))
    if not found and has_breach and _SUBJECT_BEFORE.match(before) and _SUBJECT_AFTER.match(after):
        found.append(("breach_subject", "weak", 0.5))
    return found


# Before a place's name in the body: "en Corrèze", "à Libourne", "au Québec", "dans le Tarn" (_AT_PLACE: a place
# whatever the model says); "l'Ehpad de Libourne", "près de Vannes" (a place when the model calls it one).
_AT_PLACE = r"(?<![\w-])(?:en|à|au|aux|dans\s+(?:le|la|les|l'))\s+"
_PLACE_BEFORE = r"(?<![\w-])(?:en|à|au|aux|du|des|de\s+la|de\s+l'|dans\s+(?:le|la|les|l')|près\s+de|sur)\s*"


def _of_place(name: str, body: str) -> bool:
    """"l'Ehpad de Libourne", "le commissariat de Libourne", "l'hôpital (CH) de Dax": the name of the place
    of an establishment or a public office ("les données de Santéo" names an owner, not a place)."""
    return bool(re.search(r"(?<![\w-])(?:" + _ESTABLISHMENT + r")[sx]?(?:\s*\([^)]{1,12}\))?\s+(?:de|d')\s*" + re.escape(fold(name)) + r"(?![\w-])", fold(body)))


_ESTABLISHMENT = "|".join(sorted({re.escape(fold(h)) for h in org_data()["heads"]} | {
    "commissariat", "mairie", "ville", "commune", "tribunal", "prefecture", "sous-prefecture", "gendarmerie", "region",
    "agglomeration", "metropole", "departement", "canton", "hotel de ville", "gare", "universite", "lycee", "college",
    "residence", "maison de retraite", "etablissement", "antenne"}, key=len, reverse=True))


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
    has_breach = bool(BREACH_RE.search(folded) or _EXPOSED_RE.search(folded))
    found: dict[str, str] = {}
    lead = _HEADLINE_NAME.match(doc_text(title_doc))
    if lead and _kicker_word(lead.group(1), body):
        lead = None  # "Cyberattaque : ...", "Santé : ...", "Vaccination : ...": a kicker, not a name
    place_end, place = 0, None
    name_rx = re.escape(lead.group(1)) + r"(?![\w-])" if lead else ""
    # "de la Sarthe", "du Tarn", "de l'Aveyron": one capitalised word after an article, a region's name
    one_word = bool(lead) and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[\wà-ÿ]+)*", lead.group(1)) is not None
    if lead and (re.search(_AT_PLACE + name_rx, body) or (one_word and re.search(r"(?<![\w-])(?:du|de\s+la|de\s+l')\s*" + name_rx, body)) or (
            any(e.label_ in {"LOC", "PER"} and e.start_char < lead.end(1) and lead.start(1) < e.end_char for e in title_doc.ents)
            and (re.search(_PLACE_BEFORE + name_rx, body) or lead.group(1) not in body or _of_place(lead.group(1), body)))):
        # "Australie : ..." ("en Australie" in the body), "Libourne : un Ehpad piraté" ("l'Ehpad de Libourne"):
        # a place heads the story, not the breached organisation; no name inside it is one either
        place_end, place, lead = lead.end(1), lead.group(1), None
    if has_breach and lead:
        found[key_of(lead.group(1))] = lead.group(1)
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
        if any(role == "victim" for _, role, _ in judge_roles(mention, title_doc, folded)) or mention.start == after_kicker:
            found[mention.key] = mention.canonical
        elif has_breach and re.match(r"\s*:", doc_text(title_doc)[mention.end:]) and mention.start < 40:
            found[mention.key] = mention.canonical
    return found, place


def _kicker_word(name: str, body: str) -> bool:
    """A breach word, a head noun, or a word the article writes in lower case: a topic, not a name."""
    folded = fold(name)
    return bool(BREACH_RE.search(folded) or folded in generic_words()
                or re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", body))
