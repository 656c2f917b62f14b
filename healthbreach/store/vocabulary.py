"""The data-type codes (those of the gold SCHEMA) with a French label and the words articles use for each.

One table for the dataset card, the report's labels, the Datasette metadata
and docs/schema.md's vocabulary section. The cues say what an analyst will
read in the press; the extractor's own cue lists live in extract/data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataType:
    code: str
    label: str  # French, for readers of the report
    meaning: str  # English, for the dataset card
    cues: str  # French words an article may use (not exhaustive)


DATA_TYPES: dict[str, DataType] = {t.code: t for t in [
    DataType("name", "nom et prénom", "the person's name", "nom, prénom, identité, état civil"),
    DataType("birth_date", "date de naissance", "date of birth or age", "date de naissance, né le, âge"),
    DataType("gender", "sexe", "sex or gender", "sexe, genre, civilité"),
    DataType("postal_address", "adresse postale", "postal address", "adresse, adresse postale, domicile, lieu de résidence"),
    DataType("email", "adresse électronique", "e-mail address", "adresse e-mail, mail, courriel, adresse électronique"),
    DataType("phone", "numéro de téléphone", "telephone number", "téléphone, numéro de portable, mobile"),
    DataType("contact_details", "coordonnées", "contact details not broken down further", "coordonnées, informations de contact"),
    DataType("social_security_number", "numéro de sécurité sociale", "French social security number (NIR)",
             "numéro de sécurité sociale, NIR, numéro de carte Vitale"),
    DataType("health_insurance", "assurance maladie ou mutuelle", "health insurer or complementary cover",
             "mutuelle, complémentaire santé, caisse d'assurance maladie, organisme payeur"),
    DataType("medical_record", "dossier ou documents médicaux", "medical records or health data in general",
             "dossier médical, comptes rendus, documents médicaux, données de santé"),
    DataType("diagnosis", "diagnostic ou pathologie", "diagnosis, illness or health condition",
             "pathologie, maladie, état de santé, diagnostic"),
    DataType("treatment", "traitement", "treatment, medicines, prescriptions", "traitement, médicaments, ordonnance, prescription"),
    DataType("test_result", "résultats d'examens", "test or lab results", "résultats d'analyses, de tests, de dépistage, bilans"),
    DataType("blood_type", "groupe sanguin", "blood group", "groupe sanguin, rhésus"),
    DataType("practitioner", "professionnels de santé", "names or details of health professionals",
             "médecin traitant, nom des soignants, numéro RPPS"),
    DataType("appointment", "rendez-vous", "appointments and visits", "rendez-vous, date de consultation, motif de venue"),
    DataType("credentials", "identifiants de connexion", "login credentials", "identifiants, mots de passe, login"),
    DataType("financial", "données bancaires", "bank or card details", "IBAN, RIB, carte bancaire, coordonnées bancaires"),
    DataType("id_document", "pièce d'identité", "identity documents", "carte d'identité, passeport, titre de séjour"),
]}


def label(code: str) -> str:
    """The French label of a code; an unknown code is shown as it is."""
    entry = DATA_TYPES.get(code)
    return entry.label if entry else code
