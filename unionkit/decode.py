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
    return _mixed(data, first_bad) or _detect(data, first_bad)


def _mixed(data: bytes, first_bad: int) -> Decoded | None:
    """A page pasted together from a UTF-8 part and a legacy-encoded part (a GBK template
    around UTF-8 content, or two scrapes concatenated): each line decoded by what it is."""
    lines = data.split(b"\n")
    good_non_ascii = 0
    split: list[int | None] = []  # per line: None if UTF-8, else where its legacy part starts
    for ln in lines:
        try:
            ln.decode("utf-8")
            split.append(None)
            good_non_ascii += sum(1 for b in ln if b >= 0xC0)  # one lead byte per non-ASCII character
        except UnicodeDecodeError as e:
            # The line where the two parts meet starts in UTF-8: keep that prefix as UTF-8.
            at = _utf8_prefix(ln, e.start)
            split.append(at)
            good_non_ascii += sum(1 for b in ln[:at] if b >= 0xC0)
    # Short legacy-encoded lines can pass as UTF-8 by chance; real UTF-8 parts are long.
    if good_non_ascii < 20 or all(at is None for at in split):
        return None
    legacy = b"\n".join(ln[at:] for ln, at in zip(lines, split) if at is not None)
    name = _legacy_name(legacy)
    out, damaged, n = [], 0, 0
    for ln, at in zip(lines, split):
        if at is None:
            out.append(ln.decode("utf-8"))
            continue
        n += 1
        text = ln[at:].decode(name, errors="replace")
        damaged += text.count("\ufffd")
        out.append(ln[:at].decode("utf-8") + text)
    text = "\n".join(out)
    if damaged > max(1, 0.02 * len(legacy)) or not _mostly_text(text):
        return None
    warning = f"mixed encodings: {n} line(s) from byte {first_bad} decoded as {name}, the rest as UTF-8"
    return Decoded(text, f"utf-8+{name}", [warning + (f"; {damaged} character(s) replaced with U+FFFD" if damaged else "")])


def _utf8_prefix(line: bytes, bad: int) -> int:
    """Where a line's legacy part starts, given its first invalid UTF-8 byte: legacy
    double bytes often pass as UTF-8 characters that Chinese text does not use (GBK 围 reads
    as Greek Χ), so the split moves back over those; no Chinese UTF-8 text before it, 0."""
    prefix = line[:bad].decode("utf-8")
    while prefix and ord(prefix[-1]) >= 0x80 and not _chinese_char(prefix[-1]):
        prefix = prefix[:-1]
    return len(prefix.encode("utf-8")) if any(_chinese_char(c) for c in prefix) else 0


def _chinese_char(c: str) -> bool:
    """A character Chinese text is written with: general punctuation, CJK marks, Han, full-width forms (a range
    test: no pattern to compile at every start for a path only mixed-encoding input takes)."""
    return "\u2000" <= c <= "\u206f" or "\u3000" <= c <= "\u303f" or "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"


def _legacy_name(data: bytes) -> str:
    """The legacy Chinese encoding of some bytes: detection among GB18030 and Big5, else the one
    that decodes with the fewest errors (GB18030 on a tie: it is the common one)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is not None:
        return "gb18030" if best.encoding in ("gb2312", "gbk", "hz") else best.encoding
    return min(("gb18030", "big5"), key=lambda n: data.decode(n, errors="replace").count("\ufffd"))


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


#: cp1252's characters for the bytes 0x80-0x9F (€ ‚ ƒ „ … Ž ' " ™ š …), back to their bytes (the five bytes cp1252
#: leaves undefined come through as Latin-1's C1 controls, their own code points).
CP1252_BYTES = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0)
                if bytes([b]).decode("cp1252", "replace") != "\ufffd"}


def undo_cp1252(text: str) -> str | None:
    """What a string of Latin letters said before its UTF-8 bytes were read as Windows-1252 (æ˜†éƒ½ → 昆都), when
    it decodes whole and holds Chinese; None otherwise. A template that writes one field through another charset
    (a <title> double-encoded by the CMS) leaves the rest of the page readable: only that field needs the repair."""
    if not any("\u00c0" <= c <= "\u00ef" for c in text):  # (no lead byte of a 2- or 3-byte character: no mojibake)
        return None
    try:
        fixed = bytes(ord(c) if c < "\u0100" else CP1252_BYTES[c] for c in text).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None  # a character neither cp1252 nor Latin-1 gives, or bytes that are no UTF-8: real Latin text
    return fixed if any(_chinese_char(c) for c in fixed) else None
