"""Hand-made gold for speakers and claims in the seed articles.

A = seeds/000_259be27b5eeff012.txt (zerohedge), B = seeds/002_a7c2156ec2a0f3ad.txt (AP).
Written by reading the articles, not from the program's output: every statement
the text attributes to someone, identified by a distinctive substring of what was
said, with the reporting verb (or noun) and whether it is a direct quotation.
Nested attributions count on their own ("Lavrov said Trump accepted Putin's
assurances that …" is a claim by Lavrov and, inside it, one by Putin).

Judgement calls, stated so that the bounds in the tests mean something:
- "The Russians … claimed" is a claim by a group; it is a speaker entry.
- "asked for 'proof and evidence'" is Putin's request as reported by AP: a claim.
- Two attributions are beyond the patterns and are expected misses: the relative
  clause "which Russia denies", and the passive "first reported … by The
  Associated Press".
- "…, Tillerson said, but Trump 'pressed' him …": the clause after "but" is
  Tillerson's account too, a claim of its own.
- Not claims: "the president himself had doubted in public" (no statement given),
  "We are confident…" (the blogger's own voice), "Both sides took pains to
  describe the meeting as 'constructive'" (no speaker named).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoldClaim:
    doc: str
    speaker: str
    says: str  # a distinctive substring of the claim's text
    verb: str
    quoted: bool
    findable: bool = True  # False: a known miss, counted against recall


CLAIMS = [
    # Article A
    GoldClaim("a", "AP", "the Russian president asked for", "reports", False),
    GoldClaim("a", "Vladimir Putin", 'for "proof and evidence"', "asked", False),
    GoldClaim("a", "Russia", "alleged interference", "denies", False, findable=False),
    GoldClaim("a", "Rex Tillerson", "The request was made after Trump", "according to", False),
    GoldClaim("a", "Rex Tillerson", "Trump opened the conversation by", "told", False),
    GoldClaim("a", "Rex Tillerson", "Putin once again denied", "said", False),
    GoldClaim("a", "Vladimir Putin", "Russian involvement", "denied", False),
    GoldClaim("a", "Rex Tillerson", "on more than one occasion", "said", False),
    GoldClaim("a", "Rex Tillerson", "President Putin denied such involvement", "continued", True),
    GoldClaim("a", "Russians", "Trump accepted the denial", "claimed", False),
    GoldClaim("a", "Rex Tillerson", "may simply be an 'intractable disagreement", "said", False),
    GoldClaim("a", "Rex Tillerson", "the Russians pushed Trump for proof", "said", False),
    GoldClaim("a", "Rex Tillerson", "The president at this point pressed him", "said", True),
    GoldClaim("a", "Rex Tillerson", "agreed to explore a “framework”", "said", False),
    GoldClaim("a", "Rex Tillerson", "a substantial hindrance", "said", True),
    GoldClaim("a", "Rex Tillerson", "So more work to be done", "said", True),
    GoldClaim("a", "Sergei Lavrov", "Russia didn't interfere in the election", "said", False),
    GoldClaim(
        "a", "Vladimir Putin", "Russia didn't interfere in the election", "assurances", False
    ),
    GoldClaim("a", "Rex Tillerson", "not dismissing the issue in any way", "said", False),
    GoldClaim(
        "a", "Rex Tillerson", "insistence that Russia did not interfere", "acknowledged", False
    ),
    GoldClaim("a", "Vladimir Putin", "Russia did not interfere", "insistence", False),
    GoldClaim("a", "Rex Tillerson", "It's not clear to me", "said", True),
    GoldClaim("a", "Rex Tillerson", "what do we do now?", "said", True),
    GoldClaim("a", "Vladimir Putin", "the two discussed Syria, Ukraine", "said", False),
    # Article B
    GoldClaim("b", "Rex Tillerson", "President Trump opened his first meeting", "said", False),
    GoldClaim("b", "Vladimir Putin", "being involved", "denied", False),
    GoldClaim("b", "Sergei Lavrov", "Russia didn't meddle in the U.S. election", "said", False),
    GoldClaim(
        "b", "Vladimir Putin", "Russia didn't meddle in the U.S. election", "assurances", False
    ),
    GoldClaim("b", "Rex Tillerson", "rightly focused on how do we move forward", "said", True),
    GoldClaim("b", "Vladimir Putin", "culpability", "denial", False),
    GoldClaim("b", "Rex Tillerson", "the issue has become a hindrance", "said", False),
    GoldClaim("b", "Rex Tillerson", '"robust and lengthy."', "added", False),
    GoldClaim("b", "Rex Tillerson", "agreed to continue the discussion", "said", False),
    GoldClaim("b", "Rex Tillerson", "Russia had an interest in seeing", "said", False),
    GoldClaim("b", "Rex Tillerson", "no next meeting for Putin and Trump", "said", False),
    GoldClaim(
        "b",
        "Rex Tillerson",
        "connected very quickly. There was a very clear positive chemistry",
        "said",
        True,
    ),
    GoldClaim("b", "Rex Tillerson", "There was so much to talk about", "said", True),
    GoldClaim("b", "Rex Tillerson", "Neither one of them wanted to stop", "said", True),
    GoldClaim("b", "Rex Tillerson", "aides sent in first lady Melania Trump", "added", False),
    GoldClaim("b", "The Associated Press", "ceasefire deal", "reported", False, findable=False),
]

# Speakers that must be listed, with aliases they must carry, and the articles
# they speak in.
SPEAKERS = {
    "Rex Tillerson": ({"Tillerson", "secretary of state"}, {"a", "b"}),
    "Sergei Lavrov": ({"Sergey Lavrov"}, {"a", "b"}),
    "Vladimir Putin": ({"Putin"}, {"a", "b"}),
    "AP": (set(), {"a"}),
    "Russians": (set(), {"a"}),
}
# Only mentioned, never attributed a statement.
NOT_SPEAKERS = ["Melania Trump", "Shinzo Abe", "Donald Trump", "Trump", "Moscow", "Germany"]

# The same claim by the same speaker in both articles: (speaker, A substrings,
# B substrings), any alternative being right. Where one article's claim covers
# two of the other's (Tillerson's long quotation; the "according to" and the
# "told reporters" sentences report one exchange), either partner is correct.
LINKS = [
    ("Sergei Lavrov", ["Russia didn't interfere"], ["Russia didn't meddle"]),
    ("Vladimir Putin", ["Russia didn't interfere"], ["Russia didn't meddle"]),
    ("Vladimir Putin", ["Russian involvement"], ["being involved"]),
    ("Rex Tillerson", ["'intractable disagreement"], ["rightly focused"]),
    (
        "Rex Tillerson",
        ["Trump opened the conversation by", "The request was made after Trump"],
        ["President Trump opened his first meeting"],
    ),
    (
        "Rex Tillerson",
        ["a substantial hindrance"],
        ["become a hindrance", "agreed to continue the discussion"],
    ),
]
