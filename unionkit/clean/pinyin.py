"""Pinyin annotations: a reading in parentheses right after a Han character.

Some sites run their text through a "pinyin annotator" that adds the reading of
some characters in parentheses, as in ``助創(chuàng)文明城市`` or
``網(wǎng)``.  Such a parenthesis is removed only when its content is a reading
of the character just before it, checked against pypinyin's heteronym
readings (shipped as a compact table, ``unionkit/data/pinyin.tsv``, built from
pypinyin by ``scripts/build_pinyin.py``; pypinyin itself is imported only when
the table is missing); ``勞模(工匠)``, ``(2024)``, ``(COP15)``, ``(dongzi)`` stay.

Accepted spellings: tone marks (``chuàng``), tone numbers (``chuang4``,
``de5``/``de0`` for the neutral tone), no tone at all (``chuang``); ``ü`` may be
written ``v`` or ``u:`` (``lv4``, ``lu:4``), or lost (``nu`` for 女 ``nǚ``).
Lowercase only: a capitalised romanisation (``李(Li)``) is a name gloss, not an
annotation.

Tone policy (default): the reading must match one of the character's readings
without regard to tone.  A parenthesised syllable right after a character
whose reading it spells is an annotation even when its tone is off (the
annotators pick one heteronym and apply tone sandhi rules of their own, and
pypinyin's heteronym list is incomplete), while an English word or code almost
never spells a reading of the preceding character.  ``strict_tones=True``
also requires the tone to match (toneless = neutral tone).

Mojibake readings: a page whose tone-marked readings were UTF-8 read as Latin-1
or cp1252 (``電(diÃ n)`` for ``電(diàn)``) has them repaired, and removed when
the repair is a reading of the character (``mojibake_reading_spans``); the
removal records the text as the page has it.

Span convention: ``(start, end)`` covers the parentheses and the reading.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .. import lazyrx
from ..decode import CP1252_BYTES

# A Han character, then a bracketed run of Latin letters (with tone marks or a
# tone digit); ASCII and fullwidth parentheses may be mixed.
_ANNOTATION = lazyrx.cached(
    r"(?<=\p{Han})[(（]([a-zA-Z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f:]{1,8}[0-5]?)[)）]")
#: What both reading patterns (``_ANNOTATION``, ``_WORD_ANNOTATION``) open with: a bracket, then a letter of their
#: readings. Most bracketed text in news is Han or digits ((记者 王刚), (2024)): one search proves no reading is there.
_READING_OPEN = lazyrx.cached(r"[(（][a-zA-Z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f:]")
_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
_SYLLABLE = lazyrx.cached(r"[a-zü]{1,6}")
_JQXY_U = lazyrx.cached(r"^([jqxy])ü")


@lru_cache(maxsize=4096)
def parse_reading(text: str) -> tuple[str, int | None] | None:
    """(base, tone) of a written pinyin syllable, or None when it is not one.

    base is lowercase with ``ü`` spelled ``ü``; tone is 1-4, 5 for a neutral
    tone written as 5/0, or None when no tone is written.
    """
    if text != text.lower():
        return None
    s = unicodedata.normalize("NFD", text)
    tone = None
    out = []
    for c in s:
        if c in _TONE_MARKS:
            if tone is not None:
                return None  # two tone marks: not one syllable
            tone = _TONE_MARKS[c]
        else:
            out.append(c)
    base = unicodedata.normalize("NFC", "".join(out))
    if base[-1:].isdigit():
        if tone is not None:
            return None
        tone = int(base[-1]) or 5
        base = base[:-1]
    base = base.replace("u:", "ü").replace("v", "ü")
    if not _SYLLABLE.fullmatch(base):
        return None
    return _JQXY_U.sub(r"\1u", base), tone


class Table:
    """The shipped char -> readings table (``unionkit/data/pinyin.tsv``), kept as its UTF-8 bytes.

    Lines are ``<char><TAB><base+tone> ...`` after ``#`` header lines, in code
    point order (``scripts/build_pinyin.py`` sorts them; UTF-8 bytes sort the
    same way): a lookup is a binary search over the bytes (~20 µs; a plain
    ``bytes.find`` of the row costs ~0.1 ms), cached per character by
    ``readings``. So the table costs its file size (~0.5 MB) and no parsing at
    load, where pypinyin's dictionaries cost ~50 MB and ~0.2-0.4 s.
    """

    def __init__(self, data: bytes):
        self.data = b"\n" + data
        first = 1  # the first row, after the header lines
        while self.data.startswith(b"#", first):
            first = self.data.index(b"\n", first) + 1
        self.first = first

    def readings(self, ch: str) -> frozenset[tuple[str, int]]:
        """The (base, tone) readings of one character (empty when it has none)."""
        if len(ch) != 1 or ch in "\t\n#":
            return frozenset()
        j = self.row(ch.encode("utf-8", "surrogatepass"))
        if j < 0:
            return frozenset()
        line = self.data[j:self.data.index(b"\n", j)].decode("utf-8")
        return frozenset((r[:-1], int(r[-1])) for r in line.split())

    def row(self, key: bytes) -> int:
        """Where the readings of the row keyed ``key`` start (after its tab), or -1 when there is no such row.

        A binary search over byte offsets: rows starting before ``lo`` have
        smaller keys, rows starting at ``hi`` or later larger ones.
        """
        data = self.data
        lo, hi = self.first, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            p = data.find(b"\n", mid - 1) + 1  # the first row starting at mid or later (0: none)
            if p == 0 or p >= hi:
                hi = mid  # no row starts in [mid, hi)
                continue
            tab = data.find(b"\t", p)
            if tab < 0:
                return -1  # (a malformed last line)
            k = data[p:tab]
            if k == key:
                return tab + 1
            if k < key:
                lo = data.find(b"\n", tab) + 1 or len(data)
            else:
                hi = p
        return -1


@lru_cache(maxsize=1)
def _table() -> Table | None:
    """The shipped table, None when the data file is missing (then pypinyin answers)."""
    from importlib import resources

    try:
        return Table(resources.files("unionkit.data").joinpath("pinyin.tsv").read_bytes())
    except (FileNotFoundError, ModuleNotFoundError):
        return None


@lru_cache(maxsize=None)
def readings(ch: str) -> frozenset[tuple[str, int]]:
    """All (base, tone) readings pypinyin knows for one character (heteronyms included)."""
    table = _table()
    return table.readings(ch) if table is not None else readings_from_pypinyin(ch)


def readings_from_pypinyin(ch: str) -> frozenset[tuple[str, int]]:
    """``readings`` asked of pypinyin itself (slow import, ~50 MB: for the build script and as a fallback)."""
    from pypinyin import Style, pinyin

    out = set()
    for r in pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True, v_to_u=True)[0]:
        p = parse_reading(r)
        if p is not None and r != ch:
            out.add((p[0], p[1] or 5))
    return frozenset(out)


def is_reading(ch: str, text: str, *, strict_tones: bool = False) -> bool:
    """Whether `text` is a pinyin reading of the Han character `ch` (see the module doc for the tone policy)."""
    return _reads(ch, text, strict_tones)


@lru_cache(maxsize=16384)
def _reads(ch: str, text: str, strict_tones: bool) -> bool:
    """``is_reading``, cached by (character, syllable): an annotated page glosses the same few hundred characters
    again and again, and the character and word rules ask the same pair."""
    p = parse_reading(text)
    if p is None:
        return False
    base, tone = p
    known = readings(ch)
    bases = {b for b, _ in known}
    if base in bases or ("ü" not in base and base.replace("u", "ü") in bases):
        cands = [t for b, t in known if b == base or ("ü" not in base and b == base.replace("u", "ü"))]
        return not strict_tones or (tone or 5) in cands
    return False


def pinyin_spans(line: str, *, strict_tones: bool = False) -> list[tuple[int, int]]:
    """Spans of the parenthesised readings in `line` (parentheses included)."""
    if "(" not in line and "（" not in line or not _READING_OPEN.search(line):
        return []
    spans = []
    for m in _ANNOTATION.finditer(line):
        if _reads(line[m.start() - 1], m.group(1), strict_tones):
            spans.append(m.span())
    if any(c in line for c in MOJIBAKE_LEADS):
        spans.extend(mojibake_reading_spans(line, strict_tones=strict_tones))
    return sorted(set(spans) | set(word_reading_spans(line, strict_tones=strict_tones)))


# --- mojibake readings ----------------------------------------------------------------
# Pages whose tone-marked pinyin was written as UTF-8 and read back as Latin-1 or cp1252 (電(diÃ n), 會(huÃ¬),
# 點(diÇ\x8en) or 點(diÇŽn)): the Han text is whole, each tone vowel became two characters.

#: The first byte of every tone vowel's UTF-8, read as Latin-1 (à á è é ì í ò ó ù ú ü: C3; ā ē ě: C4;
#: ō ū ń ň: C5; ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ: C7). A line without one holds no such reading (the test most lines pay).
MOJIBAKE_LEADS = "ÃÄÅÇ"
# A Han character, then a bracketed run, opening with a letter or a lead, of lowercase letters and what Latin-1
# or cp1252 makes of UTF-8's second bytes (C1 controls, NBSP, ¬ © « ¹; cp1252's Ž ' " ™ …), a space where an
# NBSP became one.
_MOJIBAKE_ANNOTATION = lazyrx.cached(
    r"(?<=\p{Han})[(（]([a-z" + MOJIBAKE_LEADS + r"][a-z\u0080-\u00ff" + "".join(sorted(CP1252_BYTES))
    + r" ]{1,11}[0-5]?)[)）]")
#: Bytes a page's rendering or copying can drop from a mojibake pair: C1 controls, the soft hyphen (í: C3 AD),
#: the NBSP (à: C3 A0; also read as a space, tried first).
_VANISHING = bytes(range(0x80, 0xA0)) + b"\xa0\xad"


@lru_cache(maxsize=4096)
def repair_mojibake(text: str) -> tuple[str, ...]:
    """What `text` read before its UTF-8 was decoded as Latin-1 or cp1252 (``diÃ``, NBSP, ``n`` -> ``diàn``): the one
    repair when it decodes as it stands, else one per byte its one broken pair may have lost (an NBSP turned into
    a space, a C1 control or soft hyphen gone). Empty when it is no such mojibake."""
    try:
        raw = bytes(ord(c) if c < "\u0100" else CP1252_BYTES[c] for c in text)
    except KeyError:
        return ()  # a character neither Latin-1 nor cp1252 gives
    try:
        fixed = raw.decode("utf-8")
        return (fixed,) if fixed != text else ()
    except UnicodeDecodeError:
        pass
    # a two-byte lead (C2-DF) without its continuation byte (80-BF) after it
    broken = [i for i, b in enumerate(raw)
              if 0xC2 <= b <= 0xDF and not (i + 1 < len(raw) and 0x80 <= raw[i + 1] <= 0xBF)]
    if len(broken) != 1:
        return ()  # a reading is one syllable: one tone vowel lost at most
    i = broken[0]
    tries = [raw[:i + 1] + b"\xa0" + raw[i + 2:]] if raw[i + 1:i + 2] == b" " else []
    tries += [raw[:i + 1] + bytes([b]) + raw[i + 1:] for b in _VANISHING]
    out = []
    for t in tries:
        try:
            out.append(t.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return tuple(out)


def mojibake_reading_spans(line: str, *, strict_tones: bool = False) -> list[tuple[int, int]]:
    """Spans of readings written as mojibake (電(diÃ n)): a bracketed run that repairs to a reading of the
    character before it. Accented words that are no mojibake ((café), (Çelik)) repair to nothing that reads."""
    spans = []
    for m in _MOJIBAKE_ANNOTATION.finditer(line):
        body = m.group(1)
        if not any(c in body for c in MOJIBAKE_LEADS):
            continue
        ch = line[m.start() - 1]
        if any(_reads(ch, r, strict_tones) for r in repair_mojibake(body)):
            spans.append(m.span())
    return spans


# A run of Han characters, then a bracketed run of two or more lowercase pinyin syllables, spaced or not
# (職工(zhí gōng), 连州市(liánzhōushì)): annotators that gloss whole words.
_WORD_ANNOTATION = lazyrx.cached(
    r"(\p{Han}{2,8})[(（]([a-z\u00e0-\u024f\u1e00-\u1eff\u0300-\u036f:]+[0-5]?"
    r"(?: [a-z\u00e0-\u024f\u1e00-\u1eff\u0300-\u036f:]+[0-5]?){0,7})[)）]")


def _segment(chars: str, text: str, strict_tones: bool) -> bool:
    """Whether unspaced `text` splits into one reading of each character of `chars`, in order."""
    if not chars:
        return not text
    if not text:
        return False
    return any(_reads(chars[0], text[:k], strict_tones) and _segment(chars[1:], text[k:], strict_tones)
               for k in range(1, min(len(text), 7) + 1))


def word_reading_spans(line: str, *, strict_tones: bool = False) -> list[tuple[int, int]]:
    """Spans of word-level readings: N syllables (spaced or not, N >= 2) in brackets after N Han characters, each
    syllable a reading of its character (as for one character: ``勞模(laomo tools)``, ``(union)`` stay)."""
    spans = []
    for m in _WORD_ANNOTATION.finditer(line):
        han, body = m.group(1), m.group(2)
        sylls = body.split(" ")
        if len(sylls) >= 2:
            chars = han[-len(sylls):] if len(sylls) <= len(han) else ""
            ok = bool(chars) and all(_reads(c, s, strict_tones) for c, s in zip(chars, sylls))
        elif len(body.rstrip("012345")) <= 8 and _reads(han[-1], body, strict_tones):
            continue  # one character's reading: pinyin_spans' character rule takes the same span
        else:
            ok = len(body) <= 48 and any(_segment(han[-n:], body, strict_tones) for n in range(2, len(han) + 1))
        if ok:
            spans.append((m.start(2) - 1, m.end()))
    return spans


def strip_pinyin(line: str, *, strict_tones: bool = False) -> tuple[str, list[str]]:
    """The line without pinyin annotations, and the removed annotations."""
    spans = pinyin_spans(line, strict_tones=strict_tones)
    if not spans:
        return line, []
    out, removed, pos = [], [], 0
    for s, e in spans:
        out.append(line[pos:s])
        removed.append(line[s:e])
        pos = e
    out.append(line[pos:])
    return "".join(out), removed
