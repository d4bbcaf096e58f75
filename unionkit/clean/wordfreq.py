"""jieba's word frequencies in a form that loads in tens of milliseconds.

jieba's own start-up (a dict of ~500k words and prefixes) costs 0.5-1 s per
process, which every one-page run and every worker would pay. The same
frequencies ship as two sorted lists (``unionkit/data/wordfreq.bin``, built by
``scripts/build_wordfreq.py`` from jieba 0.42's MIT-licensed dictionary);
lookups bisect them and keep jieba's convention: a frequency for a word, 0 for
a proper prefix of a word, None otherwise.
"""

from __future__ import annotations

import bisect
import marshal
import zlib
from functools import lru_cache
from importlib import resources


class WordFreq:
    """A read-only ``dict.get``-like view over sorted words and their frequencies."""

    def __init__(self, words: list[str], freqs: list[int], total: int):
        self.words, self.freqs, self.total = words, freqs, total

    def get(self, w: str, default=None):
        words = self.words
        i = bisect.bisect_left(words, w)
        if i < len(words):
            if words[i] == w:
                return self.freqs[i]
            if words[i].startswith(w):
                return 0
        return default


@lru_cache(maxsize=1)
def load() -> WordFreq:
    """The shipped table, or jieba's dictionary when the data file is missing."""
    try:
        raw = resources.files("unionkit.data").joinpath("wordfreq.bin").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return from_jieba()
    words, freqs, total = marshal.loads(zlib.decompress(raw))
    return WordFreq(words, freqs, total)


def from_jieba() -> WordFreq:
    """Build the table from jieba's own dictionary (slow: for the build script and as a fallback)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    pairs = sorted((w, f) for w, f in jieba.dt.FREQ.items() if f > 0)
    return WordFreq([w for w, _ in pairs], [f for _, f in pairs], jieba.dt.total)


def dump(table: WordFreq) -> bytes:
    return zlib.compress(marshal.dumps((table.words, table.freqs, table.total)), 9)
