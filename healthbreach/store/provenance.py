"""What every published copy of the data says about itself: licence, rights, accuracy, how to cite it.

The accuracy figures are never written here: they are read from
accuracy.json beside this module, which the maintainers regenerate from
`make eval` for each release (eval/accuracy_file.py); until then, and for any
other extractor version, the card says the accuracy of this version is not
measured rather than show a figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthbreach import __version__

ACCURACY_FILE = Path(__file__).with_name("accuracy.json")

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NOTE = (
    f"The extracted data (incidents, facts, counts, the grouping) are published under {LICENCE} "
    f"({LICENCE_URL}): reuse them with credit to healthbreach. Article texts and titles belong to their "
    "publishers and are not covered by this licence; the evidence sentences are short quotations kept to "
    "justify each value, with a link to the original article."
)
SOURCE_NOTE = (
    "French press articles (Zataz, Presse-citron, AFP dispatches republished by franceinfo, Sciences et Avenir, "
    "Le Point, Le Monde, ...), crawled from their feeds, sitemaps and listing pages; see the sources table."
)
CORE_FIELDS = ("relevant", "victims", "records", "incident_date", "published", "data_types")


def citation(version: str = __version__, year: str | None = None, extractors: list[str] = ()) -> str:
    when = f" ({year})" if year else ""
    extractor = f" (extractor {', '.join(extractors)})" if extractors else ""
    return (f"healthbreach{when}. Health-sector cyberattacks and data leaks in the French press, extracted "
            f"with healthbreach {version}{extractor}. Licence {LICENCE}.")


@dataclass
class Accuracy:
    """Scores of one extractor version on the real development set, as `make eval` printed them."""

    extractor_version: str | None = None
    measured_on: str | None = None
    dataset: str | None = None
    articles: int | None = None
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def measured(self) -> bool:
        return bool(self.extractor_version and self.fields)

    def mean_f1(self) -> float | None:
        core = [self.fields[k]["f1"] for k in CORE_FIELDS if k in self.fields]
        return round(sum(core) / len(core), 3) if len(core) == len(CORE_FIELDS) else None


def load_accuracy(path: Path = ACCURACY_FILE) -> Accuracy:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Accuracy()
    return Accuracy(**{k: data.get(k) for k in ("extractor_version", "measured_on", "dataset", "articles")},
                    fields=data.get("fields") or {})


def accuracy_lines(versions: list[str], accuracy: Accuracy | None = None) -> list[str]:
    """The card's accuracy section: the measured table for the data's extractor version, or a marked placeholder."""
    acc = accuracy or load_accuracy()
    if not acc.measured:
        return [
            "**Not yet measured for this release.** PLACEHOLDER: the maintainers fill this table from "
            "`make eval` (`eval/accuracy_file.py` writes `healthbreach/store/accuracy.json`); no figure is shown "
            "before it has been measured.",
            "",
            "| field | precision | recall | F1 |",
            "|---|---|---|---|",
            *[f"| {k} | _to be measured_ | _to be measured_ | _to be measured_ |" for k in CORE_FIELDS],
        ]
    lines = [
        f"Measured with extractor {acc.extractor_version} on {acc.dataset or 'the real development set'}"
        + (f" ({acc.articles} articles)" if acc.articles else "") + (f", {acc.measured_on}" if acc.measured_on else "")
        + " with the project's scorer (precision and recall per field, as in the gold SCHEMA).",
    ]
    if versions and acc.extractor_version not in versions:
        lines += ["", f"**Note:** this data was extracted with {', '.join(versions)}, not the measured version; "
                      "the figures describe the measured version only."]
    lines += ["", "| field | precision | recall | F1 |", "|---|---|---|---|"]
    lines += [f"| {k} | {v.get('precision')} | {v.get('recall')} | {v.get('f1')} |" for k, v in acc.fields.items()]
    if (mean := acc.mean_f1()) is not None:
        lines += ["", f"Mean F1 over the six core fields: {mean}."]
    return lines
