"""WARC files (web archives, plain or gzip'd): each HTML response record is one article.

Read with ``warcio`` (optional: imported only when a WARC file comes in). The
HTTP ``Content-Type`` charset ranks between the BOM and the page's own
declaration, as browsers rank them; the record's target URI becomes
``meta.url`` unless the page names a canonical URL.
"""

from __future__ import annotations

import gzip
import re
import zlib
from typing import BinaryIO, Iterator

from ..record import make_id

MISSING = "reading WARC files needs warcio: pip install warcio"
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:+-]+)", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(head: bytes) -> bool:
    """A WARC stream by its first bytes (a gzip'd WARC is checked after inflating its start)."""
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
        return inflated.startswith(b"WARC/")
    return False


class _Prefixed:
    """A stream that first returns already-read bytes, then the rest of the file."""

    def __init__(self, head: bytes, fh: BinaryIO):
        self.head, self.fh = head, fh

    def read(self, n: int = -1) -> bytes:
        if self.head:
            if n is None or n < 0:
                out, self.head = self.head + self.fh.read(), b""
                return out
            out, self.head = self.head[:n], self.head[n:]
            return out
        return self.fh.read(n)


def http_charset(content_type: str | None) -> str | None:
    """The charset an HTTP Content-Type header names, lower-cased."""
    m = _CHARSET.search(content_type or "")
    return m.group(1).lower() if m else None


def warc_articles(head: bytes, fh: BinaryIO, name: str, *, encoding: str | None = None) -> Iterator:
    """Articles (or Failures) of every HTML response record of a WARC stream."""
    from ..inputs import Failure

    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Failure(name, MISSING)
        return
    from . import decode_html, html_to_article

    try:
        for rec in ArchiveIterator(_Prefixed(head, fh)):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            ctype = rec.http_headers.get_header("Content-Type") or ""
            if not ctype.lower().startswith(_HTML_TYPES):
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{uri or rec.rec_headers.get_header('WARC-Record-ID')}"
            try:
                data = rec.content_stream().read()
            except (OSError, ValueError, EOFError, zlib.error) as e:
                yield Failure(where, f"unreadable record body ({e})")
                continue
            dec = decode_html(data, encoding=encoding, transport=http_charset(ctype))
            art = html_to_article(dec.text, path=None if name == "<stdin>" else name)
            art.id = make_id(None, uri or dec.text)
            art.meta.url = art.meta.url or uri
            art.warnings[:0] = dec.warnings
            yield art
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as e:
        yield Failure(name, f"broken WARC ({e})")
