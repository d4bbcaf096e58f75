"""A counter with a size cap, so counting names over any corpus keeps memory flat."""

from __future__ import annotations

from typing import Collection, Hashable, Iterable, Iterator


def ranked(items: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Items by count, highest first, ties broken by name (stable, diffable output)."""
    return sorted(items, key=lambda kv: (-kv[1], kv[0]))


class TopCounter:
    """Counts keys; past ``cap`` distinct keys, the rarer half is dropped.

    Names in a corpus follow a long-tailed distribution: the frequent ones,
    which are the ones reported, survive pruning with exact or near-exact
    counts, while memory stays bounded whatever the corpus size. ``pruned``
    says whether any key was dropped (counts may then be lower bounds).
    """

    __slots__ = ("cap", "counts", "pruned")

    def __init__(self, cap: int = 100_000):
        self.cap = max(2, cap)
        self.counts: dict[Hashable, int] = {}
        self.pruned = 0

    def add(self, key: Hashable, n: int = 1) -> None:
        """Count ``key`` ``n`` times."""
        c = self.counts
        c[key] = c.get(key, 0) + n
        if len(c) > self.cap:
            self._prune()

    def update(self, keys: Collection[Hashable]) -> None:
        """Count each key once.

        When a prune may happen on the way, keys are added in sorted order: which
        key comes after the prune decides what survives it, and a set's order
        changes from run to run (string hashing is salted per process).
        """
        c = self.counts
        if len(c) + len(keys) <= self.cap:
            # no key can push the counter past its cap, so none of the adds would prune: count inline
            for k in keys:
                c[k] = c.get(k, 0) + 1
        else:
            for k in sorted(keys):  # ``add`` inlined: small per-group counters come here often
                n = c.get(k)
                if n is not None:
                    c[k] = n + 1
                    continue
                c[k] = 1
                if len(c) > self.cap:
                    self._prune()
                    c = self.counts

    def _prune(self) -> None:
        keep = ranked(self.counts.items())[: self.cap // 2]
        self.pruned += len(self.counts) - len(keep)
        self.counts = dict(keep)

    def top(self, n: int | None = None) -> list[tuple[str, int]]:
        """The ``n`` most frequent (all when ``n`` is None), ties by name."""
        items = ranked(self.counts.items())
        return items if n is None else items[:n]

    def items(self):
        return self.counts.items()

    def __getitem__(self, key: Hashable) -> int:
        return self.counts.get(key, 0)

    def __len__(self) -> int:
        return len(self.counts)

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self.counts)
