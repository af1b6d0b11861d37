"""Escape and a letter that arrive together, read as the two keys the user pressed.

A terminal sends Escape as the byte ESC and Alt+letter as ESC and the letter, so an
Escape typed just before a letter arrives as one `alt+letter` key: quickly typed, or
inside tmux or screen, which join an ESC with what follows within their escape time
(500 ms by default in tmux). `?`, escape, `q` then left the help open and the reader
running. The reader binds no alt keys, so such a key is taken as escape, then the letter.
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events

ALT = "alt+"


class EscapeThenLetter(NamedTuple):
    escape: events.Key
    letter: events.Key


def escape_then_letter(event: events.Key) -> EscapeThenLetter | None:
    """The escape and the letter `event` joins, if it is alt and a letter."""
    letter = event.character
    if event.key.startswith(ALT) and letter is not None and len(letter) == 1 and letter.isalpha():
        return EscapeThenLetter(events.Key("escape", "\x1b"), events.Key(letter, letter))
    return None
