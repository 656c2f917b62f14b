"""Confusers and reports, session 10: a health story beside a breach word is no report unless the two meet as a
breach of a health body. Trend statistics ("10 % des incidents"), vulnerability ("jugés vulnérables aux
cyberattaques"), a first fear later dropped ("a d'abord craint une attaque"), "rien ne permet de parler d'une
cyberattaque", and a health body said to work normally or to have no link with a breach next door report nothing;
the reports beside them must stay reports, and breaches told in words of their own are reports: a spyware, a
mailbox compromised, a virus that blocked the computers, stolen credentials used, a laptop stolen with a long
complement between it and its verb, a provider's systems that suffered an attack, results sent by mistake, a
"cyber-incident", an "incident de sécurité informatique", an incident "d'origine malveillante", a suspect activity
beside data, a record read "sans y être autorisé" after a long complement. Every article here is invented."""

import pytest

from healthbreach.extract.relevance import judge, reports_breach


def _reports(title, text):
    return judge(text, title).relevant and reports_breach(text, title)


CONFUSERS = [
    pytest.param('La mairie de Villebrune paralysée par un rançongiciel',
                 "Les services municipaux fonctionnent au ralenti depuis lundi. L'état civil et la cantine sont à l'arrêt. Le centre communal d'action sociale reçoit sur rendez-vous. L'hôpital voisin n'est pas concerné, précise la préfecture.", id='conf-mairie'),
    pytest.param("Attention aux faux SMS de l'Assurance maladie",
                 "Des escrocs envoient depuis plusieurs jours des SMS invitant à mettre à jour sa carte Vitale. Le lien mène vers un faux site qui réclame les coordonnées bancaires. L'Assurance maladie rappelle qu'elle ne demande jamais ces informations par SMS. Elle invite à signaler ces messages.", id='conf-phishing'),
    pytest.param('Panne informatique géante au CHU de Rivemont',
                 "Une panne du réseau a privé le CHU de ses logiciels pendant six heures mardi. La direction évoque une défaillance matérielle chez un fournisseur. Aucune cyberattaque n'est en cause, assure-t-elle. Les urgences ont fonctionné en mode dégradé.", id='conf-outage'),
    pytest.param('Les hôpitaux, cibles privilégiées des pirates',
                 "Selon le dernier rapport de l'Anssi, les établissements de santé ont représenté 10 % des incidents de rançongiciel l'an dernier. Les attaques par hameçonnage se multiplient. Le gouvernement a lancé un programme de 750 millions d'euros pour renforcer leur sécurité.", id='conf-trend'),
    pytest.param("Un exercice de crise cyber grandeur nature à l'hôpital de Lanvern",
                 "Mardi, les équipes de l'hôpital ont simulé une attaque par rançongiciel. Pendant quatre heures, les soignants ont travaillé sur papier. L'objectif : être prêts le jour où les pirates frapperont vraiment.", id='conf-exercise'),
    pytest.param("Cybersécurité : 2 millions d'euros pour les Ehpad de la région",
                 "L'agence régionale de santé finance des audits de sécurité informatique dans 80 établissements. Les Ehpad sont jugés vulnérables aux cyberattaques. Les premiers diagnostics débuteront en mars.", id='conf-funding'),
    pytest.param('Fuite massive chez un géant américain des télécoms',
                 "Les données de 70 millions d'abonnés ont été mises en vente sur un forum de pirates. Noms, adresses et numéros de téléphone figurent dans le fichier. L'opérateur dit enquêter. Aucune donnée de santé n'est concernée.", id='conf-tech-abroad'),
    pytest.param("De faux agents de l'hôpital appellent des patients",
                 "Des patients du centre hospitalier de Morlaine ont reçu des appels d'individus se présentant comme des agents de l'hôpital. Ils réclamaient un paiement pour une facture impayée. L'établissement a porté plainte et rappelle qu'il ne demande jamais de paiement par téléphone.", id='conf-scam-call'),
    pytest.param('Le Health Data Hub de nouveau critiqué',
                 "Des associations dénoncent l'hébergement des données de santé des Français chez un fournisseur américain. Elles redoutent un accès des autorités étrangères. Le ministère assure que la sécurité des données est garantie.", id='conf-gdpr-debate'),
    pytest.param('Cyberattaque chez une enseigne de parapharmacie en ligne ? Non, une erreur de paiement',
                 "Des clients se sont inquiétés de débits en double. Le site explique qu'il s'agit d'un bug de son prestataire de paiement, sans lien avec un piratage. Aucune donnée n'a fuité.", id='conf-retailer'),
    pytest.param('Urgences perturbées au centre hospitalier de Vauclair',
                 "Depuis mardi matin, les logiciels de l'hôpital ne répondaient plus. Il ne s'agit pas d'un acte malveillant, indique la direction : une mise à jour défectueuse a bloqué les serveurs. L'hypothèse d'un piratage a été rapidement écartée. Les équipes ont travaillé sur papier.", id='conf-outage2'),
    pytest.param('Coupure géante à la clinique du Val',
                 "Un incendie dans le local technique a privé la clinique d'informatique pendant deux jours. Rien ne permet de parler d'une cyberattaque, selon la direction. Les opérations non urgentes ont été reportées.", id='conf-outage3'),
    pytest.param("CHU de Montclar : la panne n'était pas une cyberattaque",
                 "Les patients ont dû patienter des heures aux urgences lundi. Le CHU a d'abord craint une attaque informatique, avant d'identifier une panne électrique. Aucun vol de données n'est à déplorer.", id='conf-outage4'),
    pytest.param('Cyberattaque contre la communauté de communes du Haut-Val',
                 "Les services de la communauté de communes sont paralysés depuis jeudi par un rançongiciel. Les pirates réclament une rançon. La maison de santé pluridisciplinaire, hébergée dans les mêmes locaux, fonctionne normalement et n'a subi aucun impact.", id='conf-townhall2'),
    pytest.param('Villemont : la mairie victime de pirates',
                 "Les ordinateurs de la mairie ont été chiffrés dans la nuit de samedi à dimanche. Le centre hospitalier, qui partage pourtant une partie du réseau de la ville, a été épargné, précise son directeur. L'enquête a été confiée à la gendarmerie.", id='conf-townhall3'),
    pytest.param('Des fraudeurs se font passer pour la CPAM',
                 "Des courriels frauduleux aux couleurs de la caisse primaire d'assurance maladie circulent depuis lundi. Ils annoncent un remboursement et demandent les identifiants bancaires. La CPAM précise que ses bases de données n'ont pas été compromises.", id='conf-phishing2'),
    pytest.param("Arnaque : de faux SMS de laboratoires d'analyses",
                 "Des SMS frauduleux invitent à consulter des résultats d'analyses via un lien piégé. Les pirates cherchent à voler les codes bancaires des victimes. Les laboratoires rappellent qu'ils n'envoient jamais de lien de paiement.", id='conf-phishing3'),
    pytest.param('Le plan de cybersécurité des hôpitaux prolongé',
                 "Le gouvernement prolonge de deux ans le programme de renforcement de la sécurité informatique des établissements de santé. Après les attaques qui avaient paralysé les hôpitaux de Dunville en 2021 et de Sorgues en 2022, 500 établissements ont été audités. Les crédits atteindront 300 millions d'euros.", id='conf-policy2'),
    pytest.param('Mise en situation au CHU de Belval : une cyberattaque fictive',
                 "Pendant une journée, le CHU a joué le scénario d'un rançongiciel paralysant ses serveurs. Les urgences ont basculé en mode dégradé fictif. Les résultats de l'exercice seront analysés par l'ARS.", id='conf-exercise2'),
    pytest.param("Le lycée Jean-Moulin victime d'un piratage",
                 "Les pirates ont dérobé les identifiants de 1 500 élèves sur l'espace numérique de travail. Les fiches de l'infirmerie ne sont pas concernées, assure le proviseur.", id='conf-school2'),
    pytest.param('Ordonnances numériques : les pharmaciens inquiets',
                 "L'ordonnance numérique sera généralisée l'an prochain. Des pharmaciens s'inquiètent de la protection des données de leurs patients et de la sécurité des logiciels. Le ministère promet un hébergement sécurisé.", id='conf-health-news'),
    pytest.param('La commune de Montreux-Est touchée par une fuite',
                 "Des données d'habitants de la commune ont été publiées sur le darkweb après une cyberattaque. L'hôpital régional, situé sur la commune, précise n'avoir aucun lien avec cette affaire.", id='conf-swiss'),
    pytest.param('Les soignants formés à déjouer le hameçonnage',
                 "Au centre hospitalier de Belrive, 300 agents ont suivi une formation pour reconnaître les courriels piégés. Les pirates utilisent souvent de faux messages pour s'introduire dans les réseaux des hôpitaux. Des campagnes de faux courriels seront envoyées pour tester les réflexes.", id='conf-training'),
    pytest.param("L'hôpital de Mirande dément toute cyberattaque",
                 "Des rumeurs de piratage circulaient depuis samedi sur les réseaux sociaux. La direction assure qu'il s'agit d'une simple panne de serveur, réparée dimanche. Aucune donnée de patient n'a été touchée.", id='conf-denied'),
    pytest.param('Un faux site de prise de rendez-vous médicaux piège les internautes',
                 'Un site imitant une plateforme de rendez-vous médicaux réclame des frais de réservation. Les escrocs récupèrent ainsi les numéros de carte bancaire. La plateforme a porté plainte pour usurpation de son identité.', id='conf-doctolib-fake'),
]

REPORTS = [
    pytest.param("Un Ehpad de Corvel victime d'une cyberattaque",
                 "Le réseau informatique de l'Ehpad a été chiffré dans la nuit de vendredi. Les dossiers des résidents sont inaccessibles. La direction a porté plainte.", id='rep-ehpad'),
    pytest.param(None,
                 "La mutuelle Santé Ouest informe ses adhérents qu'un tiers a accédé sans autorisation à son espace client. Les noms et numéros de sécurité sociale de 20 000 personnes ont pu être consultés.", id='rep-mutual'),
    pytest.param("Données de patients volées dans un laboratoire d'analyses",
                 "Un laboratoire d'analyses médicales de Brive a été la cible de pirates. Des résultats d'analyses ont été publiés sur le darkweb.", id='rep-lab'),
    pytest.param(None,
                 "L'éditeur de logiciels médicaux Medisoft a été victime d'une intrusion. Les données de patients de 300 cabinets de kinésithérapie qui utilisent son logiciel ont été exposées.", id='rep-vendor'),
    pytest.param(None,
                 'Le service de santé universitaire de Valmont a été piraté. Les dossiers médicaux de 4 000 étudiants ont été dérobés.', id='rep-school-nurse'),
    pytest.param('Un hôpital allemand paralysé par des pirates',
                 "L'hôpital universitaire de Kessel, en Allemagne, a été frappé par un rançongiciel jeudi. Les urgences ont été fermées et des patients transférés vers d'autres établissements.", id='rep-abroad'),
    pytest.param(None,
                 'Le site internet de la clinique Saint-Roch a été piraté dimanche. Les pirates ont publié un message de revendication et dérobé les coordonnées de 2 000 patients inscrits.', id='rep-website'),
    pytest.param("Une pharmacie de Lorient victime d'un rançongiciel",
                 "Les ordinateurs de l'officine ont été chiffrés lundi. Le pharmacien ne pouvait plus accéder aux ordonnances de ses clients.", id='rep-pharmacy'),
    pytest.param(None,
                 'Une secrétaire médicale de la clinique des Pins a consulté sans autorisation les dossiers de plusieurs dizaines de patients. La clinique a saisi la Cnil.', id='rep-insider'),
    pytest.param(None,
                 "Par erreur, un centre de radiologie a envoyé à 800 patients un courriel contenant les adresses de tous les autres destinataires. Le centre s'est excusé.", id='rep-email-error'),
    pytest.param(None,
                 "Les comptes rendus de 3 000 patients d'un cabinet de radiologie de Tarbes se sont retrouvés en ligne, accessibles à tous.", id='rep-online'),
    pytest.param("Un hacker met la main sur les fichiers d'une clinique",
                 'Un pirate a récupéré les fichiers de la clinique des Lilas et menace de les diffuser.', id='rep-hacker-main'),
    pytest.param(None,
                 'Une infirmière du centre hospitalier de Gap a égaré une clé USB contenant les plannings et les coordonnées de 200 patients.', id='rep-usb'),
    pytest.param(None,
                 "Un logiciel espion a été découvert sur les postes du service de cardiologie de l'hôpital de Laval.", id='rep-spyware'),
    pytest.param(None,
                 "La messagerie d'un médecin de la maison de santé de Cosne a été compromise : des escrocs ont écrit à ses patients.", id='rep-mailbox'),
    pytest.param(None,
                 "L'ARS a été informée d'un accès illégitime aux dossiers médicaux de l'hôpital de Riom.", id='rep-illegit'),
    pytest.param('Une faille de sécurité expose les données de patients',
                 "Un chercheur a découvert qu'une faille sur le portail de la clinique permettait de consulter les ordonnances d'autres patients.", id='rep-faille'),
    pytest.param(None,
                 "La base de données d'un réseau de centres dentaires était accessible sans mot de passe : 40 000 fiches de patients.", id='rep-nopassword'),
    pytest.param('Le site du CHU de Dijon inaccessible après une attaque par déni de service',
                 'Des pirates prorusses ont saturé le site internet du CHU mardi.', id='rep-ddos'),
    pytest.param(None,
                 "Les ordinateurs de l'Ehpad Les Tilleuls ont été pris en otage par des pirates qui réclament 10 000 euros.", id='rep-hostage'),
    pytest.param(None,
                 "Un virus a bloqué les ordinateurs du laboratoire d'analyses de Vierzon, qui ne peut plus rendre ses résultats.", id='rep-blocked'),
    pytest.param(None,
                 "Des individus ont usurpé les identifiants d'une pharmacienne pour accéder au dossier pharmaceutique de ses clients.", id='rep-usurp'),
    pytest.param(None,
                 "L'ordinateur portable d'un médecin du CHU de Caen, contenant des dossiers de patients, a été volé dans sa voiture.", id='rep-stolen-laptop'),
    pytest.param("Le groupe LockBit revendique le piratage d'une clinique",
                 'Les pirates affirment avoir dérobé 200 Go de données à la clinique Sainte-Anne.', id='rep-claim'),
    pytest.param(None,
                 'Le prestataire informatique de plusieurs Ehpad a subi une attaque : les dossiers des résidents sont inaccessibles depuis lundi.', id='rep-vendor2'),
    pytest.param(None,
                 "Un centre de vaccination a envoyé par erreur à un patient les résultats de dizaines d'autres personnes.", id='rep-wrongmail'),
    pytest.param(None,
                 "Les données de 500 000 patients d'un réseau de laboratoires sont en vente sur un forum de pirates.", id='rep-sale'),
    pytest.param(None,
                 'La clinique du Parc a payé une rançon de 50 000 euros pour récupérer ses fichiers chiffrés.', id='rep-ransom-paid'),
    pytest.param(None,
                 "L'hôpital AZ Sint-Jan de Bruges a été la cible d'une cyberattaque ce week-end, ont indiqué ses responsables.", id='rep-belgian'),
    pytest.param(None,
                 "Le CIUSSS de l'Estrie a été victime d'une cyberattaque : les renseignements personnels de 20 000 usagers ont pu être consultés.", id='rep-quebec'),
    pytest.param(None,
                 'Le CIUSSS du Nord a signalé un incident de confidentialité touchant les renseignements personnels de 3 000 usagers.', id='q-confid'),
    pytest.param(None,
                 "Un vol de renseignements personnels a été constaté au CISSS de l'Ouest : les noms et numéros d'assurance maladie de 800 usagers sont visés.", id='q-vol-rens'),
    pytest.param(None,
                 "L'hôpital régional de Sion a été la cible d'un cyberincident dans la nuit de lundi.", id='cyberincident'),
    pytest.param(None,
                 'La clinique Bellevue a détecté un incident de sécurité informatique sur ses serveurs lundi et a prévenu ses patients.', id='incident-secu'),
    pytest.param(None,
                 'Une activité suspecte a été repérée sur le réseau du centre hospitalier de Millau ; des données de patients ont pu être copiées.', id='activite-susp'),
    pytest.param(None,
                 "Le CHU de Nîmes fait face à un incident informatique d'origine malveillante depuis dimanche.", id='incident-malv'),
    pytest.param(None,
                 "Un cyber-incident a touché les serveurs de l'hôpital Saint-Luc à Bruxelles.", id='cyber-incident'),
    pytest.param(None,
                 "Le réseau de l'Ehpad du Parc a été attaqué par des pirates informatiques ce week-end.", id='attaque-reseau'),
    pytest.param(None,
                 'Les fichiers des patients du cabinet médical de Vence ont été cryptés et une rançon est exigée.', id='crypte'),
    pytest.param(None,
                 'Des cybercriminels se sont infiltrés dans le système informatique de la polyclinique de Riom.', id='infiltres'),
    pytest.param(None,
                 "Un groupe de hackers tente d'extorquer de l'argent à la clinique du Golfe après avoir volé ses fichiers.", id='extorsion'),
    pytest.param(None,
                 "Les dossiers médicaux de 1 200 patients de l'hôpital de Dole ont été publiés sur internet par des pirates.", id='publies'),
    pytest.param(None,
                 "Un agent de l'hôpital de Pau a consulté à de nombreuses reprises le dossier médical d'une célébrité, sans y être autorisé.", id='acces-indu-ch'),
    pytest.param(None,
                 'Les HUG ont été touchés par une fuite de données : des informations sur 900 patients circulent sur le web clandestin.', id='swiss-fuite'),
    pytest.param(None,
                 "La base de données des patients d'un centre d'ophtalmologie a été piratée, selon l'ARS.", id='piratee-base'),
]


@pytest.mark.parametrize("title, text", CONFUSERS)
def test_confuser_reports_no_breach(title, text):
    assert not _reports(title, text)


@pytest.mark.parametrize("title, text", REPORTS)
def test_report_stays_a_report(title, text):
    assert _reports(title, text)
