"""Tags that name a colour: a note tagged `green` is drawn green in the pane and in
the sidebar (a mark "can carry a tag or colour")."""

from __future__ import annotations

COLOURS = ("red", "green", "yellow", "blue", "magenta", "cyan", "orange", "purple")


def tag_colour(tag: str) -> str | None:
    """The colour a tag names, if it names one of COLOURS."""
    colour = tag.strip().lower()
    return colour if colour in COLOURS else None
