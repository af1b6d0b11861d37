"""Untrusted strings for labels: plain Text (never markup), control characters removed.

Article bodies are sanitised once by the loader; titles and metadata also arrive from
callers that build articles themselves, so labels pass through here as a last guard.
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def clean(value: str) -> str:
    """One line of text with every control character (escape sequences' lead-in) removed."""
    return CONTROL.sub(" ", value).strip()


def plain(value: str, style: str | Style = "") -> Text:
    """A Text of `value` as literal characters: brackets stay brackets."""
    return Text(clean(value), style=style, end="")
