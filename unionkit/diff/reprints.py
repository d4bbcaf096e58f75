"""Finding reprints across a corpus: MinHash + LSH candidates, exact verification, clusters.

Union news travels from site to site abridged, re-titled and spun by spam
sites.  Bodies are compared after cleaning, as letters and digits only, so a
salted, pinyin-annotated or jammed copy matches its original once the cleaner
has taken the damage out; titles are ignored because reprints rewrite them.

1. every body gets a 128-bin MinHash signature over its character 5-grams;
2. 32 bands of 4 rows: bodies sharing any band are candidate pairs
   (a pair with Jaccard 0.5 becomes a candidate with probability 0.87, 0.3 with 0.23);
3. each candidate pair is checked exactly on its 5-gram sets: it is a reprint
   when the smaller body's 5-grams are mostly found in the larger (containment,
   so an abridged copy still matches its source) and they share enough of them;
4. clusters are the connected groups of verified pairs.  The member published
   earliest is the likely original (unknown dates sort last; ties by input order).
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from typing import Iterable

from .minhash import BANDS, ROWS, normalise, normalised_hashes, signature

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


def _sketch(text: str) -> tuple[str, bytes | None]:
    """Normalised body and its signature as bytes (what a worker sends back)."""
    norm = normalise(text)
    sig = signature(normalised_hashes(norm)) if norm else None
    return norm, (sig.tobytes() if sig is not None else None)


def _new_pool(workers: int):
    """A worker pool (fork where available: the workers need nothing from the parent's memory)."""
    import multiprocessing as mp

    return mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(workers)


def candidate_pairs(sigs: list[bytes | None], bands: int = BANDS, rows: int = ROWS) -> set[tuple[int, int]]:
    """Index pairs sharing at least one LSH band (one band's table in memory at a time)."""
    from array import array

    arrays = [array("I", s) if s is not None else None for s in sigs]
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[int, list[int]] = {}
        for i, sig in enumerate(arrays):
            if sig is None:
                continue
            key = hash(tuple(sig[band * rows:(band + 1) * rows]))
            buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            if len(members) <= 1:
                continue
            if len(members) <= BUCKET_ALL_PAIRS:
                pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
            else:
                # A crowded bucket (boilerplate, or many copies of one story): a star and a chain
                # instead of every pair; clusters are connected components, so that suffices
                # unless the bucket mixes stories, and then other bands usually pair them.
                pairs.update((members[0], m) for m in members[1:])
                pairs.update(zip(members[1:], members[2:]))
    del arrays
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
    return cont >= CONTAINMENT_MIN and inter >= min(SHARED_MIN, min(len(sa), len(sb)))


def _cluster_group(job: tuple[list[int], list[str], list[str | None], list[tuple[int, int]]]
                   ) -> list[tuple[list[int], list[tuple[int, int, float, float]]]]:
    """Clusters within one candidate group: verify its pairs, join them, measure the members pairwise.

    Members come back in date order (earliest first; undated last; input order
    breaks ties) with (i, j, jaccard, containment) over positions in that order.
    Each member's 5-grams are computed once, in the worker.
    """
    idx, texts, dates, pairs = job
    sets = {i: _grams(t) for i, t in zip(idx, texts)}
    date = dict(zip(idx, dates))
    good = [(a, b) for a, b in pairs if same_story(sets[a], sets[b])]
    out = []
    for comp in _components_of(good):
        comp.sort(key=lambda i: (date[i] is None, date[i] or "", i))
        todo = (itertools.combinations(range(len(comp)), 2) if len(comp) <= PAIRWISE_MAX
                else ((0, y) for y in range(1, len(comp))))
        figures = []
        for x, y in todo:
            jac, cont, _ = exact(sets[comp[x]], sets[comp[y]])
            figures.append((x, y, round(jac, 4), round(cont, 4)))
        out.append((comp, figures))
    return out


def _components_of(pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of the indices named in ``pairs``."""
    if not pairs:
        return []
    ids = sorted({x for p in pairs for x in p})
    pos = {x: k for k, x in enumerate(ids)}
    return [[ids[k] for k in g] for g in _components(len(ids), ((pos[a], pos[b]) for a, b in pairs))]


def _clusters(norms: list[str], dates: list[str | None], pairs: set[tuple[int, int]], pool):
    """Verified clusters, candidate group by candidate group (in the pool when there is one)."""
    groups = _components(len(norms), pairs)
    where = {i: g for g, members in enumerate(groups) for i in members}
    by_group: dict[int, list[tuple[int, int]]] = {}
    for a, b in pairs:
        by_group.setdefault(where[a], []).append((a, b))
    jobs = ((groups[g], [norms[i] for i in groups[g]], [dates[i] for i in groups[g]], ps)
            for g, ps in by_group.items())
    results = map(_cluster_group, jobs) if pool is None else pool.imap_unordered(_cluster_group, jobs, chunksize=64)
    return [c for r in results for c in r]


#: Bodies sketched per batch (bounds the memory held by raw bodies while streaming).
BATCH = 1024


def find_reprints(bodies: Iterable[tuple[Member, str]], *, workers: int = 1) -> list[Cluster]:
    """Clusters of near-duplicate bodies, largest first, each with pairwise similarities.

    ``bodies`` yields (member, cleaned body text) and is read as a stream: only
    the normalised bodies and their signatures stay in memory, never the
    articles.  ``workers`` > 1 sketches and verifies in that many processes
    once the corpus is large enough for it to pay.
    """
    members: list[Member] = []
    norms: list[str] = []
    sigs: list[bytes | None] = []
    pool = None
    batch: list[str] = []

    def sketch_batch() -> None:
        nonlocal pool
        if pool is None and workers > 1 and len(members) >= PARALLEL_MIN:
            pool = _new_pool(workers)
        done = map(_sketch, batch) if pool is None else pool.imap(_sketch, batch, chunksize=64)
        for norm, sig in done:
            norms.append(norm)
            sigs.append(sig)
        batch.clear()

    try:
        for m, text in bodies:
            members.append(m)
            batch.append(text)
            if len(batch) >= BATCH:
                sketch_batch()
        sketch_batch()
        pairs = candidate_pairs(sigs)
        del sigs[:]
        found = _clusters(norms, [m.published for m in members], pairs, pool)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    clusters = [Cluster([members[i] for i in comp], 0, [Pair(*f) for f in figures]) for comp, figures in found]
    clusters.sort(key=lambda c: (-len(c.members), c.members[c.original].index))
    return clusters
