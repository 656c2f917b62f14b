"""The FINESS registry: the real extract layout, victims linked to establishments, incidents grouped by them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import text

from healthbreach.cli import cli
from healthbreach.store.incidents import incident_id, update_incidents
from healthbreach.store.registry import RegistryError, parse

FIXTURE = Path(__file__).parent / "data" / "etalab-cs1100507-stock-20261201-0339.csv"


def test_the_etalab_extract_is_read_with_its_places():
    rows, skipped = parse(FIXTURE)
    by_number = {r["finess"]: r for r in rows}
    assert skipped == 1 and len(rows) == 5  # the short structureet row; geolocalisation rows are not establishments
    ch = by_number["490000011"]
    assert (ch["name"], ch["long_name"]) == ("CH DE VALMONT", "CENTRE HOSPITALIER DE VALMONT-SUR-LOIRE")
    assert (ch["category"], ch["town"], ch["postcode"], ch["department"], ch["region"]) == (
        "Centre Hospitalier (C.H.)", "Valmont Sur Loire", "49410", "49", "Pays de la Loire")
    assert by_number["490000029"]["town"] == "Valmont Sur Loire"  # CEDEX dropped
    assert by_number["490000029"]["category"] == "Etablissement de Soins Pluridisciplinaire"
    assert by_number["2A0000086"]["region"] == "Corse"


def test_a_file_that_is_no_extract_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("nom;ville\nCH;Valmont\n", "utf-8")
    try:
        parse(bad)
    except RegistryError as exc:
        assert str(exc).startswith(f"{bad}: not a FINESS extract")
    else:
        raise AssertionError("no error")


def incidents(engine) -> dict:
    with engine.connect() as conn:
        return {r.incident_id: r for r in conn.execute(text(
            "SELECT incident_id, victims, n_articles, finess, establishment_category, town, department, region FROM v_incidents"))}


def test_victims_are_linked_and_incidents_grouped_by_establishment(engine, db_url, add_article, tmp_path):
    add_article("https://a/town", published="2025-05-04", victims=["hôpital de Bréville"])
    add_article("https://b/name", published="2025-05-09", victims=["Centre hospitalier Nord Valmontois"])
    add_article("https://c/clinic", published="2025-05-09", victims=["Clinique des Tilleuls"])
    add_article("https://d/unknown", published="2025-05-09", victims=["Mutuelle Ligérienne"])
    update_incidents(engine)
    before = incidents(engine)
    assert len(before) == 4 and all(r.finess is None for r in before.values())  # no registry: names only

    result = CliRunner().invoke(cli, ["registry", "import", str(FIXTURE), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "5 establishments imported" in result.output and "1 malformed row skipped" in result.output
    after = incidents(engine)
    assert len(after) == 3  # the town's hospital and its proper name are one establishment
    hospital = after[incident_id("https://a/town")]
    assert (hospital.n_articles, hospital.finess, hospital.town, hospital.department, hospital.region) == (
        2, "910000045", "Breville", "91", "Île-de-France")
    assert hospital.establishment_category == "Centre Hospitalier (C.H.)"
    assert after[incident_id("https://c/clinic")].finess == "490000029"
    assert after[incident_id("https://d/unknown")].finess is None

    out = tmp_path / "incidents.csv"
    exported = CliRunner().invoke(cli, ["export", "--what", "incidents", "--format", "csv", "--out", str(out), "--db", db_url])
    assert exported.exit_code == 0, exported.output
    header, *lines = out.read_text("utf-8").splitlines()
    assert {"finess", "establishment_category", "town", "department", "region"} <= set(header.split(","))
    assert any("910000045" in line and "Île-de-France" in line for line in lines)


def test_import_of_a_bad_file_says_so_in_one_line(db_url, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["registry", "import", str(bad), "--db", db_url])
    assert result.exit_code == 1
    assert result.output.strip() == f"healthbreach: error: {bad}: empty file, not a FINESS extract"
