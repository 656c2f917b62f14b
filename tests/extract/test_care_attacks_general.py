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


# Session 6 (issue 8): the kinds a new blind set showed misread, each in several wordings of our own.
@pytest.mark.parametrize(("text", "expected"), [
    # in through someone's account or remote access
    ("L'intrusion s'est faite par l'accès à distance d'un sous-traitant.", ["unauthorized_access"]),
    ("Une intrusion a été repérée sur le serveur, via le compte d'un prestataire de maintenance.", ["unauthorized_access"]),
    ("La fraude a été menée à partir des comptes de deux de ses agents.", ["unauthorized_access"]),
    ("Une fois en possession des identifiants, les escrocs ont modifié les RIB des assurés.", ["unauthorized_access"]),
    ("Plus de 900 comptes du portail des adhérents avaient été pris en main par des fraudeurs.", ["unauthorized_access"]),
    ("En saisissant leurs codes sur le faux site, deux agents ont permis aux pirates d'accéder à l'intranet.",
     ["unauthorized_access"]),
    # the account let the attackers in to take data: a way in and a theft
    ("Un compte de maintenance, protégé par un mot de passe faible, a permis aux pirates de copier les fichiers.",
     ["exfiltration", "unauthorized_access"]),
    # an insider looking without a reason
    ("Un aide-soignant a consulté sans raison les dossiers de ses voisins.", ["unauthorized_access"]),
    ("Pendant des mois, une secrétaire a fouillé dans les dossiers de 300 patients.", ["unauthorized_access"]),
    # the lure: a wave of fake messages, a copy of the login page
    ("Des comptes de la caisse piratés après une campagne de faux SMS.", ["unauthorized_access", "phishing"]),
    ("Le lien menait vers une copie conforme de la page de connexion du portail.", ["phishing"]),
    ("Des SMS invitaient les assurés à se connecter via un faux site.", ["phishing"]),
    ("Les codes d'accès ainsi récoltés ont servi à entrer dans l'intranet.", ["phishing"]),
    # a trend's list runs on over its commas
    ("Les incidents s'y multiplient, qu'il s'agisse de vols de matériel, d'erreurs d'envoi ou de rançongiciels.", []),
    # stolen access is no stolen data
    ("« Ce sont les accès de nos adhérents qui ont été volés », précise la mutuelle.", ["unauthorized_access"]),
    # a screenshot or a message published by the attackers is no data published
    ("Les hackers ont publié sur Telegram une capture d'écran du site ralenti.", []),
    ("Le collectif a diffusé un message de revendication sur sa chaîne.", []),
    # phishing named as what such a leak may feed, not how it happened
    ("Ce type de fuite alimente très vite des campagnes d'hameçonnage.", []),
    # a doubt survives an aside between commas
    ("Rien n'indique, à ce stade, que les fichiers aient été téléchargés par des tiers.", []),
    ("Rien ne permet, à ce stade, d'affirmer que des données ont été volées.", []),
    # the investigation confirms the scenario: stated
    ("L'enquête confirme le scénario d'une intrusion par l'accès VPN d'un prestataire.", ["unauthorized_access"]),
    # in by an access point, no one's account named: no unauthorized access said
    ("Les pirates sont entrés dans le réseau par un accès VPN.", []),
])
def test_attack_types_session6(blank, text, expected):
    assert types(blank, text) == expected


@pytest.mark.parametrize("text", [
    # earlier incidents of other organisations, told in the pluperfect: not this incident
    "L'affaire rappelle un précédent. En novembre 2022, un hôpital voisin avait été paralysé par un rançongiciel, avec à la clé la publication de données.",
    "Ce n'est pas une première : en 2021, plusieurs caisses avaient déjà été piratées par hameçonnage.",
    "Deux ans plus tôt, une clinique lausannoise avait subi un vol de données, revendiqué par un gang.",
    "Le CHU de la ville voisine avait lui aussi été frappé par un rançongiciel.",
    "Le secteur a déjà été secoué par des incidents graves, dont le vol des dossiers de 300 000 patients.",
])
def test_recalled_incidents_give_nothing(blank, text):
    assert types(blank, text) == []
    assert disrupted(blank, text) is None


@pytest.mark.parametrize("text", [
    # this incident, told in the pluperfect without a year: stated
    "Le 12 mars, les pirates avaient chiffré les serveurs de la clinique.",
    "Lundi, l'hôpital avait été frappé par un rançongiciel.",
])
def test_pluperfect_of_this_incident_is_stated(blank, text):
    assert types(blank, text) == ["ransomware"]


@pytest.mark.parametrize("text", [
    "Ni les soins ni les systèmes internes n'ont été touchés.",
    "Ni les consultations ni le bloc opératoire n'ont été perturbés, assure la direction.",
    "Le service est resté accessible pendant toute la période.",
    "Les agences de la mutuelle sont restées ouvertes toute la semaine.",
    "Les patients ont été pris en charge normalement pendant toute la panne.",
    # the showcase website alone was hit and care said untouched
    "L'attaque ne visait que la vitrine internet. Ni les soins ni les dossiers n'ont été touchés.",
])
def test_no_disruption_session6(blank, text):
    assert disrupted(blank, text) is False


@pytest.mark.parametrize("text", [
    "Seules les urgences sont restées ouvertes.",
    "Le portail n'est pas resté accessible.",
])
def test_not_said_to_go_on(blank, text):
    assert disrupted(blank, text) is not False


@pytest.mark.parametrize(("text", "expected"), [
    # a ransom named as the condition of the threat was demanded
    ("Le gang menace de diffuser les dossiers si une rançon n'est pas versée.", ["ransomware", "exfiltration"]),
    ("Les pirates offrent de restituer les fichiers contre une rançon.", ["ransomware"]),
    ("Aucune rançon ne sera payée, assure la direction.", []),
    # data put online or sold by the attackers, in the passive; an archive circulating on a channel
    ("L'échantillon mis en ligne par le pirate comporte des noms et des adresses.", ["exfiltration"]),
    ("Les fichiers proposés à la vente par le vendeur datent de janvier.", ["exfiltration"]),
    ("Une archive de documents du laboratoire circulait depuis une semaine sur une messagerie chiffrée.", ["exfiltration"]),
    ("Le rapport publié par l'agence recense trente attaques.", []),
])
def test_attack_types_more_session6(blank, text, expected):
    assert types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le collectif Kraken Noir, qui a revendiqué l'intrusion, dit détenir 40 Go.", "Kraken Noir"),
    ("Le groupe NoxLocker, qui avait revendiqué l'attaque vendredi, affirme détenir les données.", "NoxLocker"),
    ("La caisse n'a pas payé la rançon réclamée par le groupe Frost Kraken.", "Frost Kraken"),
    ("Une rançon exigée par le gang Medusa n'a pas été versée.", "Medusa"),
    ("Son auteur, qui signe « Sp3ctr4 », affirme détenir les fichiers.", "Sp3ctr4"),
    ("Un vendeur signant ses annonces « DarkDoc » propose la base à 2 000 dollars.", "DarkDoc"),
    # earlier attacks of a known group, recalled: not this one's actor
    ("En novembre 2022, un hôpital voisin avait été paralysé par le groupe LockBit, avec publication de données.", None),
    ("Le groupe hospitalier, qui a porté plainte, ne commente pas.", None),
])
def test_threat_actor_session6(blank, text, expected):
    from healthbreach.extract import actors
    fact = actors.find_threat_actor(blank(text), [])
    assert (fact.value if fact else None) == expected


@pytest.mark.parametrize("text", [
    # any tense of "no longer having access", "no longer able to", "now taking only ..."
    "Depuis vendredi, les internes n'avaient plus accès au logiciel de prescription.",
    "Le centre d'imagerie n'était plus en mesure de transmettre les comptes rendus.",
    "La maternité n'accueille plus que les accouchements imminents.",
    # working without its own systems
    "Les soignants ont dû travailler trois jours sans leurs outils informatiques.",
    "La clinique fonctionne sans son réseau depuis l'intrusion.",
    # by hand in other words
    "Les admissions sont passées en mode manuel.",
    "Il a fallu basculer sur des procédures manuelles pour les commandes de médicaments.",
    # put off in other words, blood tests and sessions
    "Une vingtaine d'interventions ont été repoussées au mois suivant.",
    "Les séances de dialyse ont été décalées d'une journée.",
    "Les prises de sang à domicile ont été annulées mardi.",
    # systems switched off or unplugged
    "Par précaution, tous les postes ont été débranchés du réseau.",
    "Les ordinateurs du secrétariat sont restés éteints toute la semaine.",
])
def test_disruption_in_other_words_session8(blank, text):
    assert disrupted(blank, text) is True


@pytest.mark.parametrize("text", [
    # "il n'y a (eu) aucun ...": the ne of ne ... aucun belongs to the statement
    "Selon la direction, il n'y a eu aucun impact sur les patients.",
    "Il n'y a pas eu de conséquence pour les résidents, assure l'Ehpad.",
])
def test_no_disruption_session8(blank, text):
    assert disrupted(blank, text) is False


@pytest.mark.parametrize("text", [
    # the group's own sites are this incident's, not "several clinics" of the sector
    "Plusieurs cliniques du groupe ont dû reporter des rendez-vous pendant une semaine.",
    # handed out by hand, no third-party payment
    "À l'officine, on a délivré les médicaments à la main pendant deux jours.",
    "Les pharmaciens ont servi leurs clients sans pouvoir faire de tiers payant.",
])
def test_disruption_of_the_group_and_by_hand_session8(blank, text):
    assert disrupted(blank, text) is True


# Session 8 (issue 8): attack types in wordings of our own that the rules missed.
@pytest.mark.parametrize(("text", "expected"), [
    # a ransom note, a payment asked in crypto-currency, machines locked
    ("Sur chaque écran, une note de rançon donnait une adresse de contact.", ["ransomware"]),
    ("Le message réclamait un paiement en bitcoins sous 72 heures.", ["ransomware"]),
    # a flood of requests
    ("Un déferlement de requêtes a rendu le portail des patients injoignable.", ["ddos"]),
])
def test_attack_types_session8(blank, text, expected):
    assert types(blank, text) == expected


# Session 9: a device lost far from its noun, a ransom asked in the passive, data resold by an insider, a file read
# "sans y être autorisé"; a stolen laptop's "dossiers ... volés" is the theft, not an exfiltration.
@pytest.mark.parametrize(("text", "expected"), [
    ("Une clé USB où figurait la liste des patients suivis en cardiologie a été perdue dans un taxi.", ["theft_loss"]),
    ("Deux portables où se trouvaient des dossiers de patients ont été volés dans la voiture d'un médecin.", ["theft_loss"]),
    ("Une rançon est exigée pour fournir la clé de déchiffrement.", ["ransomware"]),
    # resold: taken out (exfiltration) by someone allowed in (unauthorized_access)
    ("Un agent d'accueil aurait revendu les données de patients à un fichier de prospection.", ["exfiltration", "unauthorized_access"]),
    ("Une aide-soignante a consulté le dossier d'une voisine sans y être habilitée.", ["unauthorized_access"]),
])
def test_attack_types_session9(blank, text, expected):
    assert types(blank, text) == expected
