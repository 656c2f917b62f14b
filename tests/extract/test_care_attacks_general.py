"""Care disruption and attack types in several wordings of the same fact (session 4, issue 8).

Each case is written for the project, in varied verbs, word orders, kinds of organisation and
French-speaking regions; none is an article sentence. Blank pipeline: no model needed.
"""

from __future__ import annotations

import pytest

from healthbreach.extract import attacks, care


def disrupted(blank, text: str) -> bool | None:
    fact = care.find_care_disrupted(blank(text))
    return None if fact is None else fact.value == "true"


def types(blank, text: str) -> list[str]:
    return [f.value for f in attacks.find_attack_types(blank(text))]


@pytest.mark.parametrize("text", [
    # a service of the organisation stopped, whatever its noun
    "Depuis l'attaque, les remboursements des adhérents sont suspendus.",
    "À la mutuelle liégeoise, les paiements ont dû être interrompus pendant une semaine.",
    "Les prélèvements du centre de Nyon sont restés bloqués jusqu'à jeudi.",
    "Le service de prise de rendez-vous par téléphone, très utilisé par les aînés, a été interrompu.",
    "Les agences de la caisse ont fermé leurs guichets deux jours durant.",
    "Le laboratoire a dû reporter ses prélèvements à domicile.",
    # out of action, nothing works, screens black
    "L'offensive a mis à l'arrêt la plateforme de téléconsultation du CIUSSS.",
    "Lundi matin, plus rien ne marchait au secrétariat.",
    "Dès 7 heures, les ordinateurs de l'accueil sont devenus noirs.",
    "Le serveur de la résidence, qui héberge les plans de soins, reste inaccessible.",
    # back to paper in other words, slower results, a fraction of the activity
    "Les infirmières notent désormais les constantes à la main.",
    "Les secrétaires ont ressorti les vieux agendas pour caler les rendez-vous.",
    "Les résultats arrivent avec retard : il faut compter deux jours de plus.",
    "La clinique tourne à 40 % de son activité habituelle.",
    # recovery says there was a disruption
    "Les consultations reprennent progressivement depuis lundi.",
    "La messagerie des médecins est de nouveau opérationnelle.",
    "Une panne ayant perturbé le fonctionnement des urgences a duré trois heures.",
    # results handed over another way, trickling in, paper in other words
    "Les radios sont maintenues, mais les clichés sont remis aux patients sur CD.",
    "Les bilans sanguins sont transmis aux généralistes par téléphone depuis lundi.",
    "Au laboratoire de Mons, les résultats sortent au compte-gouttes.",
    "Les admissions se font encore en partie sur papier.",
    "Le retour à l'informatique a eu lieu jeudi, après dix jours de fiches sur papier.",
    "Les patients ne reçoivent plus leurs résultats par SMS.",
])
def test_disruption_in_other_words(blank, text):
    assert disrupted(blank, text) is True


@pytest.mark.parametrize("text", [
    "Les dons de sang prévus samedi sont maintenus, précise l'établissement.",
    "Les dialyses se sont poursuivies sans la moindre interruption.",
    "La pharmacie continue d'accueillir sa clientèle normalement.",
    "Les cliniques affirment ne connaître aucune perturbation de leurs activités.",
    "La prise en charge des résidents n'a à aucun moment été affectée.",
    "L'utilisation du logiciel de tournées n'a jamais été interrompue.",
    "Les visites à domicile n'ont pas été interrompues, grâce à des plannings imprimés.",
    # an attack explained in general, then care said untouched
    "Le principe : inonder les serveurs de requêtes pour rendre les pages inaccessibles. L'activité n'a pas été affectée.",
    # a remedy closing the attacker's or a file's access is no disruption
    "L'accès frauduleux a été coupé dès le lendemain. Les soins n'ont pas été perturbés.",
    "La fondation a obtenu la fermeture de l'accès au fichier. Les collectes se poursuivent normalement.",
    # the showcase website down, care said untouched
    "Le site internet de l'hôpital a été rendu inaccessible quelques heures. Aucun impact sur les soins.",
])
def test_no_disruption_in_other_words(blank, text):
    assert disrupted(blank, text) is False


@pytest.mark.parametrize(("text", "expected"), [
    # a still-open disruption is no denial
    ("Les urgences ne sont toujours pas rouvertes.", None),
    ("Le standard ne fonctionne plus depuis mardi.", True),
    # the website alone down, nothing else said: a disruption
    ("Le site web de la clinique est resté indisponible toute la journée.", True),
    # a hypothesis of disruption says nothing
    ("Si le serveur devenait inaccessible, les soins passeraient en mode dégradé.", None),
])
def test_care_edge_cases(blank, text, expected):
    assert disrupted(blank, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # someone from outside got in, in several wordings
    ("Les cybercriminels ont eu accès à la base des rendez-vous.", ["unauthorized_access"]),
    ("Un individu a pu accéder au logiciel de facturation du cabinet.", ["unauthorized_access"]),
    ("Les hackers ont ensuite pris le contrôle de la messagerie d'une assistante.", ["unauthorized_access"]),
    ("L'intrus s'est servi du compte d'un interne pour consulter des dossiers.", ["unauthorized_access"]),
    ("Une faille du portail a permis à des inconnus de se connecter aux espaces patients.", ["unauthorized_access"]),
    ("Un agent a consulté sans autorisation les fiches de ses voisins.", ["unauthorized_access"]),
    # the lure that opened the way
    ("Tout a commencé d'un faux mail envoyé au service comptable.", ["phishing"]),
    ("Une infirmière a ouvert un message frauduleux se présentant comme l'assurance maladie.", ["phishing"]),
    ("Le courriel reproduisait la page de connexion de l'intranet.", ["phishing"]),
    # the attackers' claim of theft
    ("Le groupe assure avoir exfiltré 300 gigaoctets de fichiers.", ["exfiltration"]),
    ("Sur son site, le gang prétend détenir les dossiers de 12 000 patients.", ["exfiltration"]),
    # a ransom left unpaid or refused was demanded
    ("L'hôpital n'a pas versé la rançon exigée.", ["ransomware"]),
    ("La direction a catégoriquement refusé de négocier.", ["ransomware"]),
    ("Les fichiers ont été copiés avant le chiffrement des serveurs.", ["ransomware", "exfiltration"]),
    # the lure in more words, a leak countdown, data sent by mistake
    ("Au moyen d'un e-mail frauduleux, un escroc a obtenu le mot de passe d'une comptable.", ["phishing"]),
    ("Tout a découlé d'une vague d'hameçonnage ciblant les secrétariats.", ["phishing"]),
    ("Le gang affiche un compte à rebours de sept jours sur son site.", ["exfiltration"]),
    ("L'agent a joint par erreur le fichier des patients à son message.", ["exposure"]),
    # an account used to copy files is a way in and a theft; one used to recover credentials is no theft
    ("Le compte d'un prestataire a été utilisé pour copier des fichiers de patients.", ["exfiltration", "unauthorized_access"]),
    ("Un faux message a permis aux escrocs de récupérer les identifiants des agents.", []),
    # credentials obtained, then used to get in; data viewed then downloaded
    ("Un escroc a récupéré, grâce à une fausse page, les codes d'accès d'une infirmière, puis s'est connecté au dossier patient.",
     ["unauthorized_access"]),
    ("Les fiches de 800 adhérents ont pu être consultées et téléchargées.", ["exfiltration"]),
])
def test_attack_types_in_other_words(blank, text, expected):
    assert types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # not known yet: neither stated nor denied, even for a presupposed theft
    ("La clinique ignore encore si des données ont été dérobées.", []),
    ("Il est trop tôt pour dire si des fichiers ont été exfiltrés.", []),
    ("Rien n'indique pour l'instant que des informations aient été volées.", []),
    ("La mutuelle ne peut exclure que des données aient été exfiltrées.", []),
    # any intrusion is no unauthorized access; the published data and the shared system are no leak verbs
    ("Les pirates ont pénétré le réseau de la clinique dimanche.", []),
    ("Le rançongiciel a chiffré le système partagé par les trois sites.", ["ransomware"]),
    # a doubt reaches the end of its clause only
    ("L'hôpital, qui cherche à savoir si des données ont fui, a été frappé par un rançongiciel.", ["ransomware"]),
    # another kind of attack named to compare, or the sector's trend
    ("Cette fuite, moins spectaculaire qu'un rançongiciel, reste grave. Le fichier était en libre accès.", ["exposure"]),
    ("Les incidents s'y multiplient, qu'il s'agisse de rançongiciels ou de vols de matériel.", []),
    # a stolen device: 'chiffré' is its protection, not an attack
    ("L'ordinateur portable volé dans la voiture n'avait pas été chiffré.", ["theft_loss"]),
    # the participle agrees with the stolen computer, not the data
    ("Un ordinateur contenant des données de patients volé lors d'un cambriolage.", ["theft_loss"]),
    # a weakly protected account is a way in, not data left open
    ("Les attaquants ont utilisé un compte mal protégé pour accéder au serveur.", ["unauthorized_access"]),
    # a service back online is no exposure
    ("Les résultats sont de nouveau accessibles en ligne depuis mardi.", []),
])
def test_attack_types_read_in_context(blank, text, expected):
    assert types(blank, text) == expected
