"""The French constructions through which press names the breached body, each in a whole mini-article.

Every case is a short article written for this test (never an article's words): a headline that does not
name the body, then two to four sentences, one of which names one health body as breached through one
construction. Each construction is written several ways: the passive of many attack verbs; active verbs
with the body as object ("s'en prendre à", "frapper de plein fouet", "faire tomber les serveurs de");
the body owning what was hit ("les serveurs de la clinique X ont été chiffrés"); "victime de" / "cible de"
fronted or in apposition; "chez X", "au sein de X", "à l'hôpital X", "X, dont les serveurs ..."; a body
introduced by a generic noun and named in the next sentence; a pronoun taking the body up; a list after a
colon; the body as subject of what the breached one does (files a complaint, alerts the CNIL, switches to
a degraded mode, informs its patients); Belgian, Swiss and Québec bodies. The negatives name beside the
victim a parent group, the ARS, the CNIL, a hospital taking in patients, a vendor helping, and a hospital
hit in another year: none of them is a victim.

A case passes when the article is relevant, every expected victim is found under the shared scorer's rule,
nothing else is a victim, and no forbidden word is in a victim's name.
"""

import pytest

from tests.extract.test_victims_general import SAME_ORG, assert_victims

H1 = "Cyberattaque : un établissement de santé perturbé"
H2 = "Fuite de données : des patients inquiets"
H3 = "Rançongiciel : les soignants reviennent au papier"
TAIL = " Les équipes informatiques travaillent à rétablir les systèmes. Une enquête a été ouverte."
TAIL2 = " Les patients concernés seront informés par courrier. Les services d'urgence restent ouverts."

# (headline, text, victims, words no victim may contain)
CASES = [
    # --- the passive of an attack verb
    (H1, "Le centre hospitalier de Montbrison a été touché par une attaque informatique dans la nuit de samedi." + TAIL,
     ["centre hospitalier de Montbrison"], []),
    (H1, "La clinique Sainte-Odile a été visée vendredi par des pirates informatiques." + TAIL,
     ["clinique Sainte-Odile"], []),
    (H2, "Le laboratoire Analysia a été ciblé par un groupe de cybercriminels, qui a dérobé des résultats d'analyses." + TAIL2,
     ["laboratoire Analysia"], []),
    (H3, "L'hôpital de Saint-Flour a été frappé lundi matin par un rançongiciel." + TAIL,
     ["hôpital de Saint-Flour"], []),
    (H3, "Le centre hospitalier de Riom est paralysé depuis mardi par une cyberattaque." + TAIL,
     ["centre hospitalier de Riom"], []),
    (H2, "La mutuelle Solivia a été piratée le week-end dernier et les coordonnées de ses adhérents ont fuité." + TAIL2,
     ["mutuelle Solivia"], []),
    (H2, "L'Ehpad Les Tilleuls a été infiltré par des pirates qui ont copié les dossiers des résidents." + TAIL2,
     ["Ehpad Les Tilleuls"], []),
    (H1, "La clinique des Cèdres a été rançonnée par des cybercriminels qui réclament un million d'euros." + TAIL,
     ["clinique des Cèdres"], []),
    (H1, "Le centre de radiologie Imagerie du Lac a été compromis par une intrusion informatique." + TAIL,
     ["centre de radiologie Imagerie du Lac"], []),
    (H3, "Le laboratoire Bioval a été mis à l'arrêt par une cyberattaque jeudi." + TAIL,
     ["laboratoire Bioval"], []),
    (H3, "Le centre hospitalier de Bagnols a été mis hors service par un rançongiciel." + TAIL,
     ["centre hospitalier de Bagnols"], []),
    (H1, "Lundi, la polyclinique du Littoral a été attaquée par des pirates informatiques." + TAIL,
     ["polyclinique du Littoral"], []),
    # --- an active verb with the body as its object
    (H1, "Des pirates informatiques s'en sont pris au centre hospitalier de Vierzon dans la nuit de dimanche." + TAIL,
     ["centre hospitalier de Vierzon"], []),
    (H1, "Un groupe de hackers s'en est pris cette semaine à la clinique du Vallon." + TAIL,
     ["clinique du Vallon"], []),
    (H3, "Un rançongiciel a frappé de plein fouet l'hôpital de Lannemezan mardi." + TAIL,
     ["hôpital de Lannemezan"], []),
    (H3, "La cyberattaque a fait tomber les serveurs de la clinique Saint-Roch dimanche soir." + TAIL,
     ["clinique Saint-Roch"], []),
    (H3, "Des cybercriminels ont fait tomber le réseau informatique du centre hospitalier de Figeac." + TAIL,
     ["centre hospitalier de Figeac"], []),
    (H1, "Les pirates ont chiffré l'ensemble des serveurs de l'hôpital d'Issoire avant de réclamer une rançon." + TAIL,
     ["hôpital d'Issoire"], []),
    (H3, "Une attaque informatique a mis à l'arrêt le laboratoire Cerbalab pendant trois jours." + TAIL,
     ["laboratoire Cerbalab"], []),
    (H3, "Un logiciel malveillant paralyse depuis lundi le centre hospitalier de Gap." + TAIL,
     ["centre hospitalier de Gap"], []),
    (H2, "Des hackers ont infiltré le réseau du centre de santé Les Glycines et volé des ordonnances." + TAIL2,
     ["centre de santé Les Glycines"], []),
    (H2, "Un pirate a rançonné la mutuelle Prévoyance Alpine en menaçant de publier les fichiers de ses adhérents." + TAIL2,
     ["mutuelle Prévoyance Alpine"], []),
    # --- the body owns what was hit
    (H3, "Les serveurs de la clinique Jeanne-d'Arc ont été chiffrés dans la nuit de mercredi." + TAIL,
     ["clinique Jeanne-d'Arc"], []),
    (H2, "Les données des patients du centre de santé Les Lilas ont fuité sur un forum de pirates." + TAIL2,
     ["centre de santé Les Lilas"], []),
    (H3, "Le système informatique de l'hôpital de Guéret est paralysé depuis lundi à la suite d'une cyberattaque." + TAIL,
     ["hôpital de Guéret"], []),
    (H1, "Le réseau informatique du centre hospitalier de Sarlat a été infiltré par des pirates." + TAIL,
     ["centre hospitalier de Sarlat"], []),
    (H2, "Les dossiers médicaux de patients de la clinique du Lac ont été dérobés lors d'une intrusion." + TAIL2,
     ["clinique du Lac"], []),
    (H1, "La messagerie du centre hospitalier d'Arles a été piratée mardi." + TAIL,
     ["centre hospitalier d'Arles"], []),
    # --- "victime de" / "cible de", fronted or in apposition
    (H3, "Victime d'un rançongiciel, la clinique Saint-Hilaire a dû reporter des opérations." + TAIL,
     ["clinique Saint-Hilaire"], []),
    (H3, "Cible d'une cyberattaque depuis dimanche, le centre hospitalier de Millau fonctionne en mode dégradé." + TAIL,
     ["centre hospitalier de Millau"], []),
    (H2, "La polyclinique de l'Atlantique, cible d'une attaque informatique, a prévenu ses patients." + TAIL2,
     ["polyclinique de l'Atlantique"], []),
    (H2, "Le laboratoire Biocentre, victime d'une fuite de données, a alerté la CNIL." + TAIL2,
     ["laboratoire Biocentre"], ["CNIL"]),
    (H3, "Touché par une cyberattaque, l'hôpital de Lourdes a déclenché son plan blanc." + TAIL,
     ["hôpital de Lourdes"], []),
    # --- where it happened: "chez", "au sein de", "à l'hôpital", "dont les serveurs"
    (H2, "Une fuite de données a été découverte chez Biomédia, un réseau de laboratoires d'analyses." + TAIL2,
     ["Biomédia"], []),
    (H2, "Une intrusion informatique a été détectée au sein du centre hospitalier de Dreux." + TAIL2,
     ["centre hospitalier de Dreux"], []),
    (H3, "À l'hôpital de Pontivy, les soignants travaillent au papier depuis la cyberattaque de lundi." + TAIL,
     ["hôpital de Pontivy"], []),
    (H3, "Au centre hospitalier de Bourg-Saint-Maurice, une attaque par rançongiciel a bloqué les logiciels." + TAIL,
     ["centre hospitalier de Bourg-Saint-Maurice"], []),
    (H3, "L'hôpital de Morlaix, dont les serveurs ont été chiffrés, fonctionne en mode dégradé." + TAIL,
     ["hôpital de Morlaix"], []),
    (H2, "La clinique des Alpilles, dont les fichiers de patients ont été volés, a porté plainte." + TAIL2,
     ["clinique des Alpilles"], []),
    # --- a generic noun first, the name next
    (H1, "Un établissement de santé de l'Allier a été attaqué par un rançongiciel samedi. Il s'agit du centre hospitalier de Vichy."
     " Les équipes informatiques travaillent à rétablir les systèmes.",
     ["centre hospitalier de Vichy"], []),
    (H2, "Un laboratoire d'analyses médicales a été victime d'une fuite de données. Il s'agit du laboratoire Biopôle, à Lille."
     " Les patients concernés seront informés.",
     ["laboratoire Biopôle"], ["Lille"]),
    (H1, "Une clinique du Var a été visée par des pirates informatiques. L'établissement concerné, la clinique Les Oliviers,"
     " a porté plainte. Une enquête a été ouverte.",
     ["clinique Les Oliviers"], []),
    # --- a pronoun takes the body up
    (H1, "La clinique Saint-Joseph de Vannes accueille deux cents patients par jour. Elle a été victime d'un vol de données."
     " Une enquête a été ouverte.",
     ["clinique Saint-Joseph"], []),
    (H1, "Le centre de santé des Acacias a prévenu ses patients par courriel. Il a été victime d'une cyberattaque dimanche." + TAIL,
     ["centre de santé des Acacias"], []),
    (H1, "La polyclinique du Ventoux emploie quatre cents salariés. Elle a été la cible de pirates informatiques en fin de semaine." + TAIL,
     ["polyclinique du Ventoux"], []),
    (H3, "Le laboratoire Biorance compte douze sites dans la région. Il a été visé par un rançongiciel lundi." + TAIL,
     ["laboratoire Biorance"], []),
    (H2, "La mutuelle Santelia a écrit à tous ses adhérents. Elle a été piratée au début du mois." + TAIL2,
     ["mutuelle Santelia"], []),
    # the pronoun names no other body: one the sentence before does not open on, one of the other gender
    (H1, "La clinique des Pins a été visée par des pirates. Le directeur du centre hospitalier de Sète a réagi. Il a été"
     " victime d'un rançongiciel il y a deux ans.",
     ["clinique des Pins"], ["Sète"]),
    (H1, "La clinique des Pins a été visée par des pirates. Le centre hospitalier de Mende a ouvert une cellule de crise."
     " Elle a été victime de nombreux appels depuis lundi.",
     ["clinique des Pins"], ["Mende"]),
    (H3, "Le centre hospitalier de Saint-Lô a été touché par une cyberattaque. Il a été contraint de reporter des consultations."
     " Les urgences restent ouvertes.",
     ["centre hospitalier de Saint-Lô"], []),
    # --- a second body the sentence ends on after "tout comme", "ainsi que", "de même que"
    (H1, "La clinique des Landes a été visée par des pirates, tout comme le centre hospitalier de Mont-de-Marsan." + TAIL,
     ["clinique des Landes", "centre hospitalier de Mont-de-Marsan"], []),
    (H3, "Le laboratoire Biolandes a été piraté dimanche, de même que le laboratoire Analys Sud." + TAIL,
     ["laboratoire Biolandes", "laboratoire Analys Sud"], []),
    (H1, "L'hôpital de Saint-Sever a été touché par un rançongiciel, ainsi que la clinique du Marsan." + TAIL,
     ["hôpital de Saint-Sever", "clinique du Marsan"], []),
    # ... not one with a clause of its own (another year's attack)
    (H1, "La clinique des Landes a été visée par des pirates, tout comme le centre hospitalier d'Orthez l'avait été en 2021." + TAIL,
     ["clinique des Landes"], ["Orthez"]),
    # --- a list after a colon
    (H1, "Trois établissements ont été touchés par l'attaque : le centre hospitalier de Lisieux, la clinique du Pays d'Auge"
     " et l'Ehpad Les Pommiers." + TAIL,
     ["centre hospitalier de Lisieux", "clinique du Pays d'Auge", "Ehpad Les Pommiers"], []),
    (H2, "Deux structures sont concernées par la fuite de données : la clinique de l'Estuaire et le centre de radiologie de Honfleur." + TAIL2,
     ["clinique de l'Estuaire", "centre de radiologie de Honfleur"], []),
    (H1, "Plusieurs établissements ont été touchés, à savoir la clinique des Mûriers et la clinique du Roc."
     " L'ARS suit la situation. Une enquête a été ouverte.",
     ["clinique des Mûriers", "clinique du Roc"], ["ARS"]),
    (H1, "Plusieurs établissements ont été touchés, parmi lesquels la clinique des Mûriers et le centre de dialyse de Brive."
     " L'ARS suit la situation. Une enquête a été ouverte.",
     ["clinique des Mûriers", "centre de dialyse de Brive"], ["ARS"]),
    # --- the body does what the breached one does
    (H1, "Le centre hospitalier de Tulle a déposé plainte après une cyberattaque survenue dimanche." + TAIL,
     ["centre hospitalier de Tulle"], []),
    (H1, "La clinique du Ter a porté plainte pour intrusion dans son système informatique." + TAIL,
     ["clinique du Ter"], []),
    (H2, "Le laboratoire Labosud a alerté la CNIL après une fuite de données de santé." + TAIL2,
     ["laboratoire Labosud"], ["CNIL"]),
    (H3, "L'hôpital d'Aurillac a dû basculer en mode dégradé après l'attaque informatique." + TAIL,
     ["hôpital d'Aurillac"], []),
    (H2, "La mutuelle Harmonia Santé a informé ses adhérents d'une fuite de données." + TAIL2,
     ["mutuelle Harmonia Santé"], []),
    (H2, "Le centre hospitalier de Lannion a notifié à la CNIL une violation de données personnelles." + TAIL2,
     ["centre hospitalier de Lannion"], ["CNIL"]),
    # --- Belgian, Swiss and Québec bodies
    (H1, "Le CHU de Namur-Sud a été victime d'une cyberattaque dans la nuit de jeudi à vendredi." + TAIL,
     ["CHU de Namur-Sud"], []),
    (H2, "Le CIUSSS du Centre-Ouest a subi une fuite de renseignements personnels touchant 3 000 usagers." + TAIL2,
     ["CIUSSS du Centre-Ouest"], []),
    (H2, "Le CISSS de la Haute-Rive a informé ses usagers d'un vol de renseignements personnels." + TAIL2,
     ["CISSS de la Haute-Rive"], []),
    # found since names9 (an adjective between head and 'de', orgs.json's cantonal adjectives)
    (H3, "L'hôpital cantonal de Glaris-Sud est touché par un rançongiciel depuis lundi." + TAIL,
     ["hôpital cantonal de Glaris-Sud"], []),
    (H1, "La clinique Montchoisi de Lausanne a été piratée, a indiqué sa direction." + TAIL,
     ["clinique Montchoisi"], []),
    (H3, "Le Centre hospitalier régional de la Sambre, en Belgique, a été paralysé par un rançongiciel." + TAIL,
     ["Centre hospitalier régional de la Sambre"], ["Belgique"]),
    # --- names beside the victim that are no victims
    (H1, "La clinique du Parc, qui appartient au groupe Vitalia, a été victime d'une cyberattaque." + TAIL,
     ["clinique du Parc"], ["Vitalia"]),
    (H1, "L'ARS Bretagne a indiqué que le centre hospitalier de Quimperlé avait été touché par une attaque informatique." + TAIL,
     ["centre hospitalier de Quimperlé"], ["ARS"]),
    (H3, "Après la cyberattaque du centre hospitalier de Dax, les patients ont été transférés vers le CHU de Bordeaux." + TAIL,
     ["centre hospitalier de Dax"], ["Bordeaux"]),
    (H1, "La clinique Arago a été victime d'une cyberattaque mardi. La société de cybersécurité Cybernord accompagne"
     " l'établissement pour rétablir les systèmes. Une enquête a été ouverte.",
     ["clinique Arago"], ["Cybernord"]),
    (H3, "Le centre hospitalier de Cahors a été victime d'une cyberattaque mardi. En 2021, l'hôpital de Villefranche avait"
     " déjà été frappé par un rançongiciel. Une enquête a été ouverte.",
     ["centre hospitalier de Cahors"], ["Villefranche"]),
    (H1, "La clinique des Tamaris a été visée par des pirates informatiques samedi. En mars 2022, la clinique du Belvédère"
     " avait subi une attaque par rançongiciel." + TAIL,
     ["clinique des Tamaris"], ["Belvédère"]),
    (H2, "Les données de patients du laboratoire Biomer ont fuité sur un forum. En 2020, des pirates avaient déjà visé"
     " le laboratoire Analys du même département." + TAIL2,
     ["laboratoire Biomer"], ["Analys"]),
    (H3, "Deux ans plus tôt, le centre hospitalier de Millau avait été paralysé par un rançongiciel. Cette fois, c'est"
     " l'hôpital de Rodez qui a été frappé par des pirates." + TAIL,
     ["hôpital de Rodez"], ["Millau"]),
    # --- long material between the body and its predicate, clefts, other predicates
    (H1, "Le centre hospitalier de Saint-Amand, qui compte 600 lits et emploie 1 500 agents, a été visé dans la nuit de"
     " dimanche à lundi par une attaque informatique." + TAIL,
     ["centre hospitalier de Saint-Amand"], []),
    (H1, "La clinique Saint-Exupéry a été victime, dans la nuit de samedi à dimanche, d'une cyberattaque d'ampleur." + TAIL,
     ["clinique Saint-Exupéry"], []),
    (H1, "C'est le centre hospitalier de Pithiviers qui a été visé par les pirates informatiques cette fois." + TAIL,
     ["centre hospitalier de Pithiviers"], []),
    (H3, "Le centre hospitalier de Carhaix fait face depuis lundi à une cyberattaque de grande ampleur." + TAIL,
     ["centre hospitalier de Carhaix"], []),
    (H3, "L'hôpital de Pertuis est en proie depuis mardi à une attaque par rançongiciel." + TAIL,
     ["hôpital de Pertuis"], []),
    (H1, "La polyclinique des Quatre-Vents a fait l'objet d'une intrusion informatique la semaine dernière." + TAIL,
     ["polyclinique des Quatre-Vents"], []),
    (H1, "Les pirates réclament une rançon de deux millions d'euros au centre hospitalier de Sedan." + TAIL,
     ["centre hospitalier de Sedan"], []),
    (H1, "Le laboratoire Synerbio a reconnu avoir été piraté au début du mois." + TAIL,
     ["laboratoire Synerbio"], []),
    (H2, "La clinique de la Roseraie annonce avoir détecté une intrusion dans son système informatique." + TAIL2,
     ["clinique de la Roseraie"], []),
    (H3, "L'hôpital de Montdidier a vu ses serveurs chiffrés par un rançongiciel samedi." + TAIL,
     ["hôpital de Montdidier"], []),
    (H3, "Paralysé depuis mardi par une cyberattaque, le centre hospitalier de Romorantin a déclenché son plan blanc." + TAIL,
     ["centre hospitalier de Romorantin"], []),
    (H3, "La cyberattaque qui frappe le centre hospitalier d'Alès depuis lundi perturbe les consultations." + TAIL,
     ["centre hospitalier d'Alès"], []),
    (H3, "L'attaque informatique subie par la clinique Saint-Luc a entraîné l'annulation de cinquante opérations." + TAIL,
     ["clinique Saint-Luc"], []),
    (H3, "Les soignants racontent l'attaque dont le centre hospitalier de Cosne a été victime." + TAIL,
     ["centre hospitalier de Cosne"], []),
    (H2, "Des données de patients de la clinique Bon-Secours se retrouvent en vente sur le dark web." + TAIL2,
     ["clinique Bon-Secours"], []),
    (H2, "Les renseignements personnels de 5 000 usagers du CISSS de la Vallée-Verte ont été compromis." + TAIL2,
     ["CISSS de la Vallée-Verte"], []),
    (H2, "Les résultats d'analyses de milliers de patients du laboratoire Biosanté ont été mis en ligne par des pirates." + TAIL2,
     ["laboratoire Biosanté"], []),
    (H1, "Le CIUSSS de l'Est-du-Lac a été la cible d'une attaque informatique, a-t-il indiqué lundi." + TAIL,
     ["CIUSSS de l'Est-du-Lac"], []),
    (H3, "Les Hôpitaux universitaires de Bienne-Nord ont été touchés par un rançongiciel samedi." + TAIL,
     ["Hôpitaux universitaires de Bienne-Nord"], []),
    (H1, "Les Cliniques universitaires Saint-Hubert, à Bruxelles, ont été piratées dimanche." + TAIL,
     ["Cliniques universitaires Saint-Hubert"], ["Bruxelles"]),
    # --- more predicates of the breached body
    (H1, "Le centre hospitalier de Vire a été rendu inaccessible par une attaque informatique." + TAIL,
     ["centre hospitalier de Vire"], []),
    (H1, "La clinique des Ormes a été prise pour cible par des pirates informatiques." + TAIL,
     ["clinique des Ormes"], []),
    (H3, "L'hôpital de Conflans a été pris en otage par un rançongiciel samedi." + TAIL,
     ["hôpital de Conflans"], []),
    (H1, "Le laboratoire Médilor a été la proie de cybercriminels au début du mois." + TAIL,
     ["laboratoire Médilor"], []),
    (H1, "La clinique Saint-Pierre a été contrainte de payer une rançon aux pirates." + TAIL,
     ["clinique Saint-Pierre"], []),
    (H3, "La clinique de Champvert n'a plus accès à ses dossiers patients depuis la cyberattaque." + TAIL,
     ["clinique de Champvert"], []),
    (H3, "Le centre hospitalier de Quimperlé se remet difficilement de la cyberattaque subie le mois dernier." + TAIL,
     ["centre hospitalier de Quimperlé"], []),
    (H1, "Le centre hospitalier de Vitré est dans le viseur de pirates informatiques depuis lundi." + TAIL,
     ["centre hospitalier de Vitré"], []),
    (H3, "Depuis dimanche, plus rien ne fonctionne au centre hospitalier de Lavaur, où un rançongiciel a chiffré les serveurs."
     " L'ARS Occitanie suit la situation. Le CHU de Toulouse a proposé son aide.",
     ["centre hospitalier de Lavaur"], ["ARS", "Toulouse"]),
    (H3, "Une semaine après la cyberattaque qui l'a frappé, le centre hospitalier de Gourdon peine à redémarrer."
     " L'ARS Occitanie suit la situation. Le CHU de Toulouse a proposé son aide.",
     ["centre hospitalier de Gourdon"], ["ARS", "Toulouse"]),
    (H3, "Trois jours après avoir été visée par des pirates, la clinique Saint-Jacques a rouvert ses consultations."
     " L'ARS Occitanie suit la situation. Le CHU de Toulouse a proposé son aide.",
     ["clinique Saint-Jacques"], ["ARS", "Toulouse"]),
    (H3, "La cyberattaque dont la clinique des Minimes a fait l'objet a bloqué ses logiciels."
     " L'ARS Occitanie suit la situation. Le CHU de Toulouse a proposé son aide.",
     ["clinique des Minimes"], ["ARS", "Toulouse"]),
    # --- the parse reads a complement far from its verb
    (H1, "Des pirates informatiques s'en sont pris, pour la deuxième fois en deux ans, au centre hospitalier de Lavelanet."
     " L'ARS Occitanie suit la situation. Le CHU de Toulouse a proposé son aide.",
     ["centre hospitalier de Lavelanet"], ["ARS", "Toulouse"]),
    (H1, "Le centre hospitalier de Castelsarrasin et ses 900 agents ont été confrontés lundi à une cyberattaque d'une ampleur inédite."
     " L'ARS Occitanie suit la situation. Le CHU de Toulouse a proposé son aide.",
     ["centre hospitalier de Castelsarrasin"], ["ARS", "Toulouse"]),
    # --- beside the victim, a hospital denying and an authority relaying the alert
    (H3, "La clinique des Sables a été frappée par un rançongiciel. Le centre hospitalier de Challans précise que ses propres"
     " systèmes ne sont pas concernés. L'ARS Pays de la Loire indique avoir relayé l'alerte.",
     ["clinique des Sables"], ["Challans", "ARS", "Loire"]),
    # --- the body taken up by "l'établissement" after its name
    (H3, "Le centre hospitalier de Bressuire a annoncé mardi avoir été touché par une cyberattaque. L'établissement"
     " fonctionne en mode dégradé. Les urgences restent ouvertes.",
     ["centre hospitalier de Bressuire"], []),
    # --- more names that are no victims
    (H1, "L'ARS Normandie confirme la cyberattaque contre le centre hospitalier de Falaise." + TAIL,
     ["centre hospitalier de Falaise"], ["ARS"]),
    (H2, "La CNIL a ouvert une enquête après la fuite de données de la clinique des Glycines." + TAIL2,
     ["clinique des Glycines"], ["CNIL"]),
    (H3, "Le centre hospitalier de Loches a été paralysé par un rançongiciel. Le CHU de Tours a accueilli une partie"
     " des patients. Une enquête a été ouverte.",
     ["centre hospitalier de Loches"], ["Tours"]),
]


# An authority the headline names after its kicker, which the body only shows informed or relaying: no victim
AUTHORITY_HEADLINES = [
    ("Cyberattaque : l'ARS Occitanie alerte",
     "L'ARS Occitanie a été informée d'une attaque informatique touchant un établissement de santé. Une enquête a été ouverte."),
    ("Rançongiciel : l'agence régionale de santé d'Occitanie mobilisée",
     "L'agence régionale de santé d'Occitanie a réuni une cellule de crise après l'attaque d'un hôpital. Les patients ont été prévenus."),
    ("Fuite de données : l'ARS Bretagne appelle à la vigilance",
     "L'ARS Bretagne a relayé l'alerte après la fuite de données d'une clinique. Les patients concernés seront informés."),
]


@pytest.mark.parametrize("title, text", AUTHORITY_HEADLINES, ids=[c[0][:40] for c in AUTHORITY_HEADLINES])
def test_an_authority_the_headline_names_is_no_victim(extractor, title, text):
    found = [f.value for f in extractor.extract(text, title=title).victims]
    assert not any("ARS" in f or "agence" in f.lower() or "Occitanie" in f or "Bretagne" in f for f in found), found


@pytest.mark.parametrize("title, text, victims, never", CASES, ids=[(c.values if hasattr(c, "values") else c)[1][:50] for c in CASES])
def test_the_breached_body_in_a_mini_article(extractor, title, text, victims, never):
    assert_victims(extractor.extract(text, title=title), victims, never)


# A headline naming the body, the body naming it without a role; "X : ..." before the colon is the body, not a place.
HEADLINED = [
    ("Clinique des Ormes : des données de patients dérobées",
     "Les équipes de la clinique des Ormes travaillent au papier. Les consultations sont maintenues.", "clinique des Ormes"),
    ("Centre hospitalier de Vire : les urgences perturbées par une cyberattaque",
     "Les équipes du centre hospitalier de Vire travaillent au papier. Les consultations sont maintenues.", "centre hospitalier de Vire"),
    ("La clinique des Ormes mise à l'arrêt par une cyberattaque",
     "Les équipes de la clinique des Ormes travaillent au papier. Les consultations sont maintenues.", "clinique des Ormes"),
    ("Les pirates s'en prennent à la polyclinique du Golfe",
     "Les soignants de la polyclinique du Golfe travaillent au papier. Une enquête a été ouverte.", "polyclinique du Golfe"),
]


# A headline naming its victim and, by its kind alone, the place's hospital that helps: the hospital is no victim
HEADLINED += [
    ("Lannion : l'Ehpad Les Rosiers piraté, le centre hospitalier mobilisé",
     "Les soignants de l'Ehpad Les Rosiers travaillent au papier. Le centre hospitalier de Lannion a dépêché des informaticiens."
     " Une enquête a été ouverte.", "Ehpad Les Rosiers"),
    ("Paimpol : le laboratoire Biotrégor visé par des pirates, le centre hospitalier attend ses résultats",
     "Les analyses du laboratoire Biotrégor sont bloquées depuis lundi. Le centre hospitalier de Paimpol attend ses résultats."
     " Une enquête a été ouverte.", "laboratoire Biotrégor"),
    ("Guingamp : la clinique Armor paralysée, l'hôpital accueille ses patients",
     "Les soignants de la clinique Armor travaillent au papier depuis la cyberattaque. Le centre hospitalier de Guingamp a ouvert des lits."
     " Une enquête a été ouverte.", "clinique Armor"),
]


# A headline naming the one body, the body calling it by a generic noun only ("la plateforme", "la société").
HEADLINED += [
    ("Santéclic : des milliers de dossiers médicaux exposés",
     "La plateforme a été piratée dans la nuit de dimanche. Les patients concernés seront informés. Une enquête a été ouverte.",
     "Santéclic"),
    ("Cyberattaque contre Biolys",
     "Le laboratoire a été visé par un rançongiciel samedi. Les résultats d'analyses des patients sont retardés. Une enquête a été ouverte.",
     "Biolys"),
    ("Cyberattaque : Orthovia porte plainte",
     "La société a été touchée par un rançongiciel lundi. Les données des patients ont pu être copiées. Une enquête a été ouverte.",
     "Orthovia"),
    ("Fuite de données chez Docalia",
     "Les rendez-vous médicaux de milliers de patients ont fuité. La start-up a été la cible de pirates informatiques. Une plainte a été déposée.",
     "Docalia"),
]

# A headline opening on the body's name as the subject of its breach predicate, which the body writes as a name.
HEADLINED += [
    ("Radiolis visé par un rançongiciel",
     "Le centre de radiologie a fermé ses deux sites lundi, les dossiers des patients étant inaccessibles. La direction de Radiolis a porté plainte.",
     "Radiolis"),
    ("Pharmanord victime d'une cyberattaque",
     "Les pharmacies du groupement ne peuvent plus délivrer de médicaments depuis le piratage de mardi. Le groupement Pharmanord a prévenu la CNIL.",
     "Pharmanord"),
    ("Kinésanté piratée, les dossiers de 8 000 patients en ligne",
     "Le réseau de cabinets de kinésithérapie a confirmé la fuite jeudi. Les patients de Kinésanté ont été informés par courriel.",
     "Kinésanté"),
]

@pytest.mark.parametrize("title, text, victim", HEADLINED, ids=[c[0][:40] for c in HEADLINED])
def test_the_body_a_headline_names(extractor, title, text, victim):
    found = [f.value for f in extractor.extract(text, title=title).victims]
    assert len(found) == 1 and SAME_ORG(found[0], victim), found
