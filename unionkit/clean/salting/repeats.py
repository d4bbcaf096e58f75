"""Odd title chunks a page repeats in two paragraphs: a salter's chunk list reused, wherever the chunks sit."""

from __future__ import annotations

from functools import lru_cache

from .base import MAX_LEN, UNION_NAME, OPEN_QUOTES, CLOSE_QUOTES, _with_splits
from .words import _simplifier, loose_chars
from .title import Title, _title_chars, _title_where, _verbatim_ext
from .boundaries import title_boundaries
from .runs import LOOSE, _word_across, _sparse_whole, _whole_tiling, _title_starts, greedy_walk


ODD_REPEAT = 3  # characters of an odd chunk whose repeat in another paragraph alone is salt


@lru_cache(maxsize=4096)
def _odd_chunk(x: str, han: str, tb: frozenset[int]) -> bool:
    """The run of title characters x is an odd chunk: a verbatim title piece cut inside title words at both ends
    (``_cut_both``), or a piece following the title's order with characters skipped that is not whole title words
    side by side; either an odd pick (``_odd_pick``) holding no union name (memoised: a page's paragraphs repeat the
    same few pieces)."""
    picked = _cut_both(x, han, tb) if x in han else _sparse_whole(x, han, tb) and not _whole_tiling(x, han, tb)
    return bool(picked) and not UNION_NAME.search(x) and _odd_pick(x, han, tb)


@lru_cache(maxsize=64)
def _windows(n: int) -> tuple[tuple[int, int], ...]:
    """(start, end) in a run of n characters of every piece of ODD_REPEAT to MAX_LEN characters."""
    return tuple((a, b) for a in range(n - ODD_REPEAT + 1) for b in range(a + ODD_REPEAT, min(n, a + MAX_LEN) + 1))


def _cut_both(x: str, han: str, tb: frozenset[int]) -> bool:
    """The verbatim title piece starts and ends inside title words wherever it sits in the title."""
    return all(s not in tb and s + len(x) not in tb for s in _title_starts(x, han))


def _odd_pick(x: str, han: str, tb: frozenset[int]) -> bool:
    """The piece reads as loose characters (LOOSE or more one-character words: 区|会|开|年), or holds one and
    takes part of two or more title words (平|山 of 平顶山, 总 of 总工会: 平山|总|一线): no shortening of the title's
    phrases, which keeps words (公司|工会, 果业|职工) or cuts one (曹妃甸|港 of 港口)."""
    loose = loose_chars(_simplifier()(x))
    return loose >= LOOSE or loose >= 1 and _cut_words(x, han, tb) >= 2


def _cut_words(x: str, han: str, tb: frozenset[int]) -> int:
    """How many title words the piece takes part of (not all of), at its title-ordered reading with the fewest (工匠进 of
    劳模|工匠|走进: 工 read in 总工会 would cut one word more)."""
    bounds = sorted(tb | {0, len(han)})
    best = len(bounds)
    for t0 in _title_where(han).get(x[0], ()):
        idx = greedy_walk(x, han, t0)
        if idx is not None:
            best = min(best, sum(0 < sum(s <= k < e for k in idx) < e - s for s, e in zip(bounds, bounds[1:])))
    return best


def odd_repeats(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus, on a page with salt, every odd chunk another paragraph repeats (``_repeated_chunks``)."""
    if not any(out):
        return out
    extra = _repeated_chunks(paragraphs, t)
    return _with_splits(out, extra) if any(extra) else out


def _repeated_chunks(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """An odd chunk (表会在沈召, 平山总一线: title characters picked with gaps; 会举办第十: cut inside title words at both
    ends) standing free in two or more paragraphs is salt there: the salter reuses one chunk list in each paragraph it
    salts; real text shortening the title's phrases keeps words (区工会), and does not repeat an odd pick of its
    characters. A copy stands free when it is glued to no word of the sentence on either side, goes on along the title
    with neither neighbour (和浩特 of 呼和浩特市), is no quoted name (“师带徒” of 名师带高徒: the campaign's short name) and
    its last character does not open the sentence's own union name with the text after it (平顶市|总工会 of
    平顶|山市总工会). A piece a paragraph holds twice is the text's own word (酒庄的 … 酒庄的): a salter puts each chunk
    into a paragraph once."""
    out: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(paragraphs) < 2 or len(t.han) < 2 * ODD_REPEAT:
        return out
    copies: dict[str, list[tuple[int, int, int]]] = {}
    twice: set[str] = set()
    for pi, par in enumerate(paragraphs):
        seen: set[str] = set()
        for k, e in _title_chars(par, t.han):
            for i, j in _windows(e - k):
                x = par[k + i:k + j]
                if x in seen:
                    twice.add(x)
                seen.add(x)
                copies.setdefault(x, []).append((pi, k + i, k + j))
    tb = title_boundaries(t)
    # (whether a piece is odd depends on its text alone: the costly test runs once per piece two paragraphs hold)
    for x, at in copies.items():
        if x in twice or at[0][0] == at[-1][0] or not _odd_chunk(x, t.han, tb):
            continue
        free = [(pi, a, b) for pi, a, b in at
                if _stands_free(paragraphs[pi], a, b) and not _verbatim_ext(paragraphs[pi], a, b, t.han)]
        if len({pi for pi, _, _ in free}) >= 2:
            for pi, a, b in free:
                out[pi].append((a, b))
    return [sorted(sp) for sp in out]


def _stands_free(par: str, a: int, b: int) -> bool:
    """The piece par[a:b] is glued to no word on either side, quotes no name and opens no union name (for
    odd_repeats)."""
    return not _word_across(par, a) and not _word_across(par, b) and not UNION_NAME.match(par, b - 1) \
        and not (a > 0 and par[a - 1] in OPEN_QUOTES) and par[b:b + 1] not in CLOSE_QUOTES
