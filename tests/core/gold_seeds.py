"""Hand-made gold alignment of the two seed articles (judged by reading both).

Each pair names a distinctive substring of A and of B, so tests locate spans
instead of pinning offsets. MUST_MATCH: the aligner has to link these passages.
ACCEPTABLE: links a careful reader would also draw (same event, same claim); a
prediction overlapping one of them is not an error, but none is required.
UNLINKED_A / UNLINKED_B: passages nothing in the other article reports.
"""

from __future__ import annotations

# (substring of seed A, substring of seed B)
MUST_MATCH: list[tuple[str, str]] = [
    (
        "Russian foreign minister Sergei Lavrov, who was in the meeting, said afterward",
        "Russian foreign minister Sergey Lavrov said Trump accepted",
    ),
    ("ceasefire agreement in Southwest Syria", "ceasefire deal for southwestern Syria"),
    ("Putin once again denied Russian involvement", "Putin denied being involved"),
    ("a substantial hindrance on the ability of us", "a hindrance to better relations"),
    ("commitments of noninterference", "a commitment that Russia won't interfere"),
    (
        "raising the concerns of the American people",
        "raising U.S. concerns about Moscow's meddling",
    ),
    ("intractable disagreement", "intractable disagreement"),
]

ACCEPTABLE: list[tuple[str, str]] = [
    # The shared wording inside the Lavrov sentences.
    (
        "Trump accepted Putin's assurances that Russia didn't interfere",
        "Trump accepted Putin's assurances that Russia didn't meddle",
    ),
    # Trump confronting Putin about meddling at their first meeting.
    ("Trump confronted Putin about Moscow's election meddling", "confront Putin directly"),
    ("Trump confronted Putin about Moscow's election meddling", "by raising U.S. concerns"),
    ("raising the concerns of the American people", "confront Putin directly"),
    # Their first meeting, told from each side.
    ("during his first meeting with US President Donald Trump", "opened his first meeting"),
    # Putin's denial, told three ways.
    ("President Putin denied such involvement", "Putin denied being involved"),
    ("President Putin denied such involvement", "Putin's denial of culpability"),
    ("Putin once again denied Russian involvement", "Putin's denial of culpability"),
    # Tillerson on moving forward despite the disagreement.
    ("let’s talk about how do we go forward", "how do we move forward"),
    ("may simply be an 'intractable disagreement", "may be an intractable disagreement"),
    ("come to some agreed-upon resolution", "intractable disagreement"),
    ("would leave the two countries at an impasse", "intractable disagreement"),
    # The two leaders agreeing to keep working on interference.
    ("and agreed to exchange further work", "had agreed to continue the discussion"),
    # Work on cyber threats.
    ("better understand these types of cyberthreats", "joint group to address cybersecurity"),
    ("fight against cyber crime", "joint group to address cybersecurity"),
    ("fight against cyber crime", "including cyber security"),
    # Trump's own doubts about the interference.
    ("which the president himself had doubted", "avoided stating unequivocally"),
    # The meeting's planned and actual length.
    ("originally supposed to last only 30-40 minutes", "originally scheduled for 35 minutes"),
    ("2+ hour meeting", "2 hours and 16 minutes"),
    ("2+ hour discussion", "more-than-two-hour meeting"),
]

UNLINKED_A: list[str] = [
    "We are confident that the US press",
    "Follow me -best news in steemit-",
    "Follow me, i will follow you too",
    "Source - zerohedge",
]

UNLINKED_B: list[str] = [
    "The former Exxon Mobil CEO has done business in Russia",
    "aides sent in first lady Melania Trump",
    "There was so much to talk about",
    "The two leaders connected very quickly",
]

# Share of predicted verbatim/paraphrase matches that overlap a gold pair on both sides.
MIN_PRECISION = 0.85
