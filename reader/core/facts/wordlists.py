"""Small closed word lists shared by the fact readers."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set from a space-separated list (keeps long lists readable)."""
    return frozenset(text.split())


FUNCTION_WORDS = words(
    "a an the of to in on at by for from with and or but nor that which who whom "
    "whose what when where why how is are was were be been being has have had do "
    "does did will would shall should can could may might must not no than then "
    "more most less least other others such only also very too just"
)
"""Words that never name a thing."""

CONTEXT_STOPWORDS = FUNCTION_WORDS | words(
    "it its it's he she they them their his her him we us our you your i me my "
    "this these those there here as so if into about over under some any all each "
    "said says say after before up out off again once while during until since per "
    "own same half another"
)
"""Words too common to tell two facts' contexts apart."""

NOT_PLURAL = words(
    "is was has his its this us as thus yes plus less unless across always perhaps "
    "towards afterwards sometimes besides whereas series news ones others "
    "himself herself itself does goes says times"
)
"""Words ending in "s" that are not plural nouns ("three times" is no count)."""
