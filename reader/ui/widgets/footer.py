"""The footer, recomposed only when the keys it shows change (not on every focus move)."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, bool], ...]


class ReaderFooter(Footer):
    """Textual's Footer rebuilds all its key widgets whenever focus moves; switching
    panes keeps the same keys, so skipping that rebuild keeps `tab` fast."""

    _shown: Shown | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = _shown_keys(screen)
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)


def _shown_keys(screen: Screen[object]) -> Shown:
    return tuple(
        (binding.key, binding.description, enabled)
        for _node, binding, enabled, _tooltip in screen.active_bindings.values()
        if binding.show
    )
