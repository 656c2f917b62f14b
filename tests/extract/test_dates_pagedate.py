"""The first `<time datetime>` above an article's text is its publication day, unless it is an update's;
a time inside the story, a comment or a related block is not. Own markup, no recorded page."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html

from healthbreach.extract.pagedate import page_published

FETCHED = dt.date(2026, 1, 1)
BODY = "<p>" + "Le centre hospitalier a été victime d'une cyberattaque qui a paralysé ses services. " * 4 + "</p>"


def day(body: str) -> dt.date | None:
    doc = f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>{body}</body></html>'
    return page_published(html.fromstring(doc), fetched=FETCHED)


@pytest.mark.parametrize(
    "body, expected",
    [
        ('<article><header><h1>Titre</h1><time datetime="2023-03-14T09:30:00+01:00">14 mars 2023</time></header>'
         + BODY + "</article>", dt.date(2023, 3, 14)),
        ('<header><time datetime="2023-03-14">14/03/2023</time></header><article>' + BODY + "</article>",
         dt.date(2023, 3, 14)),
        ('<article><p class="meta">Par Jeanne Martin <time datetime="2023-03-14T08:00">le 14 mars</time></p>'
         + BODY + "</article>", dt.date(2023, 3, 14)),
        # the update's time is skipped for the publication's after it
        ('<article><time class="updated" datetime="2023-03-20">20 mars</time>'
         '<time datetime="2023-03-14">14 mars</time>' + BODY + "</article>", dt.date(2023, 3, 14)),
        ('<article><p>Mis à jour le <time datetime="2023-03-20">20 mars 2023</time></p>' + BODY + "</article>", None),
        # a time inside the story, or in a related block, is not the page's
        ("<article>" + BODY + '<p>L\'attaque a eu lieu le <time datetime="2023-03-02">2 mars</time>.</p></article>', None),
        ('<article><aside><time datetime="2023-03-02">2 mars</time></aside>' + BODY + "</article>", None),
        ('<article><div class="related"><time datetime="2023-03-02">2 mars</time></div>' + BODY + "</article>", None),
    ],
)
def test_header_time(body, expected):
    assert day(body) == expected
