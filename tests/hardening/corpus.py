"""Generated bad and hostile inputs: what people actually save from the web.

Each entry is built in a temporary folder by the tests; nothing here is checked in
as data. `expect` says what Diptych should do: "open" (handled sensibly) or
"refuse" (one clear line, exit 1); `keeps` is text an opened input must still show.
Unreadable files and paths that vanish mid-scan cannot be files made up front (the
tests may run as root): test_library_inputs.py simulates them in-process.
"""

from __future__ import annotations

import codecs
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
HOSTILE = (
    "He typed [bold red]x[/] and [link=https://x]y[/link] on screen.\n"
    "Clear \x1b[2J now. Clipboard \x1b]52;c;ZXZpbA==\x07 grab. "
    "Link \x1b]8;;https://evil\x1b\\click\x1b]8;;\x1b\\ here. Bell \x07 rings.\n"
    "Eight-bit \x9b2J clear and \u202eeldnah\u202c reversed.\n"
)
PROSE = "The minister said the talks in Geneva went well. Officials agreed to meet again.\n"


@dataclass(frozen=True)
class BadInput:
    name: str
    expect: str  # "open" or "refuse"
    make: Callable[[Path], Path]
    keeps: str = ""


def _bytes(file_name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / file_name
        path.write_bytes(data)
        return path

    return make


def _sparse(file_name: str, size: int) -> Callable[[Path], Path]:
    # A sparse file: the size check must refuse it before reading 200 MB.
    def make(folder: Path) -> Path:
        path = folder / file_name
        with path.open("wb") as handle:
            handle.write(PROSE.encode())
            handle.truncate(size)
        return path

    return make


def _directory(folder_name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / folder_name
        path.mkdir()
        return path

    return make


def _symlink_loop(file_name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / file_name
        path.symlink_to(path)
        return path

    return make


def _fifo(file_name: str) -> Callable[[Path], Path]:
    # Opening a named pipe with no writer blocks forever: it must be refused unopened.
    def make(folder: Path) -> Path:
        path = folder / file_name
        os.mkfifo(path)
        return path

    return make


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", PROSE * 50)
    return buffer.getvalue()


def _named(file_name: str, data: bytes) -> Callable[[Path], Path]:
    # The name itself is hostile: os.fsdecode keeps bytes that are not UTF-8.
    def make(folder: Path) -> Path:
        path = folder / os.fsdecode(file_name.encode("latin-1"))
        path.write_bytes(data)
        return path

    return make


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4
LATIN = "Le président a déclaré que l'économie était forte. À bientôt, señor.\n" * 5
CP1252 = "The minister’s “final” offer — €5 million — was refused.\n" * 5
RTL = "قال الوزير إن المحادثات سارت بشكل جيد. שלום עולם. Cafe\u0301 na\u0308ive.\n" * 3
WIDE = "東京で会談が行われた。😊👍🏽 The talks 🇺🇸🇷🇺 ended. 한국어 텍스트.\n" * 3
NESTED_MD = "".join("> " * depth + f"level {depth}\n" for depth in range(1, 60))
TABLE_MD = "| a | b | c |\n|---|---|---|\n" + "| 1 | two | 3.5 |\n" * 5000
RAW_HTML_MD = "# Title\n\n<div><script>alert('x')</script><b>bold</b></div>\n\nText after.\n"
DEEP_MD = "> " * 5000 + "deep\n\n" + "- " * 3000 + "list\n\nThe closing line survives.\n"
DEEP_HTML = (
    "<html><body>" + "<div>" * 20000 + f"<p>{PROSE}</p>" + "</div>" * 20000 + "</body></html>"
)
SCRIPT_ONLY_HTML = (
    "<html><head><script>var a = 1;</script></head><body><script>x()</script></body></html>"
)
# Character references decode to controls only after parsing, past the first sanitising.
ENTITY_MD = "# Head &#x202e;line &#x9b;2J\n\nText &#27;[31m with &#x2066;isolates&#x2069; here.\n"
ENTITY_HTML = (
    "<html><head><title>T &#x202e;itle &#x1b;[2J</title></head><body><article>"
    f"<h1>Head &#x9b;2J &#27;]52;c;ZXZp&#7;</h1><p>{PROSE} &#x1b;[31m red &#x202e;x</p>"
    f"<p>{PROSE}</p></article></body></html>"
)
SCRIPT_HTML = (
    "<html><head><title>Page</title><script>document.write('evil')</script>"
    "<style>p{color:red}</style></head><body><nav>Home | About</nav>"
    f"<article><h1>Summit</h1><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
)

CORPUS: tuple[BadInput, ...] = (
    BadInput("empty", "refuse", _bytes("empty.txt", b"")),
    BadInput("whitespace only", "refuse", _bytes("blank.txt", b" \n\t\n  \r\n")),
    BadInput("NUL bytes", "refuse", _bytes("nul.txt", b"abc\x00def\x00" * 200)),
    BadInput("PNG image", "refuse", _bytes("photo.txt", PNG)),
    BadInput("zip archive", "refuse", _bytes("archive.md", _zip_bytes())),
    BadInput(
        "invalid UTF-8",
        "open",
        _bytes("bad.txt", PROSE.encode() + b"\xff\xfe\xc3(" * 3),
        keeps="talks in Geneva",
    ),
    BadInput("Latin-1", "open", _bytes("latin1.txt", LATIN.encode("latin-1")), "À bientôt, señor"),
    BadInput("Windows-1252", "open", _bytes("cp1252.txt", CP1252.encode("cp1252")), "€5 million"),
    BadInput(
        "UTF-16 BOM",
        "open",
        _bytes("u16.txt", codecs.BOM_UTF16_LE + PROSE.encode("utf-16-le")),
        keeps="talks in Geneva",
    ),
    BadInput(
        "UTF-16 no BOM", "open", _bytes("u16n.txt", PROSE.encode("utf-16-le")), "talks in Geneva"
    ),
    BadInput(
        "UTF-16 BE no BOM", "open", _bytes("u16be.txt", PROSE.encode("utf-16-be")), "Officials"
    ),
    BadInput("200 MB file", "refuse", _sparse("huge.txt", 200 * MB)),
    BadInput("one 5 MB line", "open", _bytes("line.txt", b"word " * MB)),
    BadInput("one 5 MB word", "open", _bytes("word.txt", b"x" * 5 * MB)),
    BadInput("100,000 paragraphs", "open", _bytes("paras.txt", b"Tiny one.\n\n" * 100_000)),
    BadInput(
        "only punctuation", "open", _bytes("punct.txt", b"... !!! ??? --- ;;; ,,, ...\n" * 20)
    ),
    BadInput("RTL and combining", "open", _bytes("rtl.txt", RTL.encode())),
    BadInput("emoji and CJK", "open", _bytes("wide.txt", WIDE.encode())),
    BadInput(
        "markup and escapes", "open", _bytes("hostile.txt", HOSTILE.encode()), "[bold red]x[/]"
    ),
    BadInput("markdown entities", "open", _bytes("entity.md", ENTITY_MD.encode()), "here."),
    BadInput("HTML entities", "open", _bytes("entity.html", ENTITY_HTML.encode()), "Geneva"),
    BadInput("CR line endings", "open", _bytes("mac.txt", PROSE.replace("\n", "\r").encode())),
    BadInput("markdown raw HTML", "open", _bytes("raw.md", RAW_HTML_MD.encode()), "Text after."),
    BadInput("markdown deep nesting", "open", _bytes("nested.md", NESTED_MD.encode())),
    BadInput(
        "markdown 5,000 deep",
        "open",
        _bytes("deep.md", DEEP_MD.encode()),
        keeps="The closing line survives.",
    ),
    BadInput("markdown huge table", "open", _bytes("table.md", TABLE_MD.encode()), "two | 3.5"),
    BadInput("HTML with scripts", "open", _bytes("page.html", SCRIPT_HTML.encode()), "Summit"),
    BadInput("HTML 20,000 deep", "open", _bytes("deep.html", DEEP_HTML.encode()), "Geneva"),
    BadInput("HTML with only scripts", "refuse", _bytes("script.html", SCRIPT_ONLY_HTML.encode())),
    BadInput("folder named like an article", "refuse", _directory("folder.txt")),
    BadInput("symlink loop", "refuse", _symlink_loop("loop.txt")),
    BadInput("named pipe", "refuse", _fifo("pipe.txt")),
    BadInput("escapes in the file name", "refuse", _named("evil\x1b[2J\x07.txt", b"\x00" * 64)),
    BadInput("file name not UTF-8", "open", _named("caf\xe9\xff.txt", PROSE.encode()), "Geneva"),
)
