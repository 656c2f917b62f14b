"""The demo's sources: sources.toml beside this file, filled in with the live base URLs."""

from __future__ import annotations

from importlib import resources
from urllib.parse import urlsplit

from healthbreach.crawler.sources import SourceSpec, parse_sources


def demo_sources(main: str, partner: str) -> list[SourceSpec]:
    text = resources.files(__package__).joinpath("sources.toml").read_text("utf-8")
    values = {"main": main, "partner": partner, "main_host": urlsplit(main).netloc, "partner_host": urlsplit(partner).netloc}
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return list(parse_sources(text, "demo/sources.toml").values())
