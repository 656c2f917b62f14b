"""The analyst views: one SQL text per view, the same for SQLite and PostgreSQL.

Only portable SQL is used: no string aggregation (group_concat and string_agg
differ), no JSON operators, booleans turned into 0/1 so both databases print
the same values. The list columns (victims, vendors, data types, sources,
URLs) are JSON arrays of strings ('["a", "b"]', '[]' when empty), built with
portable replace() and || from the display strings that store/incidents.py
precomputes on the incidents table ("; "-joined, URLs space-joined): Datasette
facets them with _facet_array, SQLite's json_each and PostgreSQL's
::json read them, and LIKE '%code%' still finds a value.

The views are created by the latest migration that changes them (today
0009_views), and only there: an earlier revision creating today's views would
name columns that do not exist yet (PostgreSQL refuses such a view). Changing
a view means a new revision that calls drop_views() and create_views(), after
moving the calls of the previous one to drop_views() alone.

`attack_types` is a JSON array (`["ransomware", "exfiltration"]`), so Datasette
facets on it with `_facet_array=attack_types`; `care_disrupted` is 1, 0 or null.
"""

from __future__ import annotations

from sqlalchemy import Connection, text



def json_array(column: str, separator: str = "; ") -> str:
    """SQL turning a `separator`-joined display string into a JSON array of strings ('[]' for NULL or '')."""
    escaped = f"replace(replace({column}, '\\', '\\\\'), '\"', '\\\"')"
    return (f"CASE WHEN {column} IS NULL OR {column} = '' THEN '[]' "
            f"ELSE '[\"' || replace({escaped}, '{separator}', '\", \"') || '\"]' END")


VIEWS: dict[str, str] = {
    "v_incidents": f"""
SELECT
    i.id AS incident_id,
    {json_array("i.victims")} AS victims,
    {json_array("i.vendors")} AS vendors,
    i.first_reported,
    i.last_reported,
    i.incident_date,
    i.incident_date_precision,
    i.records,
    i.records_unit,
    {json_array("i.data_types")} AS data_types,
    i.attack_types,
    i.threat_actor,
    CASE WHEN i.care_disrupted IS NULL THEN NULL WHEN i.care_disrupted THEN 1 ELSE 0 END AS care_disrupted,
    i.n_articles,
    i.n_sources,
    {json_array("i.sources")} AS sources,
    {json_array("i.urls", " ")} AS urls,
    i.finess,
    i.establishment_category,
    i.town,
    i.department,
    i.region
FROM incidents i
""",
    "v_articles": """
SELECT
    a.id AS article_id,
    a.url,
    s.name AS source,
    a.title,
    a.author,
    a.published,
    a.fetched_at,
    CASE WHEN a.is_afp THEN 1 ELSE 0 END AS is_afp,
    CASE WHEN a.relevant THEN 1 ELSE 0 END AS relevant,
    e.extractor_version,
    CASE WHEN e.article_id IS NULL THEN NULL WHEN e.relevant THEN 1 ELSE 0 END AS extraction_relevant,
    ia.incident_id,
    LENGTH(a.text) AS text_length,
    (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id) AS n_facts
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN extractions e ON e.article_id = a.id
LEFT JOIN incident_articles ia ON ia.article_id = a.id
""",
    "v_facts": """
SELECT
    f.id AS fact_id,
    f.article_id,
    ia.incident_id,
    a.url,
    s.name AS source,
    a.published,
    f.field,
    f.value,
    f.unit,
    f.qualifier,
    f.sentence,
    f.start AS span_start,
    f."end" AS span_end,
    f.rule
FROM facts f
JOIN articles a ON a.id = f.article_id
JOIN sources s ON s.id = a.source_id
LEFT JOIN incident_articles ia ON ia.article_id = f.article_id
""",
}


def create_views(connection: Connection, views: dict[str, str] | None = None) -> None:
    """Create `views` (name -> SELECT), today's VIEWS by default."""
    for name, select in (VIEWS if views is None else views).items():
        connection.execute(text(f"CREATE VIEW {name} AS {select.strip()}"))


def drop_views(connection: Connection, views: dict[str, str] | None = None) -> None:
    for name in reversed(list(VIEWS if views is None else views)):
        connection.execute(text(f"DROP VIEW IF EXISTS {name}"))
