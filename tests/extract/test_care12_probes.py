"""care_disrupted in many press wordings (helper care12, session 10): a probe battery.

Invented mini-articles (never an article's sentence; names made up or generic) in the ways French,
Belgian, Swiss and Québec press say services were disrupted: appointments and operations called off
or put back, ambulances and patients sent elsewhere, plan blanc / plan d'urgence / bypass, working
slowly or at reduced activity, software and networks down, back to paper, website or online booking
down, analyses sent to another laboratory, phone lines cut, admissions limited, patients asked to
stay away, longer waits; "care went on" beside a disruption is still true. Then the false side
(operations said not affected) and the null side (a leak with nothing said of services, a
hypothetical "aurait pu paralyser", a continuity plan that merely exists). Blank pipeline.
"""

from __future__ import annotations

import pytest

from healthbreach.extract import care


def disrupted(blank, text: str) -> bool | None:
    fact = care.find_care_disrupted(blank(text))
    return None if fact is None else fact.value == "true"


DISRUPTED_TEXTS = [
    'Cyberattaque à la clinique des Tilleuls. Depuis mardi, les rendez-vous sont reportés et les patients rappelés un par un.',
    "Le centre hospitalier de Valmont a été visé par un rançongiciel. Les consultations de l'après-midi ont été annulées.",
    "Après l'attaque, toutes les consultations non urgentes sont reportées à la semaine prochaine.",
    "La polyclinique victime d'un piratage a dû annuler une cinquantaine de rendez-vous.",
    "Les examens d'imagerie prévus jeudi ont été décommandés, indique la direction.",
    "Les chimiothérapies ont été reportées de plusieurs jours à l'institut de cancérologie.",
    "Les interventions non urgentes sont déprogrammées jusqu'à nouvel ordre.",
    "Les ambulances sont redirigées vers les hôpitaux voisins depuis l'attaque.",
    'Le SAMU a réorienté les ambulances vers le CHU voisin pendant deux jours.',
    "Les véhicules de secours ont été réorientés vers d'autres établissements.",
    'Les ambulances ont été réorientées vers Namur.',
    "Le plan blanc a été déclenché dès lundi matin à l'hôpital de Montbrison.",
    'La direction a déclenché son plan blanc après la cyberattaque.',
    "Depuis l'attaque, l'hôpital fonctionne au ralenti.",
    'Le laboratoire tourne au ralenti depuis vendredi.',
    "L'activité est réduite de moitié au bloc opératoire.",
    'Les services sont maintenus mais fortement ralentis.',
    'Les délais de prise en charge se sont allongés aux urgences.',
    "Les délais d'attente sont allongés pour les patients.",
    'Les logiciels métiers sont inaccessibles depuis dimanche.',
    'Le logiciel de prescription est hors service.',
    "Tous les logiciels sont à l'arrêt, explique un infirmier.",
    "Le dossier patient informatisé est inaccessible depuis l'attaque.",
    'Les outils informatiques restent inutilisables.',
    'Les soignants ont ressorti papier et stylo.',
    'Les infirmières ont ressorti le papier et les stylos pour les transmissions.',
    'Le personnel travaille désormais avec du papier et des stylos.',
    'Les médecins rédigent leurs ordonnances sur papier.',
    "Le site internet de l'hôpital est inaccessible depuis lundi.",
    "La prise de rendez-vous en ligne est suspendue jusqu'à nouvel ordre.",
    'La prise de rendez-vous en ligne a été suspendue.',
    'Les analyses sont envoyées à un autre laboratoire le temps de la remise en route.',
    'Les prélèvements sont désormais analysés par un laboratoire partenaire.',
    'Les résultats ne peuvent plus être transmis aux médecins par voie électronique.',
    'Le laboratoire ne peut plus transmettre les résultats aux patients.',
    "La téléphonie est coupée dans tout l'établissement.",
    'Les lignes téléphoniques de la clinique ont été coupées.',
    'Le standard téléphonique est injoignable depuis mardi.',
    'Les admissions sont limitées aux urgences vitales.',
    'Les admissions ont été limitées pendant trois jours.',
    "Le service de radiologie est fermé jusqu'à nouvel ordre.",
    'Le service de radiologie a été fermé.',
    'Les patients sont priés de ne pas se présenter aux urgences.',
    "Il est demandé aux patients de ne pas se présenter à l'hôpital sauf urgence vitale.",
    "L'activité est réduite au strict minimum.",
    "Activité réduite au centre hospitalier depuis l'attaque informatique.",
    'Les équipes appliquent des procédures dégradées depuis lundi.',
    "Par précaution, l'hôpital a coupé ses accès à internet.",
    "L'hôpital a coupé ses accès internet par précaution.",
    'Les serveurs ont été débranchés dans la nuit.',
    'Les équipes informatiques ont débranché les serveurs par précaution.',
    "L'établissement a été déconnecté d'internet par mesure de précaution.",
    "L'attaque a provoqué d'importantes perturbations dans les services.",
    'Des perturbations sont à prévoir pour les patients cette semaine.',
    "Les urgences ont été mises à l'arrêt pendant plusieurs heures.",
    "Les urgences de l'hôpital ont été placées en alerte et les patients réorientés.",
    'Les urgences ont été mises en alerte après la cyberattaque.',
    "Le service d'urgence a été mis en phase d'alerte.",
    'Le CISSS a procédé à un délestage de certaines activités.',
    'Des activités ont été délestées au CIUSSS de la Capitale.',
    'Les services sont maintenus, mais ralentis.',
    'Les rendez-vous en clinique externe sont annulés.',
    'Les services à la population sont perturbés.',
    'Les services ont été perturbés pendant une semaine.',
    "Les patients ont dû être pris en charge dans d'autres établissements.",
    "Les patients ont été redirigés vers d'autres établissements.",
    'Certains patients ont été transférés vers la clinique voisine.',
    'Les salariés ne peuvent plus se connecter à leur poste de travail.',
    'Les cartes Vitale ne peuvent plus être lues.',
    "La pharmacie n'a pas pu délivrer d'ordonnances pendant deux jours.",
    'Le service de dialyse a dû fonctionner sans informatique.',
    "Les systèmes ont été coupés par précaution. La prise en charge des patients n'a pas été affectée.",
    'Les soignants travaillent sur papier, mais les soins sont assurés normalement.',
    "Le CHU s'est déconnecté d'internet par précaution.",
    "Les agents n'ont plus d'accès à leur messagerie.",
    'Les courriels ne sont plus accessibles depuis lundi.',
    "Les mails sont bloqués dans tout l'hôpital.",
    "Il est impossible d'imprimer les étiquettes des prélèvements.",
    'Impossible de se connecter aux logiciels depuis mardi.',
    'Les chirurgies électives ont été annulées au CIUSSS.',
    'Plusieurs chirurgies ont dû être reportées.',
    "Les usagers sont invités à éviter l'urgence de l'hôpital.",
    "Les patients sont invités à se rendre dans d'autres établissements.",
    'Les urgences sont en bypass depuis jeudi, les ambulances vont ailleurs.',
    "Le plan d'urgence hospitalier a été déclenché.",
    "L'hôpital a activé son plan de continuité d'activité.",
    'Les équipes appliquent des procédures de secours.',
    'Le réseau informatique est en panne depuis dimanche.',
    "Une panne informatique générale touche l'hôpital depuis l'attaque.",
    "Les patients doivent patienter plus longtemps que d'habitude.",
    "Les temps d'attente sont plus longs aux urgences.",
    'Les accouchements ont été orientés vers la maternité voisine.',
    'Les appels au 15 ont été basculés vers le SAMU voisin.',
    'Seules les urgences vitales sont prises en charge.',
    "L'hôpital n'accepte plus de nouveaux patients.",
    "L'accès aux urgences est restreint.",
    'Le laboratoire a fermé ses portes le temps de rétablir ses systèmes.',
    'Le centre de radiologie est resté portes closes toute la semaine.',
    'Le fonctionnement de la clinique est perturbé.',
    "L'activité a été fortement ralentie.",
    'Les soignants sont revenus au bon vieux papier.',
    "Les soignants travaillent à l'aveugle, sans accès aux antécédents des patients.",
    "Le CHU est coupé d'internet depuis samedi.",
    "L'hôpital vit depuis une semaine sans informatique.",
    "Les urgences filtrent les entrées depuis l'attaque.",
    'Les comptes rendus sont rédigés à la main.',
    "Les résultats d'examens ne sont plus envoyés par voie électronique.",
    "La facturation est à l'arrêt.",
    'Le centre hospitalier a été contraint de réduire son activité.',
    'Les hôpitaux ont dû réduire leurs activités.',
    'La clinique a limité ses admissions.',
    'Le laboratoire a dû sous-traiter ses analyses à un confrère.',
    "L'hôpital a dû transférer ses patients les plus fragiles.",
    'Des retards dans la délivrance des résultats sont à prévoir.',
    'La prise en charge est ralentie aux urgences.',
    'Les soins sont ralentis.',
    'Les services numériques sont indisponibles.',
    "L'imagerie médicale ne fonctionne plus.",
    'Les patients ne peuvent plus prendre rendez-vous en ligne.',
    "Le téléphone ne fonctionne plus à l'accueil.",
    'Les urgences ne prennent en charge que les cas graves.',
    "L'attaque a entraîné l'arrêt des systèmes informatiques.",
    "L'informatique est tombée en panne.",
    "Le chiffrement des serveurs a rendu impossible l'accès aux dossiers des patients.",
    "L'attaque empêche les médecins d'accéder aux résultats d'analyses.",
    "Une coupure informatique touche l'ensemble du groupement hospitalier.",
    "Depuis dimanche, c'est le black-out informatique à l'hôpital.",
    "L'hôpital est en mode crise depuis l'attaque.",
    "La perte d'accès aux dossiers complique le travail des soignants.",
    "L'activité de la clinique s'est brutalement arrêtée lundi.",
    "La cyberattaque perturbe fortement l'hôpital depuis trois jours.",
    "L'hôpital est très perturbé depuis l'attaque.",
    "L'attaque a provoqué une désorganisation des services.",
    'Les hôpitaux universitaires ont dû renoncer à certaines interventions.',
    "Le CISSS parle d'un bris de service dans trois de ses installations.",
    "Les usagers doivent s'attendre à des délais.",
    'Les ordonnances électroniques ne passent plus.',
    'Les télétransmissions ne se font plus depuis lundi.',
    'Le système informatique est en rade depuis vendredi.',
    "Les ordinateurs sont hors d'usage.",
    "Les appareils d'imagerie sont à l'arrêt.",
    'Les communications ont été coupées avec les autres sites.',
    'Les soins ont été réorganisés en urgence.',
    "Le service fonctionne en service minimum depuis l'attaque.",
    'Les urgences étaient engorgées toute la journée.',
    "Les résultats n'arrivent plus aux médecins traitants.",
    'Les automates du laboratoire sont hors service.',
]


NOT_DISRUPTED_TEXTS = [
    "Une cyberattaque a visé le centre hospitalier. Aucun impact sur la prise en charge des patients n'est à déplorer.",
    "Le laboratoire a été piraté. Les soins n'ont pas été perturbés, assure la direction.",
    "La clinique a subi une intrusion. L'activité se poursuit normalement.",
    "L'activité se poursuit normalement dans tous les services.",
    "L'hôpital précise que l'attaque n'a eu aucune incidence sur la prise en charge.",
    "Les urgences fonctionnent normalement, précise l'établissement.",
    "L'activité de l'hôpital n'a pas été impactée par l'attaque.",
    "Le fonctionnement de l'établissement n'a pas été affecté.",
    "L'hôpital a été visé par une attaque. La continuité des soins a été assurée.",
    'Les patients ont été pris en charge normalement, assure la direction.',
    "L'activité n'a pas été perturbée.",
    'Les soins se poursuivent normalement.',
    "Aucune perturbation n'a été observée dans les services.",
    "L'hôpital n'a pas été perturbé par l'attaque.",
]


UNSAID_TEXTS = [
    "Les données de 30 000 patients ont été mises en vente sur un forum. L'enquête est en cours.",
    'Un fichier contenant des noms et numéros de sécurité sociale a fuité. La CNIL a été saisie.',
    "La clinique a été victime d'une fuite de données. En 2021, l'hôpital voisin avait été paralysé par une attaque.",
    "Les pirates ont volé des données. Une telle attaque aurait pu paralyser l'hôpital, estime un expert.",
    'Une fuite de données a touché la mutuelle. Les adhérents sont invités à changer leur mot de passe.',
    'Le laboratoire a été piraté. Si les serveurs étaient coupés, les analyses seraient reportées.',
    'Une base de données de patients a été exposée en ligne. Elle a depuis été sécurisée.',
    "Les pirates réclament une rançon. L'hôpital a porté plainte.",
    'La fuite concerne des patients de 2019. Le fichier était stocké chez un prestataire.',
    "L'hôpital dispose d'un plan de continuité d'activité en cas de cyberattaque.",
    "Le fichier volé n'est plus accessible sur le forum. L'enquête suit son cours.",
    'Le standard a reçu de nombreux appels de patients inquiets après la fuite.',
    'Une panne de courant avait touché la ville en 2019. Cette fois, ce sont des données de patients qui ont fuité.',
]


@pytest.mark.parametrize("text", DISRUPTED_TEXTS)
def test_disrupted(blank, text):
    assert disrupted(blank, text) is True


@pytest.mark.parametrize("text", NOT_DISRUPTED_TEXTS)
def test_not_disrupted(blank, text):
    assert disrupted(blank, text) is False


@pytest.mark.parametrize("text", UNSAID_TEXTS)
def test_unsaid(blank, text):
    assert disrupted(blank, text) is None
