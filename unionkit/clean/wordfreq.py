"""jieba's word frequencies in a form that loads in milliseconds and holds ~7 MB.

jieba's own start-up (a dict of ~500k words and prefixes) costs 0.5-1 s and
~100 MB per process, which every one-page run and every worker would pay. The
same frequencies ship in ``unionkit/data/wordfreq.bin`` (built by
``scripts/build_wordfreq.py`` from jieba 0.42's MIT-licensed dictionary) and
stay in memory as ONE string, not 349k word objects (which cost ~45 MB)::

    "\\n一\\t217830\\n一一\\t1757\\n一丁点\\t...\\n"      words sorted, "word\\tfreq\\n" each

plus a sparse index: the first word of every block of about ``STEP`` characters
(a sorted list that ``bisect`` searches in C). A lookup bisects the index, then
runs one ``str.find`` over two blocks: in sorted order the words starting with
``w`` are contiguous and the first of them is ``w`` itself when ``w`` is a word.
Lookups keep jieba's convention: a frequency for a word, 0 for a proper prefix
of a word, None otherwise.

File format (zlib-compressed UTF-8): a header line ``unionkit-wordfreq 3<TAB><total>``,
then the entries ``<word><TAB><freq>`` one a line in sorted order. The newline
ending the header is also the newline that starts the first entry.
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

MAGIC = "unionkit-wordfreq 3"
STEP = 256  # characters per index block: ~30 words, a find over two blocks takes ~0.3 µs


class WordFreq:
    """A read-only ``dict.get``-like view over sorted words and their frequencies (see the module doc)."""

    __slots__ = ("text", "base", "total", "keys", "offs", "_n")

    def __init__(self, text: str, base: int, total: int):
        if text[base] != "\n" or text[-1:] != "\n":
            raise ValueError("wordfreq table: entries must be newline-delimited")
        self.text, self.base, self.total = text, base, total
        offs, keys = array("q"), []
        pos, end = base, len(text) - 1
        while pos < end:  # a block starts at the newline before its first word
            offs.append(pos)
            keys.append(text[pos + 1:text.index("\t", pos + 1)])
            nxt = text.find("\n", pos + STEP)
            pos = end if nxt < 0 else nxt
        offs.append(end)
        self.offs, self.keys = offs, keys
        self._n = text.count("\t", base)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, int]], total: int) -> "WordFreq":
        """The table of (word, frequency) pairs (words without tabs/newlines, frequencies > 0)."""
        parts = []
        for w, f in sorted(pairs):
            if not w or "\t" in w or "\n" in w or int(f) <= 0:
                raise ValueError(f"wordfreq table: bad entry {w!r} {f!r}")
            parts.append(f"{w}\t{int(f)}\n")
        return cls("\n" + "".join(parts), 0, total)

    def get(self, w: str, default=None):
        """Frequency of a word, 0 for a proper prefix of a word, else ``default``."""
        if not w:
            return 0 if self._n else default  # the empty string is a prefix of every word
        if "\t" in w:
            return default  # a tab would let the search run into a frequency
        b = bisect_left(self.keys, w)
        offs, text, key = self.offs, self.text, "\n" + w
        # the first entry >= w is in block b - 1, or is the first entry of block b
        i = text.find(key, offs[b - 1] if b else offs[0], offs[min(b + 1, len(offs) - 1)] + 1)
        if i < 0:
            return default
        j = i + len(key)
        if text[j] != "\t":
            return 0  # the first word starting with w is longer than w
        return int(text[j + 1:text.index("\n", j)])

    def __len__(self) -> int:
        return self._n

    def items(self) -> Iterator[tuple[str, int]]:
        """(word, frequency) pairs in sorted order (for checks and rebuilding; slow)."""
        for line in self.text[self.base + 1:].splitlines():
            w, f = line.split("\t")
            yield w, int(f)


@lru_cache(maxsize=1)
def load() -> WordFreq:
    """The shipped table, or jieba's dictionary when the data file is missing."""
    try:
        raw = resources.files("unionkit.data").joinpath("wordfreq.bin").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return from_jieba()
    return loads(raw)


def loads(raw: bytes) -> WordFreq:
    """The table from the bytes of a data file (format in the module doc)."""
    text = zlib.decompress(raw).decode("utf-8")
    h = text.index("\n")
    magic, total = text[:h].split("\t")
    if magic != MAGIC:
        raise ValueError(f"wordfreq table: unknown format {magic!r}")
    return WordFreq(text, h, int(total))


def dumps(table: WordFreq) -> bytes:
    """The data-file bytes of a table."""
    return zlib.compress(f"{MAGIC}\t{table.total}{table.text[table.base:]}".encode("utf-8"), 9)


def from_jieba() -> WordFreq:
    """Build the table from jieba's own dictionary (slow: for the build script and as a fallback)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    return WordFreq.from_pairs(((w, f) for w, f in jieba.dt.FREQ.items() if f > 0), jieba.dt.total)
