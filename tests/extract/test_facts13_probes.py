"""Probe battery of helper facts13: data types, attack types, care disruption and records in short
invented articles (never an article's sentence; organisation names invented).

Data types: the insurer named in other words ("les informations relatives à leur assurance santé",
"caisse-maladie", "assureur-maladie", "carte d'assuré"), clinical notes and discharge letters as
medical records, a pharmacy's dispensing history as treatment, a health-card number (not a bank card),
the intruder's own credentials or credential pairs from older leaks (the way in), e-mails that are
messages beside attachments, "consulté sans raison les dossiers" (the "sans" is the manner), "il était
possible de faire défiler" (exposure), a ranking "l'une des plus grandes fuites de données de santé"
(a category, not data named). Attack types: a theft told with a coordinated or a cleft verb ("a accédé
... et extrait des fichiers", "disent avoir chiffré ... et y avoir dérobé", "ce sont les fichiers que
les pirates ont pu copier"), a ransom not paid ("n'ont pas payé de rançon"), a sum demanded of the
victim, "n'est ni confirmée ni exclue" (a doubt). Care and the others: another hospital's attack
("D'autres hôpitaux ont été frappés ...") is background; an earlier incident recalled with "au cours
duquel ... avaient été volées" is too. Records: documents shown "pour appuyer ses dires" are a sample.

Each case gives one field's expected value; a list field must match exactly (order ignored).
"""

import pytest

CASES = [
    # ---- data types: vocabulary ----
    ("data_types", "insurance_in_other_words",
     "Piratage du centre de facturation Medivo : les pirates ont eu accès aux noms des patients, ainsi qu'aux "
     "informations relatives à leur assurance santé.", ["name", "health_insurance"]),
    ("data_types", "swiss_caisse_maladie",
     "Un hébergeur de Sion a été piraté. Les fichiers volés contiennent les factures des patients et des copies "
     "des cartes d'assuré de leur caisse-maladie.", ["health_insurance"]),
    ("data_types", "assureur_maladie_hyphen",
     "Fuite chez l'opérateur de facturation Tarivo : les données dérobées comprennent le nom des patients et "
     "leur assureur-maladie.", ["name", "health_insurance"]),
    ("data_types", "clinical_notes_and_discharge_letters",
     "Cyberattaque au centre hospitalier de Vauclair : les fichiers dérobés contiennent des notes cliniques et "
     "des lettres de sortie de patients.", ["medical_record"]),
    ("data_types", "doctors_notes_seen",
     "Une secrétaire de la clinique des Aulnes a consulté sans raison les dossiers de 300 patients. Elle a pu voir "
     "les notes des médecins et les diagnostics.", ["medical_record", "diagnosis"]),
    ("data_types", "read_without_reason_not_negation",
     "Une employée de la clinique des Genêts a consulté sans raison valable les dossiers médicaux de 900 patients "
     "pendant deux ans.", ["medical_record"]),
    ("data_types", "dispensing_history",
     "Intrusion chez l'éditeur de logiciel d'officine Pharmalog : les données volées comprennent le nom des "
     "patients et l'historique des délivrances sur deux ans.", ["name", "treatment"]),
    ("data_types", "health_card_number_not_bank",
     "Cyberattaque à l'hôpital de Saint-Rémi : les fichiers volés contiennent le nom et le numéro de carte santé "
     "des patients.", ["name", "social_security_number"]),
    ("data_types", "bank_card_number_still_financial",
     "Fuite à la pharmacie en ligne Pharmaplus : les fichiers volés contiennent le nom et le numéro de carte "
     "bancaire des clients.", ["name", "financial"]),
    ("data_types", "reports_written_by_physios",
     "Piratage de l'éditeur de logiciels pour kinés Kinélog : les fichiers dérobés contiennent le nom des patients et "
     "les bilans rédigés par les kinésithérapeutes.", ["name", "medical_record"]),
    ("data_types", "read_but_did_not_leave",
     "Une employée du centre de santé de Brienne a consulté sans autorisation les dossiers de 3 000 usagers. Les données "
     "consultées, nom, adresse et, pour certains, des informations cliniques, n'auraient pas quitté ses systèmes.",
     ["name", "postal_address", "medical_record"]),
    ("data_types", "adjective_before_health",
     "Fuite au laboratoire Biolam : un fichier contenant des données confidentielles de santé de 40 000 patients a été "
     "volé et diffusé sur internet.", ["medical_record"]),
    ("data_types", "benefit_statements",
     "La mutuelle Horizane a été frappée par un rançongiciel : des fichiers ont été copiés, dont les noms et les relevés "
     "de prestations des adhérents.", ["name", "health_insurance"]),
    ("data_types", "we_recovered_is_no_exposure",
     "L'hôpital de Varennes a été frappé par un rançongiciel. « Nous avons récupéré le dossier patient informatisé et "
     "l'imagerie, mais la facturation reste manuelle », explique la direction.", []),
    # ---- data types: words that name no exposed data ----
    ("data_types", "insider_own_credentials",
     "Un employé du centre d'appels Vocalis revendait des données de patients. Le salarié utilisait ses propres "
     "identifiants pour consulter les fiches. Les informations exposées : nom, prénom et numéro de téléphone.",
     ["name", "phone"]),
    ("data_types", "credential_combinations_from_older_leaks",
     "Des accès frauduleux ont visé le portail de la mutuelle Solvane. Les attaquants ont testé des combinaisons "
     "d'identifiants et de mots de passe issues de fuites antérieures. Les données consultées : nom et date de naissance.",
     ["name", "birth_date"]),
    ("data_types", "emails_with_attachments_are_messages",
     "Hameçonnage à l'hôpital de Brécourt : des pirates ont accédé à des boîtes mail. Celles-ci contenaient des "
     "courriels et des pièces jointes relatives à 800 patients : nom et résultats d'analyses.",
     ["name", "test_result"]),
    ("data_types", "possible_to_scroll",
     "Fuite de données à la plateforme de rendez-vous Agendo : une faille a été découverte par un chercheur. Il était possible de faire défiler les "
     "rendez-vous de tous les cabinets : nom du patient, numéro de téléphone et adresse e-mail.",
     ["name", "phone", "email", "appointment"]),
    ("data_types", "ranking_names_a_category",
     "Des pirates ont dérobé les données de 90 000 patients du laboratoire Biolys, dont des résultats d'analyses, "
     "dans l'une des plus importantes fuites de données de santé du pays.", ["test_result"]),
    ("data_types", "health_data_stolen_still_medical_record",
     "Cyberattaque à la clinique du Parc : des données de santé de 4 000 patients ont été dérobées.", ["medical_record"]),
    # ---- attack types ----
    ("attack_types", "coordinated_extract",
     "Cyberattaque chez l'éditeur Pharmalog : il a informé ses clients qu'un tiers non autorisé avait accédé à sa plateforme et extrait "
     "des fichiers contenant des données de patients.", ["unauthorized_access", "exfiltration"]),
    ("attack_types", "claimed_encrypt_and_steal",
     "Le groupe de pirates a revendiqué l'attaque contre la clinique des Tilleuls. Les pirates disent avoir chiffré "
     "les serveurs et y avoir dérobé des données de patients.", ["ransomware", "exfiltration"]),
    ("attack_types", "claimed_encrypt_and_stole_past_participle",
     "La cyberattaque contre le laboratoire Analys a été revendiquée par un groupe qui affirme avoir chiffré les serveurs "
     "et volé « 300 gigaoctets » de données.", ["ransomware", "exfiltration"]),
    ("attack_types", "cleft_pirates_copied",
     "Cyberattaque chez Rappelo, le prestataire de rappels de rendez-vous de l'hôpital de Vernon. Les données de patients "
     "de l'hôpital sont concernées : ce sont les fichiers exportés vers le prestataire que les pirates ont pu copier.",
     ["exfiltration"]),
    ("attack_types", "ransom_not_paid_de",
     "Le groupe de pirates a mis en ligne une archive de la clinique Saint-Luc après l'expiration de son ultimatum. "
     "La clinique, qui n'a pas payé de rançon, a porté plainte.", ["ransomware", "exfiltration"]),
    ("attack_types", "sum_demanded_of_victim",
     "Le groupe de pirates réclame 200 000 dollars au centre de radiologie de Vernay, sous peine de publier ses fichiers. "
     "L'attaque avait paralysé le centre en février.", ["ransomware", "exfiltration"]),
    ("attack_types", "neither_confirmed_nor_excluded",
     "Le centre hospitalier de Bressac a été frappé par un rançongiciel. À ce stade, l'exfiltration de données n'est "
     "ni confirmée ni exclue, précise la direction.", ["ransomware"]),
    ("attack_types", "no_indication_downloaded",
     "Des pirates ont accédé aux boîtes mail de l'hôpital de Lenval. « Nous n'avons aucune indication que ces données "
     "aient été téléchargées », indique le porte-parole.", ["unauthorized_access"]),
    ("attack_types", "access_to_data_not_account",
     "La société de facturation Medivo a été frappée par un rançongiciel. Selon la notification, les pirates ont eu "
     "accès aux noms, adresses et numéros de sécurité sociale des patients.", ["ransomware"]),
    ("attack_types", "access_to_server_still_intrusion",
     "Cyberattaque au centre hospitalier de Vallon : les pirates ont eu accès au serveur de stockage des comptes rendus.",
     ["unauthorized_access"]),
    ("attack_types", "insider_reselling",
     "Fuite de données au télésecrétariat médical Secrétel : un salarié d'un centre d'appels sous-traitant revendait les "
     "données de patients sur une messagerie chiffrée.", ["unauthorized_access", "exfiltration"]),
    # ---- care ----
    ("care_disrupted", "other_hospitals_hit_background",
     "L'hôpital de Merville a été victime d'un hameçonnage : des pirates ont accédé à des boîtes mail. Les soins n'ont "
     "à aucun moment été perturbés. D'autres hôpitaux de la région ont été frappés ces dernières années, par des "
     "attaques ayant mené à l'arrêt complet de leurs systèmes.", False),
    ("care_disrupted", "watching_then_disruption",
     "Cyberattaque au centre hospitalier de Pradelles : la direction surveille les forums de pirates et a dû reporter "
     "les opérations programmées.", True),
    ("care_disrupted", "watching_then_shed",
     "Cyberattaque au centre hospitalier de Pradelles. Les équipes surveillent les réseaux depuis lundi et les urgences "
     "ont été délestées vers le CHU.", True),
    ("attack_types", "watching_for_publication_still_hypothesis",
     "Cyberattaque au centre hospitalier de Pradelles : l'hôpital va surveiller le dark web pour repérer une éventuelle "
     "mise en vente de fichiers.", []),
    ("care_disrupted", "coordinated_suspension",
     "Des accès frauduleux ont visé le portail de l'opérateur de facturation Tarivo, qui transmet les factures des "
     "pharmacies. L'opérateur a bloqué les comptes concernés et suspendu la facturation électronique pendant deux jours.",
     True),
    ("care_disrupted", "deprived_of_the_possibility",
     "Le sous-traitant de facturation médicale Medivo a été frappé par un rançongiciel, privant pendant trois semaines "
     "des milliers de pharmacies de la possibilité de faire valider les remboursements.", True),
    # ---- data types of a recalled incident ----
    ("data_types", "recalled_with_au_cours_duquel",
     "Des pirates ont dérobé les noms de 50 000 clients de l'assureur santé Orvane. Le pays reste marqué par le "
     "piratage d'un autre assureur en 2021, au cours duquel les données de millions de clients avaient été volées, "
     "dont des informations sur des traitements.", ["name"]),
    # ---- records ----
    ("records", "answer_to_how_many",
     "Cyberattaque chez Rappelo, le prestataire de rappels de rendez-vous du centre hospitalier de Vernon : les pirates "
     "ont copié des fichiers de patients. Combien de personnes sont visées ? L'hôpital avance le chiffre provisoire de "
     "« quelque 48 000 usagers » ayant eu un rendez-vous cette année.", 48000),
    ("records", "how_many_not_answered_by_staff",
     "Cyberattaque au centre hospitalier de Vernon : les pirates ont copié des fichiers de patients. Combien de personnes "
     "sont visées ? L'hôpital, qui emploie 2 300 agents, n'a pas encore de chiffre.", None),
    ("records", "proof_documents_appuyer",
     "Le groupe de pirates revendique l'attaque contre l'hôpital de Vresnes. Pour appuyer ses dires, il a mis en ligne "
     "une trentaine de documents : des factures et des copies de cartes d'identité.", None),
    ("records", "postponed_appointments_now",
     "Une cyberattaque a paralysé le centre hospitalier de Lurcy, entraînant le report de plus de 2 000 rendez-vous "
     "et la fuite de données de patients.", None),
    ("records", "postponed_appointments_recalled",
     "Une cyberattaque paralyse le laboratoire Biomed. En 2024, une attaque contre un autre laboratoire avait provoqué "
     "le report de plus de 10 000 rendez-vous et la publication de données de patients.", None),
]


@pytest.mark.parametrize("field,name,text,expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_facts13_probe(extractor, field, name, text, expected):
    record = extractor.extract(text).to_record(name)
    assert record["relevant"], f"{name}: not read as a breach article"
    got = record[field]
    if isinstance(expected, list):
        assert sorted(got) == sorted(expected), f"{name}: {field} {got}"
    else:
        assert got == expected, f"{name}: {field} {got}"
