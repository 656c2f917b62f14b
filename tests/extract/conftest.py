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
