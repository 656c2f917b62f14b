import pytest

from healthbreach.extract.afp import afp_byline
from healthbreach.extract.relevance import judge


@pytest.mark.parametrize(
    "text, relevant",
    [
        ("Le CHU de Brest a été victime d'une cyberattaque par rançongiciel dimanche.", True),
        ("Une fuite de données touche 30 000 patients d'un laboratoire d'analyses.", True),
        ("Les données de santé de milliers d'assurés d'une mutuelle dérobées par des pirates.", True),
        ("La mairie de Lunel paralysée par une cyberattaque, les services municipaux à l'arrêt.", False),
        ("Le CHU de Brest ouvre un nouveau service de cardiologie pour ses patients.", False),
        # "chu" must be a whole word, not the start of a brand name.
        ("Batteries CHUWI en promotion ; un pirate informatique arrêté.", False),
    ],
)
def test_relevance_needs_health_and_breach_vocabulary(text, relevant):
    result = judge(text)
    assert result.relevant is relevant
    if relevant:
        assert result.health_terms and result.breach_terms


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}<article><p>Texte.</p></article></body></html>"


@pytest.mark.parametrize(
    "html, byline",
    [
        (page('<meta name="author" content="Source AFP">'), "Source AFP"),
        (page('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Le Parisien avec AFP"}}</script>'), "Le Parisien avec AFP"),
        (page('<script type="application/ld+json">{"author":[{"givenName":"franceinfo","familyName":"avec AFP"}]}</script>'), "franceinfo avec AFP"),
        (page(body='<span class="author">Par Le Figaro et AFP</span>'), "Par Le Figaro et AFP"),
        (page('<meta name="author" content="Agence France-Presse">'), "Agence France-Presse"),
        # A photo credit or a quote of AFP is not a byline.
        (page('<script type="application/ld+json">{"author":{"name":"Jeanne Martin"},"image":{"author":"Jean Dupont / AFP"}}</script>'), None),
        (page(body='<p>« Rien n\'a fuité », a indiqué à l\'AFP le directeur.</p><span class="author">Jeanne Martin</span>'), None),
        (page('<meta name="author" content="Rafpa Dupont">'), None),
    ],
)
def test_afp_flag_comes_from_the_byline_only(html, byline):
    assert afp_byline(html) == byline


def test_crawl_time_gate_does_not_load_spacy():
    # The pipelines judge every page; the model and spaCy load only when an article is extracted.
    import subprocess
    import sys

    code = "import sys, healthbreach.pipelines; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
