"""jieba's data without importing jieba (its import builds a 0.5 s trie): where its files are, and its
dictionary as a compact table.

``jieba_dir`` finds the package directory (the keyword statistics read ``dict.txt`` and ``idf.txt``).

The table holds jieba's dictionary (word, frequency, tag) in a form that loads in a few milliseconds and holds ~5 MB.

jieba's own start-up (a dict of ~500k words and prefixes) costs 0.5-1 s and
~100 MB per process, which every one-page run and every worker would pay. The
same frequencies, with each word's part-of-speech tag, ship in ``unionkit/data/wordfreq.bin``
(built by ``scripts/build_wordfreq.py`` from jieba 0.42's MIT-licensed dictionary) and
stay in memory as ONE UTF-8 byte string, not 349k word objects (which cost ~45 MB)::

    b"\\n一\\t217830\\tm\\n一一\\t1757\\tm\\n一丁点\\t...\\n"    words sorted, "word\\tfreq\\ttag\\n" each

plus a sparse index: the first word of every block of about ``STEP`` bytes
(a sorted list that ``bisect`` searches in C). A lookup bisects the index, then
runs one ``bytes.find`` over two blocks: in sorted order the words starting with
``w`` are contiguous and the first of them is ``w`` itself when ``w`` is a word
(UTF-8 bytes sort in code-point order, so byte order is word order).
Lookups keep jieba's convention: a frequency for a word, 0 for a proper prefix
of a word, None otherwise; ``line`` gives a word's line as jieba's dict.txt writes
it (the salting model reads frequencies, the people finder reads tags).

File format (uncompressed, so that a load is one read and no decoding: a one-page
run pays ~2 ms instead of the ~30 ms of inflating, decoding and indexing)::

    unionkit-wordfreq 5<TAB><total><TAB><words><TAB><blocks><TAB><index bytes>
    <index: the first word of each block, "\\n"-separated><offsets: blocks + 1 little-endian int64>
    <entries: "\\n" then "<word><TAB><freq><TAB><tag>\\n" one a line in sorted order>

The header line ends with its newline; the index and offsets follow it, and the
entries run to the end of the file. Offsets are positions in the file: where each
block's newline is, and last the final newline.
"""

from __future__ import annotations

import importlib.util
import pathlib
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Iterator

MAGIC = "unionkit-wordfreq 5"
STEP = 256  # bytes per index block: ~20 words, a find over two blocks takes ~0.3 µs


class WordFreq:
    """A read-only ``dict.get``-like view over sorted words and their frequencies (see the module doc)."""

    __slots__ = ("text", "base", "total", "keys", "offs", "_n")

    def __init__(self, text: bytes, base: int, total: int, index: tuple[list[bytes], array, int] | None = None):
        """The entries are ``text[base:]``; ``index`` (keys, offsets, word count) as stored, else built here."""
        if text[base:base + 1] != b"\n" or text[-1:] != b"\n":
            raise ValueError("wordfreq table: entries must be newline-delimited")
        self.text, self.base, self.total = text, base, total
        self.keys, self.offs, self._n = index if index is not None else _index(text, base)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, int]], total: int, tags: dict[str, str] | None = None) -> "WordFreq":
        """The table of (word, frequency) pairs (words without tabs/newlines/spaces, frequencies > 0), with each
        word's tag from ``tags`` ("" when it has none)."""
        parts = []
        tags = tags or {}
        for w, f in sorted(pairs):
            if not w or "\t" in w or "\n" in w or " " in w or int(f) <= 0:
                raise ValueError(f"wordfreq table: bad entry {w!r} {f!r}")
            tag = tags.get(w, "")
            if any(c in tag for c in "\t\n "):
                raise ValueError(f"wordfreq table: bad tag {tag!r} of {w!r}")
            parts.append(f"{w}\t{int(f)}\t{tag}\n")
        return cls(("\n" + "".join(parts)).encode("utf-8"), 0, total)

    def _find(self, w: str) -> tuple[int, int] | None:
        """(i, j) of the first entry starting with ``w``: its newline at i, the byte after ``w`` at j; None when
        no entry does (or ``w`` holds a tab or a lone surrogate, which no word does)."""
        if "\t" in w:
            return None  # a tab would let the search run into a frequency
        try:
            k = w.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: in no word
            return None
        b = bisect_left(self.keys, k)
        offs = self.offs
        # the first entry >= w is in block b - 1, or is the first entry of block b
        i = self.text.find(b"\n" + k, offs[b - 1] if b else offs[0], offs[min(b + 1, len(offs) - 1)] + 1)
        return None if i < 0 else (i, i + 1 + len(k))

    def get(self, w: str, default=None):
        """Frequency of a word, 0 for a proper prefix of a word, else ``default``."""
        if not w:
            return 0 if self._n else default  # the empty string is a prefix of every word
        # (_find written out: title salting asks this of tens of thousands of words a page set)
        if "\t" in w:
            return default
        try:
            k = w.encode("utf-8")
        except UnicodeEncodeError:
            return default
        b = bisect_left(self.keys, k)
        offs, text = self.offs, self.text
        i = text.find(b"\n" + k, offs[b - 1] if b else offs[0], offs[b + 1 if b + 1 < len(offs) else b] + 1)
        if i < 0:
            return default
        j = i + 1 + len(k)
        if text[j] != 9:  # b"\t"
            return 0  # the first word starting with w is longer than w
        return int(text[j + 1:text.index(b"\t", j + 1)])

    def line(self, w: str) -> str:
        """The word's line as jieba's dict.txt writes it ("word freq tag"), "" when ``w`` is no word.

        (_find written out: the people finder asks this of thousands of new strings a page set, most no word)"""
        if not w or "\t" in w:
            return ""
        try:
            k = b"\n" + w.encode("utf-8")
        except UnicodeEncodeError:
            return ""
        b = bisect_left(self.keys, k[1:])
        offs, text = self.offs, self.text
        i = text.find(k, offs[b - 1] if b else offs[0], offs[b + 1 if b + 1 < len(offs) else b] + 1)
        if i < 0 or text[i + len(k)] != 9:  # (a longer word starting with w: w is none)
            return ""
        return text[i + 1:text.index(b"\n", i + 1)].decode("utf-8").replace("\t", " ").rstrip(" ")

    def __len__(self) -> int:
        return self._n

    def items(self) -> Iterator[tuple[str, int]]:
        """(word, frequency) pairs in sorted order (for checks and rebuilding; slow)."""
        for line in self.text[self.base + 1:].decode("utf-8").splitlines():
            w, f, _tag = line.split("\t")
            yield w, int(f)


def _index(text: bytes, base: int) -> tuple[list[bytes], array, int]:
    """The sparse index of entries ``text[base:]``: first word of each block, block offsets, word count."""
    offs, keys = array("q"), []
    pos, end = base, len(text) - 1
    while pos < end:  # a block starts at the newline before its first word
        offs.append(pos)
        keys.append(text[pos + 1:text.index(b"\t", pos + 1)])
        nxt = text.find(b"\n", pos + STEP)
        pos = end if nxt < 0 else nxt
    offs.append(end)
    return keys, offs, text.count(b"\n", base) - 1


@lru_cache(maxsize=1)
def load() -> WordFreq:
    """The shipped table, or jieba's dictionary when the data file is missing."""
    try:
        # (beside this module, as lazyrx reads its cache: importlib.resources would cost a start ~4 ms of imports)
        raw = (pathlib.Path(__file__).resolve().parent / "data" / "wordfreq.bin").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return from_jieba()
    return loads(raw)


def loads(raw: bytes) -> WordFreq:
    """The table from the bytes of a data file (format in the module doc)."""
    h = raw.index(b"\n") + 1
    fields = raw[:h - 1].decode("ascii", "replace").split("\t")
    if fields[0] != MAGIC or len(fields) != 5:
        raise ValueError(f"wordfreq table: unknown format {fields[0]!r}")
    total, n, blocks, size = (int(x) for x in fields[1:])
    offs = array("q")
    base = h + size + 8 * (blocks + 1)
    offs.frombytes(raw[h + size:base])
    if sys.byteorder != "little":
        offs.byteswap()
    keys = raw[h:h + size].split(b"\n") if blocks else []
    if len(keys) != blocks or (blocks and (offs[0] != base or offs[-1] != len(raw) - 1)):
        raise ValueError("wordfreq table: index does not match the entries")
    return WordFreq(raw, base, total, (keys, offs, n))


def dumps(table: WordFreq) -> bytes:
    """The data-file bytes of a table."""
    body = table.text[table.base:]
    keys, offs, n = _index(body, 0)
    index = b"\n".join(keys)
    head = f"{MAGIC}\t{table.total}\t{n}\t{len(keys)}\t{len(index)}\n".encode("ascii")
    shift = len(head) + len(index) + 8 * len(offs)
    pos = array("q", (o + shift for o in offs))
    if sys.byteorder != "little":
        pos.byteswap()
    return head + index + pos.tobytes() + body


def from_jieba() -> WordFreq:
    """Build the table from jieba's own dictionary (slow: for the build script and as a fallback): its
    frequencies and total, and each word's tag from the word's first line in dict.txt."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    return WordFreq.from_pairs(((w, f) for w, f in jieba.dt.FREQ.items() if f > 0), jieba.dt.total,
                               first_tags(pathlib.Path(jieba.__file__).parent / "dict.txt"))


def first_tags(path: pathlib.Path) -> dict[str, str]:
    """Each word's tag on its first line of a jieba dictionary file ("word freq tag" lines)."""
    tags: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0] not in tags:
            tags[parts[0]] = parts[2] if len(parts) > 2 else ""
    return tags


def jieba_dir() -> pathlib.Path | None:
    """jieba's package directory, or None when jieba is not installed."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return pathlib.Path(next(iter(spec.submodule_search_locations)))
