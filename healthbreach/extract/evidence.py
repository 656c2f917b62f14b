"""The unit every extractor returns: a value and the words that support it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Fact:
    """One extracted value with its evidence in the article text.

    `start`/`end` are character offsets of the supporting span in the article
    text the extractor was given; `sentence` is the whole sentence holding it.
    `rule` names the rule or model component that produced the value.
    """

    field: str  # victim | vendor | published | incident_date | disclosure_date | records | records_claim | data_type
    value: Any  # str for names, codes and dates ("2021", "2021-02", "2021-02-14"), int for records
    sentence: str
    start: int
    end: int
    rule: str
    unit: str | None = None  # records: personnes, patients, rendez-vous, dossiers, ...
    qualifier: str | None = None  # records: exact|about|more_than|up_to; dates: day|month|year

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}
