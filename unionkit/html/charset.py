"""HTML bytes to text, trusting in order: the BOM, the page's own declaration, detection.

Chinese servers routinely declare ``gb2312`` and send GBK (traditional
characters, rare names), so the GB family is read as its superset GB18030 and
Big5 as Big5-HKSCS/CP950. A declaration that does not fit the bytes (a page
re-saved as UTF-8 that still says gbk) falls back to UTF-8, then detection.
"""

from __future__ import annotations

import codecs
import re

from ..decode import Decoded, decode

#: How far into the page a charset declaration is looked for (saved pages carry long heads).
PRESCAN = 4096

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:+-]+)""", re.I)

# Declared names mapped to the codecs that read them exactly, supersets first.
_FAMILIES = {
    "gb18030": ("gb18030",),
    "big5": ("cp950", "big5hkscs"),
    "utf-8": ("utf-8",),
}
_GB = {"gb2312", "gbk", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn",
       "csgb2312", "chinese", "iso-ir-58", "gb18030", "x-euc-cn", "hz-gb-2312"}
_BIG5 = {"big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950", "big5hkscs", "x-big5"}
# Western single-byte declarations: on a Chinese page they are usually a template default, not a fact.
_WEAK = {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1"}
# A declared codec that misreads at most this share of characters is damaged, not wrong.
_MAX_BAD_SHARE = 0.002


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>``/http-equiv or an XML declaration, lower-cased."""
    head = data[:PRESCAN]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii").lower() if m else None


def candidates(declared: str) -> tuple[str, ...]:
    """Python codecs to try for a declared charset, exact supersets first; () if unknown."""
    name = declared.strip().lower()
    if name in _GB:
        return _FAMILIES["gb18030"]
    if name in _BIG5:
        return _FAMILIES["big5"]
    if name in ("utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"):
        return _FAMILIES["utf-8"]  # a UTF-16 page cannot declare itself in ASCII bytes (WHATWG rule)
    try:
        return (codecs.lookup(name).name,)
    except LookupError:
        return ()


def _has_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode_html(data: bytes, *, encoding: str | None = None, transport: str | None = None) -> Decoded:
    """Decode an HTML page: ``encoding`` (the user's) > BOM > ``transport`` (HTTP header) charset >
    the page's declaration > UTF-8 > detection."""
    if encoding or _has_bom(data) or b"\x00" in data[:PRESCAN]:
        return decode(data, encoding=encoding)
    declared = transport or declared_charset(data)
    if not declared:
        return decode(data)
    weak = declared in _WEAK and not data.isascii()
    tried = () if weak else candidates(declared)
    for codec in tried:
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    try:
        text = data.decode("utf-8")
        return Decoded(text, "utf-8", [] if weak or not tried else [f"declared charset {declared} does not fit; read as UTF-8"])
    except UnicodeDecodeError:
        pass
    if tried:
        # One bad byte in a long GBK page: keep the declared reading, note the damage.
        text = data.decode(tried[0], errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(1, _MAX_BAD_SHARE * len(text)):
            return Decoded(text, tried[0], [f"invalid {declared} bytes; {bad} character(s) replaced with U+FFFD"])
    dec = decode(data)
    if tried:
        dec.warnings.append(f"declared charset {declared} does not fit; detected {dec.encoding}")
    return dec

