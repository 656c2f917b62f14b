"""Which organisations an article names, and which of them were breached.

Three jobs, one module each:
- mentions.py: where the text names an organisation (span ruler, the model's
  entities, cue nouns, coordinations, capitalised names);
- roles.py: what role each mention's sentence gives it (dependency rules over
  the parsed candidate sentences, regex rules around the mention, headlines);
- victims.py: which organisations are the article's victims and vendors.
"""

from healthbreach.extract.mentions import Mention, collect_mentions, key_of
from healthbreach.extract.victims import find_organisations

__all__ = ["Mention", "collect_mentions", "find_organisations", "key_of"]
