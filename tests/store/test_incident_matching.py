"""The pure parts of incident grouping: names, copies, dates, counts, grouping order."""

from __future__ import annotations

import datetime as dt

import pytest

from healthbreach.store.incidents import (
    dates_agree,
    group_articles,
    incident_id,
    jaccard,
    merge,
    normalise_org,
    records_compatible,
    same_victim,
    shingles,
)
from healthbreach.store.profiles import Profile, record_facts, signature


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CH de Valmont-sur-Loire", "Centre hospitalier de Valmont-sur-Loire"),
        ("centre hospitalier de valmont", "Centre Hospitalier de Valmont-sur-Loire"),
        ("Hôpital de Valmont", "CH de Valmont"),
        ("CHU de Nîmes", "centre hospitalier universitaire de Nimes"),
        ("AP-HP", "Assistance publique - Hôpitaux de Paris"),
        ("Mutuelle Ligérienne de Prévoyance", "MLP"),
        ("DOCTOLIB", "Doctolib"),
    ],
)
def test_same_victim_after_normalisation(a, b):
    assert same_victim(a, b)
    assert same_victim(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CHU de Rennes", "Clinique de Rennes"),  # same town, different kind of body
        ("Doctolib", "Dedalus"),
        ("CH", "CHU de Rennes"),  # a bare kind names no one
        ("Centre hospitalier de Valmont", "Centre hospitalier de Bréville"),
        ("AP-HP", "Assistance publique de Marseille"),
    ],
)
def test_different_victims(a, b):
    assert not same_victim(a, b)


def test_normalise_org_folds_accents_case_and_abbreviations():
    assert normalise_org("CH de Valmont-sur-Loire") == normalise_org("CENTRE HOSPITALIER DE VALMONT SUR LOIRE")
    assert normalise_org("Hôpital Privé d'Évreux") == "hopital prive evreux"


def test_shingle_jaccard_separates_copies_from_rewrites():
    dispatch = ("La Mutuelle Ligérienne de Prévoyance a annoncé jeudi avoir été victime d'une fuite de données "
                "concernant 1,2 million d'assurés, après l'intrusion d'un tiers dans les systèmes de l'un de ses "
                "prestataires informatiques. Les informations exposées comprennent les noms et adresses.")
    copy = "Paris (AFP) - " + dispatch + " (AFP)"
    rewrite = ("Une fuite de données touche une mutuelle angevine : les noms et adresses de 1,2 million "
               "d'adhérents ont été exposés chez un prestataire, selon un communiqué diffusé jeudi.")
    assert jaccard(shingles(dispatch), shingles(copy)) >= 0.8
    assert jaccard(shingles(dispatch), shingles(rewrite)) < 0.2


def test_dates_and_records():
    assert dates_agree("2025-10", "2025-10-12")
    assert not dates_agree("2025-10", "2025-07-30")
    # Day dates: an attack, its discovery and the publication of the files weeks later are one breach.
    assert dates_agree("2025-10-12", "2025-10-16")
    assert dates_agree("2025-10-12", "2025-11-20")
    assert not dates_agree("2025-10-01", "2025-12-20")
    assert dates_agree("2025", "2025-06") and not dates_agree("2023", "2025-06")
    assert records_compatible(8000, "patients", 12000, "patients")
    assert not records_compatible(500, "patients", 500000, "patients")
    assert records_compatible(500, "patients", 500000, "rendez-vous")  # different things counted
    assert records_compatible(None, None, 500000, "patients")


def profile(i, url, published, victims=(), text=None, **kw):
    text = text or f"texte unique numero {i} " * 3 + url
    return Profile(id=i, url=url, source=kw.pop("source", "s"),
                   published=dt.date.fromisoformat(published) if published else None,
                   content_hash=kw.pop("content_hash", f"h{i}"), sig=signature(text),
                   facts=record_facts({"victims": list(victims), **kw}))


def test_grouping_does_not_depend_on_input_order_and_ids_follow_the_earliest_article():
    articles = [
        profile(3, "https://b/3", "2025-10-20", ["Centre hospitalier de Valmont"], records=12000, records_unit="patients"),
        profile(1, "https://a/1", "2025-10-13", ["CH de Valmont-sur-Loire"], records=8000, records_unit="patients"),
        profile(2, "https://a/2", "2025-10-14", ["Doctolib"]),
        profile(4, "https://a/4", "2026-06-01", ["CH de Valmont-sur-Loire"]),  # months later: another incident
    ]
    forward = group_articles(articles)
    backward = group_articles(list(reversed(articles)))
    as_sets = lambda gs: {(g.id, tuple(m.id for m in g.members)) for g in gs}  # noqa: E731
    assert as_sets(forward) == as_sets(backward)
    assert as_sets(forward) == {
        (incident_id("https://a/1"), (1, 3)),
        (incident_id("https://a/2"), (2,)),
        (incident_id("https://a/4"), (4,)),
    }


def test_incompatible_counts_split_the_same_victim():
    groups = group_articles([
        profile(1, "u1", "2025-10-13", ["Doctolib"], records=6128, records_unit="rendez-vous"),
        profile(2, "u2", "2025-10-15", ["Doctolib"], records=2_000_000, records_unit="rendez-vous"),
    ])
    assert len(groups) == 2


def test_copies_join_even_without_victims():
    text = "Une dépêche reprise telle quelle par plusieurs sites " * 10
    groups = group_articles([
        profile(1, "u1", "2025-09-18", ["Mutuelle Ligérienne de Prévoyance"], text=text),
        profile(2, "u2", "2025-09-18", [], text=text + " Lire aussi"),
        profile(3, "u3", "2025-09-19", [], content_hash="h1"),  # byte-identical text elsewhere
    ])
    assert [[m.id for m in g.members] for g in groups] == [[1, 2, 3]]
    assert groups[0].reasons == {1: "seed", 2: "copy", 3: "copy"}


def test_merge_takes_the_best_supported_values():
    groups = group_articles([
        profile(1, "u1", "2025-10-13", ["CH de Valmont-sur-Loire"], incident_date="2025-10",
                records=8000, records_unit="patients", data_types=("name",), source="a"),
        profile(2, "u2", "2025-10-14", ["Centre hospitalier de Valmont-sur-Loire"], incident_date="2025-10-12",
                records=12000, records_unit="patients", data_types=("name", "medical_record"), source="b"),
        profile(3, "u3", "2025-10-20", ["CH de Valmont-sur-Loire"], incident_date="2025-10-12",
                records=12000, records_unit="patients", source="b"),
    ])
    [group] = groups
    row = merge(group)
    assert row["victims"] == "CH de Valmont-sur-Loire"
    assert row["incident_date"] == "2025-10-12" and row["incident_date_precision"] == "day"
    assert (row["records"], row["records_unit"]) == (12000, "patients")
    assert row["data_types"] == "medical_record; name"
    assert (row["n_articles"], row["n_sources"], row["sources"]) == (3, 2, "a; b")
    assert row["first_reported"] == dt.date(2025, 10, 13)
    assert row["merged"]["records"][0]["articles"] == ["u2", "u3"]
    assert row["merged"]["victims"][0]["spellings"] == ["CH de Valmont-sur-Loire", "Centre hospitalier de Valmont-sur-Loire"]


def test_a_page_with_no_date_meets_the_reports_of_the_month_its_incident_is_dated():
    # No publication day: its name tokens are keyed in the month of the incident it dates, so a shorter
    # form of the name ("Radiolys" for "le centre d'imagerie Radiolys") still finds the dated report.
    dated = profile(1, "u1", "2025-05-13", ["centre d'imagerie Radiolys"], incident_date="2025-05-08")
    undated = profile(2, "u2", None, ["Radiolys"], incident_date="2025-05-08", records=47000, records_unit="patients")
    assert [[m.id for m in g.members] for g in group_articles([dated, undated])] == [[1, 2]]
    # Without any date, only a key of the whole name could find it: the shorter form stays apart.
    nothing = profile(3, "u3", None, ["Radiolys"], records=47000, records_unit="patients")
    assert [[m.id for m in g.members] for g in group_articles([dated, nothing])] == [[1], [3]]
