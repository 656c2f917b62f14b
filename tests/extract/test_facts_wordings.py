"""Attack types, threat actor and care disruption: wordings of the press, each pattern in several forms of our own.

Each case is written for the project, several wordings per pattern; none is an article
sentence. Blank pipeline: no model needed.
"""

from __future__ import annotations

import pytest

from healthbreach.extract import actors, attacks, care


def types(blank, text: str) -> list[str]:
    return [f.value for f in attacks.find_attack_types(blank(text))]


def actor(blank, text: str) -> str | None:
    fact = actors.find_threat_actor(blank(text), [])
    return fact.value if fact else None


def disrupted(blank, text: str) -> bool | None:
    fact = care.find_care_disrupted(blank(text))
    return None if fact is None else fact.value == "true"


@pytest.mark.parametrize(("text", "expected"), [
    # 'se présenter' is a name only with 'sous le nom / pseudonyme'; 'se faisait appeler' names one
    ("Une intrusion a visé le centre. Les patients doivent se présenter munis de leur carte Vitale.", None),
    ("Le laboratoire a été piraté. Les usagers sont priés de se présenter avec leurs ordonnances.", None),
    ("Le vendeur de la base se présentait sous le pseudonyme de « Grimwald ».", "Grimwald"),
    ("Sur les messageries chiffrées, le suspect se faisait appeler « W1ldcat ».", "W1ldcat"),
    # a participle 'revendiquée' after a word is no 'X revendique'
    ("Le site a subi une attaque DDoS revendiquée par des militants prorusses.", None),
    ("Une panne VPN revendiquée sur un forum a coupé l'accès des soignants.", None),
    # a signed pseudonym, between quotes
    ("Le maître chanteur, qui signe ses messages du pseudonyme « Orion-9 », exige 20 000 euros.", "Orion-9"),
    ("L'offre de vente est signée d'un pseudonyme, « n3mesis », déjà vu sur d'autres fuites.", "n3mesis"),
    ("La lettre est signée du directeur de l'établissement.", None),
])
def test_threat_actor(blank, text, expected):
    assert actor(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ransom is a ransomware attack's, with encryption or a known group or alone
    ("Les serveurs ont été chiffrés et des données volées ; les pirates exigent une rançon.",
     ["ransomware", "exfiltration"]),
    ("Le groupe Medusa réclame une rançon pour ne pas diffuser les données dérobées à l'hôpital.",
     ["ransomware", "exfiltration"]),
    ("Les attaquants demandent une rançon pour rendre l'accès au réseau.", ["ransomware"]),
    # 'chiffrer' as putting a figure on something
    ("La mutuelle a fini par chiffrer l'ampleur du vol de données.", ["exfiltration"]),
    ("Une cyberattaque a visé l'hôpital, qui a chiffré le coût de l'incident à deux millions d'euros.", []),
    # data stolen, named with a definite article, stay stolen under a negation
    ("Le gang exige 2 millions pour ne pas publier les fichiers dérobés au laboratoire.", ["exfiltration"]),
    ("La clinique n'a jamais revu ses dossiers subtilisés par l'intrus.", ["exfiltration"]),
    ("Aucune donnée volée n'a été signalée après l'intrusion.", []),
    # the intruder took data from where he got in
    ("Le pirate s'est introduit dans la messagerie et en a extrait les coordonnées de 900 infirmiers.",
     ["exfiltration"]),
    ("L'attaquant a rebondi vers un serveur de sauvegarde pour y copier des dossiers de patients.",
     ["exfiltration"]),
    ("Depuis la boîte de courriel, l'intrus a pu télécharger des pièces jointes.", ["exfiltration"]),
    ("Les patients peuvent y télécharger leurs résultats d'analyses.", []),
    # a doubt on the theft
    ("Une cyberattaque a visé le cabinet. La question d'un vol de données n'est pas encore tranchée.", []),
    ("Après l'intrusion, la question d'une éventuelle exfiltration reste ouverte.", []),
    # an earlier incident told in the reflexive pluperfect
    ("En mars 2021, les dossiers d'un autre centre s'étaient retrouvés en libre accès sur Internet.", []),
    # a phishing mail that was enough, a third party let in
    ("Un simple courriel piégé a suffi aux pirates pour entrer dans le réseau.", ["phishing"]),
    ("Un compte de test oublié, permettant à des intrus d'accéder au réseau, n'avait jamais été supprimé.",
     ["unauthorized_access"]),
])
def test_attack_types(blank, text, expected):
    assert types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'à reprogrammer', 'fait fermer': an infinitive is no state
    ("Méfiez-vous d'un faux SMS évoquant une « consultation à reprogrammer ».", None),
    ("Prévenue par un chercheur, la société a fait fermer l'accès au serveur le lendemain.", None),
    ("Toutes les consultations du jeudi ont été reprogrammées.", True),
    # support and follow-up went on
    ("La base était exposée en ligne. L'accompagnement des résidents n'a pas été perturbé.", False),
    ("Le suivi des patients à domicile n'a jamais été interrompu, assure la direction.", False),
])
def test_care(blank, text, expected):
    assert disrupted(blank, text) == expected


@pytest.mark.parametrize("text", [
    # a note kept on paper in other words
    "Depuis l'attaque, les kinésithérapeutes notent leurs séances sur papier.",
    "Les infirmières saisissent les constantes au crayon sur des fiches.",
])
def test_paper_notes(blank, text):
    assert disrupted(blank, text) is True


def data_types(blank, text: str) -> set[str]:
    from healthbreach.extract.datatypes import find_data_types
    return {f.value for f in find_data_types(blank(text))}


@pytest.mark.parametrize(("text", "expected"), [
    # the credentials an intruder used are the way in, not data exposed
    ("Muni de ces identifiants, le pirate a consulté les fiches de 500 adhérents : noms et adresses.",
     {"name", "postal_address"}),
    ("En tapant leurs identifiants sur une fausse page, deux agents ont permis le vol des noms des patients.",
     {"name"}),
    ("Les pirates ont testé des couples e-mail et mot de passe issus d'autres fuites ; les noms des clients ont été volés.",
     {"name"}),
    ("Les codes d'accès d'un de nos internes avaient été volés ; les dossiers médicaux ont fuité.",
     {"medical_record"}),
    ("Les identifiants et mots de passe des patients ont été volés.", {"credentials"}),
    # an appointment the patient has, or cancelled, is no exposed data
    ("Après le piratage, les patients qui ont un rendez-vous sont invités à appeler le standard.", set()),
    ("La clinique piratée a dû annuler tous ses rendez-vous du lundi.", set()),
    ("Les noms et les rendez-vous des patients ont été dérobés.", {"name", "appointment"}),
    # what patients must bring is no exposed data
    ("Après l'attaque, les patients sont priés de se présenter avec leur carte d'identité et leurs ordonnances.", set()),
    # a software named by its use
    ("Le rançongiciel a privé les pharmacies de leur logiciel de prescription.", set()),
])
def test_data_types(blank, text, expected):
    assert data_types(blank, text) == expected


@pytest.mark.parametrize("text", [
    # an earlier attack recalled by comparison and a date, or after 'YEAR :', told in the pluperfect
    "Bien des hôpitaux ont vécu cela, à l'image du centre de Brive en mai 2021, auquel le gang LockBit avait réclamé une rançon.",
    "L'agglomération se rappelle l'attaque de sa clinique en juin 2022 : les pirates avaient réclamé une rançon.",
])
def test_recalled_by_comparison(blank, text):
    assert types(blank, text) == [] and actor(blank, text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Les fichiers dérobés contiennent des courriers médicaux et des ordonnances.", {"medical_record", "treatment"}),
    ("La base exposée renfermait les notes prises par les psychologues pendant les séances.", {"medical_record"}),
    ("Les pirates ont publié les noms et les résultats de laboratoire de 2 000 patients.", {"name", "test_result"}),
    ("Noms, diagnostics, agendas de consultation : tout a été mis en ligne.", {"name", "diagnosis", "appointment"}),
])
def test_more_data_words(blank, text, expected):
    assert data_types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the compulsory insurer's name is no illness
    ("Ont été volés le nom et le nom de l'organisme d'assurance maladie obligatoire des assurés.",
     {"name", "health_insurance"}),
    # the patient-record software is a system, not data
    ("Après l'attaque, l'hôpital a récupéré son dossier patient informatisé en trois jours.", set()),
])
def test_insurer_and_software(blank, text, expected):
    assert data_types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le groupe a revendiqué l'attaque sur son site du darknet ; les serveurs ont été chiffrés.", ["ransomware"]),
    ("Le parquet a ouvert une enquête pour accès frauduleux à un système de traitement automatisé de données ; "
     "les serveurs ont été chiffrés.", ["ransomware"]),
])
def test_claim_site_and_charge(blank, text, expected):
    assert types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Les comptes rendus d'analyses de 900 patients ont été dérobés.", {"test_result"}),
    ("Le prestataire, qui héberge le logiciel de suivi des médicaments de vingt cliniques, a été piraté.", set()),
    ("Il suffisait de connaître l'adresse du lien partagé pour consulter les fichiers exposés.", set()),
    ("La Mutuelle du Vercors, complémentaire santé implantée en Isère, a été piratée : les noms ont fuité.",
     {"name"}),
    ("Un assureur santé basé à Lyon a été piraté ; les noms des clients ont été volés.", {"name"}),
    ("Les noms et le nom de la mutuelle des patients ont été volés.", {"name", "health_insurance"}),
    ("Les identifiants ainsi récoltés ont permis aux escrocs de voler les adresses des assurés.", {"postal_address"}),
])
def test_more_data_words_and_non_data(blank, text, expected):
    assert data_types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a negation inside a relative clause between commas covers that clause only
    ("L'agent, dont le nom n'a pas été communiqué, a consulté les diagnostics et les adresses de 400 patients.",
     {"diagnosis", "postal_address"}),
    ("Le prestataire, qui ne souhaite pas s'exprimer, a laissé fuiter les noms des clients.", {"name"}),
    # ... a negation of the main clause still covers it
    ("Les noms, les adresses et les diagnostics n'ont pas été touchés.", set()),
])
def test_negated_aside(blank, text, expected):
    assert data_types(blank, text) == expected


def test_what_a_recipient_could_learn(blank):
    text = ("Le courriel groupé laissait voir toutes les adresses : chacun pouvait ainsi savoir "
            "que les autres étaient soignés pour une maladie chronique.")
    assert "diagnosis" in data_types(blank, text)


def test_reports_and_quotes(blank):
    text = "La base copiée contenait des rapports médicaux et les devis de soins des patients."
    assert data_types(blank, text) == {"medical_record", "treatment"}


@pytest.mark.parametrize("text", [
    "La fraudeuse a obtenu les identifiants d'un agent de la caisse, puis s'en est servie pour se connecter au portail.",
    "Ils ont obtenu les codes d'accès d'un technicien de maintenance, avant de s'en servir pour entrer dans le réseau.",
])
def test_stolen_credentials_then_used(blank, text):
    assert types(blank, text) == ["unauthorized_access"]


@pytest.mark.parametrize(("text", "expected"), [
    # the website back up is the website's: care said unaffected stays unaffected
    ("Le site internet de la clinique était de nouveau accessible le lendemain. Les soins n'ont pas été perturbés.", False),
    ("Le site du centre est à nouveau en ligne depuis mardi.", True),
])
def test_site_back(blank, text, expected):
    assert disrupted(blank, text) is expected


def test_copied_into_a_test_environment(blank):
    text = "La CNIL relève que des dossiers de patients avaient été copiés dans un environnement de test."
    assert "exfiltration" not in types(blank, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("La secrétaire, recrutée en mars et dont le contrat n'a pas été renouvelé, a consulté les diagnostics "
     "de patients qui ne relevaient pas de son service.", {"diagnosis"}),
    ("Les adresses des adhérents, stockées sur un serveur qui n'était pas protégé, ont été copiées.",
     {"postal_address"}),
    ("Les noms et adresses des patients qui ont consulté n'ont pas été touchés.", set()),
])
def test_negated_relative(blank, text, expected):
    assert data_types(blank, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Après l'attaque, une partie des rendez-vous de radiologie ont dû être reportés.", set()),
    ("Le portail étant coupé, les patients peuvent retirer leurs comptes rendus à l'accueil.", set()),
    ("Le piratage vise la troisième mutuelle régionale ; les adresses des adhérents ont fuité.", {"postal_address"}),
])
def test_what_is_not_exposed_data(blank, text, expected):
    assert data_types(blank, text) == expected


def test_recalled_paralysis(blank):
    text = ("Le site de l'association a été saturé. Ce gang n'en est pas à son premier essai : en mai 2022, "
            "il avait paralysé les sites de deux mairies. Les soins n'ont pas été touchés.")
    assert disrupted(blank, text) is False


@pytest.mark.parametrize(("text", "expected"), [
    ("Faute de rançon, le groupe Darkvane a tenu parole : les fichiers de la clinique sont en ligne.", "Darkvane"),
    ("Le gang Nox Umbra avait réclamé une rançon de deux millions d'euros à l'hôpital.", "Nox Umbra"),
    ("Le groupe hospitalier a mis en ligne une foire aux questions pour les patients.", None),
])
def test_group_that_acted(blank, text, expected):
    assert actor(blank, text) == expected
