"""Fetched pages kept under the user cache folder, one file per URL, so that opening
the same address again reads no network (`--refresh` fetches anew).

The page's bytes are kept, not the parsed article: a better extractor in a later
version then applies to pages fetched before. A file is a JSON header line (the
final URL, media type and charset) and the body; it is written to a temporary
name and renamed, so a crash never leaves half a page. A damaged file is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from urllib.parse import urldefrag

from reader.core.paths import cache_dir
from reader.core.reading.fetch import Page


def page_folder() -> Path:
    """Where pages live: `pages/` in the user cache folder (honours XDG_CACHE_HOME)."""
    return cache_dir() / "pages"


def page_file(url: str) -> Path:
    """The file that keeps the page of `url` (its #fragment aside), fetched or not."""
    address = urldefrag(url).url
    return page_folder() / hashlib.sha256(address.encode("utf-8")).hexdigest()


def load_page(url: str) -> Page | None:
    """The page fetched for `url` before, or None (never fetched, or the file is damaged)."""
    try:
        header, body = page_file(url).read_bytes().split(b"\n", 1)
        fields = json.loads(header)
        page = Page(fields["url"], fields["media_type"], fields["charset"], body)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    texts = (page.url, page.media_type, page.charset or "")
    return page if all(isinstance(text, str) for text in texts) else None


def save_page(url: str, page: Page) -> None:
    """Keep `page` for `url`; a cache that cannot be written only costs a fetch next time."""
    header = {"url": page.url, "media_type": page.media_type, "charset": page.charset}
    target = page_file(url)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".page-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(json.dumps(header).encode("utf-8") + b"\n" + page.body)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
