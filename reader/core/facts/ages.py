"""Ages told without "year-old": "Anthony LaCalamita, 38,", "aged 38", "in his early 30s".

An age is a quantity in years (unit "age"), never a count of people; the name
before an appositive age is kept in the fact's text so the subject can name whose.
"""

from __future__ import annotations

import re

from reader.core.facts.scan import anchor_words, digit_anchors, search_near, word_anchors
from reader.core.model import Quantity, Span

_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_ANCHORS = anchor_words(("in his", "in her", "in their", "age"))
_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "": (0, 9)}
_AGE = re.compile(
    # "Mr. LaCalamita, 38, who": a capitalised name, a comma, a two-digit number
    # and then a comma, a full stop or a clause word (not a counted noun).
    r"(?P<name>\b[A-Z][\w'’-]+), (?P<age>[1-9]\d)"
    r"(?=\s*[,.;]|\s+(?:of|from|who|was|is|and|has|had|said|says)\b)"
    r"|\b(?:aged|age)\s+(?P<aged>[1-9]\d?)\b"
    r"|\bin\s+(?:his|her|their)\s+(?P<part>early|mid|late)?[\s-]*"
    rf"(?:(?P<decade>[1-9]0)['’]?s|(?P<decade_word>{'|'.join(_DECADE_WORDS)}))\b"
)


def find_ages(text: str) -> list[tuple[Span, str, Quantity]]:
    """Every appositive or stated age, as (span, "quantity", value in years)."""
    # Digits are an age only after "Name, " ("aged" and "in his" are word anchors).
    appositive = [start for start in digit_anchors(text) if text.startswith(", ", start - 2)]
    anchors = [*appositive, *word_anchors(text, _ANCHORS)]
    ages = []
    for found in search_near(_AGE, text, anchors, before=40, after=40):
        if found["age"] or found["aged"]:
            years = float(found["age"] or found["aged"])
            ages.append((found.span(), "quantity", Quantity(years, years, "age")))
            continue
        decade = int(found["decade"] or _DECADE_WORDS[found["decade_word"].lower()])
        low, high = _PARTS[(found["part"] or "").lower()]
        value = Quantity(float(decade + low), float(decade + high), "age")
        ages.append((found.span(), "quantity", value))
    return ages
