"""The one error every reader of articles raises (files, HTML, web pages)."""

from __future__ import annotations


class LoadError(Exception):
    """An article that cannot be loaded; the message is one line for the user."""
