"""The extractor end to end, with the model: gating, evidence, output contract."""

import datetime as dt

import pytest

SCHEMA_FIELDS = {"id", "relevant", "victims", "vendors", "published", "incident_date", "records", "records_unit", "data_types"}

BREACH = """Fuite de données : la clinique Sainte-Odile de Vernay piratée

La clinique Sainte-Odile de Vernay a été victime d'une cyberattaque dans la nuit de samedi à dimanche. \
Les pirates ont dérobé les dossiers de 18 250 patients, dont leurs noms, dates de naissance et résultats d'analyses. \
Aucune donnée bancaire n'a été touchée, précise la direction, qui a porté plainte et prévenu la CNIL.

Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Inscrivez-vous à notre newsletter pour recevoir votre mot de passe et vos identifiants."""


@pytest.fixture(scope="module")
def breach(extractor):
    text = BREACH
    return text, extractor.extract(text, published=dt.date(2026, 2, 4))


def test_an_article_without_a_health_breach_gets_no_facts(extractor):
    extraction = extractor.extract("La mairie de Lunel a été victime d'une cyberattaque ; 3 000 administrés concernés.")
    assert extraction.relevant is False
    assert extraction.facts() == []
    record = extraction.to_record("x")
    assert record["victims"] == [] and record["records"] is None and record["evidence"] == []


def test_facts_of_a_health_breach(breach):
    _, extraction = breach
    record = extraction.to_record("b")
    assert SCHEMA_FIELDS <= set(record)
    assert any("Sainte-Odile" in v for v in record["victims"])
    assert not any("CNIL" in v for v in record["victims"] + record["vendors"])
    assert (record["records"], record["records_unit"]) == (18250, "patients")
    assert record["incident_date"] == "2026-02-01"  # "la nuit de samedi à dimanche" before a Wednesday: the Sunday
    assert {"name", "birth_date", "test_result"} <= set(record["data_types"])
    assert "financial" not in record["data_types"]  # negated


def test_every_fact_points_at_its_words(breach):
    text, extraction = breach
    for fact in extraction.facts():
        if fact.rule == "page_metadata":
            continue
        assert fact.sentence in text
        assert text[fact.start:fact.end] in fact.sentence
        assert fact.end > fact.start and fact.rule


def test_page_boilerplate_produces_no_fact(breach):
    text, extraction = breach
    boilerplate_start = text.index("Votre adresse e-mail")
    assert all(f.start < boilerplate_start for f in extraction.facts())
    assert not {"email", "credentials"} & {f.value for f in extraction.data_types}


def test_pipe_gives_one_extraction_per_article_in_order(extractor):
    items = [(BREACH, None, None), ("Un nouveau scanner pour le CHU de Nantes.", None, None), (BREACH, "Titre", None)]
    results = list(extractor.pipe(items))
    assert [r.relevant for r in results] == [True, False, True]
