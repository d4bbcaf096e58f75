"""MinHash signatures over character 5-grams and LSH banding, in pure Python.

One-permutation hashing (Li, Owen & Zhang 2012) with rotation densification
(Shrivastava & Li 2014): every 5-gram is hashed once (CRC-32 of its UTF-16
bytes), the top bits pick one of ``k`` bins and the rest is the value; a signature is the minimum value of each bin. Empty bins
(short texts) borrow the next non-empty bin's value plus an offset, so two
texts agree in a bin with probability ≈ their Jaccard similarity, like ``k``
independent permutations would, at the cost of one hash per 5-gram instead of
``k``.  Chosen by measurement over datasketch and a k-permutation version
(bench/minhash_compare.py): it needs no numpy/scipy and is the fastest of
the three in pure Python.
"""

from __future__ import annotations

import unicodedata
import zlib
from array import array
from typing import Iterable, Iterator

import regex

#: Shingle width: character 5-grams, as the similarity figures use.
SHINGLE = 5
#: Signature length (bins) and the LSH banding (bands × rows must equal it).
NUM_PERM = 128
BANDS, ROWS = 42, 3     # 126 of the 128 bins: a pair at Jaccard 0.5 is a candidate 99.6 % of the time

_BIN_BITS = 7                      # 2**7 == NUM_PERM bins
_VALUE_BITS = 32 - _BIN_BITS
_VALUE_MASK = (1 << _VALUE_BITS) - 1
_EMPTY = 1 << _VALUE_BITS          # larger than any value: marks an empty bin

# Only letters and digits count: punctuation, spacing and full/half-width forms
# vary between reprints of the same story (sites re-typeset what they copy).
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def normalise(text: str) -> str:
    """Text reduced to what identifies a story: NFKC, casefolded, letters and digits only."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    """Character n-grams of the normalised text (a shorter text is its own single shingle)."""
    t = normalise(text)
    if len(t) <= n:
        return {t} if t else set()
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def shingle_hashes(text: str, n: int = SHINGLE) -> set[int]:
    """32-bit hashes of the text's character n-grams (stable across runs and machines)."""
    return normalised_hashes(normalise(text), n)


def normalised_hashes(t: str, n: int = SHINGLE) -> set[int]:
    """``shingle_hashes`` of a text already normalised: CRC-32 of each n-gram's UTF-16 code units.

    CRC-32 is in C and uniform enough over distinct n-grams for MinHash
    (bench/minhash_compare.py checks the estimates against exact Jaccard);
    a character outside the BMP is two code units, which only shifts windows.
    """
    if not t:
        return set()
    data = t.encode("utf-16-le", "surrogatepass")
    w = 2 * n
    if len(data) <= w:
        return {zlib.crc32(data)}
    crc = zlib.crc32
    return {crc(data[i:i + w]) for i in range(0, len(data) - w + 2, 2)}


def signature(hashes: Iterable[int]) -> array | None:
    """The densified one-permutation MinHash of a set of 32-bit hashes; None for an empty set."""
    mins = [_EMPTY] * NUM_PERM
    for h in hashes:
        b = h >> _VALUE_BITS
        v = h & _VALUE_MASK
        if v < mins[b]:
            mins[b] = v
    if all(m == _EMPTY for m in mins):
        return None
    if _EMPTY in mins:
        mins = _densify(mins)
    return array("I", mins)


def _densify(mins: list[int]) -> list[int]:
    """Fill empty bins from the next non-empty bin to the right (circular), tagged with the distance."""
    k = len(mins)
    out = list(mins)
    for i, m in enumerate(mins):
        if m != _EMPTY:
            continue
        d = 1
        while mins[(i + d) % k] == _EMPTY:
            d += 1
        # (value, distance) packed: equal only when both texts borrow the same value from as far.
        out[i] = (mins[(i + d) % k] << _BIN_BITS) | d
    return out


def text_signature(text: str) -> array | None:
    """MinHash signature of a text's character 5-grams."""
    return signature(shingle_hashes(text))


def estimate(sig_a: array, sig_b: array) -> float:
    """Estimated Jaccard similarity: the share of bins where the signatures agree."""
    return sum(1 for x, y in zip(sig_a, sig_b) if x == y) / len(sig_a)


def band_keys(sig: array, bands: int = BANDS, rows: int = ROWS) -> Iterator[int]:
    """One non-zero 64-bit key per band: documents sharing a key become candidate pairs.

    ``hash`` of a tuple of ints is the same in every process and run (only
    str/bytes hashing is randomised), so workers' keys agree.
    """
    for b in range(bands):
        yield hash((b, *sig[b * rows:(b + 1) * rows])) or 1


def candidate_probability(jaccard: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """Chance that a pair with this Jaccard similarity shares at least one band (the S-curve)."""
    return 1 - (1 - jaccard ** rows) ** bands
