"""Words that say who someone is: titles and roles.

With names they make the "who" of a passage ("the Troy police chief, Charles
Craft, said"), never its content: two passages that share only names and these
words are two attributions, not one statement told twice.
"""

from __future__ import annotations

from reader.core.alignment.tokens import stem

_ROLES = """
    chief chairman chairwoman vice spokesman spokeswoman spokesperson
    spokespeople secretary minister police official officer director manager governor
    mayor senator adviser advisor prosecutor lawyer attorney inspector sergeant
    commissioner commander captain ambassador diplomat executive superintendent
    detective constable sheriff deputy lieutenant admiral colonel general
"""

ROLE_STEMS = frozenset(stem(word) for word in _ROLES.split())
