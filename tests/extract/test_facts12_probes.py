"""Probe battery of helper facts12: records, data types, attack types, threat actor and care disruption
in short invented articles (never an article's sentence; organisation names invented).

Records: the confirmed figure over the attackers' claim, staff / beds / ransom / gigabytes / documents
shown as proof that are not the people, "plus de 3,7 millions", the Belgian "48.600" and Swiss
"48'600" thousand separators, a later figure that supersedes an earlier one, "des milliers" (no count),
accounts taken over. Data types: lists without a verb, data said NOT touched, the intruder's own
credentials (the way in, not data exposed), a health-insurance number. Attack types from their French
wordings, and a ransom demanded over stolen data with no encryption (ransomware: SCHEMA.md "demande de rançon").
Threat actor: the claiming group over the malware name, a pseudonym in quotes. Care: disruption
wordings, "aucun impact sur la prise en charge" alone -> false.

Each case gives one field's expected value; a list field must match exactly (order ignored).
"""

import pytest

CASES = [
    # ---- records ----
    ("records", "claim_vs_confirmed",
     "Cyberattaque à la clinique du Val-Fleuri. Le groupe de pirates affirme détenir les dossiers de 250 000 patients. "
     "Après analyse, la clinique a confirmé que les données de 41 307 patients ont été dérobées.", 41307),
    ("records", "staff_not_people",
     "Le centre hospitalier de Marbeuil, qui emploie 2 300 agents et compte 640 lits, a été victime d'une cyberattaque. "
     "Les données de 18 450 patients ont été volées par les pirates.", 18450),
    ("records", "ransom_and_gigabytes_not_people",
     "Une clinique de Noirval a été frappée par un rançongiciel. Les pirates réclament une rançon de 300 000 euros "
     "et affirment avoir copié 120 Go de fichiers. La fuite concerne 7 812 patients.", 7812),
    ("records", "plus_de_millions",
     "Fuite de données chez l'opérateur de tiers payant Soliprest : les données de plus de 3,7 millions d'assurés ont été "
     "dérobées lors d'une cyberattaque.", 3700000),
    ("records", "belgian_dot_separator",
     "Cyberattaque à l'hôpital de Vresse-Haute : les données de 48.600 patients ont été volées par des pirates, "
     "a confirmé la direction.", 48600),
    ("records", "swiss_apostrophe_separator",
     "Piratage d'un laboratoire vaudois : les données de 48'600 patients ont été dérobées par des cybercriminels.", 48600),
    ("records", "later_figure_supersedes",
     "La mutuelle Prévalis a été victime d'une cyberattaque. Dans un premier temps, la mutuelle avait évoqué 300 000 adhérents "
     "concernés. Le bilan définitif est tombé : 287 114 adhérents sont concernés par la fuite de données.", 287114),
    ("records", "des_milliers_no_count",
     "Cyberattaque au centre hospitalier de Bréville : les données de milliers de patients ont été dérobées par des pirates.", None),
    ("records", "documents_as_proof",
     "Le groupe de pirates a publié une vingtaine de documents pour prouver le piratage de la clinique Saint-Aubin. "
     "La clinique a indiqué que 12 430 patients sont concernés par le vol de données.", 12430),
    ("records", "accounts_taken_over",
     "Piratage de la plateforme de rendez-vous MédiAgenda. Au total, 2 917 comptes patients ont été ouverts frauduleusement "
     "par des pirates qui ont réutilisé des mots de passe issus d'autres fuites.", 2917),
    ("records", "care_elsewhere_not_records",
     "Cyberattaque au centre hospitalier de Lormes : le service des urgences est fermé. Le CHU voisin, qui a accueilli une "
     "vingtaine de patients depuis lundi, a renforcé ses équipes.", None),
    ("records", "staff_not_exact_of_residents",
     "Le groupe d'Ehpad Sérénis a été victime d'une cyberattaque. Les pirates ont dérobé les données de santé d'environ "
     "3 100 résidents. Les dossiers des 2 800 salariés sont en cours d'analyse.", 3100),
    # ---- data types ----
    ("data_types", "list_without_verb",
     "Cyberattaque à la clinique des Ormes : les pirates ont dérobé des fichiers de patients. "
     "Nom, prénom, date de naissance, numéro de sécurité sociale : voilà ce qui a été volé.",
     ["name", "birth_date", "social_security_number"]),
    ("data_types", "data_not_touched",
     "Fuite de données à la mutuelle Armorial : les noms, adresses postales et numéros de téléphone de 9 000 adhérents ont été "
     "dérobés par des pirates. Aucune donnée médicale ni aucune coordonnée bancaire n'a été touchée, assure la mutuelle.",
     ["name", "postal_address", "phone"]),
    ("data_types", "ni_ni_not_touched",
     "Piratage du laboratoire Biolac : les noms et dates de naissance de 4 200 patients ont été volés. En revanche, ni les "
     "résultats d'analyses ni les numéros de sécurité sociale n'ont été touchés.",
     ["name", "birth_date"]),
    ("data_types", "intruder_credentials_not_data",
     "Cyberattaque chez l'éditeur Logisanté : un pirate muni d'identifiants d'administration dérobés s'est connecté au portail. "
     "Les noms et adresses e-mail de 3 000 patients ont été copiés.",
     ["name", "email"]),
    ("data_types", "vendor_credentials_not_data",
     "Le laboratoire Analys a été piraté. Les identifiants de ce prestataire auraient été volés en amont. "
     "Les pirates ont dérobé les résultats d'analyses de 5 000 patients.",
     ["test_result"]),
    ("data_types", "health_insurance_number",
     "Fuite au CISSS de la Vallée-Bleue : les pirates ont pu voir les noms, dates de naissance et numéros d'assurance maladie "
     "de 2 300 usagers.",
     ["name", "birth_date", "social_security_number", "health_insurance"]),
    ("data_types", "passwords_stolen_are_data",
     "Piratage du portail patients de la clinique Lavande : les identifiants et mots de passe de 6 000 patients ont été volés.",
     ["credentials"]),
    # ---- attack types ----
    ("attack_types", "hameconnage_then_access",
     "La mutuelle Corvane a été victime d'une cyberattaque. Un salarié a été victime d'un courriel d'hameçonnage, ce qui a permis "
     "à un tiers malveillant d'accéder à sa messagerie professionnelle.",
     ["phishing", "unauthorized_access"]),
    ("attack_types", "rancongiciel",
     "L'hôpital de Chantegrive a été frappé par un rançongiciel dimanche. Les serveurs ont été chiffrés et les urgences délestées.",
     ["ransomware"]),
    ("attack_types", "identifiants_voles",
     "Cyberattaque chez le tiers payant Mutalis : des pirates se sont connectés au portail des pharmaciens avec des identifiants "
     "volés à un professionnel de santé, puis ont extrait des milliers de fiches d'assurés.",
     ["unauthorized_access", "exfiltration"]),
    ("attack_types", "acces_non_autorise",
     "Le centre de radiologie Imagis a détecté un accès non autorisé à son serveur d'images. Des données de patients ont été "
     "consultées par un pirate.",
     ["unauthorized_access"]),
    ("attack_types", "erreur_envoi",
     "Fuite de données à l'hôpital de Pradel : à la suite d'une erreur d'envoi, un tableau contenant les noms de 800 patients "
     "a été adressé à d'autres patients.",
     ["exposure"]),
    ("attack_types", "perte_ordinateur",
     "Fuite de données au cabinet dentaire Sourire : le vol d'un ordinateur portable contenant les dossiers de 1 200 patients "
     "a été signalé à la CNIL.",
     ["theft_loss"]),
    ("attack_types", "ddos",
     "Cyberattaque contre le CHU de Valmont : le site internet a été rendu inaccessible par une attaque par déni de service "
     "revendiquée par des hacktivistes.",
     ["ddos"]),
    # SCHEMA.md lists "demande de rançon" among ransomware's cues, and realdev's gold follows it for a lone hacker's ransom.
    ("attack_types", "ransom_over_stolen_data",
     "Un pirate a dérobé les dossiers de 40 000 clients de l'assureur santé Medivia. Il a ensuite réclamé une rançon de "
     "deux millions de dollars, faute de quoi il menace de tout publier. L'assureur a refusé de payer.",
     ["ransomware", "exfiltration"]),
    ("attack_types", "ransom_with_locked_systems",
     "Cyberattaque à l'hôpital de Varennes-le-Haut : les postes ne répondaient plus et un message réclamant une rançon "
     "s'affichait sur les écrans. L'hôpital fonctionne en mode dégradé.",
     ["ransomware"]),
    ("attack_types", "leak_with_attack_named",
     "Le laboratoire Cytolab a confirmé que les données de 87 000 patients ont fuité après l'intrusion de pirates dans son réseau.",
     ["exfiltration"]),
    ("attack_types", "what_was_stolen",
     "Cyberattaque contre la mutuelle Ariane. Noms, adresses et numéros de contrat : voilà ce qui a été dérobé, "
     "selon la mutuelle.",
     ["exfiltration"]),
    ("attack_types", "mailbox_access_given",
     "Une mutuelle landaise victime d'un piratage : un salarié avait cliqué sur un faux courriel et saisi ses identifiants, "
     "donnant au pirate l'accès à sa boîte de messagerie.",
     ["phishing", "unauthorized_access"]),
    ("attack_types", "recours_hameconnage",
     "Cyberattaque à la mutuelle Ostréa : les pirates ont eu recours à l'hameçonnage pour obtenir les codes d'un employé, "
     "puis ont dérobé les données de 4 000 adhérents.",
     ["phishing", "exfiltration"]),
    ("attack_types", "lure_at_the_origin",
     "Fuite de données au centre de santé Ambroise : un courriel frauduleux, ouvert par une secrétaire, est à l'origine de "
     "l'attaque. Des fichiers de patients ont été volés.",
     ["phishing", "exfiltration"]),
    ("attack_types", "viewable_without_authentication",
     "Fuite de données chez le laboratoire Biomédis : les résultats de 3 000 patients étaient consultables sans authentification.",
     ["exposure"]),
    ("care_disrupted", "online_booking_down",
     "Cyberattaque à la clinique Saint-Roch : des données de patients ont été dérobées et les rendez-vous en ligne sont "
     "momentanément indisponibles.", True),
    ("attack_types", "server_misconfigured",
     "Fuite de données chez la plateforme Téléconsult+ : un serveur mal configuré laissait les comptes rendus de 5 000 patients "
     "en libre accès sur internet.",
     ["exposure"]),
    # ---- threat actor ----
    ("threat_actor", "group_over_malware",
     "Cyberattaque au centre hospitalier de Brévannes : le groupe LockBit a revendiqué l'attaque, menée avec le rançongiciel "
     "LockBit Black. Les serveurs ont été chiffrés.", "LockBit"),
    ("threat_actor", "known_group_relative_claim",
     "Cyberattaque au groupe hospitalier de Sainte-Colombe : les serveurs ont été chiffrés. Qilin, qui revendiquait l'opération, "
     "réclamait une rançon.", "Qilin"),
    ("threat_actor", "quoted_pseudonym",
     "Un jeune homme soupçonné d'être le pirate « Zerk0 » à l'origine du vol de données de la mutuelle Valprévoyance "
     "a été interpellé mardi.", "Zerk0"),
    ("threat_actor", "no_actor",
     "Cyberattaque à la clinique des Tilleuls : les serveurs ont été chiffrés par un rançongiciel. Aucune revendication "
     "n'a été publiée.", None),
    # ---- care disrupted ----
    ("care_disrupted", "mode_degrade",
     "Cyberattaque au centre hospitalier de Lunac : l'établissement fonctionne en mode dégradé et les opérations non urgentes "
     "ont été déprogrammées.", True),
    ("care_disrupted", "paper_even_if_care_went_on",
     "Cyberattaque à l'Ehpad des Glycines : le personnel est revenu au papier et au stylo, mais la prise en charge des "
     "résidents n'a jamais été mise en danger.", True),
    ("care_disrupted", "no_impact_false",
     "Fuite de données à la mutuelle Horizon Santé : les noms de 3 000 adhérents ont été volés par des pirates. "
     "La mutuelle assure que l'incident n'a eu aucun impact sur la prise en charge de ses adhérents.", False),
    ("care_disrupted", "results_transmission_suspended",
     "Piratage du laboratoire Analyvaud : des pirates ont copié des données de patients. Le laboratoire a dû suspendre la "
     "transmission électronique des résultats.", True),
    ("care_disrupted", "not_said",
     "Fuite de données chez l'éditeur Dentisoft : les noms de 2 000 patients ont été dérobés par des pirates.", None),
    # ---- neighbours that must not change ----
    ("records", "tens_of_thousands_no_count",
     "Cyberattaque à la clinique de l'Estran : les données de dizaines de milliers de patients ont été dérobées par des pirates.", None),
    ("records", "exact_after_approx",
     "Fuite de données au centre d'imagerie Radiolys : près de 6 000 patients seraient concernés. Le centre a ensuite précisé "
     "que 6 128 patients sont concernés par le vol de données.", 6128),
    ("records", "member_base_not_records",
     "La mutuelle Olvane, qui compte 420 000 adhérents, a été victime d'une cyberattaque : les données de 12 040 adhérents "
     "ont été dérobées.", 12040),
    ("records", "accounts_opened_by_users_not_records",
     "L'application de suivi Vitalink, sur laquelle 300 000 comptes ont été ouverts depuis son lancement, a été piratée : "
     "les données de 2 140 patients ont été volées.", 2140),
    ("data_types", "cancelled_appointment_not_data",
     "Le centre de radiologie Clairvue a été visé par un rançongiciel : des données de patients ont été copiées, dont leurs "
     "noms. Les patients dont le rendez-vous a été annulé sont recontactés par téléphone.",
     ["name"]),
    ("data_types", "trend_statement_not_data",
     "Les noms et adresses e-mail de 2 000 patients de la plateforme Santéclic ont été volés par des pirates. "
     "Les fuites de données de santé restent fréquentes, rappellent les spécialistes.",
     ["name", "email"]),
    ("data_types", "client_insurers_not_data",
     "Fuite de données chez l'opérateur de tiers payant Carvéo : les noms de 50 000 assurés ont été dérobés par des pirates, "
     "selon les deux mutuelles clientes touchées.",
     ["name"]),
    ("data_types", "health_data_denied",
     "Cyberattaque à l'hôpital de Mervans : les noms et numéros de téléphone de 1 500 patients ont été copiés par des pirates. "
     "Aucune donnée de santé n'a été exfiltrée, selon la direction.",
     ["name", "phone"]),
    ("data_types", "employee_credentials_way_in",
     "Les pirates ont utilisé les identifiants d'un salarié pour entrer dans le réseau de la clinique Aurore. "
     "Ils ont copié les adresses postales de 2 000 patients.",
     ["postal_address"]),
    ("attack_types", "phishing_risk_not_phishing",
     "Les données de 3 000 adhérents de la mutuelle Bélisane ont été volées par des pirates. Les adhérents sont invités à se "
     "méfier des tentatives d'hameçonnage.",
     ["exfiltration"]),
    ("attack_types", "laptop_theft_encryption_advice",
     "Le vol d'un ordinateur portable contenant les dossiers de 900 patients a été signalé par le centre de santé Arcadie. "
     "Le chiffrement des postes nomades est pourtant une obligation.",
     ["theft_loss"]),
    ("attack_types", "copied_before_encryption",
     "Cyberattaque à la mutuelle Solvéa : des fichiers avaient été copiés avant le chiffrement des serveurs.",
     ["ransomware", "exfiltration"]),
    ("attack_types", "known_group_ransom_unpaid",
     "Le groupe Rhysida a publié les données dérobées à l'hôpital de Castelvieux. L'hôpital n'a pas payé la rançon.",
     ["ransomware", "exfiltration"]),
    ("threat_actor", "malware_when_no_group",
     "Cyberattaque au centre hospitalier de Vauclaire : le logiciel malveillant Emotet a infecté les postes de travail et "
     "les pirates ont dérobé des données.", "Emotet"),
    ("care_disrupted", "care_maintained_false",
     "Fuite de données à la clinique du Parc : les noms de 2 000 patients ont été dérobés par des pirates. "
     "Les soins ont été assurés normalement.", False),
]


@pytest.mark.parametrize("field,name,text,expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_facts12_probe(extractor, field, name, text, expected):
    record = extractor.extract(text).to_record(name)
    assert record["relevant"], f"{name}: not read as a breach article"
    got = record[field]
    if isinstance(expected, list):
        assert sorted(got) == sorted(expected), f"{name}: {field} {got}"
    elif field == "threat_actor" and expected is not None:
        assert got and expected.lower() in got.lower(), f"{name}: {field} {got}"
    else:
        assert got == expected, f"{name}: {field} {got}"
