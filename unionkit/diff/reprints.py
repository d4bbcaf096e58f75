"""Finding reprints across a corpus: MinHash + LSH candidates, exact verification, clusters.

Union news travels from site to site abridged, re-titled and spun by spam
sites.  Bodies are compared after cleaning, as letters and digits only, so a
salted, pinyin-annotated or jammed copy matches its original once the cleaner
has taken the damage out; titles are ignored because reprints rewrite them.

1. every body gets a 128-bin MinHash signature over its character 5-grams;
2. 42 bands of 3 rows: bodies sharing any band are candidate pairs
   (a pair with Jaccard 0.5 becomes a candidate with probability 0.996, 0.3 with 0.68,
   0.1 with 0.04);
3. each candidate pair is checked exactly on its 5-gram sets: it is a reprint
   when the smaller body's 5-grams are mostly found in the larger (containment,
   so an abridged copy still matches its source) and they share enough of them.
   Each connected group of candidates is one job (in worker processes on a large
   corpus): its pairs are streamed band by band into a union-find, never stored;
   a pair whose bodies verified pairs already join is not checked (it cannot change
   a cluster), so a story copied n times costs about n checks, not n²/2; bodies
   identical after normalising are compared as bytes, and only the 5-gram sets
   used last are kept (``SET_BUDGET``), so memory does not grow with the copies;
4. clusters are the connected groups of verified pairs.  The member published
   earliest is the likely original (unknown dates sort last; ties by input order).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import tempfile
from array import array
from dataclasses import dataclass, field
from collections import OrderedDict
from typing import Iterable, Iterator

from .minhash import BANDS, band_keys, normalise, normalised_hashes, signature

#: Share of the smaller body's 5-grams found in the other: above it, the same story.
CONTAINMENT_MIN = 0.5
#: Fewer shared 5-grams than this is not evidence of a shared story (two short notices).
SHARED_MIN = 25
#: Clusters larger than this list each member against the likely original only, not every pair.
PAIRWISE_MAX = 12
#: Buckets up to this size yield every pair; larger ones a star and a chain.
BUCKET_ALL_PAIRS = 16
#: Below this many bodies, worker processes cost more than they save.
PARALLEL_MIN = 4000


@dataclass
class Member:
    """One article of the corpus, as a cluster lists it."""

    index: int                      # position in the input order
    id: str
    path: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass
class Pair:
    """Exact similarity of two members (indices into ``Cluster.members``)."""

    a: int
    b: int
    jaccard: float
    containment: float


@dataclass
class Cluster:
    """Articles telling the same story; ``members[original]`` is the likely original."""

    members: list[Member]
    original: int = 0
    pairs: list[Pair] = field(default_factory=list)


def _sketch(text: str) -> tuple[bytes, bytes]:
    """A worker's view of one body: the normalised text (UTF-16) and its LSH band keys (what comes back)."""
    norm = normalise(text)
    sig = signature(normalised_hashes(norm)) if norm else None
    keys = array("q", [0] * BANDS) if sig is None else array("q", band_keys(sig))
    return norm.encode("utf-16-le", "surrogatepass"), keys.tobytes()


def _new_pool(workers: int):
    """A worker pool (fork where available: the workers need nothing from the parent's memory)."""
    import multiprocessing as mp

    return mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(workers)


class _Spill:
    """The normalised bodies in a temporary file, read back by offset (also from worker processes).

    A corpus of 100 000 articles is ~500 MB of text: kept on disk (in practice
    in the page cache) it never counts against the process's memory.
    """

    def __init__(self) -> None:
        self.fh = tempfile.NamedTemporaryFile(prefix="unionkit-reprints-", suffix=".tmp")
        self.name = self.fh.name
        self.offsets = array("Q")
        self.lengths = array("I")
        self.pos = 0

    def add(self, data: bytes) -> None:
        self.offsets.append(self.pos)
        self.lengths.append(len(data))
        self.fh.write(data)
        self.pos += len(data)

    def where(self, i: int) -> tuple[int, int]:
        return self.offsets[i], self.lengths[i]

    def close(self) -> None:
        self.fh.close()


_FDS: dict[str, int] = {}


def _pread(name: str, where: tuple[int, int]) -> bytes:
    """One normalised body (UTF-16) back from the spill file (each process opens it once)."""
    fd = _FDS.get(name)
    if fd is None:
        fd = _FDS[name] = os.open(name, os.O_RDONLY)
    off, n = where
    return os.pread(fd, n, off)


def _buckets(keys: array, n: int, band: int, bands: int = BANDS) -> Iterable[list[int]]:
    """The buckets (positions in ascending order) of one band holding two or more bodies."""
    buckets: dict[int, list[int]] = {}
    for i in range(n):
        key = keys[i * bands + band]
        if key:
            buckets.setdefault(key, []).append(i)
    return (m for m in buckets.values() if len(m) > 1)


def band_pairs(keys: array, n: int, bands: int = BANDS) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) sharing an LSH band key, band by band (a pair comes again in every band it shares);
    one band's table is in memory at a time and the pairs are never stored."""
    for band in range(bands):
        for members in _buckets(keys, n, band, bands):
            if len(members) <= BUCKET_ALL_PAIRS:
                yield from itertools.combinations(members, 2)
            else:
                # A crowded bucket (boilerplate, or many copies of one story): a star and a chain
                # instead of every pair; clusters are connected components, so that suffices
                # unless the bucket mixes stories, and then other bands usually pair them.
                yield from ((members[0], m) for m in members[1:])
                yield from zip(members[1:], members[2:])


def candidate_pairs(keys: array, n: int, bands: int = BANDS) -> set[tuple[int, int]]:
    """Every candidate pair at once (the reference the streamed check is tested against)."""
    return set(band_pairs(keys, n, bands))


class _Forest:
    """Union-find with path halving; the smaller index is the root."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        """Groups of two or more, each in ascending order."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return [g for g in out.values() if len(g) > 1]


def candidate_groups(keys: array, n: int, bands: int = BANDS) -> list[list[int]]:
    """Connected groups of the candidate pairs: a bucket's bodies are connected whether it yields every
    pair or a star, so each bucket joins its bodies to its first (linear, no pairs built)."""
    forest = _Forest(n)
    for band in range(bands):
        for members in _buckets(keys, n, band, bands):
            for m in members[1:]:
                forest.union(members[0], m)
    return forest.groups()


def _grams(t: str, n: int = 5) -> set[str]:
    """The 5-grams of a normalised text (exact, no hashing: a set of string slices is the fastest check)."""
    if len(t) <= n:
        return {t} if t else set()
    return set(map(t.__getitem__, map(slice, range(len(t) - n + 1), range(n, len(t) + 1))))


def exact(sa: set, sb: set) -> tuple[float, float, int]:
    """Jaccard, containment and the shared count of two 5-gram sets."""
    inter = len(sa & sb)
    union = len(sa) + len(sb) - inter
    return (inter / union if union else 1.0), (inter / (min(len(sa), len(sb)) or 1)), inter


def same_story(sa: set, sb: set) -> bool:
    """The exact check of a candidate pair: enough shared 5-grams, mostly contained."""
    _, cont, inter = exact(sa, sb)
    return _passes(cont, inter, sa, sb)


def _passes(cont: float, inter: int, sa: set, sb: set) -> bool:
    return cont >= CONTAINMENT_MIN and inter >= min(SHARED_MIN, min(len(sa), len(sb)))


def _date_order(idx: list[int], dates: list[str | None]) -> list[int]:
    """Positions of ``idx`` earliest first; undated last; input order breaks ties."""
    return sorted(range(len(idx)), key=lambda k: (dates[k] is None, dates[k] or "", idx[k]))


#: 5-grams kept in a group's cache of sets (~100 bytes each): the sets of the bodies checked last, so a
#: crowded bucket's first body, checked against each of the others, is built once.
SET_BUDGET = 300_000
#: Figures of two identical normalised bodies (what exact() gives a set and itself).
_SAME = (1.0, 1.0, -1)


class _Bodies:
    """A candidate group's bodies in the spill file, and the 5-gram sets of those used last (LRU).

    Only a bounded number of 5-gram sets is held, so memory follows the longest bodies, not the group's
    size. Two bodies whose normalised texts are identical (compared as bytes, exactly) are the same story
    with Jaccard and containment 1 without building their sets, and share one set when measured against
    a third: a story copied n times verbatim costs n byte comparisons and one set.
    """

    def __init__(self, name: str, where: list[tuple[int, int]], budget: int = 0) -> None:
        self.name, self.where = name, where
        self.budget = budget or SET_BUDGET
        self.cache: OrderedDict[int, set[str]] = OrderedDict()
        self.held = 0
        self.same_text: dict[tuple[int, bytes], int] = {}     # digest of a body -> the last body built with it

    def raw(self, i: int) -> bytes:
        return _pread(self.name, self.where[i])

    def identical(self, a: int, b: int) -> bool:
        return self.where[a][1] == self.where[b][1] and self.raw(a) == self.raw(b)

    def grams(self, i: int) -> set[str]:
        """The 5-gram set of body ``i``: cached, or an identical body's (digest looked up, bytes compared)."""
        s = self.cache.get(i)
        if s is not None:
            self.cache.move_to_end(i)
            return s
        raw = self.raw(i)
        digest = (len(raw), hashlib.blake2b(raw, digest_size=16).digest())
        j = self.same_text.get(digest)
        if j is not None and j in self.cache and self.raw(j) == raw:
            self.cache.move_to_end(j)
            return self.cache[j]
        self.same_text[digest] = i
        s = self.cache[i] = _grams(raw.decode("utf-16-le", "surrogatepass"))
        self.held += len(s)
        while self.held > self.budget and len(self.cache) > 1:
            self.held -= len(self.cache.popitem(last=False)[1])
        return s

    def figures(self, a: int, b: int) -> tuple[float, float, int]:
        """exact() of two bodies (identical ones without their 5-grams)."""
        return _SAME if self.identical(a, b) else exact(self.grams(a), self.grams(b))

    def same_story(self, a: int, b: int, known: dict) -> bool:
        """The exact check of a pair, its figures kept in ``known`` for the cluster's figures."""
        if self.identical(a, b):
            known[(a, b)] = _SAME
            return True
        sa, sb = self.grams(a), self.grams(b)
        fig = known[(a, b)] = exact(sa, sb)
        return _passes(fig[1], fig[2], sa, sb)


def _measure(comp: list[int], bodies: _Bodies, known: dict[tuple[int, int], tuple[float, float, int]]
             ) -> list[tuple[int, int, float, float]]:
    """Figures (i, j, jaccard, containment) over positions of ``comp``: every pair, or each against the first."""
    todo = (itertools.combinations(range(len(comp)), 2) if len(comp) <= PAIRWISE_MAX
            else ((0, y) for y in range(1, len(comp))))
    out = []
    for x, y in todo:
        a, b = comp[x], comp[y]
        fig = known.get((a, b)) or known.get((b, a)) or bodies.figures(a, b)
        out.append((x, y, round(fig[0], 4), round(fig[1], 4)))
    return out


def _group(job) -> list[tuple[list[int], list[tuple[int, int, float, float]]]]:
    """Clusters within one candidate group: its candidate pairs streamed band by band into a union-find, each
    pair checked exactly unless verified pairs already join its bodies (it cannot change the clusters, the
    connected groups of verified pairs), so a story copied n times costs about n checks, not n²/2; then each
    cluster in date order with its figures."""
    name, idx, where, dates, keybytes = job
    keys = array("q")
    keys.frombytes(keybytes)
    bodies = _Bodies(name, where)
    forest = _Forest(len(idx))
    known: dict[tuple[int, int], tuple[float, float, int]] = {}
    for a, b in band_pairs(keys, len(idx)):
        if (a, b) not in known and forest.find(a) != forest.find(b) and bodies.same_story(a, b, known):
            forest.union(a, b)
    del keys
    out = []
    for comp in forest.groups():
        comp = [comp[k] for k in _date_order(comp, [dates[i] for i in comp])]
        out.append(([idx[i] for i in comp], _measure(comp, bodies, known)))
    return out


def _clusters(spill: _Spill, dates: list[str | None], keys: array, pool):
    """Verified clusters with their figures, one job per candidate group (a group's keys go with it)."""
    run = (lambda f, it: map(f, it)) if pool is None else (lambda f, it: pool.imap_unordered(f, it, chunksize=8))
    jobs = ((spill.name, g, [spill.where(i) for i in g], [dates[i] for i in g],
             b"".join(keys[i * BANDS:(i + 1) * BANDS].tobytes() for i in g))
            for g in candidate_groups(keys, len(dates)))
    return [c for r in run(_group, jobs) for c in r]


#: Bodies sketched per batch (bounds the memory held by raw bodies while streaming).
BATCH = 1024


def find_reprints(bodies: Iterable[tuple[Member, str]], *, workers: int = 1) -> list[Cluster]:
    """Clusters of near-duplicate bodies, largest first, each with pairwise similarities.

    ``bodies`` yields (member, cleaned body text) and is read as a stream: the
    normalised bodies go to a temporary file and only the LSH band keys (42
    integers a body) stay in memory, never the articles.  ``workers`` > 1 sketches and verifies in that many processes
    once the corpus is large enough for it to pay.
    """
    members: list[Member] = []
    spill = _Spill()
    keys = array("q")
    pool = None
    batch: list[str] = []

    def sketch_batch() -> None:
        nonlocal pool
        if pool is None and workers > 1 and len(members) >= PARALLEL_MIN:
            pool = _new_pool(workers)
        done = map(_sketch, batch) if pool is None else pool.imap(_sketch, batch, chunksize=64)
        for norm, band in done:
            spill.add(norm)
            keys.frombytes(band)
        batch.clear()

    try:
        for m, text in bodies:
            members.append(m)
            batch.append(text)
            if len(batch) >= BATCH:
                sketch_batch()
        sketch_batch()
        spill.fh.flush()
        found = _clusters(spill, [m.published for m in members], keys, pool)
        del keys
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        spill.close()
    clusters = [Cluster([members[i] for i in comp], 0, [Pair(*f) for f in figures]) for comp, figures in found]
    clusters.sort(key=lambda c: (-len(c.members), c.members[c.original].index))
    return clusters
