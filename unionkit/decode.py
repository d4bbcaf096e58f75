"""Bytes to text: BOM, then UTF-8, then detection (GB18030/GBK, Big5, UTF-16).

Scraped Chinese pages come in every legacy encoding; a page is never dropped
for one bad byte, but damage is reported (``Decoded.warnings``) and bytes that
are not text at all raise ``DecodeError`` with the byte offset.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A file whose UTF-8 is broken in only a few places (a truncated character in
# the middle of a scraped page) is UTF-8 with damage, not another encoding.
_MAX_BAD_UTF8_SHARE = 0.002


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept; ``offset`` is where it shows."""

    def __init__(self, message: str, offset: int | None = None):
        super().__init__(message)
        self.offset = offset


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def sniff_binary(data: bytes) -> str | None:
    """A reason why ``data`` is not a text page (compressed, executable, NULs), else None."""
    head = data[:8192]
    if head.startswith(b"\x1f\x8b"):
        return "gzip-compressed data (decompress it first, e.g. zcat FILE | unionkit …)"
    if head.startswith(b"\x7fELF") or head.startswith(b"MZ"):
        return "binary executable, not a page"
    if head.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "binary file (archive, PDF or image), not a page"
    if b"\x00" in head and not _looks_utf16_or_32(head):
        return f"binary data (NUL byte at offset {head.index(0)})"
    return None


def _looks_utf16_or_32(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return True
    return _utf16_guess(head) is not None


def _utf16_guess(head: bytes) -> str | None:
    """BOM-less UTF-16: the NULs of ASCII-range characters all sit at one parity."""
    odd = sum(1 for i in range(1, len(head), 2) if head[i] == 0)
    even = head.count(0) - odd
    # Han characters such as 一 (U+4E00) put a few NULs at the other parity.
    if odd >= 4 and odd >= 3 * even:
        return "utf-16-le"
    if even >= 4 and even >= 3 * odd:
        return "utf-16-be"
    return None


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode page bytes; ``encoding`` (the user's ``--encoding``) overrides detection."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, [f"invalid {encoding} at byte {e.start}; replaced with U+FFFD"])
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, name)
    guess = _utf16_guess(data[:8192]) if b"\x00" in data[:8192] else None
    if guess:
        result = _decode_with(data, guess)
        if _mostly_text(result.text):
            return result
    reason = sniff_binary(data)
    if reason:
        raise DecodeError(reason, 0)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(1, _MAX_BAD_UTF8_SHARE * len(lenient)):
        return Decoded(lenient, "utf-8", [f"invalid UTF-8 at byte {first_bad}; {bad} character(s) replaced with U+FFFD"])
    return _detect(data, first_bad)


def _decode_with(data: bytes, name: str) -> Decoded:
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError as e:
        return Decoded(data.decode(name, errors="replace"), name,
                       [f"invalid {name} at byte {e.start}; replaced with U+FFFD"])


def _detect(data: bytes, first_bad: int) -> Decoded:
    """Legacy encodings by detection; GB2312/GBK are read as their superset GB18030."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise DecodeError(f"undecodable bytes (not UTF-8 from byte {first_bad}, no other encoding fits)", first_bad)
    name = best.encoding
    if name in ("gb2312", "gbk", "hz"):
        name = "gb18030"
    result = _decode_with(data, name)
    if not _mostly_text(result.text):
        raise DecodeError(f"undecodable bytes (not UTF-8 from byte {first_bad}; as {name} it is not text)", first_bad)
    return result


def _mostly_text(text: str) -> bool:
    """Reject decodings that are mostly control characters or private-use noise."""
    sample = text[:20000]
    if not sample:
        return True
    junk = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or 0xE000 <= ord(c) <= 0xF8FF)
    return junk <= 0.02 * len(sample)
