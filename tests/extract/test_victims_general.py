"""Who was breached, in many French wordings: the general patterns the victim rules must hold.

Each case is a short sentence written for this test (never an article's), one pattern in several
wordings: active and passive attack verbs (viser, toucher, frapper, paralyser, cibler, pirater,
compromettre), "victime de", "attaque contre / visant", lists after a colon or "dont", appositions,
coordinations, an acronym, a place or a date between the name and its verb, fronted participles,
Belgian, Swiss and Québec bodies (CISSS, CIUSSS, HUG, CHR), a full name before its bracketed
acronym, ARS names without article, vendors beside their clients, and names that must never be
victims (countries, authorities, regulators, owners, attackers, forums, outlets, generic words).

A case passes when every expected victim is found under the shared scorer's rule (one name contains
the other after folding, or one is the other's initials), nothing else is a victim, no forbidden word
is in a victim's name, and, where given, the vendors are exactly those listed.
"""

import importlib.util

import pytest

from tests.extract.conftest import SHARED


def _same_org():
    path = SHARED / "gold" / "score.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("gold_score_general", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.same_org

    def same_org(a, b):  # the scorer's rule, for a checkout without ../shared
        from healthbreach.textfold import fold_words
        fa, fb = fold_words(a), fold_words(b)
        initials = lambda s: "".join(w[0] for w in fold_words(s).split() if w not in {"de", "des", "du", "la", "le", "les", "l", "d", "et"})  # noqa: E731
        return bool(fa and fb) and (fa in fb or fb in fa or fa.replace(" ", "") == initials(b) or fb.replace(" ", "") == initials(a))
    return same_org


SAME_ORG = _same_org()

# (headline or None, text, victims, words no victim may contain, vendors or None when not checked)
CASES = [
    (None, "Une cyberattaque a frappé dans la nuit de lundi le centre hospitalier de Montauban.",
     ["centre hospitalier de Montauban"], [], None),
    (None, "Des hackers ont piraté les serveurs de la clinique Saint-Vincent de Besançon.",
     ["clinique Saint-Vincent"], [], None),
    (None, "Un rançongiciel paralyse depuis mardi l'hôpital de Cahors.",
     ["hôpital de Cahors"], [], None),
    (None, "Des pirates ont ciblé le laboratoire Biolor, à Metz, et volé des résultats d'analyses.",
     ["laboratoire Biolor"], ["Metz"], None),
    (None, "L'attaque informatique qui a touché jeudi la mutuelle Vitaprev a exposé les données de ses adhérents.",
     ["mutuelle Vitaprev"], [], None),
    (None, "Le rançongiciel a compromis les systèmes du groupe hospitalier Bretagne Sud.",
     ["groupe hospitalier Bretagne Sud"], [], None),
    (None, "Des cybercriminels ont compromis le réseau informatique de la polyclinique des Alpes. Une fuite de données de santé a touché des patients.",
     ["polyclinique des Alpes"], [], None),
    (None, "Le CHU de Liège a été visé par une cyberattaque, a confirmé la direction.",
     ["CHU de Liège"], [], None),
    (None, "Les Hôpitaux universitaires de Genève (HUG) ont été ciblés par des pirates informatiques.",
     ["Hôpitaux universitaires de Genève"], [], None),
    (None, "Le CIUSSS de l'Estrie a été frappé par un incident de cybersécurité touchant les données de 3000 usagers. Une fuite de données de santé a touché des patients.",
     ["CIUSSS de l'Estrie"], [], None),
    (None, "Le Centre intégré de santé et de services sociaux des Laurentides a été la cible d'une cyberattaque.",
     ["CISSS des Laurentides"], [], None),  # named by its short form, as the press and every gold set name it
    (None, "Le CISSS de la Côte-Nord a été victime d'une cyberattaque, a-t-il annoncé jeudi. Une fuite de données de santé a touché des patients.",
     ["CISSS de la Côte-Nord"], [], None),
    (None, "La clinique Saint-Luc de Bouge, victime d'un piratage, a prévenu ses patients.",
     ["clinique Saint-Luc"], [], None),
    (None, "Le Réseau hospitalier neuchâtelois (RHNe) a été paralysé par un rançongiciel.",
     ["Réseau hospitalier neuchâtelois"], [], None),
    (None, "Victime d'une cyberattaque, le centre hospitalier de Bastia fonctionne en mode dégradé.",
     ["centre hospitalier de Bastia"], [], None),
    (None, "Le laboratoire Biomnis se dit victime d'une fuite de données.",
     ["laboratoire Biomnis"], [], None),
    (None, "C'est le centre hospitalier de Saint-Nazaire qui a été victime de l'attaque par rançongiciel.",
     ["centre hospitalier de Saint-Nazaire"], [], None),
    (None, "L'attaque contre l'hôpital de Dax a été revendiquée par le groupe LockBit.",
     ["hôpital de Dax"], ["LockBit"], None),
    (None, "Une cyberattaque visant la clinique de l'Anjou a perturbé les consultations.",
     ["clinique de l'Anjou"], [], None),
    (None, "La cyberattaque dont a été victime le CH de Saint-Lô a paralysé les urgences.",
     ["CH de Saint-Lô"], [], None),
    (None, "Le piratage subi par la mutuelle Avenir Santé a exposé 40 000 adhérents.",
     ["mutuelle Avenir Santé"], [], None),
    (None, "Trois établissements ont été touchés par la cyberattaque : le CHU de Nîmes, la clinique du Golfe et l'Ehpad Les Tilleuls.",
     ["CHU de Nîmes", "clinique du Golfe", "Ehpad Les Tilleuls"], [], None),
    (None, "Le centre hospitalier de Dole et l'hôpital de Champagnole ont été paralysés par un rançongiciel.",
     ["centre hospitalier de Dole", "hôpital de Champagnole"], [], None),
    (None, "Les pirates ont visé la clinique des Alpes, l'hôpital de Gap et le laboratoire Biogap.",
     ["clinique des Alpes", "hôpital de Gap", "laboratoire Biogap"], [], None),
    (None, "Le centre hospitalier intercommunal de Créteil (CHIC), dans le Val-de-Marne, a été touché samedi par une cyberattaque.",
     ["centre hospitalier intercommunal de Créteil"], [], None),
    (None, "Le groupe hospitalier Nord-Ouest (GHNO) a subi le 12 mars une attaque par rançongiciel.",
     ["groupe hospitalier Nord-Ouest"], [], None),
    (None, "Le CISSS de Lanaudière annonce qu'une fuite de données a touché 5000 usagers. Une fuite de données de santé a touché des patients.",
     ["CISSS de Lanaudière"], [], None),
    (None, "Une fuite de données émanant d'un fournisseur du CIUSSS du Saguenay a exposé des usagers. Le fournisseur, Datasond, a été victime d'un rançongiciel. Une fuite de données de santé a touché des patients.",
     ["CIUSSS du Saguenay"], [], ["Datasond"]),
    (None, "L'hôpital de la Cité-de-la-Santé du CISSS de Laval a été touché par une panne informatique après une cyberattaque.",
     ["hôpital de la Cité-de-la-Santé"], [], None),
    (None, "Le CHU de Québec a été frappé par une cyberattaque. Le CHU assure que les soins continuent.",
     ["CHU de Québec"], [], None),
    (None, "L'ARS des Pays de la Loire a été victime d'un vol de données de patients.",
     ["ARS Pays de la Loire"], [], None),
    (None, "L'Agence régionale de santé d'Occitanie a été victime d'une fuite de données.",
     ["ARS Occitanie"], [], None),
    (None, "Le GHT Alpes-Dauphiné a été paralysé par une cyberattaque.",
     ["GHT Alpes-Dauphiné"], [], None),
    (None, "Le groupement hospitalier de territoire (GHT) Cœur Grand Est a été ciblé par des pirates.",
     ["GHT Cœur Grand Est"], [], None),  # the bracketed acronym and the name: the short form the press uses
    (None, "Le centre de santé Optivue du Mans a envoyé par erreur des données de patients à un autre client. Une fuite de données de santé a touché des patients.",
     ["centre de santé Optivue"], [], None),
    (None, "La société Optivue, qui gère des centres de santé, a subi une fuite de données.",
     ["Optivue"], [], None),
    (None, "L'éditeur de logiciels Medisoft a été victime d'une cyberattaque ; les données des patients des laboratoires Biorance, Labonord et Analysa ont été volées.",
     ["Biorance", "Labonord", "Analysa"], [], ["Medisoft"]),
    (None, "Les données de patients des laboratoires Biorance, Labonord et Analysa ont été volées chez leur éditeur de logiciel. Une fuite de données de santé a touché des patients.",
     ["Biorance", "Labonord", "Analysa"], [], None),
    (None, "Le groupement de pharmacies Pharmavie a été victime d'une fuite de données touchant ses clients.",
     ["Pharmavie"], [], None),
    (None, "Un pirate met en vente la base de données du grossiste répartiteur Pharmadis. Une fuite de données de santé a touché des patients.",
     ["Pharmadis"], [], None),
    (None, "Le site du groupement Pharmavie apparaît sur le forum parmi les données volées. Une fuite de données de santé a touché des patients.",
     ["Pharmavie"], [], None),
    (None, "En Belgique, l'hôpital Erasme a été victime d'une cyberattaque, selon le SPF Santé publique.",
     ["hôpital Erasme"], ["Belgique", "SPF"], None),
    (None, "Le Centre hospitalier universitaire vaudois (CHUV) a été la cible de pirates, a indiqué la Confédération.",
     ["Centre hospitalier universitaire vaudois"], ["Confédération"], None),
    (None, "La clinique Pasteur de Toulouse a été piratée ; les données ont été publiées sur BreachForums.",
     ["clinique Pasteur"], ["BreachForums"], None),
    (None, "Les données de l'hôpital privé d'Antony ont été mises en vente sur un forum, selon Zataz.",
     ["hôpital privé d'Antony"], ["Zataz"], None),
    (None, "La polyclinique Saint-Jean, propriété du groupe Elsan, a été victime d'une cyberattaque. Une fuite de données de santé a touché des patients.",
     ["polyclinique Saint-Jean"], ["Elsan"], None),
    (None, "Les laboratoires de biologie médicale sont de plus en plus visés par des cyberattaques. Une fuite de données de santé a touché des patients.",
     [], ["laboratoires"], None),
    (None, "Le gouvernement australien a annoncé que l'assureur Medisure avait été victime d'un piratage. Une fuite de données de santé a touché des patients.",
     ["Medisure"], ["australien"], None),
    (None, "La mutuelle Solimut a été touchée par une cyberattaque, a indiqué la CNIL.",
     ["Solimut"], ["CNIL"], None),
    (None, "Le laboratoire Biogroup a annoncé jeudi avoir été la cible d'une attaque informatique.",
     ["Biogroup"], [], None),
    (None, "Frappé par un rançongiciel le 3 février, l'hôpital de Armentières a dû transférer des patients.",
     ["hôpital de Armentières"], [], None),
    (None, "Paralysé depuis dimanche par une cyberattaque, le centre hospitalier de Rambouillet reste en mode dégradé.",
     ["centre hospitalier de Rambouillet"], [], None),
    (None, "Ciblée par des pirates, la clinique Saint-Georges de Nice a porté plainte.",
     ["clinique Saint-Georges"], [], None),
    (None, "Des pirates ont attaqué mardi soir les serveurs de l'Institut Curie. Une fuite de données de santé a touché des patients.",
     ["Institut Curie"], [], None),
    (None, "Les hackers ont réussi à pénétrer le système informatique du centre de radiologie Imagerie du Lac.",
     ["Imagerie du Lac"], [], None),
    (None, "Le cabinet de radiologie Radiolys, à Lyon, a découvert que ses serveurs avaient été chiffrés par un rançongiciel.",
     ["Radiolys"], [], None),
    (None, "Des données de l'Ehpad Les Jardins de Sophia ont été dérobées lors d'une intrusion.",
     ["Ehpad Les Jardins de Sophia"], [], None),
    (None, "La fuite de données frappe l'assureur santé Assurvie et ses 200 000 clients.",
     ["Assurvie"], [], None),
    (None, "Les Cliniques universitaires Saint-Luc ont été victimes d'une cyberattaque ce week-end.",
     ["Cliniques universitaires Saint-Luc"], [], None),
    (None, "Une attaque informatique a touché l'hôpital du Valais, a annoncé le canton.",
     ["hôpital du Valais"], [], None),
    (None, "Le CHR de la Citadelle à Liège a été la cible d'un rançongiciel. Une fuite de données de santé a touché des patients.",
     ["CHR de la Citadelle"], ["Liège"], None),
    (None, "Le groupe de cliniques Vitalis a été la cible d'un rançongiciel ; ses 12 établissements fonctionnent en mode dégradé.",
     ["Vitalis"], [], None),
    (None, "L'assureur santé néerlandais Zorgwel a révélé qu'un pirate avait dérobé les données de 300 000 clients.",
     ["Zorgwel"], [], None),
    (None, "La start-up de téléconsultation Medicall a laissé une base de données accessible sans mot de passe.",
     ["Medicall"], [], None),
    (None, "Le logiciel de l'éditeur Softmed, utilisé par plusieurs laboratoires, serait à l'origine de la fuite ; le laboratoire Bioris a prévenu ses patients que leurs données avaient été volées. Une fuite de données de santé a touché des patients.",
     ["Bioris"], [], ["Softmed"]),
    (None, "Le prestataire informatique Infodoc, qui héberge les données de la clinique du Val, a été victime d'un rançongiciel ; les dossiers des patients de la clinique ont été dérobés.",
     ["clinique du Val"], [], ["Infodoc"]),
    (None, "La pharmacie centrale de Mulhouse a été piratée : les pirates ont volé les ordonnances de 2 000 clients.",
     ["pharmacie centrale de Mulhouse"], [], None),
    (None, "Les hackers ont dérobé les données de 40 000 assurés de la mutuelle Prévia, selon le quotidien Le Parisien.",
     ["Prévia"], ["Parisien"], None),
    (None, "Une faille dans le portail patient du centre hospitalier de Gonesse a exposé les résultats d'examens de 9 000 patients. Une fuite de données de santé a touché des patients.",
     ["centre hospitalier de Gonesse"], [], None),
    (None, "Plusieurs hôpitaux ont été touchés, dont le centre hospitalier de Brive et l'hôpital de Tulle. Une fuite de données de santé a touché des patients.",
     ["centre hospitalier de Brive", "hôpital de Tulle"], [], None),
    (None, "Le groupe hospitalier Saint-Sauveur a annoncé avoir été victime d'une intrusion informatique la semaine dernière.",
     ["groupe hospitalier Saint-Sauveur"], [], None),
    (None, "Les urgences de l'hôpital de Lannion sont fermées depuis la cyberattaque de dimanche.",
     ["hôpital de Lannion"], [], None),
    (None, "La clinique Saint-Martin, qui appartient au groupe Ramsay, a été victime d'une fuite de données ; le groupe Ramsay a porté plainte.",
     ["clinique Saint-Martin"], ["Ramsay"], None),
    (None, "Le forum BreachForums a publié les données de la mutuelle Apréva, selon le site spécialisé Zataz. Une fuite de données de santé a touché des patients.",
     ["Apréva"], ["BreachForums", "Zataz"], None),
    (None, "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a été appelée au centre hospitalier de Cholet, visé par un rançongiciel.",
     ["centre hospitalier de Cholet"], ["Anssi", "Agence nationale"], None),
    (None, "Selon le ministère de la Santé, le CHU de Caen a été frappé par une cyberattaque.",
     ["CHU de Caen"], ["ministère"], None),
    (None, "Le CHU de Caen, frappé par une cyberattaque samedi, a déclenché son plan blanc.",
     ["CHU de Caen"], [], None),
    (None, "Le groupe de pirates Medusa revendique l'attaque contre le laboratoire Cerbio et réclame une rançon.",
     ["Cerbio"], ["Medusa"], None),
    (None, "La CPAM des Bouches-du-Rhône a été ciblée par une attaque par hameçonnage qui a compromis les comptes de 2 000 assurés. Une fuite de données de santé a touché des patients.",
     ["CPAM des Bouches-du-Rhône"], [], None),
    (None, "Des données issues du centre d'imagerie Imagis de Lille ont été publiées par des pirates. Une fuite de données de santé a touché des patients.",
     ["Imagis"], [], None),
    (None, "Une cyberattaque paralyse l'Ehpad Les Glycines, à Rodez, et son logiciel de soins.",
     ["Ehpad Les Glycines"], [], None),
    (None, "Au Québec, le Centre universitaire de santé McGill (CUSM) a été touché par une fuite de données.",
     ["Centre universitaire de santé McGill"], ["Québec"], None),
    (None, "La Clinique Saint-Pierre d'Ottignies a été victime d'une cyberattaque, indique le centre pour la cybersécurité Belgique.",
     ["Clinique Saint-Pierre"], ["Belgique"], None),
    (None, "La fuite de données de la plateforme Santéconnect a exposé les rendez-vous de 6 000 patients.",
     ["Santéconnect"], [], None),
    (None, "L'hôpital a été victime d'une attaque. Le centre hospitalier de Sarreguemines a porté plainte et prévenu la CNIL. Une fuite de données de santé a touché des patients.",
     ["centre hospitalier de Sarreguemines"], ["CNIL"], None),
    (None, "Le laboratoire d'analyses médicales Biovallée, à Valence, et le centre de radiologie Radiovallée ont été touchés par la même attaque. Une fuite de données de santé a touché des patients.",
     ["Biovallée", "Radiovallée"], [], None),
    (None, "Les données des clients de la pharmacie en ligne Pharmaclic ont été mises en vente sur le dark web.",
     ["Pharmaclic"], [], None),
    (None, "Le grossiste-répartiteur Medirep a été la cible de pirates, privant 800 pharmacies de livraisons.",
     ["Medirep"], [], None),
    (None, "Le réseau de laboratoires Synlab Suisse a confirmé une attaque par rançongiciel.",
     ["Synlab Suisse"], [], None),
    (None, "Le centre hospitalier de Laval, en Mayenne, a été touché par une cyberattaque, a annoncé le CISSS de Laval... non, l'hôpital.",
     ["centre hospitalier de Laval"], [], None),
    (None, "Le centre hospitalier de Niort a été victime d'un rançongiciel. L'Agence nationale de la sécurité des systèmes d'information et la gendarmerie enquêtent. Le ministère de la Santé suit la situation.",
     ["centre hospitalier de Niort"], ["Agence", "gendarmerie", "ministère"], None),
    (None, "Selon le site spécialisé LeMagIT, la clinique des Augustines a été touchée par un rançongiciel.",
     ["clinique des Augustines"], ["LeMagIT"], None),
    (None, "Les données de la clinique du Mont ont été publiées sur le site du groupe LockBit, qui revendique l'attaque.",
     ["clinique du Mont"], ["LockBit"], None),
    (None, "En Suisse, le groupe hospitalier Hirsval a été frappé par une cyberattaque, a annoncé l'Office fédéral de la cybersécurité.",
     ["Hirsval"], ["Suisse", "Office"], None),
    (None, "Au Canada, l'hôpital Saint-Boniface de Winnipeg a été victime d'un piratage.",
     ["hôpital Saint-Boniface"], ["Canada"], None),
    (None, "Le groupe Elsan, propriétaire de la clinique Bretéché, précise que seule la clinique a été touchée par la cyberattaque.",
     ["clinique Bretéché"], ["Elsan"], None),
    (None, "Les cybercriminels ont exploité une faille du logiciel Medilog, édité par la société Softsanté, pour pénétrer le réseau de la polyclinique de Bordeaux. Une fuite de données de santé a touché des patients.",
     ["polyclinique de Bordeaux"], ["Medilog"], ["Medilog", "Softsanté"]),
    (None, "Une attaque par déni de service a rendu inaccessible le site internet du CHU de Dijon pendant plusieurs heures. Une fuite de données de santé a touché des patients.",
     ["CHU de Dijon"], [], None),
    (None, "Le Département de la Santé du canton de Vaud a confirmé que l'hôpital de Morges avait été visé par une attaque informatique.",
     ["hôpital de Morges"], ["Département", "Vaud"], None),
    (None, "La Commission nationale de l'informatique et des libertés a sanctionné le laboratoire Labexa pour la fuite de données de ses patients.",
     ["Labexa"], ["Commission"], None),
    (None, "Le piratage du laboratoire Cerbam, révélé par le journal Ouest-France, a touché 10 000 patients.",
     ["Cerbam"], ["Ouest-France"], None),
    (None, "Des pirates ont publié sur Telegram les fichiers volés à la mutuelle Unéo.",
     ["Unéo"], ["Telegram"], None),
    (None, "Le rançongiciel LockBit a chiffré les serveurs de l'hôpital de Vannes dans la nuit de samedi.",
     ["hôpital de Vannes"], ["LockBit"], None),
    (None, "Des hackers ont pris en otage les données du centre hospitalier de Dax.",
     ["centre hospitalier de Dax"], [], None),
    (None, "Mardi, une cyberattaque a touché de plein fouet la clinique Saint-Joseph de Colmar.",
     ["clinique Saint-Joseph"], [], None),
    (None, "C'est la polyclinique du Sidobre qui a été prise pour cible par les pirates informatiques. Une fuite de données de santé a touché des patients.",
     ["polyclinique du Sidobre"], [], None),
    (None, "La cible de cette attaque par rançongiciel : le centre hospitalier de Brioude.",
     ["centre hospitalier de Brioude"], [], None),
    (None, "Victimes d'une fuite de données, la mutuelle Ociane et la mutuelle Mutami ont prévenu leurs adhérents.",
     ["Ociane", "Mutami"], [], None),
    (None, "Après l'hôpital de Cannes, c'est au tour du CHU de Nice d'être visé par une cyberattaque.",
     ["CHU de Nice"], [], None),
    (None, "L'intrusion dans les serveurs de la mutuelle Klésia a été détectée le 3 mars.",
     ["Klésia"], [], None),
    (None, "La clinique de l'Espérance, à Liège, a vu ses systèmes informatiques paralysés par un rançongiciel.",
     ["clinique de l'Espérance"], ["Liège"], None),
    (None, "Une vaste fuite de données touche les clients de l'opticien Optalis.",
     ["Optalis"], [], None),
    (None, "Piratage massif chez Mediscan : les données de 1,2 million de patients dérobées.",
     ["Mediscan"], [], None),
    ("Cyberattaque contre l'hôpital de Pontoise : les urgences perturbées", "Les urgences fonctionnent en mode dégradé depuis lundi. L'hôpital de Pontoise a porté plainte.",
     ["hôpital de Pontoise"], [], None),
    ("Medicorp : les données de 30 000 patients en vente sur le dark web", "Les données de santé de 30 000 patients de Medicorp sont proposées à la vente par un pirate.",
     ["Medicorp"], [], None),
    ("Le laboratoire Biotest victime d'une cyberattaque", "Le laboratoire Biotest a indiqué que les résultats d'analyses de ses patients avaient pu être consultés par les pirates.",
     ["Biotest"], [], None),
    (None, "L'assureur australien Healthsure a confirmé qu'un pirate avait dérobé les données de 9,7 millions de clients. Une fuite de données de santé a touché des patients.",
     ["Healthsure"], ["australien"], None),
    (None, "Change Medline, filiale du groupe américain UnitedCare, a été victime d'une attaque par rançongiciel. Une fuite de données de santé a touché des patients.",
     ["Change Medline"], ["UnitedCare"], None),
    (None, "Le géant sud-africain de la pharmacie Pharmaplus a reconnu une fuite de données touchant ses clients.",
     ["Pharmaplus"], [], None),
    (None, "Le service finlandais de psychothérapie Mielicare a été piraté et les notes de séances de ses patients publiées.",
     ["Mielicare"], [], None),
    (None, "La plateforme de prise de rendez-vous médicaux Rdvsanté, utilisée par 80 000 praticiens, a été victime d'un vol de données.",
     ["Rdvsanté"], [], None),
    (None, "Un pirate a accédé aux comptes de 6 000 patients de la plateforme Consultis en utilisant des identifiants volés.",
     ["Consultis"], [], None),
    (None, "Le logiciel médical Dokeo, édité par la société Medsoft, a été piraté : les dossiers de 300 000 patients de médecins généralistes ont fuité.",
     [], [], ["Dokeo", "Medsoft"]),
    (None, "Les comptes de 510 000 assurés de l'Assurance maladie ont été piratés après le vol d'identifiants de professionnels de santé.",
     ["Assurance maladie"], [], None),
    (None, "La fuite de données de l'organisme de tiers payant Tiersnet touche 33 millions de Français. Une fuite de données de santé a touché des patients.",
     ["Tiersnet"], ["Français"], None),
    (None, "Le laboratoire Synbio Suisse, membre du groupe Synbio, a subi une attaque par rançongiciel.",
     ["Synbio Suisse"], [], None),
    (None, "Les serveurs d'Hospitalia, un groupe de cliniques privées, ont été chiffrés par un rançongiciel.",
     ["Hospitalia"], [], None),
    (None, "Le groupe Vivanta, qui gère trois hôpitaux dans la province de Liège, a été paralysé par un rançongiciel.",
     ["Vivanta"], ["Liège"], None),
    (None, "Le Groupe Radiolac (Réseau radiologique lémanique) a été victime d'une cyberattaque ; des données de patients ont été volées.",
     ["Groupe Radiolac"], [], None),
    (None, "Une entreprise de sondages, Sondaqc, mandatée par le CIUSSS de la Capitale-Nationale, a été victime d'un rançongiciel qui a exposé les noms de 5000 usagers. Une fuite de données de santé a touché des patients.",
     ["CIUSSS de la Capitale-Nationale"], [], None),
    (None, "La Mutuelle nationale des soignants (MNS) a informé ses adhérents d'une fuite de données.",
     ["Mutuelle nationale des soignants"], [], None),
    (None, "Les données de 750 000 patients ont été dérobées chez Medisys, l'éditeur du logiciel de facturation utilisé par les médecins.",
     [], [], ["Medisys"]),
    # Peers listed after a plural organisation noun ('aux côtés de', 'dont', 'comme', 'parmi lesquelles').
    (None, "Les cliniques touchées par la cyberattaque, dont Santéa, Vitalis et Hospica, ont prévenu leurs patients.",
     ["Santéa", "Vitalis", "Hospica"], [], None),
    (None, "Plusieurs laboratoires, comme Biolam et Armorlab, ont été touchés par la fuite de données de leurs patients.",
     ["Biolam", "Armorlab"], [], None),
    (None, "Trois mutuelles – parmi lesquelles Mutalis, Prévoira et Santéo – ont été victimes d'un vol de données de santé.",
     ["Mutalis", "Prévoira", "Santéo"], [], None),
    (None, "Une fuite de données de santé a touché des patients. Medilab est l'une des sociétés visées par les pirates, avec Radiolys et Biocentre, selon la CNIL.",
     ["Medilab"], ["CNIL"], None),
    (None, "L'éditeur Softlab, comme ses concurrents, a été victime d'un rançongiciel ; les laboratoires clients, notamment Biolam et Armorlab, ont vu leurs données dérobées.",
     ["Biolam", "Armorlab"], [], ["Softlab"]),
    (None, "Des pharmacies comme la pharmacie du Centre et la pharmacie des Halles ont vu leurs fichiers clients piratés.",
     ["pharmacie du Centre", "pharmacie des Halles"], [], None),
    # CHU, CHRU, GHT, EPSM and institute forms; headlines; a vendor named after 'soit'.
    (None, "Le CHU Grenoble Alpes a été victime d'une cyberattaque ; des données de patients ont été dérobées.",
     ["CHU Grenoble Alpes"], [], None),
    (None, "Le CHU de La Réunion a été touché par une attaque informatique qui a exposé des dossiers de patients.",
     ["CHU de La Réunion"], [], None),
    (None, "Le CHRU de Nancy a été ciblé par des pirates qui ont dérobé des données de patients.",
     ["CHRU de Nancy"], [], None),
    (None, "Le CHU Amiens-Picardie a subi une intrusion informatique.",
     ["CHU Amiens-Picardie"], [], None),
    (None, "Le CHU Sainte-Justine a été la cible d'une fuite de données touchant des patients.",
     ["CHU Sainte-Justine"], [], None),
    (None, "Le GHT de l'Artois a été paralysé par un rançongiciel, touchant les hôpitaux de Lens et de Béthune.",
     ["GHT de l'Artois", "hôpital de Lens", "hôpital de Béthune"], [], None),
    (None, "Le groupement hospitalier de territoire Nouvelle-Aquitaine Sud a été visé par une cyberattaque.",
     ["GHT Nouvelle-Aquitaine Sud"], [], None),  # named by its short form
    (None, "Le CHU UCL Namur a été victime d'une cyberattaque touchant ses patients.",
     ["CHU UCL Namur"], [], None),
    (None, "Le Centre hospitalier de l'Ouest guyanais a été frappé par une attaque informatique qui a touché ses patients.",
     ["Centre hospitalier de l'Ouest guyanais"], [], None),
    (None, "L'Institut Gustave-Roussy a été visé par un piratage des données de ses patients.",
     ["Institut Gustave-Roussy"], [], None),
    (None, "Le centre de lutte contre le cancer François-Baclesse a été victime d'une cyberattaque.",
     ["François-Baclesse"], [], None),
    ("L'hôpital de Cahors visé par une cyberattaque", "Les urgences sont perturbées. Le centre hospitalier de Cahors a prévenu les patients.",
     ["Cahors"], [], None),
    ("Fuite de données à la clinique Saint-Roch", "Des dossiers de patients de la clinique Saint-Roch ont été retrouvés en ligne.",
     ["clinique Saint-Roch"], [], None),
    (None, "L'EPSM de la Sarthe a été la cible d'une attaque par rançongiciel, des données de patients ont été volées.",
     ["EPSM de la Sarthe"], [], None),
    (None, "Le centre hospitalier Alpes-Isère (CHAI) a été paralysé par une cyberattaque.",
     ["centre hospitalier Alpes-Isère"], [], None),
    (None, "La clinique vétérinaire des Ormes a été piratée ; les données de ses clients ont été volées.",
     ["clinique vétérinaire des Ormes"], [], None),
    (None, "Un des prestataires de la clinique du Lac, soit la société Datamed, a été victime d'une fuite de données de patients.",
     ["clinique du Lac"], ["Datamed"], ["Datamed"]),
    # Pronouns and clefts for the sentence's subject, disruption, a fronted place, the dark web.
    (None, "C'est par un rançongiciel que le centre hospitalier de Millau a été paralysé dimanche.",
     ["centre hospitalier de Millau"], [], None),
    (None, "Le centre hospitalier de Mende, dont les serveurs ont été chiffrés par des pirates, fonctionne au papier.",
     ["centre hospitalier de Mende"], [], None),
    (None, "La clinique des Cordeliers, dont les données de 500 patients ont fuité, a prévenu la CNIL. Une fuite de données de santé a touché des patients.",
     ["clinique des Cordeliers"], ["CNIL"], None),
    (None, "Les données personnelles de 10 000 patients du centre hospitalier de Rodez se retrouvent sur le dark web.",
     ["centre hospitalier de Rodez"], [], None),
    (None, "La mutuelle Santévie confirme une cyberattaque survenue dans la nuit de mardi à mercredi.",
     ["Santévie"], [], None),
    (None, "L'hôpital de Saint-Claude a été contraint de déprogrammer des opérations après la cyberattaque dont il a été victime.",
     ["hôpital de Saint-Claude"], [], None),
    (None, "Le laboratoire Biomedis a informé ses patients que leurs résultats d'analyses avaient été dérobés lors d'une intrusion.",
     ["Biomedis"], [], None),
    (None, "Une intrusion informatique a été détectée au sein du groupe hospitalier Est-Réunion la semaine dernière.",
     ["groupe hospitalier Est-Réunion"], [], None),
    (None, "Les systèmes informatiques de la polyclinique de Navarre sont à l'arrêt depuis l'attaque par rançongiciel. Une fuite de données de santé a touché des patients.",
     ["polyclinique de Navarre"], [], None),
    (None, "Au centre hospitalier de Bourg-en-Bresse, la cyberattaque a contraint les soignants à revenir au papier.",
     ["centre hospitalier de Bourg-en-Bresse"], [], None),
    (None, "Selon l'hôpital de Carcassonne, aucune donnée n'a été volée lors de la cyberattaque qui l'a visé.",
     ["hôpital de Carcassonne"], [], None),
    # A headline led by a place: the place is no victim; "l'hôpital", "un centre de santé" in such a
    # headline is the article's one establishment of that kind.
    ("Quimperlé : l'hôpital paralysé par une attaque informatique",
     "Depuis jeudi, le centre hospitalier de Quimperlé tourne au ralenti. Les urgences restent ouvertes.",
     ["centre hospitalier de Quimperlé"], ["Quimperlé :"], None),
    ("Béziers : un centre de santé expose par erreur les adresses de ses patients",
     "Le centre de santé des Arènes, à Béziers, a adressé un message groupé à 300 patients en laissant les adresses visibles.",
     ["centre de santé des Arènes"], [], None),
    ("Vendée : une clinique visée par des pirates",
     "La clinique Saint-Charles, l'une des plus grandes du département de Vendée, a déposé plainte. Les pirates ont dérobé des dossiers.",
     ["clinique Saint-Charles"], ["Vendée"], None),
    ("Lozère : des données d'assurés volées",
     "La caisse primaire d'assurance maladie (CPAM) de la Lozère a été victime d'une intrusion dans ses outils.",
     ["CPAM de la Lozère"], ["Lozère :"], None),
    # Establishments of a region are a group, not one victim named after the region.
    ("Données dérobées : deux cliniques du Gers touchées",
     "Deux cliniques du Gers ont confirmé être concernées par le vol de données chez leur prestataire Medilog.",
     [], ["Gers"], None),
    # A bracketed acronym between the head and the place: the acronym and the place.
    (None, "Le Centre intégré de santé et de services sociaux (CISSS) de Lanaudière a été la cible d'un rançongiciel.",
     ["CISSS de Lanaudière"], [], None),
    (None, "La caisse primaire d'assurance maladie (CPAM) du Var a subi une cyberattaque ce week-end.",
     ["CPAM du Var"], [], None),
    # A region, a département, a canton alone is never a victim, wherever a rule reads it.
    (None, "Un établissement de santé de la Drôme, touché dimanche par une cyberattaque, a prévenu ses patients. Il s'agit du centre hospitalier de Die.",
     ["centre hospitalier de Die"], ["Drôme"], None),
    (None, "Les serveurs des sites de Vendée et de Charente-Maritime du laboratoire Biomarais ont été chiffrés par des pirates.",
     ["Biomarais"], ["Vendée", "Charente"], None),
    # A description ("une clinique de Laval") gives way to the name the text gives later.
    ("Une clinique piratée au Québec",
     "Une clinique de Sherbrooke a été la cible d'un rançongiciel. La Clinique médicale du Lac, qui compte dix médecins, a dû fermer deux jours après l'attaque.",
     ["Clinique médicale du Lac"], ["clinique de Sherbrooke"], None),
    # What a name is, in apposition ("X, un groupe de médecine familiale (GMF)"), is no second victim.
    (None, "La Clinique des Érables, un groupe de médecine familiale (GMF) de Longueuil, a été attaquée lundi par des pirates ; le GMF a fermé.",
     ["Clinique des Érables"], ["médecine familiale"], None),
    # The full name before its bracketed acronym replaces the shorter form a head noun found in it.
    (None, "La Mutuelle Générale des Vallées du Rhône (MGVR) a été victime d'un vol de données ; la MGVR a déposé plainte.",
     ["MGVR"], [], None),
    # The employer of a member of staff who read records without cause; a hyphenated Québec region in full.
    (None, "Un préposé du Centre intégré de santé et de services sociaux (CISSS) de l'Abitibi-Témiscamingue a accédé sans autorisation aux dossiers de 900 usagers.",
     ["CISSS de l'Abitibi-Témiscamingue"], [], None),
    (None, "Une infirmière de la clinique des Tilleuls a consulté sans justification les résultats de 40 patients, selon la direction.",
     ["clinique des Tilleuls"], [], None),
    (None, "Le Centre intégré universitaire de santé et de services sociaux (CIUSSS) de la Capitale-et-du-Nord a été visé par un rançongiciel.",
     ["CIUSSS de la Capitale-et-du-Nord"], [], None),
    # Insider consultations and a stolen computer are breaches too.
    (None, "Une secrétaire de la clinique des Lilas a consulté sans justification les dossiers de 400 patients, a annoncé la clinique des Lilas.",
     ["clinique des Lilas"], [], None),
    (None, "Un ordinateur portable contenant les ordonnances de 900 clients a été volé lors d'un cambriolage à la pharmacie de la Gare.",
     ["pharmacie de la Gare"], [], None),
    # An acronym and a town between the name and its passive verb.
    (None, "Le centre hospitalier Marie-Curie (CHMC) de Vierzon a été visé par un rançongiciel dans la nuit de lundi à mardi.",
     ["centre hospitalier Marie-Curie"], [], None),
    (None, "La clinique Sainte-Odile (CSO) à Haguenau a été paralysée par une attaque informatique.",
     ["clinique Sainte-Odile"], ["Haguenau"], None),
    # The headline's everyday name and the body's official one are one hospital; the town alone is none.
    ("Cyberattaque à l'hôpital de Dinan : les urgences délestées",
     "Le centre hospitalier René-Pleven, qui regroupe les sites de Dinan et de Plancoët, est victime d'une cyberattaque. Les urgences du site de Dinan sont fermées.",
     ["centre hospitalier René-Pleven"], ["Dinan"], None),
    ("L'hôpital de Fougères paralysé par un rançongiciel",
     "Les pirates affirment avoir dérobé des documents au centre hospitalier Louis-Pasteur. Les urgences de Fougères restent ouvertes.",
     ["centre hospitalier Louis-Pasteur"], ["Fougères"], None),
    ("Les hôpitaux de Sète et de Millau visés par des pirates",
     "Les sites internet du centre hospitalier de Sète et du centre hospitalier intercommunal de Millau-Saint-Affrique (CHIMSA) ont été la cible d'une cyberattaque.",
     ["centre hospitalier de Sète", "centre hospitalier intercommunal de Millau-Saint-Affrique"], [], None),
    # A headline's "l'hôpital" of a town is not the other town's hospital that took in the patients.
    ("Morlaix : l'hôpital frappé par une cyberattaque",
     "Le centre hospitalier des Pays de Morlaix (CHPM) a été visé par une attaque. Les patients sont orientés vers le centre hospitalier de Landerneau, qui n'est pas touché.",
     ["centre hospitalier des Pays de Morlaix"], ["Landerneau"], None),
    # Coordinated names share the role the words beside one of them give; the provider whose clients were hit is the vendor.
    (None, "Le CISSS de l'Outaouais (CISSSO) et le CIUSSS du Nord-de-l'Île ont confirmé mardi que des données de santé de leurs patients ont été dérobées lors d'une cyberattaque visant leur prestataire Medilogix, qui héberge leur système de rendez-vous.",
     ["CISSS de l'Outaouais", "CIUSSS du Nord-de-l'Île"], ["Medilogix"], ["Medilogix"]),
    ("Rançongiciel chez l'hébergeur Datavia : deux établissements privés de dossier de soins",
     "L'hébergeur Datavia a été frappé par un rançongiciel. Deux structures ont perdu l'accès à leur dossier de soins : l'Ehpad Les Glycines de Vichy et le centre hospitalier de Bourbon-l'Archambault.",
     ["Ehpad Les Glycines", "centre hospitalier de Bourbon-l'Archambault"], ["Datavia"], ["Datavia"]),
    (None, "Le logiciel de préadmission a été piraté : il est utilisé par la clinique Saint-Joseph de Arras, la clinique du Parc, à Lens, et la polyclinique de la Scarpe, touchées par le vol de données.",
     ["clinique Saint-Joseph", "clinique du Parc", "polyclinique de la Scarpe"], ["Lens"], None),
    # A holiday is no organisation; a town the article writes after "une pharmacie de" is no second victim;
    # a capitalised plural head is one body's plural name.
    (None, "La Clinique du Lac, à Annecy, a été la cible d'une cyberattaque lors du week-end de Pâques ; les opérations ont été déprogrammées.",
     ["Clinique du Lac"], ["Pâques"], None),
    ("Une pharmacie de Morlaix piratée",
     "La pharmacie des Halles, en centre-ville de Morlaix, a déposé plainte après une fuite de données de ses clients.",
     ["pharmacie des Halles"], ["Morlaix"], None),
    (None, "Les Cliniques universitaires Saint-Pierre, à Ottignies, ont été victimes d'une attaque informatique mardi.",
     ["Cliniques universitaires Saint-Pierre"], [], None),
    # A sentence naming the breached body by its head noun alone names the last one of that kind written before.
    (None, "Un mois après l'attaque, le CHU Sainte-Marie de Namur n'a pas retrouvé tous ses outils. L'hôpital universitaire avait été visé par un rançongiciel. La facturation reste manuelle. Les consultations reprennent. Beaucoup se souviennent de l'attaque qui avait frappé le CHR de Huy en 2021.",
     ["CHU Sainte-Marie"], ["Huy"], None),
    (None, "À l'Ehpad Les Acacias de Forbach, les soignants écrivent à la main. L'établissement, qui accueille 80 résidents, a été touché par un virus informatique qui a chiffré son serveur.",
     ["Ehpad Les Acacias"], [], None),
    (None, "Les patients de la clinique Saint-Luc attendent depuis dimanche. La clinique a été la cible d'une cyberattaque et les données de patients ont été volées.",
     ["clinique Saint-Luc"], [], None),
    # The subcontractor where the data were taken is the vendor; its clients, coordinated through brackets, are the victims.
    (None, "Des données de patients des Hôpitaux universitaires de Lausanne (HUL) et de l'Ensemble hospitalier du Jura (EHJ) ont été dérobées, non pas dans les systèmes des hôpitaux, mais chez Transcrisoft SA, une entreprise qui assure la transcription des dictées médicales.",
     ["Hôpitaux universitaires de Lausanne", "Ensemble hospitalier du Jura"], ["Transcrisoft"], ["Transcrisoft SA"]),
    # A headline's description ("un Ehpad de Lure", "d'une clinique de Sion") gives way to the body's name.
    ("Haute-Marne : un Ehpad de Langres visé par un rançongiciel",
     "L'Ehpad Les Myosotis, à Langres, a été la cible d'une attaque par rançongiciel mardi, a fait savoir son gestionnaire.",
     ["Ehpad Les Myosotis"], ["Ehpad de Langres"], None),
    ("Valais : la messagerie d'une clinique de Martigny piratée",
     "La clinique des Alpes, à Martigny, a été victime d'un piratage de sa messagerie, a annoncé l'établissement.",
     ["clinique des Alpes"], ["clinique de Martigny"], None),
    # The towns a body covers ("de Valence à Aubenas", "entre Dunkerque, Calais et Boulogne") are no laboratories,
    # and a long apposition listing them does not hide the verb.
    (None, "Depuis dimanche, les douze sites du laboratoire de biologie médicale Biolys, de Niort à Parthenay, tournent au ralenti après une attaque par rançongiciel.",
     ["laboratoire de biologie médicale Biolys"], ["Niort"], None),
    (None, "Le groupe Radiologie du Nord (RDN), qui regroupe sept cabinets entre Arras, Lens, Douai, Béthune et Cambrai, informe ses patients qu'un pirate a consulté leurs comptes rendus.",
     ["Radiologie du Nord"], ["Arras", "Cambrai"], None),
    (None, "Trois établissements sont concernés par le vol de données de patients : la clinique Saint-Just, dans le 3e arrondissement de Lyon, la clinique des Alpes, à Bron, et l'hôpital privé du Val.",
     ["clinique Saint-Just", "clinique des Alpes", "hôpital privé du Val"], ["Lyon", "Bron"], None),
    # The group that confirms its own sites were hit owns them: the sites are the victims.
    (None, "Le groupe Santéval a confirmé jeudi que deux de ses cliniques avaient été victimes d'un rançongiciel : la clinique des Lilas, à Vannes, et la clinique du Port, à Lorient.",
     ["clinique des Lilas", "clinique du Port"], ["Santéval"], None),
    (None, "L'association Horizon Santé indique que toutes ses résidences ont été touchées par la cyberattaque de samedi : la résidence Les Cèdres et la résidence Le Verger.",
     ["résidence Les Cèdres", "résidence Le Verger"], ["Horizon Santé"], None),
    # Towns a plural attack noun recalls, each with its own "de", stand for earlier incidents, not victims.
    (None, "La clinique des Oliviers a été victime d'un rançongiciel lundi. Depuis les cyberattaques de Brest et de Sète, les cliniques privées réclament des moyens.",
     ["clinique des Oliviers"], ["Brest", "Sète"], None),
    (None, "Le laboratoire Analyses Vallon a été visé par un piratage. Les établissements ont renforcé leur sécurité après les attaques d'Arles, de Vannes et de Tulle.",
     ["laboratoire Analyses Vallon"], ["Arles", "Tulle"], None),
    # The headline's everyday name and the official one carrying its town as a word.
    ("Hôpital de Thonon : les soignants reviennent au papier",
     "Au Centre hospitalier Thonon Chablais, la journée a été longue : un rançongiciel a chiffré les serveurs.",
     ["Centre hospitalier Thonon Chablais"], [], None),
    # A seller's pseudonym is never the victim.
    (None, "Un vendeur connu sous le pseudonyme « Kobra88 » a mis en vente les données de 9 000 patients de la clinique des Pins. Kobra88 affirme détenir les dossiers. La clinique des Pins a confirmé la fuite de données.",
     ["clinique des Pins"], ["Kobra88"], None),
    # A body's two-part name joined by a dash is one victim.
    (None, "Le CIUSSS de la Mauricie – Centre hospitalier affilié universitaire régional (CHAUR) a été visé par une cyberattaque.",
     ["CIUSSS de la Mauricie"], [], None),
    # The acronym first, then the name it stands for, in brackets or between commas.
    (None, "Le RHJu (Réseau hospitalier jurassien) a été la cible d'une cyberattaque ; les données de patients ont été volées.",
     ["Réseau hospitalier jurassien"], [], None),
    (None, "Le CIMV, Centre d'imagerie médicale du Vexin, a confirmé une fuite de données touchant 2 000 patients.",
     ["Centre d'imagerie médicale du Vexin"], [], None),
    # A count per body ("soit 14 200 au CH X et 9 800 à la clinique Y"): the bodies share the role.
    (None, "Les données de 23 000 patients ont été dérobées chez leur prestataire, soit 14 200 au centre hospitalier de Morlaix et 8 800 à la clinique Saint-Yves.",
     ["centre hospitalier de Morlaix", "clinique Saint-Yves"], [], None),
    (None, "Le pirate a publié les dossiers médicaux de 9 000 patients : 6 000 patients au CISSS de la Gaspésie et 3 000 au CIUSSS de l’Estrie.",
     ["CISSS de la Gaspésie", "CIUSSS de l'Estrie"], [], None),
    # The clients a provider held data for, listed after a colon, are the victims; the provider is the vendor.
    ("L'hébergeur Medistock piraté",
     "L'hébergeur Medistock a reconnu une intrusion : des sauvegardes conservées pour le compte de trois établissements : la clinique des Lilas, le centre hospitalier de Vire et l'Ehpad Les Tilleuls, ont été copiées.",
     ["clinique des Lilas", "centre hospitalier de Vire", "Ehpad Les Tilleuls"], [], ["Medistock"]),
    # A capitalised plural pharmacy or mutual name is one body; "Le groupement" after it names it again.
    (None, "Après vérification, la source est le fichier de fidélité des Pharmacies du Levant, un groupement de quarante officines. Le groupement a confirmé avoir détecté un accès illégitime aux données de ses clients.",
     ["Pharmacies du Levant"], [], None),
    (None, "Les Mutuelles du Rivage, qui assurent 90 000 adhérents, ont été victimes d'une fuite de données.",
     ["Mutuelles du Rivage"], [], None),
    # A count before a plural head and one town: the establishments of that town, no one name.
    (None, "Plusieurs pharmacies de Nantes ont été victimes d'un piratage de leur logiciel de caisse.",
     [], ["Nantes"], None),
    (None, "Trois laboratoires d'Avignon ont été la cible d'un rançongiciel, selon l'ARS.",
     [], ["Avignon"], None),
    # "mettre à genoux": to paralyse, active and passive.
    (None, "Douze jours après le rançongiciel qui a mis à genoux le centre hospitalier de Lisieux, les pirates ont publié des données de patients.",
     ["centre hospitalier de Lisieux"], [], None),
    (None, "Mise à genoux par une cyberattaque, la polyclinique des Trois-Vallées a reporté ses opérations.",
     ["polyclinique des Trois-Vallées"], [], None),
    # The headline's "CHU de X" and the body's official "CHU X Y", the town one of its words: one hospital.
    ("CHU de Besançon : des fichiers de patients copiés par des pirates",
     "Le CHU Besançon Franche-Comté a confirmé mercredi qu'un attaquant avait copié des fichiers de patients pendant dix jours.",
     ["CHU Besançon Franche-Comté"], ["CHU de Besançon"], None),
    # An incident recalled after the story ("survient après plusieurs autres incidents, dont celui qui avait touché X") is background.
    (None, "Le CISSS de Lanaudière a confirmé le vol de renseignements de 2 000 patients par un pirate. Les soins n'ont pas été perturbés. "
           "Les usagers concernés recevront une lettre. Le vol survient après plusieurs autres incidents dans le réseau, dont celui qui avait touché le CIUSSS de l'Ouest l'automne passé.",
     ["CISSS de Lanaudière"], ["CIUSSS de l'Ouest"], None),
    # Put on the attackers' list of victims or their leak site.
    ("Rançongiciel : Akira revendique une attaque dans l'Aveyron", "Le groupe Akira a ajouté le centre hospitalier de Millau à la liste de ses victimes, selon un chercheur.",
     ["centre hospitalier de Millau"], [], None),
    (None, "Les pirates de Rhysida ont inscrit la clinique du Val d'Ouest sur leur site de fuite et réclament une rançon.",
     ["clinique du Val d'Ouest"], [], None),
    # Records that "ont fuité"; a count before an invariant head ("trois Ehpad du Finistère") is a group; "dont" after "ont subi une attaque".
    (None, "Les noms et numéros de sécurité sociale de 12 000 patients du cabinet de radiologie Radiolac ont fuité.",
     ["cabinet de radiologie Radiolac"], [], None),
    (None, "L'ARS alerte : trois Ehpad du Finistère ont subi une cyberattaque, dont l'Ehpad Ker Avel à Brest.",
     ["Ehpad Ker Avel"], ["Finistère"], None),
    # "un tiers a accédé": a breach; "la fuite des résultats": a data leak.
    (None, "La mutuelle Harmonie Vallée a découvert qu'un tiers avait accédé aux données de ses adhérents.",
     ["mutuelle Harmonie Vallée"], [], None),
    (None, "Le laboratoire Bioprat a déposé plainte après la fuite des résultats d'analyses de 8 000 patients.",
     ["laboratoire Bioprat"], [], None),
    # "200 Go de données": a size, never an organisation.
    (None, "Les pirates revendiquent le vol de 200 Go de données appartenant à la polyclinique de l'Estuaire.",
     ["polyclinique de l'Estuaire"], ["Go"], None),
    # A setting error "a rendu accessibles" records: a breach.
    (None, "Une erreur de paramétrage chez le centre d'imagerie Radiolys a rendu accessibles les comptes rendus de 2 000 patients.",
     ["centre d'imagerie Radiolys"], [], None),
    # The company whose tool was the path ("via le logiciel ... de la société X") is the vendor.
    (None, "Des données de patients de la clinique des Glycines ont été dérobées via le logiciel de rendez-vous de la société Planidoc.",
     ["clinique des Glycines"], [], ["Planidoc"]),
    # "Chez X," opening a sentence names the body; "le logiciel de la clinique X" is the clinic's, not an editor's.
    ("Fuite de données dans un réseau de laboratoires", "Chez Biolabo, les pirates ont dérobé les résultats d'analyses de 8 000 patients.",
     ["Biolabo"], [], None),
    (None, "Une intrusion a été détectée chez Medisys, l'éditeur du logiciel de la clinique des Cyprès, et des dossiers de patients ont été copiés.",
     ["clinique des Cyprès"], [], ["Medisys"]),
    # The source before a comma ("Selon l'ARS X, le CH Y a été visé") is no list with the victim.
    (None, "Selon l'ARS Nouvelle-Aquitaine, le centre hospitalier de Périgueux a été visé par un rançongiciel dimanche.",
     ["centre hospitalier de Périgueux"], ["ARS"], None),
    (None, "D'après la CPAM du Gard, la clinique des Oliviers a été la cible d'un piratage de sa messagerie.",
     ["clinique des Oliviers"], ["CPAM"], None),
    # Québec bodies are health terms for relevance; a headline's "un CHSLD de X" gives way to the body's name.
    ("Cyberattaque : un CHSLD de Laval touché", "Le CHSLD Sainte-Rose, à Laval, a été la cible d'une cyberattaque, ont confirmé les autorités.",
     ["CHSLD Sainte-Rose"], ["CHSLD de Laval"], None),
    (None, "Le CISSS de la Côte-Nord a été la cible d'une cyberattaque mardi.",
     ["CISSS de la Côte-Nord"], [], None),
    # Session 6.
    # A name followed by what it is ("X, un opérateur de ...", "X, réseau de ...") is an organisation: a report is enough.
    (None, "Optimut, un opérateur de tiers payant pour une vingtaine de mutuelles, a confirmé mardi une cyberattaque.",
     ["Optimut"], [], None),
    (None, "Nouvelle fuite de données de santé. Dentalia, réseau de centres dentaires du Nord, annonce le vol de dossiers de patients.",
     ["Dentalia"], [], None),
    (None, "Le piratage est confirmé : Vitalink, une association de soins infirmiers à domicile, indique que des dossiers de patients ont été volés.",
     ["Vitalink"], [], None),
    # A complaint after a first predicate the subject shares.
    (None, "Fuite de données de santé : un fichier volé de résultats d'analyses de patients circule sur un forum depuis lundi. Le laboratoire Biorhône a alerté la CNIL et déposé plainte.",
     ["laboratoire Biorhône"], ["CNIL"], None),
    (None, "Des données de patients ont fuité. Cardiolab, qui a notifié la Cnil et porté plainte, dit avoir colmaté la brèche.",
     ["Cardiolab"], ["Cnil"], None),
    # Another incident the story compares its own with is background.
    (None, "La mutuelle Santéal a confirmé une fuite de données. Les adhérents sont prévenus. Un numéro vert est ouvert. "
     "Le mode opératoire est semblable à celui qui avait visé le laboratoire Biomer l'hiver dernier.",
     ["mutuelle Santéal"], ["Biomer"], None),
    (None, "Le centre hospitalier de Millau a été frappé par un rançongiciel. Les urgences sont délestées. Les opérations sont reportées. "
     "Le scénario rappelle celui qui avait paralysé la clinique du Lac début 2023.",
     ["centre hospitalier de Millau"], ["Lac"], None),
    # A name inside a participial apposition ("géré par X,") is not the subject of the verb after it.
    (None, "L'Ehpad des Lilas, géré par l'association Horizon, a porté plainte après le piratage de ses serveurs.",
     ["Ehpad des Lilas"], ["Horizon"], None),
    (None, "La clinique du Port, détenue par le groupe Medivia, a été visée par un rançongiciel.",
     ["clinique du Port"], ["Medivia"], None),
    # Its own systems hit, said in a relative clause ("X, dont les serveurs ont été chiffrés").
    (None, "Une enquête est ouverte sur le réseau Santéo, dont la messagerie a été piratée la semaine dernière.",
     ["Santéo"], [], None),
    (None, "Les patients du centre de santé de la fondation Vitalis, dont le serveur de rendez-vous a été piraté en mars, sont invités à la prudence.",
     ["fondation Vitalis"], [], None),
    # The body that writes to the people whose data were reached.
    (None, "Le centre d'imagerie Radiomer a adressé un courrier à 12 000 patients pour les informer d'une fuite de données.",
     ["centre d'imagerie Radiomer"], [], None),
    (None, "L'organisme Prévoyance Alpine a écrit à quelque 3 000 assurés pour leur signaler le piratage d'un serveur.",
     ["Prévoyance Alpine"], [], None),
    # "X l'a confirmé" after the breach is told: a report of the breach.
    (None, "Un employé a consulté sans raison les dossiers de 2 000 patients. La pharmacie Martin-Roux, installée à Nancy, l'a confirmé.",
     ["pharmacie Martin-Roux"], ["Nancy"], None),
    (None, "Des résultats d'analyses ont été exposés en ligne pendant une semaine. Le laboratoire Biovalis nous l'a confirmé lundi.",
     ["laboratoire Biovalis"], [], None),
    # A trade ("technicienne en laboratoire de Reims") names no establishment.
    (None, "Une technicienne en laboratoire de Reims a consulté sans raison les résultats d'analyses de 900 patients. Le laboratoire Biomarne l'a confirmé.",
     ["laboratoire Biomarne"], ["Reims"], None),
    (None, "Un préparateur en pharmacie de Namur a consulté sans raison les dossiers de clients, a reconnu la pharmacie Delvaux.",
     ["pharmacie Delvaux"], ["Namur"], None),
    # The complements of a cue noun ("la plateforme de téléconsultation médicale X") stand between the rule and the name.
    (None, "Une base de la plateforme de téléconsultation médicale Teleo est restée accessible sans mot de passe.",
     ["Teleo"], [], None),
    (None, "Les serveurs de l'application de suivi de grossesse Maternia ont été piratés et des données de santé de patientes ont fuité.",
     ["Maternia"], [], None),
    # An attacker's name as one word of a health body's name ("Royal", "Play") does not make the body the attacker.
    (None, "Fuite de données : des pièces d'identité de patients de la Clinique médicale Mont-Royal étaient accessibles en ligne, a confirmé la clinique.",
     ["Clinique médicale Mont-Royal"], [], None),
    (None, "Le centre hospitalier Royal-Bellevue a été visé par un rançongiciel qui a chiffré ses serveurs.",
     ["centre hospitalier Royal-Bellevue"], [], None),
    # "DDoS" is an attack, never an organisation.
    (None, "Une attaque DDoS a rendu inaccessible le site de la clinique des Aubépines, qui a confirmé l'incident.",
     ["clinique des Aubépines"], ["DDoS"], None),
    # Archives and documents of a body: its data.
    (None, "Fuite de données de santé : une partie des archives du centre d'imagerie Radiosud est restée consultable sur internet sans mot de passe.",
     ["centre d'imagerie Radiosud"], [], None),
    (None, "Des pirates ont publié des documents du laboratoire Biomarine, dérobés lors d'une intrusion.",
     ["laboratoire Biomarine"], [], None),
    # A head's acronym and its spelled-out name are one body ("CHR de Huy", "Centre hospitalier régional de Huy").
    ("Cyberattaque au CHR de Namêche", "Le Centre hospitalier régional de Namêche a été victime d'une cyberattaque. Le CHR de Namêche a transféré des patients.",
     ["CHR de Namêche"], [], None),
    (None, "Le CHU de Vernelle a été frappé par un rançongiciel. Le Centre hospitalier universitaire de Vernelle fonctionne en mode dégradé.",
     ["CHU de Vernelle"], [], None),
    # Names after a plural spelled-out head are written with its singular, not its acronym.
    ("Cyberattaque : les hôpitaux de Millac et de Bourlon perturbés", "Les centres hospitaliers de Millac et de Bourlon fonctionnent en mode dégradé après une cyberattaque.",
     ["centre hospitalier de Millac", "centre hospitalier de Bourlon"], ["CH de"], None),
    # A recall of another incident ("Ce n'est pas la première fois", "une attaque similaire", "Pour rappel") is background, even in a short piece.
    (None, "La clinique Saint-Paul a été visée mardi par un rançongiciel. Les urgences sont délestées. Ce n'est pas la première fois qu'un "
     "établissement de la région est touché : l'hôpital d'Arles avait subi une attaque similaire en 2021.",
     ["clinique Saint-Paul"], ["Arles"], None),
    (None, "Le laboratoire Biolys a confirmé une fuite de données de patients. Pour rappel, la clinique des Roses avait été piratée l'an passé.",
     ["laboratoire Biolys"], ["Roses"], None),
    (None, "L'Ehpad Les Mimosas a été frappé par une cyberattaque. Le CHU voisin de Vernon avait connu une intrusion semblable au printemps.",
     ["Ehpad Les Mimosas"], ["Vernon"], None),
    # A capitalised head and a people's or a region's adjective is a body's own name; "l'Ehpad <adjective>" only describes.
    (None, "Le portail de l'Hôpital jurassien (HJU) a été ciblé mardi par une attaque en déni de service.",
     ["Hôpital jurassien"], [], None),
    (None, "Le Centre hospitalier valaisan a été victime d'un rançongiciel dans la nuit de dimanche.",
     ["Centre hospitalier valaisan"], [], None),
    (None, "L'Ehpad Les Lilas de Vichy a été piraté samedi. L'Ehpad vichyssois a porté plainte après la cyberattaque.",
     ["Ehpad Les Lilas"], ["vichyssois"], None),
    # "L'hôpital <adjective> a été visé": the head and its adjective take up the body named before.
    (None, "Depuis lundi, les soignants du centre hospitalier de Dolmont travaillent sur papier. L'hôpital jurassien a été frappé par un rançongiciel.",
     ["centre hospitalier de Dolmont"], [], None),
    (None, "Les agents de la clinique Saint-Roch de Cavaillon ont perdu leurs logiciels. La clinique vauclusienne a été visée par une cyberattaque.",
     ["clinique Saint-Roch"], [], None),
    # The body a regulator fines for a breach, the fine told first and its cause in the next sentence.
    (None, "Le régulateur a prononcé une sanction de 250 000 euros contre la mutuelle Santévie. Des pirates avaient dérobé les données de ses adhérents.",
     ["mutuelle Santévie"], [], None),
    (None, "Une amende de 40 000 euros a été infligée à l'encontre du laboratoire Biomédia après la fuite des résultats de ses patients.",
     ["laboratoire Biomédia"], [], None),
    # The name a colon says was hit, even one the model takes for a person.
    (None, "Des dossiers d'assurés ont été dérobés lors d'un piratage. Une cible : Optisanté, qui gère les remboursements de plusieurs mutuelles.",
     ["Optisanté"], [], None),
    (None, "Nouvelle victime d'un rançongiciel : Dentalia, qui exploite des centres dentaires en Bretagne.",
     ["Dentalia"], [], None),
    # The next member of a list a health body opens, even one the model takes for a place.
    (None, "Un rançongiciel a paralysé le centre médical de Morges, la Permanence de la Place, à Nyon, et plusieurs cabinets de la région.",
     ["centre médical de Morges", "Permanence de la Place"], [], None),
    # "à X, une plateforme de ...": what X is, not a town.
    (None, "Une fuite de données de santé : 20 Go de dossiers médicaux appartenant à Rendezmed, une plateforme de téléconsultation, étaient accessibles sans mot de passe.",
     ["Rendezmed"], [], None),
    # A demonym after the vendor noun ("l'éditeur nantais X") keeps it the vendor.
    (None, "L'éditeur nantais Pharmalog a reconnu une faille de son outil de maintenance. La pharmacie du Port a été touchée par un rançongiciel.",
     ["pharmacie du Port"], [], ["Pharmalog"]),
    (None, "Le prestataire lyonnais Infodis a été piraté, et la clinique des Cèdres a vu ses serveurs chiffrés.",
     ["clinique des Cèdres"], [], ["Infodis"]),
    # A short name in brackets after the full one, which spells no initials, is the body the text also calls by it.
    ("Brest : le centre d'imagerie Radiomer visé par des pirates",
     "Brest : le centre d'imagerie Radiomer visé par des pirates\nLe réseau du Centre d'imagerie médicale de la Pointe (Radiomer) est à l'arrêt depuis lundi après une cyberattaque.",
     ["centre d'imagerie Radiomer"], ["Pointe"], None),
    (None, "La Clinique mutualiste de l'Estuaire (Mutestuaire) a été victime d'un rançongiciel. Les serveurs de la clinique Mutestuaire sont chiffrés.",
     ["Mutestuaire"], [], None),
    # A plural head right after "de" and a region names a kind of body, not one named after that region.
    (None, "Le réseau Biomanche, l'un des principaux groupes de laboratoires d'analyses de Bretagne, a été infiltré par des pirates.",
     ["Biomanche"], ["Bretagne"], None),
    (None, "La société Optivue, un des grands réseaux de pharmacies d'Occitanie, a subi une cyberattaque.",
     ["Optivue"], ["Occitanie"], None),
    # The body whose name swindlers borrow after a breach is not the one hit.
    (None, "La clinique des Tilleuls a été victime d'une fuite de données. Elle met en garde contre des appels se présentant comme émanant de l'Assurance maladie.",
     ["clinique des Tilleuls"], ["Assurance"], None),
    (None, "Les données des adhérents de la mutuelle Solvia ont été dérobées. Des SMS se faisant passer pour la CPAM de la Sarthe circulent depuis.",
     ["mutuelle Solvia"], ["CPAM"], None),
    # A country before a headline's colon is a place, not a victim, even one of the not-organisation words.
    ("Afrique du Sud : une cyberattaque paralyse les laboratoires publics",
     "Le Service public des analyses médicales (SPAM) a été paralysé lundi par un rançongiciel.",
     ["Service public des analyses médicales"], ["Sud"], None),
    # A cue noun ending a line does not take the next line's first word for a name.
    ("L'éditeur Pharmasoft touché par un rançongiciel, des pharmacies privées de leur logiciel",
     "L'éditeur Pharmasoft touché par un rançongiciel, des pharmacies privées de leur logiciel\nL'éditeur lillois, qui héberge son outil pour 300 officines, a vu ses serveurs chiffrés.",
     ["Pharmasoft"], ["éditeur"], None),
    # The bodies a colon lists after a breach sentence's counted subject, however long the clause before the colon.
    (None, "Trois structures de santé de Lorraine ont déclaré aux autorités une fuite de données liée au piratage du compte de maintenance de leur "
     "prestataire informatique commun : la clinique des Houx (Metz), la clinique Saint-Rémy (Nancy) et le centre de santé Verlaine (Épinal).",
     ["clinique des Houx", "clinique Saint-Rémy", "centre de santé Verlaine"], [], None),
    (None, "Deux établissements du Finistère ont dû revenir au papier après l'attaque par rançongiciel qui a chiffré les serveurs de leur "
     "hébergeur régional la semaine dernière : la polyclinique de l'Iroise et l'Ehpad Les Goélands.",
     ["polyclinique de l'Iroise", "Ehpad Les Goélands"], [], None),
    # A related-article link or a photo caption, even written as a sentence, names no victim of the story.
    (None, "La clinique des Ormes a été victime d'un rançongiciel dans la nuit de samedi.\nÀ lire aussi : le centre hospitalier de Vireux avait été piraté l'an dernier, ses urgences fermées.\n"
     "La direction a porté plainte et prévenu ses patients.",
     ["clinique des Ormes"], ["Vireux"], None),
    (None, "Le laboratoire Analyvie a subi une fuite de données de patients.\nPhoto : le hall de l'hôpital de Morlange, touché lui aussi par une attaque en 2022.\n"
     "Le laboratoire a prévenu ses patients.",
     ["laboratoire Analyvie"], ["Morlange"], None),
    # An elided article before a lower-case word after a dateline is no name ("L'opérateur", "L'éditeur").
    (None, "Lyon, 4 juin (AFP) - L'opérateur de tiers payant Remboursia a annoncé avoir été victime d'un vol de données de ses assurés.",
     ["Remboursia"], ["opérateur"], None),
    # "un sous-traitant informatique, la société X": the cue between the vendor noun and the name keeps X the vendor.
    (None, "La mutuelle Arvalia a été victime d'une intrusion : les pirates sont passés par l'accès d'un sous-traitant informatique, "
     "la société Datalogis, dont les identifiants avaient été volés.",
     ["mutuelle Arvalia"], ["Datalogis"], ["Datalogis"]),
    # A headline line's everyday "hôpital de <town>" is the one hospital the body names hit, named after its region.
    ("Piratage de l'hôpital de Tournelle : des documents publiés",
     "Piratage de l'hôpital de Tournelle : des documents publiés\nLe groupe Akira a publié des fichiers volés lors de l'attaque contre le Centre hospitalier régional de Haute-Lys.",
     ["Centre hospitalier régional de Haute-Lys"], ["Tournelle"], None),
]


def assert_victims(extraction, victims, never):
    """A relevant extraction whose victims are exactly `victims` (by the scorer's name match), none holding a word of `never`."""
    assert extraction.relevant
    found = [f.value for f in extraction.victims]
    assert len(found) == len(victims), found
    assert all(any(SAME_ORG(f, v) for f in found) for v in victims), found
    assert not any(n.lower() in f.lower() for n in never for f in found), found


@pytest.mark.parametrize("title, text, victims, never, vendors", CASES, ids=[c[1][:50] for c in CASES])
def test_victims_in_many_wordings(extractor, title, text, victims, never, vendors):
    extraction = extractor.extract(text, title=title)
    assert_victims(extraction, victims, never)
    if vendors is not None:
        assert sorted(f.value for f in extraction.vendors) == sorted(vendors)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Réseau hospitalier neuchâtelois (RHNe) a été paralysé par un rançongiciel.", "Réseau hospitalier neuchâtelois"),
        ("Un fournisseur du Centre intégré de santé et de services sociaux de la Côte-Sud (CISSSCS) a été victime d'une "
         "fuite de données. Le CISSSCS a prévenu ses usagers.", "Centre intégré de santé et de services sociaux de la Côte-Sud"),
        ("L'ARS des Pays de la Loire a été victime d'un vol de données de patients.", "ARS Pays de la Loire"),
        ("L'Agence régionale de santé d'Occitanie a été victime d'une fuite de données.", "ARS Occitanie"),
        ("Le CISSS de la Côte-Nord a été victime d'une cyberattaque. Le CISSS a prévenu ses usagers et ses patients.",
         "CISSS de la Côte-Nord"),
    ],
)
def test_the_victim_is_given_its_full_official_name(extractor, text, name):
    assert [f.value for f in extractor.extract(text).victims] == [name]


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Après la cyberattaque, le centre hospitalier de Lunel et ses équipes informatiques restaurent les systèmes "
         "un à un. Les patients sont informés.", "centre hospitalier de Lunel"),
        ("Cyberattaque : les équipes de la clinique des Acacias restaurent les systèmes. Les patients sont prévenus.",
         "clinique des Acacias"),
    ],
)
def test_with_no_role_said_the_lead_breach_sentence_names_the_victim(extractor, text, victim):
    assert [f.value for f in extractor.extract(text).victims] == [victim]


def test_the_lead_fallback_never_names_an_authority_or_a_group(extractor):
    text = ("Après la cyberattaque, l'ARS et la CNIL rappellent les bons gestes aux hôpitaux de la région. "
            "Les patients sont invités à la vigilance.")
    assert [f.value for f in extractor.extract(text).victims] == []


def test_an_editor_that_keeps_announcing_stays_the_vendor(extractor):
    # Reports ("annonce", "confirme", "indique") in every sentence never outweigh "l'éditeur de logiciels X".
    text = ("L'éditeur de logiciels Medisoft a confirmé une fuite de données touchant les patients de 20 laboratoires. "
            "Medisoft annonce avoir porté plainte. Medisoft indique que les laboratoires Biolam et Armorlab sont concernés "
            "par la fuite. Medisoft précise que la faille a été corrigée. Medisoft explique avoir prévenu la CNIL après la fuite.")
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.vendors] == ["Medisoft"]
    assert [f.value for f in extraction.victims] == ["laboratoire Biolam", "laboratoire Armorlab"]


@pytest.mark.parametrize(
    "text, victim",
    [
        ("La mutuelle Prévalis est concernée par la fuite de données de santé de ses adhérents.", "Prévalis"),
        ("Le centre hospitalier de Privas serait touché par la cyberattaque, selon ses patients.", "centre hospitalier de Privas"),
        ("Les cliniques Saint-Roch et Sainte-Anne sont impactées par l'attaque informatique qui a exposé des patients.",
         "clinique Saint-Roch"),
    ],
)
def test_present_passive_of_an_attack(extractor, text, victim):
    found = [f.value for f in extractor.extract(text).victims]
    assert any(SAME_ORG(f, victim) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Les équipes de la clinique des Sources travaillent sur papier. Depuis la cyberattaque, le centre hospitalier de Brévac, "
        "qui a accueilli une vingtaine de patients, a ouvert des lits.",
        "Les soignants de la maternité des Pins notent tout à la main. Après le rançongiciel, le CHU de Valmorin, qui a accepté de "
        "prendre le relais pour les accouchements, renforce ses équipes.",
    ],
)
def test_the_lead_fallback_never_names_the_hospital_that_took_the_patients_in(extractor, text):
    found = [f.value for f in extractor.extract(text).victims]
    assert not any("Brévac" in f or "Valmorin" in f for f in found), found


@pytest.mark.parametrize("text, name, placed", [
    ("Depuis les cyberattaques de Brest et de Sète, les cliniques réclament des moyens.", "Brest", True),
    ("Depuis les cyberattaques de Brest et de Sète, les cliniques réclament des moyens.", "Sète", True),
    ("après les attaques d'Arles, de Vannes et de Tulle, l'État a réagi", "Vannes", True),
    ("L'attaque de Medilor a paralysé les serveurs.", "Medilor", False),
    ("les attaques de Medilor contre ses concurrents", "Medilor", False),
])
def test_towns_of_recalled_attacks(text, name, placed):
    from healthbreach.extract.mentions import written_as_place
    assert written_as_place(text, text.index(name)) is placed
