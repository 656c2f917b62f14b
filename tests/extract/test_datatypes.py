"""Exposed data types: cues in an exposure context, negations, exceptions and page furniture."""

from __future__ import annotations

import pytest
import spacy

from healthbreach.extract.datatypes import find_data_types

NLP = spacy.blank("fr")
NLP.add_pipe("sentencizer")


def codes(text: str) -> set[str]:
    return {f.value for f in find_data_types(NLP(text))}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les pirates ont dérobé les noms, prénoms et dates de naissance des patients.", {"name", "birth_date"}),
        ("La base volée contient l'adresse e-mail et le numéro de téléphone de chaque client.", {"email", "phone"}),
        ("Le fichier comporte des coordonnées (adresse postale, téléphone, courriel) et le NIR.",
         {"postal_address", "phone", "email", "social_security_number"}),
        ("Parmi les données subtilisées figurent leurs coordonnées.", {"contact_details"}),
        ("Les données exposées incluent l'identité du patient et le nom de son médecin traitant.", {"name", "practitioner"}),
        ("Les résultats de tests PCR de milliers de personnes étaient consultables en ligne.", {"test_result"}),
        ("Le document en vente mentionne le groupe sanguin et la mutuelle des donneurs.", {"blood_type", "health_insurance"}),
        ("Les dossiers piratés font état de pathologies, d'une grossesse ou du VIH.", {"diagnosis"}),
        ("Les ordonnances et traitements médicamenteux des patients ont fuité.", {"treatment"}),
        ("Les informations liées à 3 000 rendez-vous ont été piratées.", {"appointment"}),
        ("Des identifiants et mots de passe de soignants ont été publiés sur un forum.", {"credentials"}),
        ("Les pirates ont récupéré des RIB et des copies de pièces d'identité.", {"financial", "id_document"}),
        ("Le sexe et l'âge des malades étaient accessibles sans authentification.", {"gender", "birth_date"}),
        ("La mutuelle a confirmé le vol des noms et IBAN de ses adhérents.", {"name", "financial"}),
        ("Les pirates ont volé le nom, la mutuelle et la carte Vitale des patients.",
         {"name", "health_insurance", "social_security_number"}),
        ("Les informations dérobées comprennent l'état civil, le nom de l'assureur santé et les garanties du contrat.",
         {"name", "health_insurance"}),
        ("Le groupe a mis en ligne des données de santé et des numéros de sécurité sociale.",
         {"medical_record", "social_security_number"}),
        ("Des bilans sanguins ont été publiés sur le dark web.", {"test_result"}),
        # A cue word inside a name is not exposed data; a list in title case is.
        ("Le fichier copié appartient au centre Imagerie du Golfe et contient des numéros de téléphone.", {"phone"}),
        ("Le fichier volé contient : Nom, Prénom et Adresse.", {"name", "postal_address"}),
        # The insurer speaking, an idiom: no data.
        ("Les pirates ont volé les noms des assurés, mais la mutuelle évoque un incident limité.", {"name"}),
        ("Les pirates ont volé les noms des adhérents du nom d'un prestataire.", {"name"}),
        ("Paris (AFP) - La mutuelle Solimut a subi une cyberattaque qui a pu exposer les noms de ses adhérents.", {"name"}),
        ("Les données concernées sont les suivantes :\n- nom et prénom\n- date de naissance\n- numéro de sécurité sociale",
         {"name", "birth_date", "social_security_number"}),
        ("Un serveur a laissé en libre accès 8 000 comptes rendus. Les documents mentionnent l'identité et les traitements.",
         {"medical_record", "name", "treatment"}),
        ("Le serveur a exposé les numéros de téléphone des patients et les noms de leurs médecins.", {"phone", "practitioner"}),
        ("Les données copiées incluent l'identité des patients et la date de l'hospitalisation.", {"name", "appointment"}),
        ("Le document exposé liste 3 211 patients opérés : nom, date de naissance et type d'intervention.",
         {"name", "birth_date", "appointment"}),
        ("Fuite de données : la mutuelle des étudiants LMDE touchée, les noms des adhérents exposés.", {"name"}),
        ("Des données de 2 900 agents ont été publiées par les pirates. Il s'agit de noms et de numéros de sécurité sociale.",
         {"name", "social_security_number"}),
        ("Les informations dérobées incluent le sexe et la spécialité du praticien consulté.", {"gender", "practitioner"}),
        # A condition ("si une rançon n'est pas payée") does not negate the threat's data.
        ("Les pirates menacent de publier des photos de patientes si une rançon n'est pas payée.", {"medical_record"}),
        ("Les données comprennent la date de naissance et le nom de l'organisme complémentaire.", {"birth_date", "health_insurance"}),
        ("La cyberattaque a touché le logiciel et bloqué la délivrance de médicaments dans les officines.", set()),
        ("La société de gestion des rendez-vous a été piratée : les numéros RPPS des médecins ont été dérobés.", {"practitioner"}),
        ("Les pirates ont pu consulter les ordonnances et l'historique des consultations.", {"treatment", "appointment"}),
        ("Les dossiers aspirés incluent les motifs des consultations et les comptes rendus.", {"appointment", "medical_record"}),
    ],
)
def test_exposed_codes(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les noms des patients ont été volés, mais aucune donnée médicale n'a été dérobée.", {"name"}),
        ("Les adresses e-mail ont fuité. Aucun mot de passe n'a pu être lu.", {"email"}),
        ("Les numéros de téléphone ont été exposés, sans que les données bancaires soient concernées.", {"phone"}),
        ("La fuite ne concerne pas les dossiers médicaux, selon l'hôpital qui a été piraté.", set()),
        ("Les coordonnées bancaires n'ont pas été touchées par le piratage.", set()),
        ("Selon l'hôpital, seules des données administratives et les noms ont été copiés, et non des données médicales.",
         {"name"}),
        ("Toutes les données des patients ont été volées sauf leurs coordonnées bancaires : noms, adresses.",
         {"name", "postal_address"}),
        # A headline topic the body denies; the elided "qu'aucune" still negates.
        ("Données de santé : l'éditeur piraté\nL'éditeur assure qu'aucune donnée de santé n'a été exfiltrée, mais les noms ont fuité.",
         {"name"}),
        # A stop word inside the negation does not end it.
        ("Les noms ont été copiés. Les pirates n'ont en revanche pas eu accès aux comptes rendus médicaux.", {"name"}),
        ("Les noms ont fuité ; aucune autre donnée médicale que celles liées au dépistage n'a été compromise.",
         {"name", "test_result"}),
    ],
)
def test_negations_are_not_exposures(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le fichier volé contient les noms des assurés. Ils sont parfois accompagnés du numéro de sécurité sociale.",
         {"name", "social_security_number"}),
        ("Des milliers d'ordonnances ont été consultées. Elles mentionnent le nom du médecin prescripteur.",
         {"treatment", "practitioner"}),
    ],
)
def test_list_continued_in_next_sentence(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour prendre rendez-vous, il faut donner son nom et son téléphone.",
        "La clinique a été piratée. Elle recommande la modification des mots de passe.",
        "Une fuite de données personnelles a touché l'hôpital.",
        "Le CHU a été piraté.\nLaisser un commentaire\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Abonnez-vous à la newsletter : votre adresse e-mail et votre nom suffisent.",
    ],
)
def test_no_exposure_no_code(text: str) -> None:
    assert codes(text) == set()


def test_one_fact_per_code_with_its_first_evidence() -> None:
    text = "Les noms des patients ont fuité. Les noms des médecins aussi ont été volés."
    facts = [f for f in find_data_types(NLP(text)) if f.value == "name"]
    assert len(facts) == 1
    assert text[facts[0].start : facts[0].end] == "noms"
    assert facts[0].sentence == "Les noms des patients ont fuité."


# Lists as real press writes them, and words that only look like exposed data.

@pytest.mark.parametrize(
    "text, expected",
    [
        # A list with no verb that opens its sentence.
        ("Le laboratoire a été piraté.\nNom, date de naissance, numéro de sécurité sociale, nom de la mutuelle : "
         "tout figure dans le fichier.", {"name", "birth_date", "social_security_number", "health_insurance"}),
        ("Des adresses postales, des numéros de téléphone ou encore des RIB... La clinique a découvert l'incident lundi.",
         {"postal_address", "phone", "financial"}),
        # A question about the exposed data, answered in the next sentence.
        ("Quelles sont les informations concernées ? « Le nom, le prénom et le résultat du dépistage des patients. »",
         {"name", "test_result"}),
        # A later sentence of the paragraph that said the data were published.
        ("Des dossiers de patients ont été mis en ligne par les pirates. Le document décrit leur hospitalisation. "
         "On peut aussi y voir leurs traitements et leurs antécédents.", {"treatment", "diagnosis"}),
        # "n'ont pas été épargnées" says they were exposed.
        ("Les noms, les adresses e-mail et les numéros de téléphone n'ont malheureusement pas été épargnés.",
         {"name", "email", "phone"}),
        # Misdirected mail.
        ("Les numéros de sécurité sociale de 30 patients ont été envoyés par erreur à un autre patient.",
         {"social_security_number"}),
        ("En ouvrant la pièce jointe, il tombe sur les noms et dates de naissance de dizaines de patients.",
         {"name", "birth_date"}),
        ("Un fichier contenant les échanges privés entre les patients et leurs psychologues a été volé.", {"medical_record"}),
        ("Les pirates ont volé des informations sur l'assurance maladie des patients.", {"health_insurance"}),
        ("Les données exposées incluent les raisons de consultation et les numéros de téléphone.", {"appointment", "phone"}),
        ("Le fichier volé contient des coordonnées de contact (numéro de téléphone, adresse électronique).", {"phone", "email"}),
        # "adressés" is the verb, "identités" the noun: only the accent of the verb's ending tells them apart.
        ("Les identités des patients ont été volées dans les courriers adressés à la clinique.", {"name"}),
        ("La clinique a envoyé par erreur un courriel contenant les noms et les numéros de téléphone de 300 patients.",
         {"name", "phone"}),
    ],
)
def test_lists_as_the_press_writes_them(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dans un message adressé à ses clients, la pharmacie indique que le piratage a été contenu.",
        "Le retard concernant les remboursements envoyés par courrier et par e-mail sera résorbé après la cyberattaque.",
        "Les patients ont dit avoir reçu des courriels de pirates exigeant une rançon.",
        "Le prestataire piraté assure que les données sont stockées chez un hébergeur de données de santé agréé.",
        "Les pirates ont procédé par usurpation d'identité de professionnels de santé pour accéder au portail.",
        "Sont concernés les patients ayant reçu des soins à domicile ou ayant consulté aux urgences en mars.",
        "Le logiciel piraté permet de gérer le dossier médical et la gestion des prescriptions des cabinets.",
        # Whether the data were taken is left open.
        "Le centre n'a pas précisé si des résultats d'analyses figuraient parmi les données volées.",
        # The mutual insurers are the company's customers, a mail the vehicle of the leak.
        "Un prestataire de mutuelles a été piraté.",
        "La fuite touche des assurés de plusieurs complémentaires santé.",
        # Credentials used to get in are the way of the attack, not data exposed.
        "Les pirates ont utilisé les identifiants d'une secrétaire, volés par hameçonnage, pour entrer dans le réseau.",
    ],
)
def test_words_that_only_look_like_exposed_data(text: str) -> None:
    assert codes(text) == set()


def test_a_quote_after_a_colon_is_no_list_unless_the_colon_announces_data() -> None:
    text = ("Après la fuite, le directeur a déclaré :\n"
            "« Nous avons prévenu nos patients et changé tous les mots de passe des agents. »")
    assert codes(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # Swiss, Belgian and Québec social-security numbers.
        ("Les fichiers volés contiennent le nom et le numéro AVS des patients.", {"name", "social_security_number"}),
        ("Les pirates ont dérobé les numéros de registre national de 3 000 patients.", {"social_security_number"}),
        # Postal and electronic addresses in one phrase; practitioners consulted.
        ("Les informations volées portent sur les adresses postales et électroniques des adhérents.", {"postal_address", "email"}),
        ("Les attaquants ont pu voir l'historique des rendez-vous et les praticiens consultés.", {"appointment", "practitioner"}),
        # The list carried on by the documents' own sentence, in the imperfect or after an incise.
        ("Des comptes rendus étaient exposés en ligne. Ils mentionnaient les noms et les dates de naissance des patients.",
         {"medical_record", "name", "birth_date"}),
        ("Un serveur laissait accessibles des comptes rendus. Les documents, qui portent sur 900 patients, mentionnent leur nom.",
         {"medical_record", "name"}),
    ],
)
def test_national_numbers_and_carried_lists(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


# Session 4: an e-mail that is a message, and the credentials that were the way in, name no exposed data.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Un pirate a volé les noms des patients après qu'un agent a ouvert un courriel piégé.", {"name"}),
        ("Les dossiers de 300 patients ont été consultés via la boîte mail d'une secrétaire.", set()),
        ("Un e-mail frauduleux a permis de dérober les numéros de sécurité sociale.", {"social_security_number"}),
        ("Selon un courriel adressé aux assurés, leurs adresses postales ont été copiées.", {"postal_address"}),
        ("Le pirate a utilisé le compte d'une infirmière dont le mot de passe avait été volé, puis a copié les ordonnances.",
         {"treatment"}),
        ("Les identifiants d'un prestataire, dérobés l'an dernier, ont servi à extraire les dates de naissance.",
         {"birth_date"}),
        ("Les attaquants ont testé des couples identifiant-mot de passe volés ailleurs et ont vu les rendez-vous.",
         {"appointment"}),
        # the people's own e-mail addresses and credentials are still data exposed
        ("Les noms, courriels et mots de passe des utilisateurs du portail ont été dérobés.", {"name", "email", "credentials"}),
        ("Le fichier volé contient l'e-mail et le téléphone de chaque adhérent.", {"email", "phone"}),
    ],
)
def test_message_and_way_in_are_no_data(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le pirate a pu voir les coordonnées téléphoniques des affiliés.", {"phone"}),
        ("Les documents volés mentionnent la date et nature de l'intervention et le nom du chirurgien.", {"appointment", "practitioner"}),
        ("Le fichier exposé comprenait les soins prescrits aux patients.", {"treatment"}),
        ("Les clichés étaient accessibles à quiconque connaissait la bonne adresse internet.", set()),
    ],
)
def test_more_data_wordings(text, expected):
    assert codes(text) == expected


# Session 6: what a new blind set showed misread, each kind in several wordings of our own.
@pytest.mark.parametrize(
    "text, expected",
    [
        # seeing or reading the data is an exposure
        ("Les fraudeurs ont pu voir les noms et les dates de naissance des usagers.", {"name", "birth_date"}),
        ("L'intrus pouvait lire l'adresse électronique et le numéro de téléphone des clients.", {"email", "phone"}),
        ("Chaque destinataire a vu les adresses e-mail des autres patients.", {"email"}),
        ("Une fois connectés, les escrocs ont pu consulter le nom et le numéro de compte bancaire des affiliés.",
         {"name", "financial"}),
        # an e-mail's recipients in visible copy are e-mail addresses, not postal ones
        ("Le message a été envoyé à 400 patients en mettant toutes les adresses en copie visible.", {"email"}),
    ],
)
def test_exposure_wordings_session6(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "à domicile" says where care is given, never an address
        ("L'ordinateur volé contenait des ordonnances de patients soignés à domicile.", {"treatment"}),
        ("Le fichier exposé recense les patients suivis à domicile et leurs traitements.", {"treatment"}),
        # the contact details of an insurer or a bank are not the person's
        ("Les fichiers volés comportent leur nom et les coordonnées de leur mutuelle.", {"name", "health_insurance"}),
        ("La base dérobée contient l'identité des clients et les coordonnées de leur banque.", {"name"}),
        # no access any more is no exposure
        ("Plus de téléphone, plus d'accès au dossier patient : l'hôpital tourne au ralenti.", set()),
        ("Les trois résidences ont perdu l'accès à leur dossier de soins.", set()),
        # an e-mail as a message, in advice
        ("Méfiez-vous des appels et courriels se réclamant de la clinique : ce type de fuite sert aux escrocs.", set()),
        ("Des e-mails prétendant venir de la caisse circulent depuis la fuite.", set()),
    ],
)
def test_not_exposed_session6(text, expected):
    assert codes(text) == expected


def test_contact_details_yield_to_their_breakdown():
    # "coordonnées" in a headline, then the body lists them: the listed codes say it better (SCHEMA.md)
    text = ("Les coordonnées de 9 000 donneurs exposées en ligne.\n\n"
            "Le fichier accessible comportait le nom, le numéro de téléphone et l'adresse électronique de chaque donneur.")
    assert codes(text) == {"name", "phone", "email"}
    assert codes("Parmi les données subtilisées figurent leurs coordonnées et leur date de naissance.") == {
        "contact_details", "birth_date"}


def test_login_words_in_a_sentence_are_no_furniture():
    text = ("Les identifiants récoltés ont permis aux escrocs de se connecter aux comptes et d'y consulter le nom "
            "et l'adresse des affiliés.")
    assert {"name", "postal_address"} <= codes(text)
    assert codes("Se connecter") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les escrocs ont pu y voir le nom et le numéro de téléphone des membres.", {"name", "phone"}),
        ("Le pirate a pu extraire les noms et les dates de naissance de 5 000 assurés.", {"name", "birth_date"}),
        # a laptop is no phone number
        ("L'ordinateur portable volé contenait les ordonnances des patients.", {"treatment"}),
        ("Un PC portable dérobé renfermait les dossiers médicaux de la maison de santé.", {"medical_record"}),
        # the insurer speaking after a quote is no insurance data
        ("« Aucune donnée de santé n'a été consultée », insiste la mutuelle.", set()),
        # passwords reset are a remedy; passwords stolen, then changed, were exposed
        ("Le compte a été bloqué et tous les mots de passe des agents réinitialisés.", set()),
        ("Les mots de passe volés ont été changés depuis.", {"credentials"}),
        # an earlier incident recalled is not this one's data
        ("En 2021, la clinique voisine avait déjà subi une fuite de résultats d'analyses.", set()),
        ("Deux ans plus tôt, un laboratoire avait vu fuiter les noms de ses patients.", set()),
    ],
)
def test_more_wordings_session6(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the weak password of the account used to get in is the way in, not data exposed
        ("Un compte de support, protégé par un mot de passe faible, a permis d'extraire les noms des patients.", {"name"}),
        ("Le serveur, sécurisé par un simple mot de passe, contenait les adresses des adhérents.", {"postal_address"}),
        # the cover subscribed is insurance data
        ("Les informations volées portent sur les noms et les garanties souscrites.", {"name", "health_insurance"}),
    ],
)
def test_way_in_and_cover_session6(text, expected):
    assert codes(text) == expected


def test_a_sentence_ending_on_the_next_ones_quote_is_prose():
    # the body's exposure outweighs a denial elsewhere even when the sentencizer leaves the next quote on it
    text = ("Les informations volées portent sur les noms et les garanties souscrites. « Rien d'autre », dit-elle.\n"
            "Le prestataire, qui travaille pour d'autres mutuelles, n'a pas dit si elles étaient concernées.")
    assert codes(text) == {"name", "health_insurance"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a published file or sample holds data, whatever verb follows ("montrent", "laissent voir")
        ("Les fichiers publiés montrent des noms, adresses et numéros de sécurité sociale.",
         {"name", "postal_address", "social_security_number"}),
        ("Les échantillons publiés laissent voir des dates de naissance et des courriels.", {"birth_date", "email"}),
        # what a mailbox or a folder held ("y / dans ce dossier se trouvaient ...")
        ("Dans cette messagerie se trouvaient des échanges avec 300 adhérents : noms, adresses postales et un RIB.",
         {"name", "postal_address", "financial"}),
        ("Le pirate a ouvert le dossier partagé ; y figuraient des pièces d'identité.", {"id_document"}),
    ],
)
def test_exposure_wordings_session8(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La clinique a publié un communiqué donnant le nom de son nouveau directeur.",
        "Le centre se trouve au centre-ville, à l'adresse indiquée sur son site.",
    ],
)
def test_not_exposed_session8(text):
    assert codes(text) == set()
