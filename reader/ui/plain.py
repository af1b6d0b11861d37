"""Untrusted strings for labels: plain Text (never markup), control characters removed.

Article bodies are sanitised once by the loader; titles and metadata also arrive from
callers that build articles themselves, and folder and file names are not sanitised at
all (they must stay exact), so labels pass through here as a last guard.
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Bidi marks, overrides and isolates would reorder the rest of the line on screen.
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Lone surrogates: os.fsdecode's stand-ins for bytes of a file name that are not UTF-8.
SURROGATE = re.compile("[\ud800-\udfff]")
# Terminals disagree with Rich on the width of the emoji presentation selector and the
# skin-tone modifiers (tmux 3.3a draws 👍🏽 in 4 cells where Rich counts 2, and ❤️ in 1
# where Rich counts 2), so the rest of the row lands in the wrong columns and is
# overwritten. Without them every terminal and Rich agree: 👍 is 2 cells, ❤ is 1.
WIDTH_DISPUTED = re.compile("[\ufe0f\U0001f3fb-\U0001f3ff]")


def clean(value: str) -> str:
    """One line of text with every control character (escape sequences' lead-in) removed.

    A byte of a name that is not UTF-8 shows as its escape (`\\xff`), as on the command line.
    """
    value = SURROGATE.sub(_escape_byte, BIDI.sub("", value))
    return CONTROL.sub(" ", steady_width(value)).strip()


def steady_width(value: str) -> str:
    """`value` without the characters whose width terminals disagree on (see WIDTH_DISPUTED)."""
    return value if value.isascii() else WIDTH_DISPUTED.sub("", value)


def _escape_byte(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def plain(value: str, style: str | Style = "") -> Text:
    """A Text of `value` as literal characters: brackets stay brackets."""
    return Text(clean(value), style=style, end="")
