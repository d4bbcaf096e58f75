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
   so an abridged copy still matches its source) and they share enough of them;
   a pair whose bodies verified pairs already join is not checked (it cannot change
   a cluster), so a story copied n times costs about n checks, not n²/2.
   Pairs are checked in chunks (each body's 5-grams built once per chunk), in
   worker processes on a large corpus;
4. clusters are the connected groups of verified pairs.  The member published
   earliest is the likely original (unknown dates sort last; ties by input order).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from array import array
from dataclasses import dataclass, field
from typing import Iterable

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


def _read(name: str, where: tuple[int, int]) -> str:
    """One normalised body back from the spill file (each process opens it once)."""
    fd = _FDS.get(name)
    if fd is None:
        fd = _FDS[name] = os.open(name, os.O_RDONLY)
    off, n = where
    return os.pread(fd, n, off).decode("utf-16-le", "surrogatepass")


def candidate_pairs(keys: array, n: int, bands: int = BANDS) -> set[tuple[int, int]]:
    """Index pairs sharing at least one LSH band key (one band's table in memory at a time)."""
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[int, list[int]] = {}
        for i in range(n):
            key = keys[i * bands + band]
            if key:
                buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            if len(members) <= 1:
                continue
            if len(members) <= BUCKET_ALL_PAIRS:
                pairs.update(itertools.combinations(members, 2))
            else:
                # A crowded bucket (boilerplate, or many copies of one story): a star and a chain
                # instead of every pair; clusters are connected components, so that suffices
                # unless the bucket mixes stories, and then other bands usually pair them.
                pairs.update((members[0], m) for m in members[1:])
                pairs.update(zip(members[1:], members[2:]))
    return pairs


def _components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of indices (union-find with path halving)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def _components_of(pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of the indices named in ``pairs``."""
    if not pairs:
        return []
    ids = sorted({x for p in pairs for x in p})
    pos = {x: k for k, x in enumerate(ids)}
    return [[ids[k] for k in g] for g in _components(len(ids), ((pos[a], pos[b]) for a, b in pairs))]


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


def _measure(comp: list[int], sets: dict[int, set], known: dict[tuple[int, int], tuple[float, float, int]]
             ) -> list[tuple[int, int, float, float]]:
    """Figures (i, j, jaccard, containment) over positions of ``comp``: every pair, or each against the first."""
    todo = (itertools.combinations(range(len(comp)), 2) if len(comp) <= PAIRWISE_MAX
            else ((0, y) for y in range(1, len(comp))))
    out = []
    for x, y in todo:
        a, b = comp[x], comp[y]
        fig = known.get((a, b)) or known.get((b, a)) or exact(sets[a], sets[b])
        out.append((x, y, round(fig[0], 4), round(fig[1], 4)))
    return out


def _group(job) -> list[tuple[list[int], list[tuple[int, int, float, float]]]]:
    """Clusters within one small candidate group: verify, join, order by date, measure (5-grams built once)."""
    name, idx, where, dates, pairs = job
    sets = {i: _grams(_read(name, w)) for i, w in zip(idx, where)}
    date = dict(zip(idx, dates))
    known: dict[tuple[int, int], tuple[float, float, int]] = {}
    good = _joining(pairs, lambda a, b: _passes(*_fig(known, sets, a, b)[1:], sets[a], sets[b]))
    out = []
    for comp in _components_of(good):
        comp = [comp[k] for k in _date_order(comp, [date[i] for i in comp])]
        out.append((comp, _measure(comp, sets, known)))
    return out


def _fig(known: dict, sets: dict[int, set], a: int, b: int) -> tuple[float, float, int]:
    """exact() of a pair, kept in ``known`` for the cluster's figures."""
    fig = known[(a, b)] = exact(sets[a], sets[b])
    return fig


def _joining(pairs: Iterable[tuple[int, int]], check) -> list[tuple[int, int]]:
    """The pairs passing ``check`` that join two groups not yet joined: a pair inside a group already joined
    cannot change the clusters (connected groups), so it is not checked. A story copied n times costs about n
    checks instead of n²/2 (union-find with path halving over the indices named)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    good = []
    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb and check(a, b):
            parent[max(ra, rb)] = min(ra, rb)
            good.append((a, b))
    return good


def _verify_chunk(job) -> list[tuple[int, int]]:
    """Candidate pairs of one chunk of a large group that pass the exact check and join two groups."""
    name, where, pairs = job
    sets = {i: _grams(_read(name, w)) for i, w in where}
    return _joining(pairs, lambda a, b: same_story(sets[a], sets[b]))


def _measure_cluster(job) -> tuple[list[int], list[tuple[int, int, float, float]]]:
    """A cluster found across chunks, in date order with its figures."""
    name, idx, where, dates = job
    order = _date_order(idx, dates)
    comp = [idx[k] for k in order]
    sets = {idx[k]: _grams(_read(name, where[k])) for k in order}
    return comp, _measure(comp, sets, {})


#: Candidate groups up to this many bodies are one job; larger ones (boilerplate linking
#: unrelated stories, or a story copied thousands of times) are checked in chunks of pairs.
GROUP_MAX = 256
#: Candidate pairs per verification job of a large group.
CHUNK = 2048


def _clusters(spill: _Spill, dates: list[str | None], pairs: set[tuple[int, int]], pool):
    """Verified clusters with their figures: small candidate groups whole, large ones in chunks."""
    run = (lambda f, it: map(f, it)) if pool is None else (lambda f, it: pool.imap(f, it, chunksize=16))
    groups = _components(len(dates), pairs)
    where = {i: g for g, members in enumerate(groups) for i in members}
    by_group: dict[int, list[tuple[int, int]]] = {}
    for a, b in pairs:
        by_group.setdefault(where[a], []).append((a, b))
    del where
    small = [(spill.name, groups[g], [spill.where(i) for i in groups[g]], [dates[i] for i in groups[g]], ps)
             for g, ps in by_group.items() if len(groups[g]) <= GROUP_MAX]
    out = [c for r in run(_group, small) for c in r]
    del small
    big = sorted(p for g, ps in by_group.items() if len(groups[g]) > GROUP_MAX for p in ps)
    if big:
        verified = []
        for jobs in _waves(big, verified, spill):
            verified.extend(p for r in run(_verify_chunk, jobs) for p in r)
        cjobs = ((spill.name, c, [spill.where(i) for i in c], [dates[i] for i in c])
                 for c in _components_of(verified))
        out.extend(run(_measure_cluster, cjobs))
    return out


#: Verification jobs of a large group sent at once; the pairs of the next wave skip what these joined.
WAVE = 4


def _waves(pairs: list[tuple[int, int]], verified: list[tuple[int, int]], spill: _Spill):
    """Verification jobs of a large group, WAVE chunks at a time; each wave leaves out the pairs whose bodies the
    pairs verified so far (``verified``, extended by the caller between waves) already join."""
    k = 0
    while k < len(pairs):
        joined = _joining(verified, lambda a, b: True)
        parent = {x: min(g) for g in _components_of(joined) for x in g}
        jobs = []
        while k < len(pairs) and len(jobs) < WAVE:
            chunk = []
            while k < len(pairs) and len(chunk) < CHUNK:
                a, b = pairs[k]
                k += 1
                if parent.get(a, a) != parent.get(b, b):
                    chunk.append((a, b))
            if chunk:
                ids = sorted({x for p in chunk for x in p})
                jobs.append((spill.name, [(i, spill.where(i)) for i in ids], chunk))
        yield jobs


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
        pairs = candidate_pairs(keys, len(members))
        del keys
        found = _clusters(spill, [m.published for m in members], pairs, pool)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        spill.close()
    clusters = [Cluster([members[i] for i in comp], 0, [Pair(*f) for f in figures]) for comp, figures in found]
    clusters.sort(key=lambda c: (-len(c.members), c.members[c.original].index))
    return clusters
