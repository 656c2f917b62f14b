"""Page clutter inside the extracted text (data/furniture.json): related-article links, video and podcast
teasers, photo captions and reader prompts are no part of the story, so the organisations they name are no
candidates (textspans.body_segments, victims' story spans); the story's own sentences stay. Bylines and
"Publié le" lines are not clutter: the page date is read from them. Every line here is invented."""

import pytest

from healthbreach.extract.textspans import ends_article, is_clutter, is_furniture
from healthbreach.textfold import fold

CLUTTER = [
    "LIRE AUSSI >> Cyberattaque : l'hôpital de Brive toujours paralysé",
    'À LIRE AUSSI. Le CHU de Rennes visé par des pirates',
    "Lire aussi | La clinique du Lac victime d'un rançongiciel",
    "[VIDÉO] Cyberattaque à l'hôpital de Cahors : le témoignage d'un soignant",
    "VIDÉO. L'hôpital de Dax, un an après la cyberattaque",
    "REPLAY - Cyberattaque du centre hospitalier d'Arles : les pirates réclament une rançon",
    'Notre dossier : les hôpitaux face aux pirates',
    'Ces articles peuvent vous intéresser :',
    'Sur le même sujet',
    "EN IMAGES. L'hôpital de Mantes au ralenti",
    "Photo d'illustration. (Jean Martin / La Voix)",
    "L'entrée du centre hospitalier de Vierzon. Photo Le Berry / Marc Dubois",
    'Le centre hospitalier de Pau. © Archives Sud Ouest',
    'Écouter cet article',
    'Réservé aux abonnés',
    'Article réservé aux abonnés',
    'Pour aller plus loin : la clinique Saint-Jean déjà piratée en 2022',
    "ÉCOUTER - L'hôpital de Cannes attaqué par LockBit",
    'Voir les commentaires',
    'Signaler une erreur',
    'Recevez gratuitement notre newsletter santé',
    'Cet article vous a été utile ?',
    ">> Retrouvez toute l'actualité de la Sarthe",
    'Cet article est réservé aux abonnés. Déjà abonné ? Se connecter',
]

STORY = [
    "Le centre hospitalier de Vierzon a été victime d'une cyberattaque dans la nuit de lundi à mardi.",
    "Par précaution, l'hôpital a coupé ses connexions à internet.",
    "Lire les résultats d'analyses n'est plus possible depuis lundi, explique un biologiste.",
    "Sur le même réseau, la clinique voisine n'a pas été touchée.",
    'Notre établissement a porté plainte, indique la directrice.',
]


def _clutter(line):
    folded = fold(line)
    return is_furniture(line, folded) or is_clutter(folded) or ends_article(line, folded)


@pytest.mark.parametrize("line", CLUTTER)
def test_clutter_line_is_left_out(line):
    assert _clutter(line)


@pytest.mark.parametrize("line", STORY)
def test_story_line_is_kept(line):
    assert not _clutter(line)
