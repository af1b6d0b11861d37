"""Bytes -> clean text: encoding detection and removal of anything a terminal would act on.

Sanitising happens once, here, so every later span indexes the same clean text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of formats that are never articles.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"%PDF",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"SQLite format 3",
    b"MZ",
)

# ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/APC/PM/SOS strings
# (terminated by BEL or ST), and two-character escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# C0/C1 controls (keeping tab and newline), DEL, and bidi overrides/isolates,
# which reorder what the terminal shows.
_CONTROL_CHARS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
)
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# Every character `sanitize` acts on besides NFC: \r, the escape introducers and \f\v
# are controls too; add tab and the Unicode line/paragraph separators.
_NEEDS_CLEANING = re.compile(f"[{_CONTROL_CHARS}\t\u2028\u2029]")


class DecodeError(ValueError):
    """The bytes are not text (binary, or no encoding fits)."""


def decode(data: bytes) -> str:
    """Decode article bytes: BOMs first, then UTF-8, then a detected legacy encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    utf16 = decode_utf16_guess(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = decode_western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes  # 10 ms to import; UTF-8 files never need it

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_NOT_ASCII_LETTER = bytes(byte for byte in range(256) if byte not in _ASCII_LETTERS)
_ASCII = bytes(range(128))


def decode_western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1's text) for mostly-ASCII Western text, else None.

    Most legacy pages saved from the web are in it, and on short texts the detector
    guesses wrong (’ read as í in mac_iceland). Accented letters are a small share of
    a Western text's letters; Cyrillic or Greek in an 8-bit code page is mostly high
    bytes, and is left to the detector.
    """
    sample = data[:200_000]
    high = len(sample.translate(None, _ASCII))
    letters = len(sample.translate(None, _NOT_ASCII_LETTER))
    if high > 0.3 * letters:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are not cp1252
        return None


# Every byte but the control bytes that text never holds (tab, newlines, form feed
# and ESC are kept as text): deleting these leaves the suspicious ones to count.
_NOT_CONTROL = bytes(byte for byte in range(256) if byte >= 32 or byte in b"\t\n\r\f\x1b")


def looks_binary(data: bytes) -> bool:
    """True for known binary signatures, NUL bytes, or mostly control bytes."""
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    if _looks_utf16_without_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))  # in C: a Python loop cost 0.2 ms
    return controls > max(8, len(sample) // 20)


def _looks_utf16_without_bom(sample: bytes) -> bool:
    # ASCII-heavy UTF-16 has a NUL in every other byte.
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > 0.7 * half and min(even_nuls, odd_nuls) == 0


def decode_utf16_guess(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 when the NUL pattern says so, else None."""
    sample = data[:8192]
    if not _looks_utf16_without_bom(sample):
        return None
    encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    return data.decode(encoding, errors="replace")


def sanitize(text: str) -> str:
    """Unify line endings, drop escape sequences and control characters, NFC-normalise."""
    # Clean text (nearly every block) skips the eight passes: one search, then NFC.
    if _NEEDS_CLEANING.search(text) is not None:
        text = _clean(text)
    return unicodedata.normalize("NFC", text)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = text.replace("\t", " ").replace("\f", "\n").replace("\v", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)
