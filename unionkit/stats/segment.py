"""Fast word segmentation for corpus keywords: jieba's dictionary, forward longest match.

``jieba.cut`` (dictionary DAG, most probable route, HMM for unknown words) runs
at about 0.4 M characters/s in pure Python and was the largest part of
``unionkit stats``. Keywords only need the counts of content words, so text is
segmented here by forward maximum matching over jieba's own dictionary: at each
position take the longest dictionary word of two or more Han characters, else
step one character. Each step is one dict lookup per character, so this runs
about 7× faster than ``jieba.cut``. What is given up: words that jieba's HMM
finds outside its dictionary (new slogans and names), and the occasional
longest-match boundary slip (为主|题 for 为|主题); the top keywords of a corpus
are the same words (see ``Keywords``).

The lookup table maps every prefix (two characters or more) of a dictionary word
to that word's IDF from jieba's ``idf.txt`` (the median IDF when it has none), and
a prefix that is not itself a word to 0.0. Building it from jieba's files takes
about a second, so it is cached with ``marshal`` (as jieba caches its own
dictionary) in the user cache directory (``unionkit/cache.py``), keyed by the files' sizes and
times; loading it takes about 0.2 s; an unwritable cache directory only means it
is built each run.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import pathlib
from functools import lru_cache
from typing import Iterable, Mapping

import regex

from ..cache import cache_dir, write_atomic
from ..jiebadict import jieba_dir

__all__ = ["Segmenter", "segmenter", "build_table", "dictionary_files", "cache_dir"]

#: Bump when the table's layout or the way it is built changes (invalidates caches).
TABLE_FORMAT = 1
_HAN_WORD = regex.compile(r"\p{Han}{2,}")


def dictionary_files() -> tuple[pathlib.Path, pathlib.Path]:
    """jieba's word list and IDF table, found without importing jieba (its import loads more than we need)."""
    root = jieba_dir()
    if root is None:
        raise RuntimeError("keywords need the jieba package (its dictionary): pip install jieba")
    return root / "dict.txt", root / "analyse" / "idf.txt"


def read_idf(path: pathlib.Path) -> tuple[dict[str, float], float]:
    """jieba's IDF table (``word idf`` lines) and its median, the IDF jieba gives words it lacks."""
    idf: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.rstrip("\n").partition(" ")
            if value:
                idf[word] = float(value)
    values = sorted(idf.values())
    return idf, values[len(values) // 2] if values else 1.0


def build_table(words: Iterable[str], idf: Mapping[str, float], default_idf: float) -> dict[str, float]:
    """Prefix table for ``Segmenter``: each word (2+ Han characters) -> its IDF, other prefixes -> 0.0."""
    table: dict[str, float] = {}
    for w in words:
        if len(w) < 2 or not _HAN_WORD.fullmatch(w):
            continue  # the dictionary's Latin, digit and one-character entries never make a keyword
        table[w] = idf.get(w, default_idf) or default_idf
        for k in range(2, len(w)):
            table.setdefault(w[:k], 0.0)
    return table


def _dictionary_words(path: pathlib.Path) -> Iterable[str]:
    """The words of jieba's ``dict.txt`` (``word freq [tag]`` lines)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield line.split(" ", 1)[0].strip()


def _cache_file(files: Iterable[pathlib.Path]) -> pathlib.Path | None:
    """Cache file for the table built from ``files`` (its name changes when a file or the format does),
    or None when caching is off."""
    where = cache_dir()
    if where is None:
        return None
    h = hashlib.sha1(f"{TABLE_FORMAT}".encode())
    for f in files:
        st = f.stat()
        h.update(f"|{f}|{st.st_size}|{st.st_mtime_ns}".encode())
    return where / f"keywords-{h.hexdigest()[:16]}.marshal"


def _load_cached(path: pathlib.Path) -> dict[str, float] | None:
    """The cached table, or None when there is none or it cannot be read."""
    try:
        with open(path, "rb") as fh:
            fmt, keys, values = marshal.load(fh)
        idf = array.array("d")
        idf.frombytes(values)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    words = keys.split("\n") if fmt == TABLE_FORMAT else []
    return dict(zip(words, idf)) if words and len(words) == len(idf) else None


def _save_cached(path: pathlib.Path, table: dict[str, float]) -> None:
    """Write the table to the cache (atomically: another process may be reading or writing it)."""
    # keys joined by newlines (they are Han words) and the IDFs as one array load
    # 3× faster than a marshalled dict of half a million entries
    write_atomic(path, lambda fh: marshal.dump(
        (TABLE_FORMAT, "\n".join(table), array.array("d", table.values()).tobytes()), fh))


@lru_cache(maxsize=1)
def default_table() -> dict[str, float]:
    """The table built from jieba's dictionary and IDF files, from the cache when it is there."""
    dict_txt, idf_txt = dictionary_files()
    path = _cache_file((dict_txt, idf_txt))
    table = _load_cached(path) if path is not None else None
    if table is None:
        idf, median = read_idf(idf_txt)
        table = build_table(_dictionary_words(dict_txt), idf, median)
        if path is not None:
            _save_cached(path, table)
    return table


class Segmenter:
    """Dictionary words of 2+ Han characters in a text, by forward longest match."""

    __slots__ = ("table",)

    def __init__(self, table: dict[str, float]):
        self.table = table

    @classmethod
    def from_words(cls, words: Mapping[str, float] | Iterable[str]) -> "Segmenter":
        """A segmenter over a given vocabulary (word -> IDF, or words with IDF 1.0), for tests and custom lists."""
        idf = words if isinstance(words, Mapping) else dict.fromkeys(words, 1.0)
        return cls(build_table(idf, idf, 1.0))

    def words(self, text: str) -> list[str]:
        """The dictionary words of ``text`` in order: at each position the longest, else skip a character."""
        get = self.table.get
        out = []
        i, n = 0, len(text)
        while i < n - 1:
            j = i + 2
            v = get(text[i:j])
            if v is None:  # no dictionary word starts with these two characters
                i += 1
                continue
            end = j if v else 0
            while j < n:
                j += 1
                v = get(text[i:j])
                if v is None:
                    break
                if v:
                    end = j
            if end:
                out.append(text[i:end])
                i = end
            else:
                i += 1
        return out

    def idf(self, word: str) -> float:
        """The word's IDF (0.0 when it is not a dictionary word)."""
        return self.table.get(word) or 0.0


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """The shared segmenter over jieba's dictionary (loaded on first use)."""
    return Segmenter(default_table())
