"""The footer: key hints in the screen's order, `?` and `q` (and the palette) pinned right.

On a narrow terminal the row of hints is cut at its end, so the keys listed first
(the most used) stay, and the pinned ones never go. It is recomposed only when the
keys it shows change (not on every focus move).
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Shown = tuple[tuple[str, str, bool], ...]
PINNED = ("help", "back", "quit", "command_palette")  # right end, in this order
COMPACT_BELOW = 120  # columns


class ReaderFooter(Footer):
    """Textual's Footer rebuilds all its key widgets whenever focus moves; switching
    panes keeps the same keys, so skipping that rebuild keeps `tab` fast."""

    _shown: Shown | None = None

    def __init__(self) -> None:
        super().__init__(show_command_palette=False)

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = _shown_keys(screen)
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)

    def on_resize(self, event: events.Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        keys = _footer_keys(self.screen)
        for binding, enabled, tooltip in keys:
            if binding.action not in PINNED:
                yield self._key(binding, enabled, tooltip)
        with HorizontalGroup(classes="pinned-keys"):
            pinned = sorted(
                (key for key in keys if key[0].action in PINNED),
                key=lambda key: PINNED.index(key[0].action),
            )
            for binding, enabled, tooltip in pinned:
                yield self._key(binding, enabled, tooltip)

    def _key(self, binding: Binding, enabled: bool, tooltip: str) -> FooterKey:
        return FooterKey(
            binding.key,
            self.app.get_key_display(binding),
            binding.description,
            binding.action,
            disabled=not enabled,
            tooltip=tooltip or binding.tooltip,
        ).data_bind(compact=Footer.compact)


def _footer_keys(screen: Screen[object]) -> list[tuple[Binding, bool, str]]:
    """The shown keys, one per action (the first binding of it), in the screen's order;
    the palette's key too (it is hidden from the bindings list)."""
    seen: dict[str, tuple[Binding, bool, str]] = {}
    for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items():
        palette = key == screen.app.COMMAND_PALETTE_BINDING and screen.app.ENABLE_COMMAND_PALETTE
        if (binding.show or palette) and binding.action not in seen:
            seen[binding.action] = (binding, enabled, tooltip)
    return list(seen.values())


def _shown_keys(screen: Screen[object]) -> Shown:
    return tuple(
        (binding.key, binding.description, enabled)
        for _node, binding, enabled, _tooltip in screen.active_bindings.values()
        if binding.show
    )
