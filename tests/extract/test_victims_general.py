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

# (text, victims, words no victim may contain, vendors or None when not checked)
CASES = [
    ("Une cyberattaque a frappé dans la nuit de lundi le centre hospitalier de Montauban.",
     ["centre hospitalier de Montauban"], [], None),
    ("Des hackers ont piraté les serveurs de la clinique Saint-Vincent de Besançon.",
     ["clinique Saint-Vincent"], [], None),
    ("Un rançongiciel paralyse depuis mardi l'hôpital de Cahors.",
     ["hôpital de Cahors"], [], None),
    ("Des pirates ont ciblé le laboratoire Biolor, à Metz, et volé des résultats d'analyses.",
     ["laboratoire Biolor"], ["Metz"], None),
    ("L'attaque informatique qui a touché jeudi la mutuelle Vitaprev a exposé les données de ses adhérents.",
     ["mutuelle Vitaprev"], [], None),
    ("Le rançongiciel a compromis les systèmes du groupe hospitalier Bretagne Sud.",
     ["groupe hospitalier Bretagne Sud"], [], None),
    ("Des cybercriminels ont compromis le réseau informatique de la polyclinique des Alpes. Une fuite de données de santé a touché des patients.",
     ["polyclinique des Alpes"], [], None),
    ("Le CHU de Liège a été visé par une cyberattaque, a confirmé la direction.",
     ["CHU de Liège"], [], None),
    ("Les Hôpitaux universitaires de Genève (HUG) ont été ciblés par des pirates informatiques.",
     ["Hôpitaux universitaires de Genève"], [], None),
    ("Le CIUSSS de l'Estrie a été frappé par un incident de cybersécurité touchant les données de 3000 usagers. Une fuite de données de santé a touché des patients.",
     ["CIUSSS de l'Estrie"], [], None),
    ("Le Centre intégré de santé et de services sociaux des Laurentides a été la cible d'une cyberattaque.",
     ["Centre intégré de santé et de services sociaux des Laurentides"], [], None),
    ("Le CISSS de la Côte-Nord a été victime d'une cyberattaque, a-t-il annoncé jeudi. Une fuite de données de santé a touché des patients.",
     ["CISSS de la Côte-Nord"], [], None),
    ("La clinique Saint-Luc de Bouge, victime d'un piratage, a prévenu ses patients.",
     ["clinique Saint-Luc"], [], None),
    ("Le Réseau hospitalier neuchâtelois (RHNe) a été paralysé par un rançongiciel.",
     ["Réseau hospitalier neuchâtelois"], [], None),
    ("Victime d'une cyberattaque, le centre hospitalier de Bastia fonctionne en mode dégradé.",
     ["centre hospitalier de Bastia"], [], None),
    ("Le laboratoire Biomnis se dit victime d'une fuite de données.",
     ["laboratoire Biomnis"], [], None),
    ("C'est le centre hospitalier de Saint-Nazaire qui a été victime de l'attaque par rançongiciel.",
     ["centre hospitalier de Saint-Nazaire"], [], None),
    ("L'attaque contre l'hôpital de Dax a été revendiquée par le groupe LockBit.",
     ["hôpital de Dax"], ["LockBit"], None),
    ("Une cyberattaque visant la clinique de l'Anjou a perturbé les consultations.",
     ["clinique de l'Anjou"], [], None),
    ("La cyberattaque dont a été victime le CH de Saint-Lô a paralysé les urgences.",
     ["CH de Saint-Lô"], [], None),
    ("Le piratage subi par la mutuelle Avenir Santé a exposé 40 000 adhérents.",
     ["mutuelle Avenir Santé"], [], None),
    ("Trois établissements ont été touchés par la cyberattaque : le CHU de Nîmes, la clinique du Golfe et l'Ehpad Les Tilleuls.",
     ["CHU de Nîmes", "clinique du Golfe", "Ehpad Les Tilleuls"], [], None),
    ("Le centre hospitalier de Dole et l'hôpital de Champagnole ont été paralysés par un rançongiciel.",
     ["centre hospitalier de Dole", "hôpital de Champagnole"], [], None),
    ("Les pirates ont visé la clinique des Alpes, l'hôpital de Gap et le laboratoire Biogap.",
     ["clinique des Alpes", "hôpital de Gap", "laboratoire Biogap"], [], None),
    ("Le centre hospitalier intercommunal de Créteil (CHIC), dans le Val-de-Marne, a été touché samedi par une cyberattaque.",
     ["centre hospitalier intercommunal de Créteil"], [], None),
    ("Le groupe hospitalier Nord-Ouest (GHNO) a subi le 12 mars une attaque par rançongiciel.",
     ["groupe hospitalier Nord-Ouest"], [], None),
    ("Le CISSS de Lanaudière annonce qu'une fuite de données a touché 5000 usagers. Une fuite de données de santé a touché des patients.",
     ["CISSS de Lanaudière"], [], None),
    ("Une fuite de données émanant d'un fournisseur du CIUSSS du Saguenay a exposé des usagers. Le fournisseur, Datasond, a été victime d'un rançongiciel. Une fuite de données de santé a touché des patients.",
     ["CIUSSS du Saguenay"], [], ["Datasond"]),
    ("L'hôpital de la Cité-de-la-Santé du CISSS de Laval a été touché par une panne informatique après une cyberattaque.",
     ["hôpital de la Cité-de-la-Santé"], [], None),
    ("Le CHU de Québec a été frappé par une cyberattaque. Le CHU assure que les soins continuent.",
     ["CHU de Québec"], [], None),
    ("L'ARS des Pays de la Loire a été victime d'un vol de données de patients.",
     ["ARS Pays de la Loire"], [], None),
    ("L'Agence régionale de santé d'Occitanie a été victime d'une fuite de données.",
     ["ARS Occitanie"], [], None),
    ("Le GHT Alpes-Dauphiné a été paralysé par une cyberattaque.",
     ["GHT Alpes-Dauphiné"], [], None),
    ("Le groupement hospitalier de territoire (GHT) Cœur Grand Est a été ciblé par des pirates.",
     ["groupement hospitalier de territoire Cœur Grand Est"], [], None),
    ("Le centre de santé Optivue du Mans a envoyé par erreur des données de patients à un autre client. Une fuite de données de santé a touché des patients.",
     ["centre de santé Optivue"], [], None),
    ("La société Optivue, qui gère des centres de santé, a subi une fuite de données.",
     ["Optivue"], [], None),
    ("L'éditeur de logiciels Medisoft a été victime d'une cyberattaque ; les données des patients des laboratoires Biorance, Labonord et Analysa ont été volées.",
     ["Biorance", "Labonord", "Analysa"], [], ["Medisoft"]),
    ("Les données de patients des laboratoires Biorance, Labonord et Analysa ont été volées chez leur éditeur de logiciel. Une fuite de données de santé a touché des patients.",
     ["Biorance", "Labonord", "Analysa"], [], None),
    ("Le groupement de pharmacies Pharmavie a été victime d'une fuite de données touchant ses clients.",
     ["Pharmavie"], [], None),
    ("Un pirate met en vente la base de données du grossiste répartiteur Pharmadis. Une fuite de données de santé a touché des patients.",
     ["Pharmadis"], [], None),
    ("Le site du groupement Pharmavie apparaît sur le forum parmi les données volées. Une fuite de données de santé a touché des patients.",
     ["Pharmavie"], [], None),
    ("En Belgique, l'hôpital Erasme a été victime d'une cyberattaque, selon le SPF Santé publique.",
     ["hôpital Erasme"], ["Belgique", "SPF"], None),
    ("Le Centre hospitalier universitaire vaudois (CHUV) a été la cible de pirates, a indiqué la Confédération.",
     ["Centre hospitalier universitaire vaudois"], ["Confédération"], None),
    ("La clinique Pasteur de Toulouse a été piratée ; les données ont été publiées sur BreachForums.",
     ["clinique Pasteur"], ["BreachForums"], None),
    ("Les données de l'hôpital privé d'Antony ont été mises en vente sur un forum, selon Zataz.",
     ["hôpital privé d'Antony"], ["Zataz"], None),
    ("La polyclinique Saint-Jean, propriété du groupe Elsan, a été victime d'une cyberattaque. Une fuite de données de santé a touché des patients.",
     ["polyclinique Saint-Jean"], ["Elsan"], None),
    ("Les laboratoires de biologie médicale sont de plus en plus visés par des cyberattaques. Une fuite de données de santé a touché des patients.",
     [], ["laboratoires"], None),
    ("Le gouvernement australien a annoncé que l'assureur Medisure avait été victime d'un piratage. Une fuite de données de santé a touché des patients.",
     ["Medisure"], ["australien"], None),
    ("La mutuelle Solimut a été touchée par une cyberattaque, a indiqué la CNIL.",
     ["Solimut"], ["CNIL"], None),
    ("Le laboratoire Biogroup a annoncé jeudi avoir été la cible d'une attaque informatique.",
     ["Biogroup"], [], None),
    ("Frappé par un rançongiciel le 3 février, l'hôpital de Armentières a dû transférer des patients.",
     ["hôpital de Armentières"], [], None),
    ("Paralysé depuis dimanche par une cyberattaque, le centre hospitalier de Rambouillet reste en mode dégradé.",
     ["centre hospitalier de Rambouillet"], [], None),
    ("Ciblée par des pirates, la clinique Saint-Georges de Nice a porté plainte.",
     ["clinique Saint-Georges"], [], None),
    ("Des pirates ont attaqué mardi soir les serveurs de l'Institut Curie. Une fuite de données de santé a touché des patients.",
     ["Institut Curie"], [], None),
    ("Les hackers ont réussi à pénétrer le système informatique du centre de radiologie Imagerie du Lac.",
     ["Imagerie du Lac"], [], None),
    ("Le cabinet de radiologie Radiolys, à Lyon, a découvert que ses serveurs avaient été chiffrés par un rançongiciel.",
     ["Radiolys"], [], None),
    ("Des données de l'Ehpad Les Jardins de Sophia ont été dérobées lors d'une intrusion.",
     ["Ehpad Les Jardins de Sophia"], [], None),
    ("La fuite de données frappe l'assureur santé Assurvie et ses 200 000 clients.",
     ["Assurvie"], [], None),
    ("Les Cliniques universitaires Saint-Luc ont été victimes d'une cyberattaque ce week-end.",
     ["Cliniques universitaires Saint-Luc"], [], None),
    ("Une attaque informatique a touché l'hôpital du Valais, a annoncé le canton.",
     ["hôpital du Valais"], [], None),
    ("Le CHR de la Citadelle à Liège a été la cible d'un rançongiciel. Une fuite de données de santé a touché des patients.",
     ["CHR de la Citadelle"], ["Liège"], None),
    ("Le groupe de cliniques Vitalis a été la cible d'un rançongiciel ; ses 12 établissements fonctionnent en mode dégradé.",
     ["Vitalis"], [], None),
    ("L'assureur santé néerlandais Zorgwel a révélé qu'un pirate avait dérobé les données de 300 000 clients.",
     ["Zorgwel"], [], None),
    ("La start-up de téléconsultation Medicall a laissé une base de données accessible sans mot de passe.",
     ["Medicall"], [], None),
    ("Le logiciel de l'éditeur Softmed, utilisé par plusieurs laboratoires, serait à l'origine de la fuite ; le laboratoire Bioris a prévenu ses patients que leurs données avaient été volées. Une fuite de données de santé a touché des patients.",
     ["Bioris"], [], ["Softmed"]),
    ("Le prestataire informatique Infodoc, qui héberge les données de la clinique du Val, a été victime d'un rançongiciel ; les dossiers des patients de la clinique ont été dérobés.",
     ["clinique du Val"], [], ["Infodoc"]),
    ("La pharmacie centrale de Mulhouse a été piratée : les pirates ont volé les ordonnances de 2 000 clients.",
     ["pharmacie centrale de Mulhouse"], [], None),
    ("Les hackers ont dérobé les données de 40 000 assurés de la mutuelle Prévia, selon le quotidien Le Parisien.",
     ["Prévia"], ["Parisien"], None),
    ("Une faille dans le portail patient du centre hospitalier de Gonesse a exposé les résultats d'examens de 9 000 patients. Une fuite de données de santé a touché des patients.",
     ["centre hospitalier de Gonesse"], [], None),
    ("Plusieurs hôpitaux ont été touchés, dont le centre hospitalier de Brive et l'hôpital de Tulle. Une fuite de données de santé a touché des patients.",
     ["centre hospitalier de Brive", "hôpital de Tulle"], [], None),
    ("Le groupe hospitalier Saint-Sauveur a annoncé avoir été victime d'une intrusion informatique la semaine dernière.",
     ["groupe hospitalier Saint-Sauveur"], [], None),
    ("Les urgences de l'hôpital de Lannion sont fermées depuis la cyberattaque de dimanche.",
     ["hôpital de Lannion"], [], None),
    ("La clinique Saint-Martin, qui appartient au groupe Ramsay, a été victime d'une fuite de données ; le groupe Ramsay a porté plainte.",
     ["clinique Saint-Martin"], ["Ramsay"], None),
    ("Le forum BreachForums a publié les données de la mutuelle Apréva, selon le site spécialisé Zataz. Une fuite de données de santé a touché des patients.",
     ["Apréva"], ["BreachForums", "Zataz"], None),
    ("L'Agence nationale de la sécurité des systèmes d'information (Anssi) a été appelée au centre hospitalier de Cholet, visé par un rançongiciel.",
     ["centre hospitalier de Cholet"], ["Anssi", "Agence nationale"], None),
    ("Selon le ministère de la Santé, le CHU de Caen a été frappé par une cyberattaque.",
     ["CHU de Caen"], ["ministère"], None),
    ("Le CHU de Caen, frappé par une cyberattaque samedi, a déclenché son plan blanc.",
     ["CHU de Caen"], [], None),
    ("Le groupe de pirates Medusa revendique l'attaque contre le laboratoire Cerbio et réclame une rançon.",
     ["Cerbio"], ["Medusa"], None),
    ("La CPAM des Bouches-du-Rhône a été ciblée par une attaque par hameçonnage qui a compromis les comptes de 2 000 assurés. Une fuite de données de santé a touché des patients.",
     ["CPAM des Bouches-du-Rhône"], [], None),
    ("Des données issues du centre d'imagerie Imagis de Lille ont été publiées par des pirates. Une fuite de données de santé a touché des patients.",
     ["Imagis"], [], None),
    ("Une cyberattaque paralyse l'Ehpad Les Glycines, à Rodez, et son logiciel de soins.",
     ["Ehpad Les Glycines"], [], None),
    ("Au Québec, le Centre universitaire de santé McGill (CUSM) a été touché par une fuite de données.",
     ["Centre universitaire de santé McGill"], ["Québec"], None),
    ("La Clinique Saint-Pierre d'Ottignies a été victime d'une cyberattaque, indique le centre pour la cybersécurité Belgique.",
     ["Clinique Saint-Pierre"], ["Belgique"], None),
    ("La fuite de données de la plateforme Santéconnect a exposé les rendez-vous de 6 000 patients.",
     ["Santéconnect"], [], None),
    ("L'hôpital a été victime d'une attaque. Le centre hospitalier de Sarreguemines a porté plainte et prévenu la CNIL. Une fuite de données de santé a touché des patients.",
     ["centre hospitalier de Sarreguemines"], ["CNIL"], None),
    ("Le laboratoire d'analyses médicales Biovallée, à Valence, et le centre de radiologie Radiovallée ont été touchés par la même attaque. Une fuite de données de santé a touché des patients.",
     ["Biovallée", "Radiovallée"], [], None),
    ("Les données des clients de la pharmacie en ligne Pharmaclic ont été mises en vente sur le dark web.",
     ["Pharmaclic"], [], None),
    ("Le grossiste-répartiteur Medirep a été la cible de pirates, privant 800 pharmacies de livraisons.",
     ["Medirep"], [], None),
    ("Le réseau de laboratoires Synlab Suisse a confirmé une attaque par rançongiciel.",
     ["Synlab Suisse"], [], None),
    ("Le centre hospitalier de Laval, en Mayenne, a été touché par une cyberattaque, a annoncé le CISSS de Laval... non, l'hôpital.",
     ["centre hospitalier de Laval"], [], None),
    ("Le centre hospitalier de Niort a été victime d'un rançongiciel. L'Agence nationale de la sécurité des systèmes d'information et la gendarmerie enquêtent. Le ministère de la Santé suit la situation.",
     ["centre hospitalier de Niort"], ["Agence", "gendarmerie", "ministère"], None),
    ("Selon le site spécialisé LeMagIT, la clinique des Augustines a été touchée par un rançongiciel.",
     ["clinique des Augustines"], ["LeMagIT"], None),
    ("Les données de la clinique du Mont ont été publiées sur le site du groupe LockBit, qui revendique l'attaque.",
     ["clinique du Mont"], ["LockBit"], None),
    ("En Suisse, le groupe hospitalier Hirsval a été frappé par une cyberattaque, a annoncé l'Office fédéral de la cybersécurité.",
     ["Hirsval"], ["Suisse", "Office"], None),
    ("Au Canada, l'hôpital Saint-Boniface de Winnipeg a été victime d'un piratage.",
     ["hôpital Saint-Boniface"], ["Canada"], None),
    ("Le groupe Elsan, propriétaire de la clinique Bretéché, précise que seule la clinique a été touchée par la cyberattaque.",
     ["clinique Bretéché"], ["Elsan"], None),
    ("Les cybercriminels ont exploité une faille du logiciel Medilog, édité par la société Softsanté, pour pénétrer le réseau de la polyclinique de Bordeaux. Une fuite de données de santé a touché des patients.",
     ["polyclinique de Bordeaux"], ["Medilog"], ["Medilog", "Softsanté"]),
    ("Une attaque par déni de service a rendu inaccessible le site internet du CHU de Dijon pendant plusieurs heures. Une fuite de données de santé a touché des patients.",
     ["CHU de Dijon"], [], None),
    ("Le Département de la Santé du canton de Vaud a confirmé que l'hôpital de Morges avait été visé par une attaque informatique.",
     ["hôpital de Morges"], ["Département", "Vaud"], None),
    ("La Commission nationale de l'informatique et des libertés a sanctionné le laboratoire Labexa pour la fuite de données de ses patients.",
     ["Labexa"], ["Commission"], None),
    ("Le piratage du laboratoire Cerbam, révélé par le journal Ouest-France, a touché 10 000 patients.",
     ["Cerbam"], ["Ouest-France"], None),
    ("Des pirates ont publié sur Telegram les fichiers volés à la mutuelle Unéo.",
     ["Unéo"], ["Telegram"], None),
    ("Le rançongiciel LockBit a chiffré les serveurs de l'hôpital de Vannes dans la nuit de samedi.",
     ["hôpital de Vannes"], ["LockBit"], None),
    ("Des hackers ont pris en otage les données du centre hospitalier de Dax.",
     ["centre hospitalier de Dax"], [], None),
    ("Mardi, une cyberattaque a touché de plein fouet la clinique Saint-Joseph de Colmar.",
     ["clinique Saint-Joseph"], [], None),
    ("C'est la polyclinique du Sidobre qui a été prise pour cible par les pirates informatiques. Une fuite de données de santé a touché des patients.",
     ["polyclinique du Sidobre"], [], None),
    ("La cible de cette attaque par rançongiciel : le centre hospitalier de Brioude.",
     ["centre hospitalier de Brioude"], [], None),
    ("Victimes d'une fuite de données, la mutuelle Ociane et la mutuelle Mutami ont prévenu leurs adhérents.",
     ["Ociane", "Mutami"], [], None),
    ("Après l'hôpital de Cannes, c'est au tour du CHU de Nice d'être visé par une cyberattaque.",
     ["CHU de Nice"], [], None),
    ("L'intrusion dans les serveurs de la mutuelle Klésia a été détectée le 3 mars.",
     ["Klésia"], [], None),
    ("La clinique de l'Espérance, à Liège, a vu ses systèmes informatiques paralysés par un rançongiciel.",
     ["clinique de l'Espérance"], ["Liège"], None),
    ("Une vaste fuite de données touche les clients de l'opticien Optalis.",
     ["Optalis"], [], None),
    ("Piratage massif chez Mediscan : les données de 1,2 million de patients dérobées.",
     ["Mediscan"], [], None),
]


@pytest.mark.parametrize("text, victims, never, vendors", CASES, ids=[c[0][:50] for c in CASES])
def test_victims_in_many_wordings(extractor, text, victims, never, vendors):
    extraction = extractor.extract(text)
    assert extraction.relevant
    found = [f.value for f in extraction.victims]
    assert len(found) == len(victims), found
    assert all(any(SAME_ORG(f, v) for f in found) for v in victims), found
    assert not any(n.lower() in f.lower() for n in never for f in found), found
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
