"""Incident and publication dates in press forms the rules misread: a weekday in apposition with its day
("mardi dernier, le 8 octobre"), a cleft ("C'est le 5 mars que ..."), a fronted date before a subordinate
clause ("Dimanche, alors que ..., des individus ont forcé ..."), a breach reported by someone outside
("signalée vendredi par un patient"), access and theft verbs, a recalled incident (a region's earlier
alerts, an attacker targeted by the police, an example told in the pluperfect), a hook before the lead,
and a dateline closing the text. France, Belgium, Switzerland and Québec; own short cases, no article text."""

from __future__ import annotations

import datetime as dt

import pytest

from healthbreach.extract.dates import find_published
from tests.extract.conftest import incident, sentences

WED = dt.date(2024, 10, 16)  # a Wednesday
TUE = dt.date(2024, 5, 28)  # a Tuesday
FRI = dt.date(2024, 11, 22)  # a Friday


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the weekday and its day in apposition are one date: the day written wins over "the last Tuesday"
        ("Tout a commencé mardi dernier, le 8 octobre, quand une secrétaire a ouvert une pièce jointe piégée.", WED, "2024-10-08"),
        ("Le CIUSSS a été victime d'une cyberattaque jeudi dernier, le 3 octobre, selon la direction.", WED, "2024-10-03"),
        ("Les serveurs de la clinique ont été chiffrés lundi, le 7 octobre, vers 4 heures.", WED, "2024-10-07"),
        # a bare weekday still counts back from the publication day
        ("Les serveurs de la clinique ont été chiffrés lundi dernier.", WED, "2024-10-14"),
    ],
)
def test_weekday_in_apposition_with_its_day(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a cleft: the date is the verb's of the "que" clause, however long its subject
        ("C'est le mardi 5 mars que le service informatique de la mutuelle, basée à Namur, a détecté des "
         "modifications suspectes.", dt.date(2024, 3, 14), "2024-03-05"),
        ("C'est dans la nuit du 3 au 4 juin que les pirates, passés par un compte de prestataire, se sont "
         "introduits dans le réseau du CHU.", dt.date(2024, 6, 10), "2024-06-04"),
        ("C'était le 12 février qu'un rançongiciel avait chiffré les serveurs de l'Ehpad.", dt.date(2024, 3, 1), "2024-02-12"),
        # a cleft dating a statement is no breach date
        ("C'est le 5 mars que la clinique a annoncé la fuite à ses patients.", dt.date(2024, 3, 14), None),
    ],
)
def test_cleft_dates_the_following_verb(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a subordinate clause after a fronted date is not the clause the date belongs to
        ("Dimanche, alors que l'officine était fermée, des individus ont forcé la porte de service et sont "
         "repartis avec un ordinateur.", dt.date(2024, 1, 16), "2024-01-14"),
        ("Samedi, pendant que le cabinet était fermé, un inconnu a fracturé une fenêtre et a emporté deux portables.",
         dt.date(2024, 1, 16), "2024-01-13"),
        ("Le 3 mars, lorsque les soignants sont arrivés, les écrans affichaient une demande de rançon : les serveurs "
         "avaient été chiffrés.", dt.date(2024, 3, 10), "2024-03-03"),
        # theft verbs: a door forced, thieves leaving with the computers
        ("Dans la nuit de samedi à dimanche, des cambrioleurs sont repartis avec trois ordinateurs du centre de santé.",
         dt.date(2024, 1, 16), "2024-01-14"),
    ],
)
def test_fronted_date_before_a_subordinate_clause(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a breach reported by someone outside is dated by that report (detection)
        ("La faille a été signalée vendredi par un patient, qui pouvait lire les résultats d'autres personnes.", TUE, "2024-05-24"),
        ("Le problème a été signalé le 3 septembre 2024 par une chercheuse en sécurité.", None, "2024-09-03"),
        ("L'exposition des dossiers avait été signalée lundi par des internautes au laboratoire.", TUE, "2024-05-27"),
        # a report to the authority, or by letter, is no detection: the incident is only known by then (its month)
        ("L'incident a été signalé à la CNIL le 24 mai.", TUE, "2024-05"),
        ("La fuite a été signalée par courrier aux patients vendredi.", TUE, "2024-05"),
    ],
)
def test_breach_reported_by_someone_outside(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Un tiers a eu accès, fin avril, à une partie des informations des patients.", dt.date(2024, 5, 7), "2024-04"),
        ("Un compte administrateur a été utilisé par une personne non autorisée entre le 22 et le 26 avril.",
         dt.date(2024, 5, 7), "2024-04-22"),
        ("Les escrocs avaient obtenu un accès au portail des adhérents le 3 mai.", dt.date(2024, 5, 7), "2024-05-03"),
        ("Des identifiants de soignants ont été utilisés frauduleusement le 12 avril.", dt.date(2024, 5, 7), "2024-04-12"),
        # patients reaching their own results is no access by an intruder
        ("Les patients ont eu accès à leurs résultats le 3 mai.", dt.date(2024, 5, 7), None),
    ],
)
def test_access_by_an_intruder(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # another story recalled: a region's earlier alerts, a background clause, an example in the pluperfect
        ("L'incident intervient alors que la région a connu plusieurs alertes ces dernières années, de l'attaque "
         "d'une clinique en 2021 à la fuite d'un laboratoire en 2023.", None, None),
        ("L'EFS avait déjà dû gérer en 2021 une campagne de faux SMS invitant les donneurs à cliquer sur des liens.",
         TUE, None),
        ("Le groupe, qui avait déjà fait face en 2020 à une attaque, renforce sa sécurité.", TUE, None),
        ("Le groupe LockBit, visé en février par une vaste opération policière, continue de frapper.", TUE, None),
        ("Les hackers, ciblés le 3 mars par une enquête du parquet, ont changé de nom.", TUE, None),
        ("Jeudi dernier, des pirates ont chiffré les serveurs du laboratoire. Le groupe LockBit, pourtant visé en "
         "février par une opération de police internationale, a revendiqué l'attaque.", dt.date(2024, 6, 5), "2024-05-30"),
    ],
)
def test_recalled_incidents_are_not_this_one(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a hook opens the lead; the next sentence tells the attack: a place it names is the story's own
        ("Trois cliniques touchées par une intrusion\nL'enquête est close et le bilan est lourd. Le groupe a confirmé "
         "que trois de ses cliniques avaient été victimes d'une intrusion découverte le 2 avril : la clinique du Parc "
         "et la clinique des Lilas.", dt.date(2024, 4, 16), "2024-04-02"),
        # an example told in the pluperfect about a place the lead never names is another story
        ("Castelnaudary : les données de patients de la clinique consultées\nUn courrier est arrivé chez les patients. "
         "La clinique indique qu'un tiers a eu accès, fin avril, à leurs informations.\nDans la région, plusieurs "
         "établissements ont déjà été confrontés à ce type d'incident. En novembre 2022, le centre hospitalier de "
         "Narbonne avait ainsi découvert qu'un prestataire avait gardé des accès.", dt.date(2024, 5, 7), "2024-04"),
    ],
)
def test_hooks_and_examples(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("Le 22/11/2024 à 06:00", "2024-11-22"),
        ("22 novembre 2024 à 6h00", "2024-11-22"),
        ("Publié le 22-11-2024 à 06h00", "2024-11-22"),
        ("Le 22.11.2024", "2024-11-22"),
    ],
)
def test_dateline_closing_the_text(tail, expected):
    body = ("Cyberattaque au cabinet de radiologie\nLes patients ont reçu un SMS. Le cabinet a été frappé par un "
            "rançongiciel samedi dernier et ses serveurs ont été chiffrés.\nL'ARS suit la situation de près, "
            "indique l'agence dans un communiqué publié dans la journée.\n")
    fact = find_published(sentences(body + tail), None)
    assert fact is not None and fact.value == expected
    assert incident(body + tail, dt.date.fromisoformat(fact.value)) == "2024-11-16"


@pytest.mark.parametrize(
    "text",
    [
        # a reader's comment below the text: its date is no publication day
        "Titre\nUn long paragraphe sur la cyberattaque qui a touché l'hôpital de la ville en novembre.\n"
        "martin75\n24/11/2024 07:57\nCommentaire de lecteur sur l'article.",
        # a dated line followed by more text is no closing dateline
        "Titre\nUn long paragraphe sur la cyberattaque qui a touché l'hôpital de la ville en novembre.\n"
        "Le 22/11/2024\nUne deuxième partie revient sur les conséquences pour les patients de l'hôpital.",
    ],
)
def test_no_closing_dateline(text):
    assert find_published(sentences(text), None) is None


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a group e-mail sent with every address visible, or sent by mistake: the sending is the breach
        ("Le jeudi 4 juillet 2024, le secrétariat du service de diabétologie de l'hôpital a envoyé un courriel à 300 "
         "patients en mettant toutes les adresses en copie visible.", None, "2024-07-04"),
        ("Mardi, une clinique de Namur a adressé une invitation groupée à ses patientes sans masquer les adresses des "
         "destinataires.", dt.date(2024, 7, 10), "2024-07-09"),
        ("Le 3 juin, une infirmière a transmis le planning des patients à un mauvais destinataire.", dt.date(2024, 6, 10), "2024-06-03"),
        # an e-mail that informs the patients is the disclosure, not the breach
        ("Le 3 juin, la clinique a envoyé un courriel à ses patients pour les informer de la fuite.", dt.date(2024, 6, 10), None),
    ],
)
def test_misdirected_group_email(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("Par Jeanne Martin, le 22 novembre 2024 à 6h", "2024-11-22"),
        ("Jeanne Martin | 22/11/2024", "2024-11-22"),
        ("Le Bien Public, 22 novembre 2024", "2024-11-22"),
        ("J.M. avec AFP, le 22.11.2024", "2024-11-22"),
        # a photo's caption or credit dates the picture
        ("Photo d'illustration, 12/05/2019", None),
        ("Archives, 12 mai 2019", None),
    ],
)
def test_signature_or_caption_closing_the_text(tail, expected):
    body = ("Cyberattaque au cabinet de radiologie\nLes patients ont reçu un SMS. Le cabinet a été frappé par un "
            "rançongiciel samedi dernier et ses serveurs ont été chiffrés.\nL'ARS suit la situation de près, "
            "indique l'agence dans un communiqué publié dans la journée.\n")
    fact = find_published(sentences(body + tail), None)
    assert (fact.value if fact else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # detection and the earlier intrusion the story dates: the breach began at the earlier date
        ("Fuite à la mutuelle\nLa mutuelle Horizon a détecté le 27 mai une intrusion dans son réseau. Selon l'enquête, "
         "les pirates y étaient présents depuis le 20 mai.", "2024-05-20"),
        ("Hôpital\nL'attaque a été découverte lundi 3 juin, mais les pirates s'étaient introduits dans le réseau dès le "
         "28 mai.", "2024-05-28"),
        # the story's own incident, with another one recalled after it
        ("Clinique piratée\nLa clinique du Parc a découvert mardi qu'un pirate avait copié des dossiers. Le même groupe "
         "avait visé l'an dernier l'hôpital de Cholet.", "2024-06-04"),
        ("Ehpad : des dossiers volés\nUn ordinateur a été volé dans l'Ehpad des Lilas. Les faits se sont produits dans "
         "la nuit du 1er au 2 juin. En 2022, un vol similaire avait touché un Ehpad voisin.", "2024-06-02"),
        # clefts of a moment of the attack
        ("Cyberattaque\nC'est vendredi soir que les premiers signes sont apparus : les écrans du centre hospitalier se "
         "sont figés.", "2024-05-31"),
        ("Cyberattaque\nC'est un infirmier de nuit qui a donné l'alerte, dimanche vers 3 heures.", "2024-06-02"),
    ],
)
def test_detection_and_recalled_incidents_in_a_story(text, expected):
    assert incident(text, dt.date(2024, 6, 5)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a narrative present: "ouvre une pièce jointe" is the way in (and a "pièce jointe" is no press contact)
        ("Un faux courriel a suffi\nUn simple clic. Le 9 mai, une comptable du laboratoire, à Dax, ouvre une pièce "
         "jointe qui se présente comme une facture.", dt.date(2025, 5, 22), "2025-05-09"),
        ("Le 12 mars, un agent d'accueil de la clinique ouvre un lien reçu par SMS ; le rançongiciel se déploie dans la nuit.",
         dt.date(2025, 3, 20), "2025-03-12"),
        # a state since the attack, told with everyday words
        ("Depuis samedi matin, l'officine fonctionne « à l'ancienne », avec un cahier et une calculatrice.",
         dt.date(2025, 5, 6), "2025-05-03"),
        ("Depuis lundi, les secrétaires du cabinet travaillent à la main.", dt.date(2025, 5, 7), "2025-05-05"),
        # a closing recall of another attack: "rappelle celle qu'avait subie", a hospital named by its patron
        ("Radiologie : des données dérobées\nLe cabinet a été piraté le 9 mai.\nL'attaque rappelle celle qu'avait subie "
         "en 2023 un autre cabinet de Cergy.", dt.date(2025, 5, 22), "2025-05-09"),
        ("Piratage de l'hôpital de Lannion\nUn groupe de pirates a revendiqué jeudi l'attaque qui paralyse "
         "depuis le 2 mars le centre hospitalier de Lannion.\nEn Bretagne, l'hôpital de Brest avait été "
         "frappé en mars 2023 par une attaque revendiquée par un autre groupe.", dt.date(2025, 3, 13), "2025-03-02"),
    ],
)
def test_narrative_present_states_and_closing_recalls(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "recall",
    [
        # a hospital named by a patron of one word, or of two joined by a hyphen, before its town
        "En France, l'hôpital Morvan de Brest avait été frappé en avril 2024 par une attaque revendiquée par un autre groupe.",
        "Dans la région, l'hôpital Pasteur de Colmar avait été visé en mai 2024 par des pirates.",
        "Plus au sud, le centre hospitalier Jacques-Cœur de Bourges avait subi en juin 2024 une attaque semblable.",
    ],
)
def test_a_closing_recall_of_a_hospital_named_by_its_patron(recall):
    text = ("Cyberattaque contre l'hôpital de Lannion\nLe groupe Akira a revendiqué jeudi la cyberattaque qui frappe depuis "
            "le 2 mars le centre hospitalier de Lannion.\n" + recall)
    assert incident(text, dt.date(2025, 3, 13)) == "2025-03-02"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # examples listed with "ou celui de ...": other hospitals' attacks, not this one's date
        ("Cyberattaque : deux hôpitaux du Cher en mode dégradé\nLes hôpitaux de Vierzon et de Saint-Amand fonctionnaient "
         "lundi en mode dégradé après une cyberattaque survenue dans la nuit de samedi à dimanche.\nLes hôpitaux sont "
         "souvent visés. L'hôpital de Cannes en avril 2024 ou celui d'Armentières en février 2024 ont dû fonctionner "
         "plusieurs semaines en mode dégradé.", None, None),
        ("Clinique piratée\nLa clinique a été piratée le 3 juin.\nLe CHU de Rennes en 2022 ou celle de Vannes en 2023 "
         "avaient subi le même sort.", dt.date(2025, 6, 10), "2025-06-03"),
    ],
)
def test_examples_listed_after_the_story(text, published, expected):
    assert incident(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the span of the date is the subject of the lead's first verb, the next sentence tells the attack
        ("Cyberattaque à la clinique\nÀ la clinique du Parc, la journée d'hier a été longue. Dès l'aube, les postes "
         "informatiques ont affiché un écran noir et une demande de rançon.", dt.date(2025, 3, 12), "2025-03-11"),
        ("Le CHU en mode dégradé\nLa nuit de samedi à dimanche a été agitée au CHU. Vers 2 heures, les serveurs ont été "
         "chiffrés par un rançongiciel.", dt.date(2025, 3, 12), "2025-03-09"),
        # not a span that is no date's subject
        ("Cyberattaque à la clinique\nLa journée a été longue à la clinique. Les postes informatiques ont affiché un "
         "écran noir.", dt.date(2025, 3, 12), None),
    ],
)
def test_a_lead_whose_subject_is_the_day(text, published, expected):
    assert incident(text, published) == expected
