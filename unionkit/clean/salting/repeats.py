"""Sparse title chunks a page repeats in two paragraphs: a salter's chunk list reused, wherever the chunks sit."""

from __future__ import annotations

from functools import lru_cache

from .base import MAX_LEN, UNION_NAME, OPEN_QUOTES, CLOSE_QUOTES, _with_splits
from .words import _simplifier, loose_chars
from .title import Title, _title_chars
from .boundaries import title_boundaries
from .runs import LOOSE, _word_across, _sparse_whole, _whole_tiling


SPARSE_REPEAT = 3  # characters of a sparse chunk whose repeat in another paragraph alone is salt


@lru_cache(maxsize=4096)
def _sparse_in(run: str, han: str, tb: frozenset[int]) -> tuple[tuple[int, int], ...]:
    """(start, end) in the run of title characters of every piece of SPARSE_REPEAT to MAX_LEN characters that follows
    the title's order with characters skipped (no verbatim title piece) and reads as loose characters, not words
    (区|会|开|年; 公司|工会, 果业|职工 shorten the title's phrases) (memoised per run: a page's paragraphs repeat the same few runs)."""
    out = []
    for a in range(len(run) - SPARSE_REPEAT + 1):
        for b in range(a + SPARSE_REPEAT, min(len(run), a + MAX_LEN) + 1):
            x = run[a:b]
            if x not in han and _sparse_whole(x, han, tb) and loose_chars(_simplifier()(x)) >= LOOSE \
                    and not _whole_tiling(x, han, tb) and not UNION_NAME.search(x):
                out.append((a, b))
    return tuple(out)


def sparse_repeats(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus, on a page with salt, every sparse chunk another paragraph repeats (``_sparse_copies``)."""
    if not any(out):
        return out
    extra = _sparse_copies(paragraphs, t)
    return _with_splits(out, extra) if any(extra) else out


def _sparse_copies(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A sparse chunk (表会在沈召, 平山总一线: title characters picked with gaps, loose characters) standing free in two or
    more paragraphs is salt there: the salter reuses one chunk list in each paragraph it salts; real text shortening the
    title's phrases keeps words (区工会), and does not repeat an odd pick of its characters. A copy stands free when it
    is glued to no word of the sentence on either side, is no quoted name (“师带徒” of 名师带高徒: the campaign's short
    name) and its last character does not open the sentence's own union name with the text after it (平顶市|总工会 of
    平顶|山市总工会). A piece a paragraph holds twice is the text's own word (酒庄的 … 酒庄的): a salter puts each chunk
    into a paragraph once."""
    out: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(paragraphs) < 2 or len(t.han) < 2 * SPARSE_REPEAT:
        return out
    tb = title_boundaries(t)
    free: dict[str, list[tuple[int, int, int]]] = {}
    twice: set[str] = set()
    for pi, par in enumerate(paragraphs):
        seen: set[str] = set()
        for k, e in _title_chars(par, t.han):
            if e - k < SPARSE_REPEAT:
                continue
            for i, j in _sparse_in(par[k:e], t.han, tb):
                a, b, x = k + i, k + j, par[k + i:k + j]
                if x in seen:
                    twice.add(x)
                seen.add(x)
                if _stands_free(par, a, b):
                    free.setdefault(x, []).append((pi, a, b))
    for x, copies in free.items():
        if x not in twice and len({pi for pi, _, _ in copies}) >= 2:
            for pi, a, b in copies:
                out[pi].append((a, b))
    return [sorted(sp) for sp in out]


def _stands_free(par: str, a: int, b: int) -> bool:
    """The piece par[a:b] is glued to no word on either side, quotes no name and opens no union name (sparse_repeats)."""
    return not _word_across(par, a) and not _word_across(par, b) and not UNION_NAME.match(par, b - 1) \
        and not (a > 0 and par[a - 1] in OPEN_QUOTES) and par[b:b + 1] not in CLOSE_QUOTES
