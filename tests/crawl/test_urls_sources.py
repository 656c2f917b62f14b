import pytest

from healthbreach.crawler.sources import SourceError, SourceSpec, builtin_sources, parse_sources, select_sources
from healthbreach.crawler.urls import canonical_url


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("https://www.zataz.com/fuite/#comments", "https://www.zataz.com/fuite/"),
        ("HTTPS://WWW.Zataz.COM:443/fuite/", "https://www.zataz.com/fuite/"),
        ("https://a.fr/x/?utm_source=rss&utm_medium=feed", "https://a.fr/x/"),
        ("https://a.fr/x?xtor=RSS-16&id=4", "https://a.fr/x?id=4"),
        ("http://127.0.0.1:8808/x/?fbclid=abc", "http://127.0.0.1:8808/x/"),
        ("http://a.fr:80/x", "http://a.fr/x"),
    ],
)
def test_canonical_url_drops_fragment_tracking_and_default_port(raw, canonical):
    assert canonical_url(raw) == canonical


def test_builtin_sources_cover_zataz_presse_citron_and_three_afp_partners():
    sources = builtin_sources()
    assert {"zataz", "presse-citron"} <= set(sources)
    assert sum(s.partner for s in sources.values()) >= 3
    for spec in sources.values():
        assert spec.feeds or spec.sitemaps or spec.listings or spec.news_index


@pytest.mark.parametrize(
    "source, url, is_article",
    [
        ("zataz", "https://www.zataz.com/1-million-de-comptes-pirates/", True),
        ("zataz", "https://www.zataz.com/category/fuite-de-donnees/", False),
        ("zataz", "https://www.zataz.com/page/2/", False),
        ("zataz", "https://zataz.com.evil.example/une-fuite/", False),
        ("lepoint", "https://www.lepoint.fr/societe/cyberattaque-hopital-14-04-2023-2516356_23.php", True),
        ("franceinfo-sante", "https://www.francetvinfo.fr/sante/hopital/cyberattaque-a-l-hopital_5012345.html", True),
        ("franceinfo-sante", "https://www.francetvinfo.fr/sante/", False),
    ],
)
def test_article_patterns(source, url, is_article):
    assert builtin_sources()[source].is_article(url) is is_article


def test_a_domain_with_a_port_owns_only_that_port():
    spec = SourceSpec(name="t", domains=("127.0.0.1:8808",), feeds=("http://127.0.0.1:8808/feed/",), article_pattern=".")
    assert spec.owns("http://127.0.0.1:8808/a/")
    assert not spec.owns("http://127.0.0.1:1/a/")
    assert not spec.owns("file:///etc/passwd")


def test_unknown_source_name_is_one_clear_error():
    with pytest.raises(SourceError, match="unknown source 'nope'"):
        select_sources(["zataz", "nope"])


@pytest.mark.parametrize(
    "toml, message",
    [
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["https://a.fr/feed/"]\n', "article_pattern: required key missing"),
        ('[x]\ndomains = ["a.fr"]\narticle_pattern = "."\n', "no feeds, sitemaps or listings"),
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["https://a.fr/f"]\narticle_pattern = "("\n', "article_pattern: expected a regular expression"),
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["u"]\narticle_pattern = "."\n', r"feeds\[0\]: expected an absolute http\(s\) URL, got 'u'"),
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["https://a.fr/f"]\narticle_pattern = "."\nfeed = 1\n', "feed: unknown key"),
        ("[x\n", "sources.toml: not valid TOML"),
    ],
)
def test_bad_source_declarations_are_rejected(toml, message):
    with pytest.raises(SourceError, match=message):
        parse_sources(toml)


def test_source_round_trips_through_its_data():
    spec = builtin_sources()["presse-citron"]
    assert SourceSpec.from_dict(spec.name, spec.to_dict()) == spec
