"""Incident dates in many French wordings: each form in several verbs, word orders, organisation kinds and
regions (France, Belgium, Switzerland, Québec), and the dates that are not the incident's (a claim, a
revelation, an earlier attack recalled). Own short cases, no article text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import incident

THU = dt.date(2023, 3, 16)  # a Thursday
MON = dt.date(2023, 5, 1)  # a Monday, the day after a week-end astride two months


SENTENCES = [
 ("Le centre hospitalier de Dax a été victime d'une cyberattaque le 12 mars.", THU, "2023-03-12"),
 ("Le 12 mars, des pirates ont chiffré les serveurs de la clinique.", THU, "2023-03-12"),
 ("C'est le 12 mars que le laboratoire a découvert l'intrusion.", THU, "2023-03-12"),
 ("La clinique a été visée lundi par une attaque informatique.", THU, "2023-03-13"),
 ("Lundi, le CHU de Nantes a été la cible d'une cyberattaque.", THU, "2023-03-13"),
 ("Lundi matin, les soignants de l'hôpital ont découvert un message de rançon.", THU, "2023-03-13"),
 ("La mutuelle a subi lundi dernier une intrusion dans son système.", THU, "2023-03-13"),
 ("Dans la nuit de dimanche à lundi, l'hôpital a été paralysé par un rançongiciel.", THU, "2023-03-13"),
 ("Le centre hospitalier a été victime d'une attaque dans la nuit de dimanche à lundi.", THU, "2023-03-13"),
 ("Dans la nuit du 11 au 12 mars, les serveurs du CHU ont été chiffrés.", THU, "2023-03-12"),
 ("Le laboratoire a été piraté ce week-end.", THU, "2023-03"),
 ("Le laboratoire a été piraté le week-end dernier.", MON, "2023-04"),
 ("La clinique a été piratée ce week-end.", MON, "2023-04"),
 ("Une attaque informatique a visé l'hôpital à la mi-mars.", THU, "2023-03"),
 ("L'intrusion s'est produite mi-février.", THU, "2023-02"),
 ("Les faits remontent à début juin.", THU, "2022-06"),
 ("Le piratage a été détecté fin janvier.", THU, "2023-01"),
 ("L'attaque a eu lieu en février.", THU, "2023-02"),
 ("En février, la pharmacie a été victime d'un vol de données.", THU, "2023-02"),
 ("Depuis le 3, l'hôpital fonctionne en mode dégradé.", THU, "2023-03-03"),
 ("L'hôpital fonctionne en mode dégradé depuis le 3 mars.", THU, "2023-03-03"),
 ("L'attaque a eu lieu le 3 courant, selon la direction.", THU, "2023-03-03"),
 ("La clinique a été attaquée dimanche 12 mars.", THU, "2023-03-12"),
 ("Dimanche 5 mars, la clinique a été attaquée par des pirates.", THU, "2023-03-05"),
 ("Le 1er mars, un rançongiciel a paralysé la clinique.", THU, "2023-03-01"),
 ("La cyberattaque du 1er mars a paralysé la clinique.", THU, "2023-03-01"),
 ("Le piratage du 8 mars a exposé des milliers de dossiers.", THU, "2023-03-08"),
 ("L'attaque du week-end a paralysé les urgences.", THU, "2023-03"),
 ("Déjà victime en 2021 d'une cyberattaque, l'hôpital a de nouveau été piraté mardi.", THU, "2023-03-14"),
 ("L'hôpital a de nouveau été piraté mardi, après une première attaque en 2021.", THU, "2023-03-14"),
 ("La clinique, qui avait déjà été attaquée en 2020, a subi mardi un nouveau piratage.", THU, "2023-03-14"),
 ("La clinique a annoncé jeudi avoir été victime mardi d'une cyberattaque.", THU, "2023-03-14"),
 ("Le groupe LockBit a revendiqué jeudi l'attaque du CHU, survenue le 2 mars.", THU, "2023-03-02"),
 ("L'hôpital a été victime hier d'une cyberattaque.", THU, "2023-03-15"),
 ("Hier, un rançongiciel a frappé l'hôpital de Brest.", THU, "2023-03-15"),
 ("L'hôpital a été attaqué mardi.", THU, "2023-03-14"),
 ("Mardi, une cyberattaque a touché la clinique.", THU, "2023-03-14"),
 ("La fuite a été repérée la semaine dernière par un chercheur.", THU, "2023-03"),
 ("La fuite a été repérée la semaine dernière par un chercheur.", dt.date(2023,3,9), "2023"),
 ("La fuite a été repérée la semaine dernière par un chercheur.", dt.date(2023,3,2), "2023-02"),
 ("Le CHU a été la cible d'une attaque informatique mercredi 8 mars.", THU, "2023-03-08"),
 ("Le CHU a été ciblé par une attaque informatique le mercredi 8 mars.", THU, "2023-03-08"),
 ("Des pirates ont attaqué l'hôpital le 8 mars.", THU, "2023-03-08"),
 ("Des pirates se sont introduits dans le réseau de la clinique le 8 mars.", THU, "2023-03-08"),
 ("Des hackers ont infiltré le système informatique de l'hôpital le 8 mars.", THU, "2023-03-08"),
 ("Les hackers ont dérobé des données de patients le 8 mars.", THU, "2023-03-08"),
 ("Des données de santé ont fuité le 8 mars.", THU, "2023-03-08"),
 ("Le logiciel de l'hôpital a été bloqué le 8 mars par un virus.", THU, "2023-03-08"),
 ("L'hôpital est paralysé depuis mardi par une cyberattaque.", THU, "2023-03-14"),
 ("Les urgences sont fermées depuis mardi à cause d'une cyberattaque.", THU, "2023-03-14"),
 ("Une cyberattaque a paralysé l'hôpital mardi.", THU, "2023-03-14"),
 ("Une attaque par rançongiciel frappe depuis mardi l'hôpital.", THU, "2023-03-14"),
 ("Le système informatique est à l'arrêt depuis lundi soir.", THU, "2023-03-13"),
 ("Les pirates ont chiffré les serveurs le 8 mars 2022.", None, "2022-03-08"),
 ("Le 8 mars 2022, des pirates ont chiffré les serveurs.", None, "2022-03-08"),
 ("L'hôpital a été victime le 8/03/2022 d'une attaque.", None, "2022-03-08"),
 ("L'hôpital de Charleroi a été victime d'une attaque informatique le 8 mars 2022.", None, "2022-03-08"),
 ("Le CIUSSS a été la cible d'une cyberattaque le 8 mars 2022.", None, "2022-03-08"),
 ("Les Hôpitaux universitaires de Genève ont été victimes d'une cyberattaque le 8 mars 2022.", None, "2022-03-08"),
 ("Le CISSS a subi une cyberattaque en fin de semaine.", THU, "2023-03"),
 ("Le CISSS a subi une cyberattaque la fin de semaine dernière.", THU, "2023-03"),
 ("L'hôpital a été attaqué vendredi passé.", THU, "2023-03-10"),
 ("L'attaque s'est produite le 8 mars au matin.", THU, "2023-03-08"),
 ("L'établissement a détecté le 8 mars une activité anormale.", THU, "2023-03-08"),
 ("Une activité suspecte a été observée le 8 mars sur les serveurs.", THU, "2023-03-08"),
 ("Dans la soirée du 8 mars, un rançongiciel a été déployé.", THU, "2023-03-08"),
 ("Dans la matinée de mardi, les écrans sont devenus noirs après une cyberattaque.", THU, "2023-03-14"),
 ("Depuis le 8 mars, l'hôpital est victime d'une cyberattaque.", THU, "2023-03-08"),
 ("Le 8 mars dernier, l'hôpital a été victime d'une cyberattaque.", THU, "2023-03-08"),
 ("Le 8 mars, l'hôpital annonçait avoir été victime d'une cyberattaque.", THU, None),
 # The incident's own revelation, when nothing else dates it: its month (test_revealed_month).
 ("L'attaque a été révélée le 8 mars par le site spécialisé.", THU, "2023-03"),
 ("Le groupe de pirates a revendiqué l'attaque le 8 mars.", THU, None),
 ("Les données ont été mises en vente le 10 mars sur un forum.", THU, None),
 ("La clinique a été visée fin 2022 par une attaque.", THU, "2022"),
 ("Au début du mois de février, le CHU a été ciblé.", THU, "2023-02"),
 ("Au début du mois, le CHU a été ciblé.", THU, "2023-03"),
 ("Le CHU a été ciblé à la fin du mois dernier.", THU, "2023-02"),
 ("L'attaque remonte à la mi-janvier 2023.", None, "2023-01"),
 ("Courant février, le centre a été piraté.", THU, "2023-02"),
 ("La fuite a été constatée en début de semaine.", THU, "2023-03"),
 ("La clinique a été piratée en début de semaine.", THU, "2023-03"),
 ("L'hôpital a été visé samedi 11 et dimanche 12 mars par des attaques.", THU, "2023-03-11"),
]


@pytest.mark.parametrize("text, published, expected", SENTENCES)
def test_incident_date_in_one_sentence(text, published, expected):
    assert incident(text, published) == expected


ARTICLES = [
("""Cyberattaque : l'hôpital de Saint-Lô tourne au ralenti
Le centre hospitalier de Saint-Lô fonctionne en mode dégradé depuis mardi. Un rançongiciel a chiffré une partie des serveurs, a indiqué jeudi la direction.
Les urgences restent ouvertes. Une plainte a été déposée vendredi auprès du parquet.""", dt.date(2023,3,17), "2023-03-14"),
("""Fuite de données chez une mutuelle
Les données de 30 000 adhérents de la mutuelle Santé Plus ont été dérobées. L'intrusion, détectée le 2 février, a été rendue publique ce lundi.
« Nous avons immédiatement prévenu la CNIL », explique le directeur. La mutuelle avait déjà été visée par une attaque en 2021.""", dt.date(2023,3,13), "2023-02-02"),
("""La clinique du Parc victime d'un piratage
Mardi 7 mars, les écrans de la clinique du Parc se sont figés. Les pirates réclament une rançon de 2 millions d'euros.
Le groupe a revendiqué l'attaque le 10 mars sur son site. L'établissement assure que les soins continuent.""", dt.date(2023,3,12), "2023-03-07"),
("""Le CHU de Liège ciblé par des hackers
Le CHU de Liège a été la cible d'une cyberattaque ce week-end. L'hôpital a dû reporter des opérations lundi.
Le parquet a ouvert une enquête.""", dt.date(2023,3,14), "2023-03"),
("""Un laboratoire d'analyses piraté
Des pirates informatiques se sont introduits dans le système du laboratoire BioSanté dans la nuit de dimanche à lundi. Les résultats d'analyses de 4 000 patients ont été consultés.
Le laboratoire a porté plainte mercredi.""", dt.date(2023,3,16), "2023-03-13"),
("""Québec : le CISSS des Laurentides frappé par une cyberattaque
Le Centre intégré de santé et de services sociaux des Laurentides a été victime d'une cyberattaque la fin de semaine dernière, a confirmé le ministère mardi.
Les systèmes informatiques ont été débranchés par mesure de précaution.""", dt.date(2023,3,14), "2023-03"),
("""Genève : les HUG visés par une attaque
Les Hôpitaux universitaires de Genève (HUG) ont subi une attaque informatique le 3 mars dernier. L'attaque a été détectée rapidement par les équipes, précise un communiqué publié mercredi.""", dt.date(2023,3,16), "2023-03-03"),
("""Une pharmacie victime d'un vol de données
C'est le 28 février que le pharmacien a constaté que son logiciel ne répondait plus. Un rançongiciel avait chiffré l'ensemble des ordonnances.
En 2019, une autre officine de la ville avait déjà subi le même sort.""", dt.date(2023,3,16), "2023-02-28"),
("""L'hôpital de Dinan paralysé
Victime d'une cyberattaque le 12 mars, l'hôpital de Dinan n'a toujours pas retrouvé l'usage de ses logiciels. Les soignants travaillent sur papier depuis cinq jours.""", dt.date(2023,3,17), "2023-03-12"),
("""Des dossiers médicaux en libre accès
Les dossiers de 12 000 patients d'un centre de radiologie étaient accessibles sur internet depuis le mois de janvier, a découvert un chercheur en sécurité. Le centre a corrigé la faille le 9 mars.""", dt.date(2023,3,16), "2023-01"),
("""Cyberattaque au centre hospitalier d'Arles
L'attaque a commencé dans la nuit du 11 au 12 mars. Les équipes ont aussitôt coupé le réseau.
La direction a annoncé lundi 13 mars le déclenchement du plan blanc.""", dt.date(2023,3,15), "2023-03-12"),
("""Le groupe Medusa publie les données d'un hôpital
Un mois après la cyberattaque qui a touché l'hôpital de Cahors le 14 février, les pirates ont mis en ligne 40 Go de documents ce mercredi.""", dt.date(2023,3,15), "2023-02-14"),
("""Piratage d'un éditeur de logiciel médical
L'éditeur de logiciels médicaux MedSoft a révélé mardi avoir été victime d'un accès frauduleux à ses serveurs à la mi-février. Les données de 150 cabinets seraient concernées.""", dt.date(2023,3,14), "2023-02"),
("""Attaque contre l'hôpital : les urgences délestées
Depuis samedi soir, l'hôpital de Cholet est la cible d'une attaque informatique. Les urgences sont délestées vers les établissements voisins.""", dt.date(2023,3,13), "2023-03-11"),
("""Le centre de santé victime d'une fuite
Le 6 janvier 2023, un salarié du centre de santé a envoyé par erreur un fichier contenant les données de 800 patients à un mauvais destinataire. La CNIL a été notifiée le 9 janvier.""", None, "2023-01-06"),
("""Le CHU visé par un rançongiciel
Le CHU a été touché hier par un rançongiciel. Les opérations non urgentes sont déprogrammées.""", dt.date(2023,3,16), "2023-03-15"),
("""Une clinique belge visée par des pirates
Une clinique de Namur a été la proie de hackers lundi. Les pirates ont bloqué l'accès aux dossiers des patients.""", dt.date(2023,3,15), "2023-03-13"),
("""Hôpital piraté: ce que l'on sait
C'est dans la nuit du 5 au 6 mars que les premiers signes de l'intrusion sont apparus. Le lendemain, le réseau était coupé.""", dt.date(2023,3,9), "2023-03-06"),
("""Cyberattaque
Jeudi dernier, le système informatique de l'hôpital de Vierzon a été mis hors service par un rançongiciel.""", dt.date(2023,3,20), "2023-03-16"),
("""Fuite massive
Une base de données contenant des informations de patients a fuité début mars sur un forum de pirates, selon le site spécialisé. L'hôpital a confirmé la fuite le 14 mars.""", dt.date(2023,3,16), "2023-03"),
]


@pytest.mark.parametrize("text, published, expected", ARTICLES, ids=[a[0].splitlines()[0][:40] for a in ARTICLES])
def test_incident_date_of_a_short_article(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # A date opening the lead, when no cue word dates the incident, is the story's first event...
        ("Titre\nLe 7 mars, les écrans de la clinique du Parc se sont figés. Les pirates réclament une rançon.",
         dt.date(2023, 3, 12), "2023-03-07"),
        ("Titre\nDans la nuit du 6 au 7 mars, les écrans de la clinique se sont figés.", dt.date(2023, 3, 12), "2023-03-07"),
        ("Titre\nCe lundi, les ordinateurs du centre de santé se sont éteints un à un.", dt.date(2023, 3, 14), "2023-03-13"),
        # ... but not a date a cue word claims, nor one further in the sentence.
        ("Titre\nLundi, le groupe LockBit a revendiqué l'attaque contre la clinique.", dt.date(2023, 3, 14), None),
        ("Titre\nLe 7 mars, la clinique a annoncé une fuite de données.", dt.date(2023, 3, 12), None),
        ("Titre\nLes écrans de la clinique se sont figés le 7 mars. Les pirates réclament une rançon.",
         dt.date(2023, 3, 12), None),
    ],
)
def test_date_opening_the_lead(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("L'incident, révélé le 21 mars 2022 par un site spécialisé, concerne des patients.", None, "2022-03"),
        ("La fuite de données a été révélée le 2 mars par la presse.", THU, "2023-03"),
        ("La cyberattaque, rendue publique le 8 février, touche la clinique.", THU, "2023-02"),
        # Someone's statement is not the incident's revelation...
        ("La clinique a annoncé le 8 mars une fuite de données.", THU, None),
        ("La clinique a révélé le 8 mars avoir subi une attaque.", THU, None),
        # ... and a date of the incident itself wins.
        ("L'attaque a été révélée le 8 mars. Elle avait eu lieu le 2 mars.", THU, "2023-03-02"),
    ],
)
def test_revealed_month(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("La fuite est intervenue le 3 mars, selon l'agence régionale de santé.", THU, "2023-03-03"),
        ("Tout a commencé le 3 mars, quand les soignants ont vu leurs écrans se bloquer.", THU, "2023-03-03"),
        ("Le piratage, qui a débuté le 3 mars, a touché trois sites.", THU, "2023-03-03"),
        ("Depuis mardi, plus aucun logiciel ne fonctionne au centre de rééducation.", THU, "2023-03-14"),
        ("La maison de santé s'est fait pirater le 2 mars.", THU, "2023-03-02"),
        ("Le CHUV a été pris pour cible le 2 mars par des pirates.", THU, "2023-03-02"),
        ("L'institut a connu une cyberattaque le 2 mars.", THU, "2023-03-02"),
        ("Le cabinet de radiologie s'en est rendu compte le 2 mars.", THU, "2023-03-02"),
        ("La faille a été mise au jour le 2 mars par un chercheur.", THU, "2023-03-02"),
        ("L'hôpital de Mons est paralysé depuis trois jours par un rançongiciel.", THU, "2023-03-13"),
        ("Le centre hospitalier a été piraté il y a une dizaine de jours.", THU, "2023-03"),
        ("L'hôpital a été victime cette nuit d'une cyberattaque.", THU, "2023-03-16"),
        ("Le CHU a été piraté ce matin, a annoncé la direction.", THU, "2023-03-16"),
        ("Le premier hôpital a été piraté il y a environ trois jours.", THU, "2023-03"),
    ],
)
def test_more_breach_verbs_and_relative_forms(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # No publication date: a yearless date is read in the year of the latest full date written,
        # when it falls before it and no later year is written anywhere.
        ("L'attaque de février a exposé des dossiers. Le 22 octobre 2024, la société a informé le régulateur.", "2024-02"),
        ("Le 3 juin 2022, la CNIL a été notifiée. Le piratage s'est produit le 21 mai.", "2022-05-21"),
        ("Le 3 juin 2022, la CNIL a été notifiée. Le piratage, survenu le 21 mai, visait le laboratoire.", "2022-05-21"),
        # A yearless date after the latest full one, a later year written, or no full date: nothing.
        ("L'attaque de novembre a exposé des dossiers. Le 22 octobre 2024, la société a informé le régulateur.", None),
        ("L'attaque de février a exposé des dossiers. Le 22 octobre 2024, la société a informé le régulateur, "
         "qui rendra son avis en 2025.", None),
        ("L'attaque de février a exposé des dossiers. La société a informé le régulateur.", None),
        # A coming date bounds nothing.
        ("L'attaque de février a exposé des dossiers. Les données seront publiées le 22 octobre 2024.", None),
    ],
)
def test_yearless_dates_without_publication_date(text, expected):
    assert incident(text, None) == expected


# Longer wordings: a statement verb before the breach verb, Belgian, Swiss, Québec and Luxembourg
# dispatches, the claim or the complaint dated beside the attack, a trend story naming an old case.
ARTICLES_MORE = [
("""Le centre hospitalier de Bourg-en-Bresse a indiqué avoir été victime, le 4 mars, d'une cyberattaque de grande ampleur. « Nous avons immédiatement isolé nos serveurs », précise le directeur général.
Les consultations sont maintenues mais les délais sont allongés. Une cellule de crise a été activée mardi 7 mars.""", dt.date(2023,3,9), "2023-03-04"),
("""Montréal – Le CIUSSS de l'Estrie a confirmé jeudi avoir été la cible d'une attaque informatique survenue au début du mois de février. Les enquêteurs de la Sûreté du Québec ont été avisés.
Selon le porte-parole, aucune donnée de patient n'a été exfiltrée à ce stade.""", dt.date(2023,3,2), "2023-02"),
("""Bruxelles (Belga) - Les cliniques de l'Europe ont été frappées dimanche soir par une attaque au rançongiciel, a-t-on appris mardi. Les urgences ont été fermées temporairement.
Le groupe de pirates a réclamé une rançon. La police fédérale enquête.""", dt.date(2023,3,14), "2023-03-12"),
("""Une fuite de données touche les patients d'un réseau de cabinets dentaires. D'après les informations recueillies, un attaquant a pu consulter le logiciel de gestion entre le 12 et le 19 janvier.
L'entreprise a informé ses clients par courriel le 3 mars. Elle avait déjà subi un incident en 2020.""", dt.date(2023,3,8), "2023-01-12"),
("""Lausanne : les données de 5000 patients dérobées
Un hôpital vaudois a été la victime d'une cyberattaque. « L'intrusion a eu lieu dans la nuit de jeudi à vendredi », a détaillé mardi le responsable de la communication.
Les données volées ont été publiées sur le darkweb le lendemain.""", dt.date(2023,3,14), "2023-03-10"),
("""Le groupe de ransomware Rhysida a revendiqué mardi sur son site vitrine l'attaque contre la clinique Saint-Jean. L'établissement avait été frappé le 28 février. Les pirates exigent 50 bitcoins.""", dt.date(2023,3,14), "2023-02-28"),
("""Les hackers menacent de publier les données le 20 mars. La clinique, attaquée le 2 mars, refuse de payer. « Nous ne céderons pas au chantage », a déclaré la directrice ce lundi.""", dt.date(2023,3,13), "2023-03-02"),
("""Cyberattaque : les Hôpitaux Robert Schuman au Luxembourg
Les Hôpitaux Robert Schuman ont constaté vendredi matin des perturbations de leur réseau informatique. Après analyse, il s'agit d'une attaque par rançongiciel. L'hôpital fonctionne depuis en mode dégradé.""", dt.date(2023,3,13), "2023-03-10"),
("""Un pirate a mis en vente sur un forum les données de 750 000 patients. Ces informations proviennent d'une intrusion dans le logiciel d'un éditeur, détectée le 5 mars par ses équipes.""", dt.date(2023,3,16), "2023-03-05"),
("""Depuis dimanche, le centre hospitalier de Cornouaille ne peut plus utiliser ses logiciels. Une attaque informatique, dont l'origine reste inconnue, a paralysé le système.""", dt.date(2023,3,14), "2023-03-12"),
("""Le laboratoire Biomed a été victime le 3 mars d'une intrusion dans son système informatique. Le 9 mars, il a prévenu les patients concernés. Une plainte a été déposée le 10 mars.""", dt.date(2023,3,14), "2023-03-03"),
("""C'est une attaque d'une ampleur inédite. Le 17 février, vers 5 heures du matin, les équipes de garde de l'hôpital de Vienne découvrent un message des pirates sur les écrans.""", dt.date(2023,3,2), "2023-02-17"),
("""La société Medisoft, éditeur de logiciels de santé, a été informée le 6 mars d'un accès non autorisé à ses serveurs, intervenu fin février.""", dt.date(2023,3,14), "2023-02"),
("""Le 12 janvier dernier, l'hôpital Nord-Ouest subissait une attaque informatique. Deux mois plus tard, les services ne sont toujours pas revenus à la normale.""", dt.date(2023,3,14), "2023-01-12"),
("""L'Agence du numérique en santé a publié mardi son rapport annuel. En 2022, 592 incidents ont été déclarés par les établissements de santé. Parmi eux, la clinique Pasteur, visée le 2 juin 2022 par un rançongiciel.""", dt.date(2023,3,14), None),
]


@pytest.mark.parametrize("text, published, expected", ARTICLES_MORE, ids=[a[0].splitlines()[0][:40] for a in ARTICLES_MORE])
def test_incident_date_among_other_dates(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Les données dérobées lors de la cyberattaque de 2022 refont surface.", THU, "2022"),
        ("La fuite concerne des patients ayant effectué des prélèvements de 2015 à 2020.", THU, None),
        ("Dans la nuit de mardi 14 à mercredi 15 mars, l'hôpital a été attaqué.", THU, "2023-03-15"),
        ("Les données volées lors de la cyberattaque du 3 décembre ont été mises en ligne le 5 mars.", THU, "2022-12-03"),
        ("Les pirates ont mis en vente le 5 mars les données de l'hôpital.", THU, None),
        ("L'intrusion, survenue au troisième trimestre 2022, a touché la mutuelle.", THU, "2022"),
        ("Le piratage s'est produit en sept. 2022.", None, "2022-09"),
        # "sept" without a day, a dot or a year is a number
        ("La panne a duré pendant sept heures après l'attaque.", THU, None),
        ("Une cyberattaque de sept jours a paralysé la clinique.", THU, None),
    ],
)
def test_years_nights_and_short_month_names(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # A weekday with its day, no month: the latest such day before publication, even weeks later.
        ("Mardi 14, la clinique a été la cible d'un rançongiciel.", THU, "2023-03-14"),
        ("Le centre de dialyse a été piraté dimanche 5, a-t-on appris.", dt.date(2023, 4, 20), "2023-03-05"),
        ("Dans la nuit de lundi 13 à mardi 14, l'hôpital a été attaqué.", THU, "2023-03-14"),
        # "mardi 14h" is a time
        ("L'hôpital a été attaqué mardi 14h.", THU, "2023-03-14"),
    ],
)
def test_weekday_with_its_day(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'attaque, lancée le 3 mars, a touché le CHU.", "2023-03-03"),
        ("La plateforme, lancée en 2020, a été piratée le 3 mars.", "2023-03-03"),
        ("La plateforme de téléconsultation, lancée en 2020, a subi une fuite.", None),
    ],
)
def test_launched_attack_and_launched_service(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N jours après l'attaque" counts back from the date written before it; "N jours plus tôt" too.
        ("L'hôpital a déposé plainte le 5 mars, deux jours après l'attaque.", "2023-03-03"),
        ("Le 5 mars, soit deux jours après la cyberattaque, la clinique a porté plainte.", "2023-03-03"),
        ("Le 10 mars, une semaine après avoir été piraté, l'hôpital fonctionne toujours en mode dégradé.", "2023-03-03"),
        ("Le 10 mars, la société a coupé ses services. Deux jours plus tôt, ses équipes avaient détecté une intrusion.",
         "2023-03-08"),
    ],
)
def test_days_counted_from_another_date(text, expected):
    assert incident(text, THU) == expected


def test_a_trial_date_does_not_give_the_year():
    text = "L'attaque du 3 mars avait paralysé la clinique. Le procès du pirate s'est tenu le 12 juin 2024."
    assert incident(text, None) is None


# Follow-up stories: the data published weeks later, the service restored, the flaw fixed.
ARTICLES_FOLLOW_UP = [
("""Trois semaines après la cyberattaque qui a frappé l'hôpital de Vesoul, les pirates ont diffusé 20 Go de fichiers. L'établissement avait été attaqué dans la nuit du 2 au 3 février.""", dt.date(2023,2,24), "2023-02-03"),
("""Les données de santé de 10 000 patients circulent sur le dark web. Elles proviennent du piratage de la clinique des Lilas, survenu en décembre dernier.""", dt.date(2023,3,1), "2022-12"),
("""Le groupe de pirates a publié ce jeudi une partie des données dérobées au centre hospitalier. L'attaque remonte au 14 janvier.""", dt.date(2023,2,2), "2023-01-14"),
("""Cyberattaque au CISSS de la Montérégie : le réseau informatique est paralysé depuis vendredi. Le ministre de la Santé a tenu un point de presse dimanche.""", dt.date(2023,3,13), "2023-03-10"),
("""L'hôpital de Morges victime d'un piratage informatique
Mardi matin, le personnel de l'hôpital a constaté que les ordinateurs ne répondaient plus. Une demande de rançon a ensuite été découverte.""", dt.date(2023,3,16), "2023-03-14"),
("""Des centaines de dossiers médicaux ont été dérobés au cabinet de radiologie. Un employé a découvert l'intrusion le lundi 6 mars en arrivant au travail.""", dt.date(2023,3,16), "2023-03-06"),
("""Fuite de données : le laboratoire Cerballab alerte ses patients
Le laboratoire a envoyé un courriel à ses patients ce mercredi pour les informer d'un accès frauduleux à leurs données. L'accès illégitime aurait eu lieu entre le 20 et le 24 février.""", dt.date(2023,3,15), "2023-02-20"),
("""La polyclinique du Val a subi une cyberattaque par rançongiciel le 4 janvier 2023. Depuis, ses services fonctionnent en mode dégradé. Le 20 janvier, les pirates ont mis en ligne des documents.""", None, "2023-01-04"),
("""Le centre hospitalier avait été victime d'une cyberattaque en novembre 2022. Trois mois plus tard, l'établissement affirme avoir retrouvé un fonctionnement normal.""", dt.date(2023,2,20), "2022-11"),
("""L'éditeur de logiciel de pharmacie a été piraté. La faille, exploitée depuis le début de l'année, a été corrigée le 8 mars.""", dt.date(2023,3,16), "2023"),
]


@pytest.mark.parametrize("text, published, expected", ARTICLES_FOLLOW_UP,
                         ids=[a[0].splitlines()[0][:40] for a in ARTICLES_FOLLOW_UP])
def test_incident_date_of_a_follow_up_story(text, published, expected):
    assert incident(text, published) == expected


def test_a_title_outside_the_text_dates_the_incident_when_the_body_does_not():
    from healthbreach.extract.extractor import Extractor

    body = ("Le centre hospitalier de Vernon a été victime d'une cyberattaque par rançongiciel. Les urgences "
            "fonctionnent en mode dégradé et les opérations non urgentes sont déprogrammées, selon la direction.")
    extractor = Extractor(use_model=False)
    titled = extractor.extract(body, title="Cyberattaque du 12 mars contre l'hôpital de Vernon", published=THU)
    assert titled.relevant and titled.incident_date.value == "2023-03-12"
    assert titled.incident_date.rule == "dates.title_cue"
    assert extractor.extract(body, title="L'hôpital de Vernon paralysé", published=THU).incident_date is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # Belgian, Swiss and Québec usages
        ("Le CHR a été piraté lundi passé.", "2023-03-13"),
        ("Le centre a été piraté le 13 courant.", "2023-03-13"),
        ("La clinique a été attaquée en date du 3 mars.", "2023-03-03"),
        ("Le réseau hospitalier a été piraté la semaine passée.", "2023-03"),
        ("L'hôpital a été attaqué à la fin du mois passé.", "2023-02"),
        ("Le CISSS a été attaqué jeudi dernier en soirée.", "2023-03-09"),
        ("Le CHUM a subi une cyberattaque en matinée mardi.", "2023-03-14"),
        ("Le centre hospitalier a été attaqué durant la fin de semaine.", "2023-03"),
        ("L'hôpital a été piraté le weekend dernier.", "2023-03"),
        ("Dans la nuit de jeudi à vendredi dernier, la clinique a été attaquée.", "2023-03-10"),
        ("Le laboratoire a été piraté avant-hier soir.", "2023-03-14"),
    ],
)
def test_regional_usages(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "d'autres établissements", "un autre serveur" recall no other attack
        ("L'hôpital a été paralysé, contraint de transférer des patients vers d'autres établissements le 3 mars.",
         "2023-03-03"),
        ("Les fichiers ont été copiés sur un autre serveur le 3 mars.", "2023-03-03"),
        # ... "un autre hôpital avait subi", "d'autres hôpitaux ont été paralysés" do
        ("Il y a deux ans, un autre hôpital avait subi une attaque similaire.", None),
        ("Une autre clinique de la ville avait été piratée le 2 mars.", None),
    ],
)
def test_other_establishments_are_not_always_other_attacks(text, expected):
    assert incident(text, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # No publication date: a weekday with its day and month, before the latest full date, picks the year.
        ("Le CHU a été attaqué le dimanche 5 novembre. Le 22 mars 2024, la direction a annoncé la fin de la crise.",
         "2023-11-05"),
        ("Le CHU a été attaqué le vendredi 8 mars. Le 22 mars 2024, la direction a annoncé la fin de la crise.",
         "2024-03-08"),
        # a weekday that fits neither year: nothing
        ("Le CHU a été attaqué le lundi 5 novembre. Le 22 mars 2024, la direction a annoncé la fin de la crise.", None),
    ],
)
def test_weekday_picks_the_year_without_publication_date(text, expected):
    assert incident(text, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les urgences sont délestées : les patients doivent appeler le 15.",
        "Depuis l'attaque, composez le 15, le Samu répond normalement.",
    ],
)
def test_an_emergency_number_is_no_day(text):
    assert incident(text, THU) is None


def test_a_lead_that_tells_no_attack_gives_no_date():
    assert incident("Titre\nLe 7 mars, le ministre de la Santé a présenté son plan pour les hôpitaux.", THU) is None


def test_days_after_the_attack_count_only_from_a_date_of_their_sentence():
    text = ("Titre\nPublié le 5 janvier 2022\nLe centre hospitalier reste paralysé, une semaine après l'attaque par "
            "rançongiciel du 28 décembre. Les pirates ont publié mardi des documents volés.")
    assert incident(text, dt.date(2022, 1, 5)) == "2021-12-28"


# Session 4: the cue of a date in more wordings, and dates that belong to something else.
@pytest.mark.parametrize("text, published, expected", [
    # the intruder came in on that day (folded "entré" is no "entre ... et ...")
    ("Selon le communiqué diffusé mercredi, l'attaquant est entré le 8 mars par le VPN.", THU, "2023-03-08"),
    ("Les cybercriminels sont entrés samedi dans le réseau de la mutuelle.", THU, "2023-03-11"),
    ("Lundi, un pirate a pris le contrôle de la boîte mail d'une assistante.", THU, "2023-03-13"),
    # what raised the alarm dates the detection
    ("C'est un contrôle des journaux, le 9 mars, qui a mis la puce à l'oreille du service informatique.", THU, "2023-03-09"),
    ("Un technicien a donné l'alerte mardi vers 5 heures.", THU, "2023-03-14"),
    ("Le chiffrement a été déclenché dimanche 12 mars vers 3 heures.", THU, "2023-03-12"),
    # a date after a colon opens another clause: the verb before the colon does not claim it
    ("La clinique a confirmé dans un communiqué : « Mardi matin, nos équipes ont détecté une activité anormale. »",
     THU, "2023-03-14"),
    # the noun after the date completes the verb before it: "informé ce jeudi d'une intrusion"
    ("Le cabinet a informé ses patients ce jeudi d'une intrusion survenue mardi.", THU, "2023-03-14"),
    # a fronted date rules its verb across a relative clause
    ("Depuis mardi, le logiciel de la maison de retraite, qui regroupe notamment les plans de soins et "
     "les traitements des quatre-vingts résidents hébergés, est inaccessible.", THU, "2023-03-14"),
    # a plan's date is not the breach's
    ("Des rendez-vous prévus lundi ont été annulés après la cyberattaque survenue samedi.", THU, "2023-03-11"),
])
def test_incident_date_cues_in_other_words(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a lead opening on "Depuis vendredi," whose next sentence tells the attack
    ("Titre\nDepuis lundi, les soignants de la polyclinique notent tout sur des cahiers. "
     "L'établissement a vu ses serveurs chiffrés par un rançongiciel.", THU, "2023-03-13"),
    # a time told before the date: "Il était 4 heures, dans la nuit de lundi à mardi, quand ..."
    ("Titre\nIl était 4 heures, dans la nuit de lundi à mardi, quand l'infirmière de garde a vu les écrans se figer.",
     THU, "2023-03-14"),
    # the next sentence is the sector's trend: no date
    ("Titre\nDepuis lundi, les soignants notent tout sur des cahiers. "
     "Les cliniques sont de plus en plus souvent visées par des pirates.", THU, None),
])
def test_lead_dates_in_other_words(text, published, expected):
    assert incident(text, published) == expected


def test_count_of_sites_served_is_no_background():
    text = "La société, qui interprète les scanners pour 25 établissements, a vu sa plateforme chiffrée le 12 mars."
    assert incident(text, THU) == "2023-03-12"


@pytest.mark.parametrize("text, published, expected", [
    # counted back from the story, at the month a week's slack stays in
    ("Une dizaine de jours après la cyberattaque, l'hôpital de Verviers fonctionne toujours au ralenti.", dt.date(2023, 3, 28), "2023-03"),
    ("Trois semaines après l'intrusion, la mutuelle a écrit à ses adhérents.", dt.date(2023, 3, 29), "2023-03"),
    # ... and nothing where the slack straddles two months
    ("Une dizaine de jours après la cyberattaque, la clinique a porté plainte.", dt.date(2023, 3, 14), None),
    # a later day told beside it (the leak's publication) does not refine it
    ("Quinze jours après l'attaque du CHU, les pirates ont mis en ligne mardi une partie des fichiers.", dt.date(2023, 3, 30), "2023-03"),
    # a day written before it in the sentence counts it back exactly
    ("La clinique a porté plainte le 9 mars, quatre jours après la cyberattaque.", THU, "2023-03-05"),
])
def test_counted_back_from_the_attack(text, published, expected):
    assert incident(text, published) == expected
