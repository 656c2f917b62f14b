"""The extractor's judgement: health and breach vocabulary must meet, not merely share a page."""

import pytest

from healthbreach.extract.relevance import judge, reports_breach

FILLER = "\n".join(
    f"Le paragraphe {i} de l'article détaille le contexte local, les chiffres et les réactions des habitants."
    for i in range(8)
)


@pytest.mark.parametrize(
    "title, text",
    [
        # Both in the headline only, the body speaking of "l'établissement" and "les pirates" apart.
        ("Cyberattaque contre l'hôpital de Sarlat", "L'établissement a porté plainte.\n" + FILLER),
        # A headline line of a plain-text page, above the body.
        (None, "Accueil\nFuite de données dans une clinique de Nantes\n" + FILLER),
        # Two adjacent sentences: the organisation in one, the breach in the next.
        (None, FILLER + "\nLa clinique du Lac a prévenu ses patients jeudi. Un rançongiciel a chiffré ses serveurs."),
        # An exposed server, no attack word.
        (None, FILLER + "\nUn serveur mal configuré d'un cabinet de cardiologie a laissé en libre accès 8 000 comptes rendus."),
        # Blood donors' data: the blood service's vocabulary is health vocabulary.
        (None, FILLER + "\nUn prestataire a subi une intrusion informatique. Les groupes sanguins de 2 800 donneurs ont été consultés."),
        # The headline names the breach, the lead the health organisations.
        ("Procès de la fuite de données de Dedalus : l'éditeur condamné",
         "Le tribunal a condamné l'éditeur pour la fuite, en 2021, des données de 491 840 patients de laboratoires.\n" + FILLER),
        # A Belgian mutualité is a health insurer; a computer virus that encrypted a server is a breach.
        (None, FILLER + "\nLa mutualité a confirmé un accès frauduleux aux dossiers de 4 000 membres."),
        (None, FILLER + "\nL'Ehpad a été touché par un virus informatique qui a chiffré son serveur."),
        # A word with an everyday meaning counts beside data vocabulary.
        (None, FILLER + "\nLes données de 3 000 patients ont été exposées sur un serveur mal configuré."),
    ],
)
def test_health_breach_reports(title, text):
    assert judge(text, title).relevant
    assert reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # A health story whose page links to a breach story at the bottom.
        ("Le CHU de Caen ouvre une maternité", "Le CHU de Caen accueille ses premières patientes.\n" + FILLER
         + "\nÀ lire aussi\nCyberattaque : la mairie de Vire paralysée"),
        # A short health story whose related-articles block, near the top, lists a breach headline.
        (None, "Vaccination : la campagne démarre\nLa campagne de vaccination commence mardi dans les pharmacies du pays.\n"
         "Articles similaires\nL'hôpital de Pau victime d'un rançongiciel\n"),
        # A breach at a non-health company; health appears far away in an unrelated sentence.
        ("Un transporteur piraté", "Le transporteur Routalis a subi une cyberattaque.\n" + FILLER
         + "\nLe maire a par ailleurs inauguré un centre de santé."),
        # A breach denied: a phishing campaign imitating an insurer, no leak.
        ("La mutuelle Harmonie alerte ses adhérents",
         "De faux courriels imitant la mutuelle circulent. Aucune fuite de données n'est à déplorer.\n" + FILLER),
        # A non-health breach: a social security number is in every French file, "assure" is a verb.
        ("Cyberattaque contre un opérateur d'emploi", "L'opérateur assure que les noms et numéros de sécurité sociale "
         "de 43 millions d'inscrits ont été dérobés lors d'une cyberattaque.\n" + FILLER),
        # A scam whose victim says its systems were not breached.
        ("La caisse d'assurance maladie visée par une escroquerie", "De faux conseillers de la CPAM démarchent des assurés. "
         "La caisse précise que ses systèmes informatiques n'ont pas été compromis.\n" + FILLER),
        # A hypothetical: "en cas de cyberattaque".
        ("Un rapport sur les hôpitaux", "Un hôpital sur deux n'a pas de plan de continuité en cas de cyberattaque.\n" + FILLER),
        # Prevention, not a breach.
        ("Des pare-feu pour les hôpitaux", "Pour prévenir les cyberattaques, l'agence finance des pare-feu dans les hôpitaux. "
         "Aucun incident n'a été signalé.\n" + FILLER),
        # Everyday meanings of breach words: an exhibition, a compromise, a ransom in a thriller.
        ("Santé publique : une étude exposée à Lyon",
         "Les chercheurs ont exposé leurs résultats sur la santé des enfants. Un compromis a été trouvé avec l'hôpital.\n" + FILLER),
    ],
)
def test_pages_that_only_share_vocabulary(title, text):
    assert judge(text, title).relevant, "the cheap crawl-time gate lets it through"
    assert not reports_breach(text, title)


def test_a_related_heading_above_the_article_does_not_end_it(extractor):
    text = ("Les plus lus\nDerniers articles\n"
            "La clinique des Ormes a été victime d'une cyberattaque ; les noms de 900 patients ont été dérobés.\n"
            "Articles similaires\nL'hôpital de Pau victime d'un rançongiciel\n")
    extraction = extractor.extract(text)
    assert [f.value for f in extraction.victims] == ["clinique des Ormes"]
    assert extraction.records.value == 900
    assert [f.value for f in extraction.data_types] == ["name"]


@pytest.mark.parametrize(
    "title, text",
    [
        # The breach events and the health vocabulary sit in different sentences of a health story.
        (None, "Le logiciel des cabinets médicaux ne répond plus depuis lundi et des milliers de médecins sont privés de leurs "
               "dossiers de patients.\nL'éditeur, spécialiste du dossier médical, a coupé son service.\n"
               "L'éditeur évoque des tentatives d'accès non autorisés à des comptes.\n"
               "Il a voulu empêcher toute fuite de données, précise-t-il.\n" + FILLER),
        # A misdirected e-mail: "fuite" beside data words.
        (None, "Les données personnelles de quarante patients d'un centre de santé ont été envoyées à un autre patient. "
               "Ce type de fuite est fréquent, rappelle la CNIL.\n" + FILLER + "\nLes fuites de données par courriel sont nombreuses."),
    ],
)
def test_reports_written_across_sentences(title, text):
    assert judge(text, title).relevant
    assert reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # A trend: the hospitals are one group among others in a sentence about more attacks.
        ("Huit conseils pour protéger vos comptes en ligne",
         "Ces derniers mois, les cyberattaques contre les entreprises et même les hôpitaux se sont multipliées. "
         "Voici comment choisir un bon mot de passe.\n" + FILLER),
        # A phishing campaign using a health brand: scammers, no breach of the brand.
        ("Arnaque : de faux SMS au nom de la plateforme de rendez-vous médicaux",
         "Des escrocs utilisent l'image d'une plateforme de santé pour des campagnes d'hameçonnage. "
         "Les cybercriminels cherchent à voler les identifiants et les coordonnées bancaires des patients.\n" + FILLER),
    ],
)
def test_trends_and_scams_are_not_reports(title, text):
    assert judge(text, title).relevant, "the cheap crawl-time gate lets it through"
    assert not reports_breach(text, title)


def test_an_outage_the_hospital_says_was_no_attack():
    title = "Panne informatique au centre hospitalier"
    text = ("Une panne du réseau a paralysé les urgences de l'hôpital mardi. La direction écarte toute cyberattaque : "
            "un serveur est tombé en panne.\n" + FILLER)
    assert judge(text, title).relevant
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # An employee reading records without cause, a stolen laptop: breaches without an attack word.
        (None, FILLER + "\nUne aide-soignante de l'hôpital de Millau a consulté sans justification les dossiers de 300 patients."),
        (None, FILLER + "\nLes consultations illégitimes de dossiers médicaux ont été repérées lors d'un audit de la clinique."),
        # Québec and Belgian words for a breach
        (None, FILLER + "\nLe CIUSSS du Nord a déclaré un bris de confidentialité touchant 1 200 usagers."),
        # a body at an address is still the body
        (None, FILLER + "\nLe centre de santé de la place de l'Hôpital a été piraté dimanche."),
        (None, FILLER + "\nUn incident de confidentialité est survenu au centre de santé de Saint-Jérôme."),
        (None, FILLER + "\nDes dossiers de patients de la clinique ont été subtilisés par un ancien employé."),
        (None, FILLER + "\nLa mutualité a été la cible d'un hacking visant les comptes de ses membres."),
        # reading records without right, in other words: the verb and its adverbial apart
        (None, FILLER + "\nUn agent d'accueil du centre de santé a fouillé illégitimement les fiches de 2 000 usagers."),
        (None, FILLER + "\nUne secrétaire de la clinique avait consulté les dossiers de ses voisins sans aucun droit."),
        (None, FILLER + "\nUn technicien de l'hôpital a visionné de manière illicite les images de plusieurs patients."),
        ("Cambriolage dans une pharmacie : les données de 900 clients dans la nature",
         "Un ordinateur portable contenant les ordonnances des clients a disparu.\n" + FILLER),
        # A phishing e-mail as the way in does not make an intrusion a scam story.
        ("Des données d'assurés de la CPAM de l'Orne consultées",
         "La CPAM de l'Orne a été victime d'une intrusion dans ses outils informatiques, par un faux courriel se faisant passer pour le service informatique.\n" + FILLER),
    ],
)
def test_breaches_without_an_attack_word(title, text):
    assert reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # protected against attacks: a prevention, in other words
        ("Le CHU de Nîmes inaugure un nouveau bloc opératoire",
         "Le système informatique du bloc a été renouvelé et sécurisé contre les cyberattaques, explique le directeur.\n" + FILLER),
        ("Une clinique investit dans sa sécurité",
         "Les serveurs de la clinique sont désormais protégés contre les rançongiciels par une sauvegarde hors ligne.\n" + FILLER),
        # a sector's trend since a year, and a regulator's yearly count
        ("Les hôpitaux face à la menace cyber",
         "Depuis 2020, plusieurs hôpitaux ont été frappés par des rançongiciels. L'État finance un plan de renforcement.\n" + FILLER),
        ("La CNIL publie son bilan annuel",
         "En 2024, la CNIL a reçu 5 600 notifications de violations de données, dont 12 % venant du secteur de la santé.\n" + FILLER),
        # a health word in an address names a street
        ("Colmar : une agence immobilière rançonnée",
         "L'agence de la rue de l'Hôpital a vu ses fichiers chiffrés par des pirates, qui réclament 5 000 euros.\n" + FILLER),
    ],
)
def test_prevention_and_sector_counts_are_not_reports(title, text):
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # practising or opening without a licence is no records read without right
        ("Un faux dentiste condamné à Lyon",
         "L'homme donnait des consultations sans autorisation dans un cabinet de la ville.\n" + FILLER),
        ("Fermeture d'un centre de soins esthétiques",
         "Le centre de soins avait ouvert sans autorisation de l'agence régionale de santé.\n" + FILLER),
    ],
)
def test_unlicensed_practice_is_no_breach(title, text):
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        ("Le CHU de Tours simule une cyberattaque pour entraîner ses équipes",
         "À 9 heures, un message de rançon s'affiche : les serveurs du bloc seraient chiffrés. Un rançongiciel est détecté.\n" + FILLER),
        ("Une fausse cyberattaque à l'hôpital de Vichy",
         "Rançongiciel détecté, serveurs chiffrés : les soignants du CHU ont joué le jeu toute la journée.\n" + FILLER),
        ("Panne géante à l'hôpital de Blois",
         "Très vite, la rumeur d'un piratage a couru parmi les soignants de l'hôpital. La direction l'a démentie.\n" + FILLER),
    ],
)
def test_exercises_and_rumours_are_not_reports(title, text):
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # A headline that says it was no attack, a lead that affirms none: the attacks told below are other ones.
        ("Panne à l'hôpital de Vierzon : « ce n'est pas une cyberattaque », affirme le directeur",
         "Plus d'accès aux dossiers pendant six heures mardi. La direction a démenti toute attaque.\n" + FILLER
         + "\nLe CHU de Bourges a été frappé par un rançongiciel en 2023."),
        ("Clinique de Rodez : la piste d'un piratage écartée",
         "Les ordinateurs sont restés bloqués mercredi. Une mise à jour défectueuse est en cause.\n" + FILLER
         + "\nUn autre hôpital de la région avait subi une cyberattaque en 2022."),
        ("Bug géant au CHU de Liège : il ne s'agit pas d'un piratage, selon la direction",
         "Les logiciels de rendez-vous ont cessé de fonctionner lundi. Un serveur de stockage est en cause.\n" + FILLER
         + "\nL'hôpital de Verviers a été victime d'un rançongiciel l'an dernier."),
        # A health body spared beside the breach of another body.
        ("Roanne : l'agglomération piratée, le centre hospitalier épargné",
         "Les services de l'agglomération sont à l'arrêt depuis jeudi après une attaque par rançongiciel.\n" + FILLER),
        ("Cyberattaque contre la mairie de Vannes : l'Ehpad municipal n'a pas été touché",
         "Les serveurs de la ville ont été chiffrés lundi.\n" + FILLER),
        # the body's activity said undisturbed, next to the other body's breach
        ("Rançongiciel à la communauté de communes du Lot",
         "Les pirates réclament une rançon à l'intercommunalité.\nLa clinique voisine indique que son activité n'est pas perturbée.\n" + FILLER),
        # A scam whose victim says no system was breached, in words without "pas".
        ("Arnaque : de faux mails au nom de l'Assurance maladie",
         "Des escrocs envoient de faux courriels. Cette campagne n'est pas liée à une fuite de données à la CPAM.\n" + FILLER),
        ("Arnaque : de faux SMS au nom d'une mutuelle",
         "La mutuelle précise qu'aucune donnée de ses adhérents n'a été compromise, les numéros ayant été pris au hasard.\n" + FILLER),
    ],
)
def test_denied_spared_and_unlinked_are_not_reports(title, text):
    assert judge(text, title).relevant, "the cheap crawl-time gate lets it through"
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # A denial of one kind of breach with another affirmed stays a report.
        ("Pas de cyberattaque au CHU, mais des données de patients volées",
         "Le CHU de Nîmes a été victime du vol d'un ordinateur portable contenant les noms de 300 patients.\n" + FILLER),
        ("Ce n'est pas une cyberattaque, dit l'hôpital",
         "Mais le CHU de Nîmes a bien été victime d'une intrusion dans son système informatique lundi.\n" + FILLER),
        # A body not spared ("n'ont pas été épargnées") is hit.
        ("Cyberattaque : les urgences de l'hôpital n'ont pas été épargnées",
         "Les serveurs de l'hôpital de Vannes ont été chiffrés lundi.\n" + FILLER),
        # A phishing story where the fraudsters got in: a breach of the body whose systems they entered.
        ("Arnaque au faux conseiller : des comptes de la CPAM du Gard détournés",
         "Des escrocs ont piégé des agents de la caisse primaire par de faux courriels. Les fraudeurs ont ensuite "
         "eu accès aux fiches de 900 assurés.\n" + FILLER),
        ("Faux SMS : des comptes d'adhérents d'une mutuelle pris en main par des escrocs",
         "La mutuelle Santé Plus a confirmé que 600 comptes de son espace adhérent ont été pris en main par des escrocs.\n" + FILLER),
        ("Hameçonnage : des agents d'une caisse d'assurance maladie piégés",
         "Les identifiants volés ont permis aux pirates de se connecter aux outils de la caisse primaire du Doubs.\n" + FILLER),
        # A misdirected group e-mail: the addresses in visible copy, the patients' identity.
        ("Un courriel groupé de l'hôpital dévoile les adresses de 300 patients",
         "Le service de diabétologie a envoyé un message à 300 patients avec toutes les adresses en copie visible.\n" + FILLER),
        ("Un e-mail envoyé par erreur révèle l'identité de patients d'un centre de santé", "Le centre s'excuse.\n" + FILLER),
    ],
)
def test_reports_beside_denials_and_scams(title, text):
    assert reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # A lost USB key or computer holding patients' files is a breach.
        ("Une clé USB contenant des dossiers de patients perdue par un médecin",
         "Le praticien du centre hospitalier de Pau a égaré la clé dans le train.\n" + FILLER, True),
        (None, FILLER + "\nUn infirmier de l'Ehpad a perdu un ordinateur portable contenant les noms des résidents.", True),
        # A resistance test is an exercise, not a breach.
        ("Le CHU de Nantes teste sa résistance à une cyberattaque",
         "Un rançongiciel a chiffré les serveurs du bloc, selon le scénario joué mardi par les équipes.\n" + FILLER, False),
        ("Les cliniques du Var testent leur résistance aux pirates",
         "Une attaque informatique a été simulée dans trois cliniques.\n" + FILLER, False),
    ],
)
def test_losses_and_resistance_tests(title, text, expected):
    assert reports_breach(text, title) is expected


@pytest.mark.parametrize(
    "title, text",
    [
        # A town hall's attack; the last paragraph recalls, in the pluperfect, a hospital hit in an earlier year.
        ("Cyberattaque : la mairie de Vernon privée de messagerie",
         "Depuis lundi, les agents de la mairie travaillent sans logiciels après une attaque par rançongiciel.\n" + FILLER +
         "\nEn mars 2023, c'est la clinique de la ville voisine qui avait été paralysée par des pirates."),
        ("Le réseau de la communauté de communes chiffré par des pirates",
         "La collectivité a porté plainte jeudi après le chiffrement de ses serveurs.\n" + FILLER +
         "\nEn 2022, le centre hospitalier du secteur avait déjà subi une cyberattaque similaire."),
        # An "À lire aussi" line naming a hospital's attack inside a story about something else.
        ("Cyberattaque contre un club de football amateur",
         "Le club a vu son site piraté samedi.\nÀ lire aussi : Cyberattaque au CHU de Caen, les urgences perturbées\n" + FILLER),
        # A policy story: repeated attacks on hospitals, breaches "when they occur".
        ("Santé numérique : le projet de loi sur l'hébergement des données adopté",
         "Les sénateurs ont adopté mardi le texte sur l'hébergement des données de santé.\n" + FILLER +
         "\nLe sujet est devenu sensible depuis les cyberattaques à répétition contre les hôpitaux."),
        ("Débat sur le dossier médical partagé à l'Assemblée",
         "Les députés ont examiné mardi une proposition de loi sur le dossier médical partagé.\n" + FILLER +
         "\nLes associations de patients veulent être informées lorsque des fuites de données surviennent."),
    ],
)
def test_closing_recalls_and_policy_stories_are_not_reports(title, text):
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # The lead tells this story's breach in the pluperfect: still a report.
        (None, "La clinique du Parc a annoncé mardi que ses serveurs avaient été piratés dans la nuit.\n" + FILLER),
        # A follow-up: the attack recalled with its year in a sentence after a health lead.
        ("Le CHU de Vire retrouve ses outils informatiques",
         "Le CHU de Vire a rouvert ses urgences lundi.\nEn mars 2023, le CHU avait été paralysé par un rançongiciel.\n" + FILLER),
    ],
)
def test_reports_that_recall_their_own_attack(title, text):
    assert reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # Another body's breach beside a hospital that says it was not touched.
        ("Cyberattaque contre la mairie de Gray",
         "Les serveurs de la mairie ont été chiffrés dimanche.\n" + FILLER + "\nLes fichiers des habitants ont pu être dérobés, "
         "admet le maire. Le centre hospitalier voisin assure que ses propres systèmes n'ont pas été touchés."),
        # A policy story on hospital cybersecurity recalling a list of past attacks on other hospitals.
        ("Cybersécurité des hôpitaux : le plan de l'État prolongé",
         "Le ministère de la Santé prolonge son programme de sécurité informatique des hôpitaux.\n" + FILLER +
         "\nEn mars 2021, le CH de Mâcon avait été paralysé par un rançongiciel ; en 2023, celui de Rodez avait vu ses "
         "données publiées."),
        ("Hôpitaux : les crédits de la cybersécurité en question",
         "Les directeurs d'hôpitaux jugent insuffisants les crédits de sécurité informatique.\n" + FILLER +
         "\nLe CHU de Nîmes en 2021, celui de Laval en 2022 ou la clinique de Vesoul en 2023 ont montré qu'un rançongiciel "
         "pouvait bloquer un établissement des semaines."),
        # Figures of a whole sector: a count recorded, attacks going down or up.
        ("Santé : le bilan annuel de la cybersécurité",
         "Les hôpitaux ont déclaré davantage d'incidents de sécurité l'an dernier.\n" + FILLER +
         "\nL'agence a recensé l'an dernier plus de 600 incidents déclarés par des établissements de santé. Les rançongiciels "
         "sont en baisse, mais les fuites de données liées à des comptes volés progressent."),
    ],
)
def test_spared_neighbours_recalled_lists_and_sector_figures_are_not_reports(title, text):
    assert not reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text",
    [
        # A follow-up recalling its own attack, with the year, in the pluperfect.
        ("Le CH de Mâcon, un an après",
         "Le centre hospitalier de Mâcon a achevé la reconstruction de son réseau.\n" + FILLER +
         "\nEn mars 2024, le CH de Mâcon avait été paralysé par un rançongiciel."),
        # A breach reported with the hospital's own word of what was spared.
        (None, "La clinique du Lac a été victime d'une cyberattaque lundi. Les dossiers médicaux n'ont pas été touchés.\n" + FILLER),
    ],
)
def test_follow_ups_and_partial_denials_stay_reports(title, text):
    assert reports_breach(text, title)


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # Files read by outsiders, a fraudulent access, data siphoned off: beside data words, a breach.
        (None, FILLER + "\nLa clinique reconnaît que des dossiers de patients ont pu être consultés par des tiers.", True),
        (None, FILLER + "\nSelon le centre hospitalier, les données d'un millier de personnes ont été consultées par un tiers.", True),
        (None, FILLER + "\nLe laboratoire signale que ses fichiers ont été ouverts de manière frauduleuse.", True),
        (None, FILLER + "\nL'hôpital a détecté des consultations frauduleuses des dossiers de ses patients.", True),
        (None, FILLER + "\nLes coordonnées de 9 000 assurés de la mutuelle ont été siphonnées.", True),
        # Encrypted servers, a defaced website: strong events.
        (None, FILLER + "\nÀ la clinique, tous les serveurs ont été chiffrés pendant la nuit.", True),
        (None, FILLER + "\nLes postes informatiques de l'Ehpad avaient été chiffrés par un logiciel.", True),
        (None, FILLER + "\nLe site internet du centre hospitalier a été défiguré samedi.", True),
        # The everyday senses: a cost estimated, a disfigured patient, billing fraud, patients drawn away, figures.
        (None, FILLER + "\nLe coût des travaux de l'hôpital a été chiffré à trois millions d'euros.", False),
        (None, FILLER + "\nUn patient défiguré par une morsure a été opéré à l'hôpital.", False),
        (None, FILLER + "\nLe médecin facturait des consultations frauduleuses à la caisse.", False),
        (None, FILLER + "\nLa nouvelle clinique a siphonné la patientèle de ses voisins.", False),
        (None, FILLER + "\nLes chiffres de la clinique ont été publiés jeudi.", False),
    ],
)
def test_outsiders_reading_fraud_siphoning_encryption_and_defacement(title, text, expected):
    assert reports_breach(text, title) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Everyday breach words ("par erreur", "mauvais destinataire") reach the stricter judgement: the first one
        # (judge) lets them through, the stricter one wants a data word beside them.
        ("Le cabinet dentaire a adressé par erreur à tous ses patients la liste des rendez-vous, avec noms et téléphones.", True),
        ("Le centre d'imagerie a transmis à un mauvais destinataire les résultats d'examens de ses patients.", True),
        ("Le médecin de l'hôpital s'est trompé par erreur de salle avant la consultation.", False),
        # Devices or files holding patient data stolen or mislaid, whatever words sit between.
        ("Trois ordinateurs portables où étaient stockées des données de patients ont été volés dans la clinique.", True),
        ("Un disque dur contenant les bilans de 300 patients a été égaré par un praticien de la clinique.", True),
        ("Des médicaments et des blouses ont été volés dans la réserve de l'hôpital.", False),
        ("Des documents comptables avaient été dérobés à la clinique par un employé d'un sous-traitant.", False),
        # Data resold by an insider.
        ("Un agent de la mutuelle aurait revendu les coordonnées de centaines d'adhérents à des démarcheurs.", True),
        ("Le groupe a revendu deux cliniques et un centre de santé à un fonds d'investissement.", False),
        # Phishing that let fraudsters in ("à des escrocs"), an account taken over in a story using the words of a scam.
        ("Un courriel piégé a permis à des escrocs de prendre le contrôle de la messagerie d'une infirmière de l'Ehpad.", True),
        ("Des pirates ont pris le contrôle de la page Facebook de la clinique et y ont publié de faux messages.", True),
        # A health body said to be untouched by "aucun ... n'est concerné".
        ("La société a revendu les données de ses clients ; aucun établissement de santé n'est concerné.", False),
    ],
)
def test_everyday_breach_words_theft_resale_and_takeover(text, expected):
    text = "Actualité\n" + FILLER + "\n" + text
    assert (judge(text).relevant and reports_breach(text)) is expected
