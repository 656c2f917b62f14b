"""Probe battery of helper records12: the breach's size (records) in short invented articles
(never an article's sentence; organisation names invented).

Figures that count something else (staff, beds, establishments, sites, workstations, servers, ransom,
gigabytes, files, years, phone and street numbers, percentages, ages, money, another breach recalled
as background, national statistics), the attackers' claim against the confirmed figure, totals,
ranges, approximations, figures in words, "N personnes pourraient être concernées", "N patients ont
été prévenus / informés / contactés", figures per site, people NOT touched, a corrected first estimate.
"""

import pytest

CASES = [
    # ---- figures that are not the people affected ----
    ("staff_beds_sites",
     "Cyberattaque au centre hospitalier de Valdorne. L'établissement, qui compte 1 200 lits répartis sur 4 sites, "
     "emploie 3 400 agents. Les données de 9 215 patients ont été dérobées.", 9215),
    ("establishments_not_people",
     "Le groupe de cliniques Hélianthe, qui regroupe 38 établissements, a subi une cyberattaque. "
     "Les pirates ont volé les dossiers de 21 600 patients.", 21600),
    ("workstations_servers",
     "Un rançongiciel a chiffré 2 500 postes de travail et 120 serveurs de l'hôpital de Brémontier. "
     "Aucune donnée de patient n'a été exfiltrée, selon la direction.", None),
    ("workstations_only",
     "Cyberattaque à la clinique des Tilleuls : près de 800 ordinateurs ont été paralysés par un rançongiciel. "
     "Les urgences ont été réorientées vers l'hôpital voisin.", None),
    ("ransom_money",
     "Les pirates réclament une rançon de 2 millions de dollars au laboratoire Cytolab. "
     "Les données de 14 300 patients ont été copiées.", 14300),
    ("ransom_only",
     "Le groupe de pirates exige 500 000 euros du centre de radiologie Imagis pour ne pas publier les données volées. "
     "La direction a porté plainte.", None),
    ("gigabytes_only",
     "Les cybercriminels affirment avoir dérobé 700 Go de données à l'hôpital de Saint-Orlan. "
     "L'hôpital n'a pas encore évalué le nombre de patients concernés.", None),
    ("files_not_people",
     "Les pirates ont publié 45 000 fichiers internes de la clinique Bellerive : contrats, factures et notes de service. "
     "Les données de 3 200 patients figurent parmi ces documents.", 3200),
    ("year_not_count",
     "En 2024, le centre hospitalier d'Ardanne a été piraté. Les données de 5 600 patients ont été volées.", 5600),
    ("phone_number",
     "Fuite de données à la mutuelle Orvalis : les noms de 12 800 adhérents ont été dérobés. Une cellule d'écoute "
     "est joignable au 0 800 123 456.", 12800),
    ("street_number",
     "Le centre de santé situé au 2 500 route de Lyon a été victime d'un piratage. Les dossiers de 940 patients "
     "ont été exposés.", 940),
    ("percentage",
     "Près de 40 % des 7 000 patients du centre ont vu leurs données exposées, indique la clinique Morvane.", None),
    ("ages",
     "Un adolescent de 17 ans a été interpellé pour le piratage du laboratoire Biomédis. Les résultats d'analyses de "
     "4 100 patients avaient été dérobés.", 4100),
    ("amount_of_fine",
     "Piratage de l'éditeur Médiplan : la CNIL a infligé une amende de 800 000 euros à l'éditeur après une fuite de données "
     "touchant 35 000 patients.", 35000),
    ("previous_breach_background",
     "L'hôpital de Corvanne a été victime d'une cyberattaque ce week-end. En 2023, 10 000 dossiers avaient fuité "
     "dans un autre hôpital de la région. La direction n'a pas encore communiqué de bilan.", None),
    ("previous_breach_same_org",
     "Nouvelle fuite de données à la clinique Saint-Gervais : les données de 2 300 patients ont été volées. "
     "Pour rappel, la clinique avait déjà été victime d'une attaque qui avait touché 15 000 patients.", 2300),
    ("national_statistics",
     "L'hôpital de Lavaur a subi une cyberattaque par rançongiciel. Selon l'ANSSI, 30 000 signalements ont été "
     "enregistrés en France l'an dernier. Aucun chiffre n'a été donné sur les patients concernés.", None),
    ("sector_statistics_people",
     "Cyberattaque au centre hospitalier de Pradelles. Au niveau national, plus de 10 millions de Français ont vu "
     "leurs données de santé fuiter depuis 2022, rappelle l'ANSSI. L'hôpital enquête sur l'ampleur de l'attaque.", None),
    ("hours_days",
     "Pendant 72 heures, les 1 500 salariés de la clinique Marine ont travaillé sur papier après la cyberattaque.", None),
    ("employees_data",
     "Fuite de données à l'hôpital de Ternay : les bulletins de salaire de 1 800 agents ont été dérobés par des pirates.", 1800),
    ("calls_to_hotline",
     "Après la fuite de données de la mutuelle Sanvia, qui concerne 60 000 adhérents, plus de 3 000 appels ont été "
     "reçus par la cellule d'écoute.", 60000),
    # ---- claim vs confirmed ----
    ("claim_only",
     "Le groupe de hackers affirme avoir dérobé les données de 500 000 patients du groupe hospitalier Estérel. "
     "L'hôpital dément toute fuite massive.", 500000),
    ("claim_then_confirmed_lower",
     "Les pirates revendiquent le vol de 1,2 million de dossiers. La mutuelle Harmonis indique pour sa part que "
     "84 312 adhérents sont concernés.", 84312),
    ("confirmed_then_claim",
     "La clinique du Lac confirme que 6 700 patients sont touchés par la fuite. Sur leur site, les pirates "
     "prétendent détenir les données de 90 000 personnes.", 6700),
    # ---- totals, ranges, approximations ----
    ("au_total",
     "Au total, 27 400 patients sont concernés par la fuite de données de la clinique Valmont.", 27400),
    ("en_tout",
     "Les pirates ont dérobé des fichiers au centre d'imagerie Radiance. En tout, les données de 3 950 patients ont été "
     "copiées.", 3950),
    ("per_site_and_total",
     "Cyberattaque contre le groupe Clinéo. La fuite de données touche 1 200 patients à Rennes, 800 à Vannes et 500 à Lorient, soit 2 500 patients au total, "
     "selon le groupe Clinéo.", 2500),
    ("range_either_bound",
     "Entre 10 000 et 15 000 patients pourraient être concernés par la fuite de données de l'hôpital de Maurs.", (10000, 15000)),
    ("quelque",
     "Les données de quelque 2 000 patients du centre de dialyse Néphros ont été dérobées par des pirates.", 2000),
    ("environ",
     "Environ 45 000 assurés de la mutuelle Arvéa sont concernés par le vol de données.", 45000),
    ("un_peu_plus_de",
     "La fuite de données concerne un peu plus de 8 000 patients, a précisé la clinique Beaulieu.", 8000),
    ("pas_moins_de",
     "Pas moins de 120 000 personnes sont touchées par la fuite de données du laboratoire Synlab Ouest.", 120000),
    ("pres_de_points",
     "Près de 500.000 patients seraient concernés par la fuite de données de la plateforme Docmédic.", 500000),
    ("approx_then_exact",
     "Cyberattaque au centre hospitalier de Loudes. Quelque 30 000 patients seraient concernés par la fuite de données au centre hospitalier de Loudes. "
     "Le bilan précis fait état de 31 482 patients touchés.", 31482),
    ("decimal_comma_million",
     "Les données de 1,4 million d'assurés ont été volées lors du piratage de l'opérateur Tiersplus.", 1400000),
    # ---- figures in words ----
    ("deux_mille",
     "Les données de deux mille patients de la clinique des Pins ont été dérobées par des pirates.", 2000),
    ("demi_million",
     "La fuite de données concerne un demi-million d'assurés de la mutuelle Cérès.", 500000),
    ("des_centaines_de_milliers",
     "Les données de centaines de milliers de patients ont été dérobées lors du piratage du groupe Médilis.", None),
    ("des_dizaines_de_milliers_des",
     "Des dizaines de milliers de patients sont concernés par la fuite de données de l'hôpital de Sarrance.", None),
    ("une_centaine",
     "Une centaine de patients de la clinique des Roses ont vu leurs données exposées sur internet.", 100),
    ("un_millier",
     "Les dossiers médicaux d'un millier de patients ont été dérobés au centre de santé de Vix.", 1000),
    ("trois_millions",
     "Trois millions de Français sont concernés par la fuite de données de la plateforme de téléconsultation Medzo.", 3000000),
    # ---- counts of people affected in other wordings ----
    ("pourraient_etre_concernees",
     "Cyberattaque à l'hôpital de Montclar : 12 500 personnes pourraient être concernées par la fuite de données.", 12500),
    ("prevenus",
     "Après le piratage de son logiciel, le cabinet de radiologie Imagéo a prévenu 4 870 patients par courrier.", 4870),
    ("ont_ete_informes",
     "Fuite de données au laboratoire Analia : 9 320 patients ont été informés par courrier électronique.", 9320),
    ("contactes_par_courrier",
     "Les 2 640 patients dont les données ont été volées ont été contactés par courrier, indique la clinique Ormeau.", 2640),
    ("notifies",
     "Piratage de la mutuelle Fidélia : la mutuelle a notifié 15 300 adhérents de la fuite de leurs données.", 15300),
    ("recoivent_un_courrier",
     "Cyberattaque à l'hôpital de Gréoux : 7 200 patients vont recevoir un courrier les informant de la fuite de données.", 7200),
    ("dossiers_compromis",
     "Lors de la cyberattaque de l'hôpital d'Ambert, 18 000 dossiers médicaux ont été compromis.", 18000),
    ("nombre_de_victimes",
     "Le nombre de victimes de la fuite de données du laboratoire Ocelab s'élève à 11 240.", 11240),
    ("patients_whose_data",
     "Cyberattaque au CHU de Vernon : 6 012 patients dont les données ont été copiées seront informés.", 6012),
    ("headline_and_body",
     "Fuite de données : 33 000 patients concernés. La clinique Bellevue a été victime d'un piratage. "
     "Les 33 000 patients recevront un courrier.", 33000),
    # ---- people NOT touched ----
    ("not_touched_count",
     "Cyberattaque à la mutuelle Aquila : les données de 4 200 adhérents ont été volées. Les 250 000 autres adhérents "
     "ne sont pas concernés, assure la mutuelle.", 4200),
    ("not_touched_only",
     "Le laboratoire Bioval a été victime d'une cyberattaque. Les données de ses 80 000 patients n'ont pas été touchées, "
     "assure la direction.", None),
    ("aucun_des_patients",
     "Les serveurs du centre hospitalier de Roquefeuil ont été chiffrés par un rançongiciel. Aucune des données des 150 000 patients suivis "
     "n'a été dérobée, selon l'hôpital.", None),
    # ---- follow-up correcting the first estimate ----
    ("revised_upwards",
     "Fuite de données à la clinique de l'Aubrac, victime d'un piratage. La clinique avait d'abord évoqué 3 000 patients concernés. Le bilan a été revu à la hausse : "
     "5 400 patients sont finalement touchés par la fuite.", 5400),
    ("revised_downwards",
     "Piratage de la plateforme Santéo. Initialement estimé à 100 000, le nombre de patients concernés par la fuite de la plateforme Santéo est finalement "
     "de 62 000.", 62000),
    ("porte_a",
     "Le nombre de patients touchés par la fuite de données de l'hôpital de Cusset a été porté à 14 700, contre 9 000 "
     "annoncés la semaine dernière.", 14700),
    # ---- second batch ----
    ("other_breach_total_background",
     "L'opérateur de tiers payant Numélis a annoncé avoir été victime d'une cyberattaque ayant conduit au vol des données de quelque 1,3 million d'assurés. Cette attaque "
     "survient après celle qui avait visé deux autres opérateurs, touchant au total plus de 20 millions de personnes.", 1300000),
    ("sector_previous_year",
     "Le centre hospitalier de Vitré a été victime d'un rançongiciel. L'an dernier, 120 000 patients avaient vu leurs "
     "données dérobées lors d'attaques contre des hôpitaux français. L'hôpital ne connaît pas encore l'ampleur du vol.", None),
    ("employees_count_only",
     "Cyberattaque à l'hôpital de Saint-Junien : les 1 900 salariés ne peuvent plus utiliser leurs ordinateurs. "
     "Des données ont peut-être été dérobées.", None),
    ("consultations_per_year",
     "La clinique Belvédère, qui réalise 60 000 consultations par an, a été victime d'une cyberattaque. Des données de "
     "patients ont été volées.", None),
    ("passages_urgences",
     "L'hôpital de Moissac, qui enregistre 35 000 passages aux urgences chaque année, a subi un piratage de ses serveurs.", None),
    ("population_served",
     "Le CHU de Lorvel, qui dessert un bassin de 800 000 habitants, a été victime d'une cyberattaque. Les pirates ont "
     "dérobé des données de patients.", None),
    ("hotline_calls_only",
     "Fuite de données à la mutuelle Ovalie : la cellule d'écoute a reçu 4 000 appels en deux jours.", None),
    ("mails_phishing_sent",
     "Piratage de la clinique du Golf : les pirates ont envoyé 25 000 courriels d'hameçonnage depuis la messagerie "
     "de la clinique.", None),
    ("claimed_records_lines",
     "Un pirate met en vente une base de 750 000 lignes qu'il dit avoir dérobée à la mutuelle Solis. La mutuelle "
     "dément toute intrusion.", 750000),
    ("patients_per_site_no_total",
     "Piratage du groupe Radiolia : 2 100 patients sont concernés à Nantes. Les autres centres du groupe n'ont pas été "
     "touchés.", 2100),
    ("number_of_attacks",
     "Le laboratoire Bioclair a subi une cyberattaque. En France, les établissements de santé ont déclaré 581 incidents "
     "l'an dernier.", None),
    ("doctors_data",
     "Fuite de données chez l'éditeur Doctoplan : les coordonnées de 12 400 médecins ont été dérobées par des pirates.", 12400),
    ("pages_of_documents",
     "Les pirates ont diffusé 3 000 pages de documents volés au centre hospitalier de Riom.", None),
    ("records_from_to_year",
     "Piratage du laboratoire Analis : les données des patients reçus entre 2019 et 2023 ont été volées, soit 48 000 personnes.", 48000),
    ("ransom_bitcoin",
     "Les pirates exigent 50 bitcoins de l'hôpital d'Ussel. Les dossiers de 8 800 patients ont été exfiltrés.", 8800),
    ("rank_and_minutes",
     "Cyberattaque au CHU de Brest-Ouest : les dossiers de 1 450 patients ont été consultés illégalement en 20 minutes.", 1450),
    # ---- third batch: capacities, organisations and other counted things ----
    ("ehpad_capacity_de",
     "Cyberattaque à l'Ehpad Les Glycines : l'établissement de 84 résidents a vu ses données chiffrées par un rançongiciel. "
     "Les familles ont été prévenues.", None),
    ("ehpad_heberge",
     "L'Ehpad du Moulin, qui héberge 72 résidents, a été victime d'une cyberattaque. Des données ont été dérobées.", None),
    ("ehpad_capacite",
     "Cyberattaque à l'Ehpad Bel-Air, d'une capacité de 96 lits et 90 résidents : les données ont été chiffrées par un "
     "rançongiciel.", None),
    ("vendor_cabinets_touched",
     "L'éditeur de logiciels Cabinéo, dont la cyberattaque touche 2 400 cabinets médicaux, a confirmé le vol des "
     "données de 310 000 patients.", 310000),
    ("cabinets_only",
     "Cyberattaque chez l'éditeur Praxilog : la panne touche 1 800 cabinets de kinésithérapie. Des données ont pu être "
     "consultées.", None),
    ("officines_only",
     "Cyberattaque contre l'éditeur du logiciel Pharmatic : 3 200 officines sont touchées par la panne et des données de patients ont été exposées.", None),
    ("applications_and_patients",
     "Fuite de données chez Medicapp : 12 applications ont été touchées et les données de 8 100 patients exposées.", 8100),
    ("misdirected_mail_recipients",
     "Un courriel contenant les noms de 5 100 donneurs de sang a été envoyé par erreur à 380 destinataires, reconnaît "
     "le service de transfusion. Une fuite de données regrettable.", 5100),
    ("samples_per_day",
     "Le laboratoire Cytonord, qui traite 4.000 échantillons par jour, a été victime d'une cyberattaque. Des données de "
     "patients ont été dérobées.", None),
    ("operations_postponed",
     "Cyberattaque à la clinique Pasteur-Sud : 23 opérations ont été déprogrammées et des données ont été volées.", None),
    ("interventions",
     "Depuis la cyberattaque, 400 interventions ont été reportées à l'hôpital de Figeac. Les pirates ont dérobé des données.", None),
    ("doctors_user_base",
     "La plateforme de téléconsultation Médivio, utilisée par 9 000 praticiens, a été piratée : les données de 1 216 patients "
     "ont été dérobées.", 1216),
    ("patients_followed",
     "Cyberattaque au centre de dialyse Hémolia : les 1 100 patients suivis par le centre ont été informés que des données "
     "avaient pu être consultées.", None),
    ("inhabitants_bassin",
     "Fuite de données au CISSS des Hautes-Terres. Le CISSS, qui dessert 600 000 habitants, a confirmé qu'un employé avait consulté les dossiers de "
     "2 300 usagers sans autorisation.", 2300),
    ("agents_not_records_dossiers",
     "Le centre hospitalier de Lannemezan, qui compte 1 200 agents, a été victime d'un piratage. Les pirates ont copié "
     "3 400 dossiers de patients.", 3400),
    # ---- fourth batch: other wordings of the count, and the attackers' own tally ----
    ("mis_en_ligne",
     "Cyberattaque à la clinique Saint-Roch : pas moins de 4 500 dossiers de patients ont été mis en ligne par les pirates.", 4500),
    ("publies_sur_le_darkweb",
     "Piratage de l'hôpital de Bagnols : les dossiers de quelque 3 700 patients ont été publiés sur le darkweb.", 3700),
    ("ont_fuite",
     "Fuite de données au centre de santé de Mézin : les noms et adresses de 2 950 patients ont fuité sur un forum.", 2950),
    ("colon_count",
     "Cyberattaque au laboratoire Dermalab. Nombre de patients concernés : 3 412, selon le laboratoire.", 3412),
    ("cest_le_nombre",
     "Piratage du centre d'imagerie Scanéo. 8 700, c'est le nombre de patients dont les données ont été dérobées.", 8700),
    ("recensant",
     "Les pirates ont dérobé un fichier recensant 18 000 patients de la clinique Monplaisir lors de la cyberattaque.", 18000),
    ("appartiennent_a",
     "Fuite de données à la mutuelle Vérane : les informations volées appartiennent à 27 300 adhérents.", 27300),
    ("millions_et_demi",
     "Piratage de la plateforme Rendimed : les données de 2,5 millions de patients ont été dérobées.", 2500000),
    ("vingt_mille",
     "Cyberattaque à l'hôpital d'Orthez : les dossiers de vingt mille patients ont été volés par des pirates.", 20000),
    ("attacker_tally_worldwide",
     "Le groupe LockBit, qui a fait plus de 1 700 victimes dans le monde, revendique la cyberattaque contre l'hôpital "
     "de Mirande. L'hôpital n'a pas communiqué sur les données volées.", None),
    ("attacker_tally_and_figure",
     "Le gang Akira, responsable de plus de 250 victimes depuis 2023, a dérobé les données de 6 300 patients de la "
     "clinique du Ponant.", 6300),
    ("sample_of_dossiers",
     "Cyberattaque à la clinique de l'Isle : en guise d'échantillon, les pirates ont publié 200 dossiers de patients. "
     "La clinique n'a pas confirmé l'ampleur du vol.", None),
    ("cnil_notifications",
     "L'hôpital de Lectoure a été piraté. La CNIL a reçu 5 000 notifications de violations de données l'an dernier.", None),
    ("recus_aux_urgences",
     "Cyberattaque à l'hôpital de Condom : malgré la panne, 150 patients ont été reçus aux urgences ce week-end. "
     "Des données ont été chiffrées.", None),
    ("parenthesis_other_breaches",
     "Après Vitapass (9 millions d'assurés) et Solimut (33 millions de personnes), c'est au tour de l'hôpital de Nérac "
     "d'être victime d'une cyberattaque. Aucune donnée n'aurait été volée.", None),
    ("potentiellement_concernes_pres_de",
     "Fuite de données au centre hospitalier de Millau : près de 12 000 patients sont potentiellement concernés.", 12000),
    ("exact_figure_in_parenthesis",
     "Cyberattaque à la mutuelle Alvéa : les données d'environ 160 000 adhérents (163 412 exactement) ont été dérobées.", 163412),
    # ---- fifth batch: files out of reach, members ----
    ("files_out_of_reach",
     "Cyberattaque au cabinet de groupe des Lices : les médecins ne peuvent plus accéder aux dossiers de leurs 3 000 "
     "patients depuis le chiffrement des serveurs.", None),
    ("rendered_inaccessible",
     "Rançongiciel à l'Ehpad Les Mimosas : les plans de soins de 95 résidents ont été rendus inaccessibles, mais aucune "
     "donnée n'a été volée.", None),
    ("members_of_staff",
     "Cyberattaque à la clinique de la Baie : 140 membres du personnel ont dû travailler sur papier. Des données ont été "
     "volées.", None),
    ("forum_members",
     "Le forum de pirates, qui compte 300 000 membres, a publié des données de la clinique Mirabeau.", None),
    ("encrypted_headline",
     "Le centre de santé de Plouay piraté, les dossiers de 2 500 patients chiffrés. Un rançongiciel a bloqué les "
     "ordinateurs du centre ce week-end.", None),
    ("encrypted_then_stolen",
     "Cyberattaque au centre de santé de Baud : les dossiers de 2 500 patients ont été chiffrés puis volés par les pirates.", 2500),
    # ---- neighbours that must not change ----
    ("plain_exact",
     "Les données de 7 342 patients de la clinique des Acacias ont été volées lors d'une cyberattaque.", 7342),
    ("rendez_vous",
     "Cyberattaque au centre d'imagerie Optimed : des pirates ont dérobé 6 128 rendez-vous de patients.", 6128),
    ("base_not_records",
     "La mutuelle Altéa, qui compte 1 million d'adhérents, a été victime d'une cyberattaque. L'ampleur de la fuite n'est "
     "pas encore connue.", None),
    ("cared_for_transferred",
     "Après la cyberattaque, 40 patients ont été transférés vers le CHU voisin, indique l'hôpital de Pontlevoy.", None),
    ("viewers",
     "Piratage de la clinique des Lys. Le fichier volé à la clinique, qui contient les données de 5 300 patients, a été consulté par plus de "
     "11 000 internautes.", 5300),
    ("users_per_month",
     "La plateforme Rendivo, qui revendique 4 millions d'utilisateurs par mois, a été piratée : les données de "
     "23 500 patients ont été volées.", 23500),
    ("no_figure",
     "Le centre hospitalier de Quimperlé a été victime d'une cyberattaque. Des données de patients ont été dérobées.", None),
    ("small_count",
     "Cyberattaque à la pharmacie de l'Église : les données de 3 patients ont été exposées.", None),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_records12_probe(extractor, name, text, expected):
    record = extractor.extract(text).to_record(name)
    assert record["relevant"], f"{name}: not read as a breach article"
    if isinstance(expected, tuple):  # a range: SCHEMA.md does not say which bound, either is read
        assert record["records"] in expected, f"{name}: records {record['records']}"
    else:
        assert record["records"] == expected, f"{name}: records {record['records']}"
