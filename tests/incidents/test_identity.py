"""Who is who across articles: generic institution types, qualified names, long expansions."""

from __future__ import annotations

import pytest

from healthbreach.store.identity import generic, learn_aliases, name_keys, qualify, same_victim
from healthbreach.store.incidents import incident_id, update_incidents

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.store.incidents import rebuild_incidents
from healthbreach.store.models import NameAlias

from .conftest import filler, make_adder
from .test_incremental import state


@pytest.mark.parametrize("name", ["CISSS", "le CIUSSS", "CHU", "CH", "l'ARS", "EHPAD", "CPAM", "GHT", "CLSC",
                                  "l'hôpital", "la clinique", "centre hospitalier universitaire"])
def test_a_bare_institution_type_names_no_one(name):
    assert generic(name)
    assert name_keys(name) == set()
    assert not same_victim(name, name)
    assert not same_victim(name, f"{name} de Bréville")


@pytest.mark.parametrize("name", ["CISSS de Laval", "CISSSMC", "CHU de Rennes", "Assurance maladie", "ARS Occitanie",
                                  "EHPAD Les Glycines", "hôpital Simone-Veil", "GHT Cœur de Loire"])
def test_a_qualified_institution_is_a_name(name):
    assert not generic(name)
    assert name_keys(name)


def test_two_regions_bodies_of_one_type_stay_apart():
    assert not same_victim("CISSS des Laurentides", "CISSS de Lanaudière")
    assert not same_victim("CIUSSS de l'Estrie", "CISSS de l'Outaouais")
    assert same_victim("CISSS des Laurentides", "Centre intégré de santé et de services sociaux des Laurentides")


def test_the_text_qualifies_an_institution_type_once():
    text = ("Le CISSS des Laurentides a confirmé une fuite. Un sous-traitant du CISSS des Laurentides est en cause, "
            "rapporte l'agence, et le CHU de Bréville n'est pas touché.")
    assert ("centre integre sante services sociaux", "CISSS des Laurentides") in qualify(text)
    assert ("centre hospitalier universitaire", "CHU de Bréville") in qualify(text)
    assert not [q for _h, q in qualify("Une PME de Lyon et le plus de Paris.")]


def test_a_long_expansion_teaches_its_acronym():
    text = ("Un fournisseur du Centre intégré de santé et de services sociaux de la Haute-Rive-Nord (CISSSHRN) "
            "a été piraté en juin.")
    assert ("Centre intégré de santé et de services sociaux de la Haute-Rive-Nord", "CISSSHRN") in learn_aliases(text)


def test_bare_types_do_not_group_two_regions_but_qualified_uses_do(engine, add_article):
    # Two Québec bodies, each reported by an extractor that kept only the type: months apart but with
    # close incident dates, they must not meet; each joins the reports that name it fully.
    add_article("https://a/laurentides", published="2025-02-14", incident_date="2025-01", victims=["CISSS"],
                text="Le CISSS des Laurentides annonce une fuite chez un fournisseur de sondages. " + filler())
    add_article("https://b/laurentides", published="2025-02-20", victims=["CISSS des Laurentides"])
    add_article("https://c/lanaudiere", published="2025-07-10", incident_date="2025-01-20", victims=["CISSS", "CISSSL"],
                text="Le CISSS de Lanaudière (CISSSL) avise des usagers d'un incident chez un sous-traitant. " + filler())
    add_article("https://d/lanaudiere", published="2025-07-11", victims=["Centre intégré de santé et de services sociaux de Lanaudière"])
    add_article("https://e/chu", published="2025-07-12", victims=["CHU"], text=filler())  # no qualifier: no one
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert len(incidents) == 3
    assert incidents[incident_id("https://a/laurentides")][3] == 2
    assert incidents[incident_id("https://c/lanaudiere")][3] == 2


def test_a_text_naming_two_establishments_of_the_type_leaves_the_bare_name_unresolved(engine, add_article):
    add_article("https://a/two", published="2025-03-01", victims=["CHU"],
                text="Le CHU de Bréville et le CHU de Portival comparent leurs plans de secours. " + filler())
    add_article("https://b/breville", published="2025-03-02", victims=["CHU de Bréville"])
    add_article("https://c/portival", published="2025-03-02", victims=["CHU de Portival"])
    update_incidents(engine)
    assert len(state(engine)["incidents"]) == 3


@pytest.mark.parametrize(("text", "pair"), [
    ("Les urgences de l'hôpital Marie-Curie de Portival sont saturées.", ("hôpital Marie-Curie", "hôpital de Portival")),
    ("La clinique des Tilleuls, à Bréville, a porté plainte.", ("clinique des Tilleuls", "clinique de Bréville")),
    ("Le CH Haute-Vallée situé à Montaigu-sur-Aube a été visé.", ("CH Haute-Vallée", "hôpital de Montaigu-sur-Aube")),
    ("Le laboratoire Bioval d'Andrézieux a perdu des résultats.", ("laboratoire Bioval", "laboratoire de Andrézieux")),
])
def test_an_article_places_a_named_establishment_in_its_town(text, pair):
    assert pair in learn_aliases(text)


@pytest.mark.parametrize("text", [
    "L'hôpital Necker de Paris est cité.",  # a department or a big city: many establishments
    "La clinique Pasteur de la Loire.",
    "Le centre hospitalier de Bréville a été attaqué.",  # no name of its own: nothing to learn
])
def test_no_town_alias_where_the_place_names_no_one_establishment(text):
    assert [p for p in learn_aliases(text) if " de " in p[1]] == []


def test_a_named_establishment_meets_its_towns_bare_name_but_not_another_named_one():
    assert same_victim("hôpital Marie-Curie de Portival", "hôpital de Portival")
    assert not same_victim("hôpital Marie-Curie de Portival", "hôpital Saint-Roch de Portival")
    assert not same_victim("clinique des Tilleuls de Portival", "hôpital de Portival")


def test_two_establishments_of_one_town_stay_two_incidents(engine, add_article):
    # Same town, same week, each article placing its own establishment in the town; a report naming
    # the town's hospital joins one of them only when it is the only named one (see README: a bare
    # "hôpital de X" between two named establishments of X would bridge them).
    add_article("https://a/curie", published="2025-04-16", victims=["hôpital Marie-Curie"],
                text="L'hôpital Marie-Curie de Portival est visé par un rançongiciel. " + filler())
    add_article("https://b/roch", published="2025-04-18", victims=["hôpital Saint-Roch de Portival"])
    add_article("https://c/roch", published="2025-04-19", victims=["hôpital Saint-Roch"],
                text="À son tour, l'hôpital Saint-Roch de Portival a subi une intrusion. " + filler())
    add_article("https://d/curie", published="2025-05-02", victims=["hôpital Marie-Curie"],
                text="Les pirates publient 40 Go volés à l'hôpital Marie-Curie. " + filler())
    add_article("https://e/town", published="2025-09-20", victims=["Centre hospitalier de Bréville"])
    add_article("https://f/town", published="2025-09-22", victims=["hôpital Sainte-Anne"],
                text="L'hôpital Sainte-Anne de Bréville, visé lundi, a rétabli ses services. " + filler())
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert sorted(v[5] for v in incidents.values()) == [("https://a/curie", "https://d/curie"),
                                                        ("https://b/roch", "https://c/roch"),
                                                        ("https://e/town", "https://f/town")]


def test_two_incidents_of_one_victim_months_apart_stay_two(engine, add_article):
    add_article("https://a/first", published="2024-03-05", incident_date="2024-03-03", victims=["hôpital Marie-Curie de Portival"])
    add_article("https://b/first", published="2024-03-20", victims=["hôpital de Portival"])
    add_article("https://c/second", published="2024-11-12", incident_date="2024-11-10", victims=["hôpital Marie-Curie"],
                text="L'hôpital Marie-Curie de Portival de nouveau visé. " + filler())
    add_article("https://d/second", published="2024-11-14", victims=["Centre hospitalier de Portival"])
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert sorted(v[5] for v in incidents.values()) == [("https://a/first", "https://b/first"),
                                                        ("https://c/second", "https://d/second")]


def test_an_alias_taught_by_one_article_applies_to_every_article(engine, add_article, texts_read):
    # Two reports of one attack: one names the hospital, the other the town's hospital; neither text
    # says they are one. An earlier article about another matter of the hospital places it in the town.
    add_article("https://x/named", published="2025-06-01", victims=["hôpital Marie-Curie"])
    add_article("https://y/town", published="2025-06-03", victims=["Centre hospitalier de Portival"])
    update_incidents(engine)
    assert len(state(engine)["incidents"]) == 2
    texts_read()
    add_article("https://t/teacher", published="2024-01-10", victims=["hôpital Marie-Curie"],
                text="En janvier, l'hôpital Marie-Curie de Portival avait déjà subi une panne. " + filler())
    stats = update_incidents(engine)
    assert stats.texts_read == 1  # the teacher's text only: the others get their keys from their profiles
    incidents = state(engine)["incidents"]
    assert incidents[incident_id("https://x/named")][5] == ("https://x/named", "https://y/town")
    with Session(engine) as s:
        assert s.scalars(select(NameAlias.alias_name)).all() == ["hôpital de Portival"]
    # Another article places a hospital of that name in another town: the name is ambiguous now.
    add_article("https://u/other", published="2023-05-10", victims=["hôpital Marie-Curie de Bréville"],
                text="L'hôpital Marie-Curie de Bréville inaugure un service. " + filler())
    update_incidents(engine)
    nightly = state(engine)
    assert incident_id("https://y/town") in nightly["incidents"]  # split again
    rebuild_incidents(engine)
    assert state(engine) == nightly


def test_aliases_of_every_article_give_the_same_incidents_in_any_order(engine, add_article, tmp_path):
    from healthbreach.store.db import init_db, make_engine

    rows = [("https://x/named", "2025-06-01", ["hôpital Marie-Curie"], None),
            ("https://y/town", "2025-06-03", ["Centre hospitalier de Portival"], None),
            ("https://t/teacher", "2024-01-10", ["hôpital Marie-Curie"], "l'hôpital Marie-Curie de Portival a rouvert."),
            ("https://z/acronym", "2025-06-05", ["CHMC"], "le Centre hospitalier Marie-Curie (CHMC) de Portival.")]
    results = []
    for order in (rows, rows[::-1], rows[1:] + rows[:1]):
        other = make_engine(f"sqlite:///{tmp_path / f'order{len(results)}.sqlite'}")
        init_db(other)
        add = make_adder(other)
        for url, day, victims, text in order:
            add(url, published=day, victims=victims, text=(text + " " + filler()) if text else filler())
            update_incidents(other)  # one nightly update per article
        results.append(state(other))
        rebuild_incidents(other)
        assert state(other) == results[-1]
        other.dispose()
    assert results[0] == results[1] == results[2]
    assert results[0]["incidents"][incident_id("https://x/named")][3] == 3


def test_the_story_of_the_files_put_online_joins_the_story_of_the_attack(engine, add_article):
    add_article("https://a/attack", published="2025-03-04", incident_date="2025-03-02", victims=["Clinique des Tilleuls"],
                attack_types=["ransomware"])
    # Eight weeks later the gang publishes the files; the article dates that publication.
    add_article("https://b/files", published="2025-04-29", incident_date="2025-04-27", victims=["Clinique des Tilleuls"],
                attack_types=["ransomware", "exfiltration"])
    # Another undated report of the leak, published later still.
    add_article("https://c/files", published="2025-05-20", victims=["clinique des Tilleuls"], attack_types=["exfiltration"])
    # Another body, eight weeks after its attack, but no leak: a new outage, another incident.
    add_article("https://d/attack", published="2025-03-04", incident_date="2025-03-02", victims=["Clinique des Acacias"],
                attack_types=["ransomware"])
    add_article("https://e/outage", published="2025-04-30", incident_date="2025-04-28", victims=["Clinique des Acacias"],
                attack_types=["ddos"])
    add_article("https://f/outage", published="2025-05-02", victims=["Clinique des Acacias"])
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert sorted(v[5] for v in incidents.values()) == [("https://a/attack", "https://b/files", "https://c/files"),
                                                        ("https://d/attack",), ("https://e/outage", "https://f/outage")]


def test_two_leaks_of_one_victim_months_apart_are_two_incidents(engine, add_article):
    for url, day in (("https://a/spring", "2025-03-04"), ("https://b/spring", "2025-03-09"),
                     ("https://c/autumn", "2025-09-15"), ("https://d/autumn", "2025-09-16")):
        add_article(url, published=day, victims=["Mutuelle Ligérienne"], attack_types=["exfiltration"])
    add_article("https://e/autumn", published="2025-09-20", incident_date="2025-09", victims=["ML"],
                text="La Mutuelle Ligérienne (ML) confirme la mise en vente de fichiers. " + filler(),
                attack_types=["exfiltration"])
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert sorted(v[5] for v in incidents.values()) == [("https://a/spring", "https://b/spring"),
                                                        ("https://c/autumn", "https://d/autumn", "https://e/autumn")]


@pytest.mark.parametrize(("a", "b"), [
    ("Hôpital privé d'Évreux", "CH d'Évreux"),
    ("Hôpital privé de Valmont", "hôpital de Valmont"),
    ("hôpital privé Jean-Mermoz de Portival", "Centre hospitalier de Portival"),
])
def test_a_private_hospital_is_not_the_towns_public_one(a, b):
    assert not same_victim(a, b)
    assert not name_keys(a) & name_keys(b)


def test_a_clinic_saying_it_is_private_is_the_same_clinic():
    assert same_victim("Clinique privée des Tilleuls", "Clinique des Tilleuls")


def test_institution_acronyms_are_the_extractions_heads():
    """One source: data/orgs.json's acronym heads (and its extra abbreviations) are what the grouping spells out."""
    from healthbreach.extract.rules import load_rules
    from healthbreach.store.identity import ABBREVIATIONS
    from healthbreach.textfold import fold_words

    orgs = load_rules("orgs.json")
    assert ABBREVIATIONS["chu"] == fold_words("centre hospitalier universitaire")
    assert ABBREVIATIONS["ciusss"] == fold_words("centre intégré universitaire de santé et de services sociaux")
    assert ABBREVIATIONS["gh"] == orgs["abbreviations"]["gh"]
    assert "ghu" not in ABBREVIATIONS  # kept whole: spelled out it would meet the AP-HP on "Paris" alone
    assert not same_victim("GHU Paris psychiatrie", "Assistance publique - Hôpitaux de Paris")
    assert same_victim("CH de Bréville", "centre hospitalier de Bréville")
    assert same_victim("CPAM de Bréville", "caisse primaire d'assurance maladie de Bréville")
    assert same_victim("CHSLD de Bréville", "Centre d'hébergement et de soins de longue durée de Bréville")
