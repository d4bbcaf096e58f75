"""Title runs splitting a dictionary word (心理测|送去|评): four or more on a page are salt."""

from __future__ import annotations

from .words import _han_word
from .title import Title, _title_chars
from .runs import _word_across
from .chunks import readings


SPLIT_MIN = 4  # word-splitting title runs a page must show before any of them is taken as salt
SPLIT_MAX = 5  # longest such run (characters)


def split_spans(paragraphs: list[str], t: Title, memo: dict | None = None) -> list[list[tuple[int, int]]]:
    """Runs of title characters that split a dictionary word of the sentence in two (心理测|送去|评,
    咨|晋江市|询): a salter that inserts chunks inside words leaves the word's halves on either side,
    and a sentence's own words never sit inside another word. A lone such run is often chance (名|职工|将
    reads 名将), so they count only when the page shows SPLIT_MIN or more; each run is maximal, Han on
    both sides, reads in the title's order, and makes no word with either neighbour. ``memo``: the runs
    by paragraph text, for one title (the readings of one page see mostly the same paragraphs again)."""
    if len(t.han) < 4:
        return [[] for _ in paragraphs]
    memo = {} if memo is None else memo
    out: list[list[tuple[int, int]]] = []
    for par in paragraphs:
        found = memo.get(par)
        if found is None:
            found = memo[par] = _split_runs(par, t)
        out.append(found)
    return out if sum(map(len, out)) >= SPLIT_MIN else [[] for _ in paragraphs]


def _split_runs(par: str, t: Title) -> list[tuple[int, int]]:
    """split_spans's runs in one paragraph, whatever the page's count."""
    found = []
    for a, b in _title_chars(par, t.han):
        if b - a > SPLIT_MAX or a == 0 or b >= len(par):
            continue
        if not _han_word(par[a - 1] + par[b]) or _between_words(par, a, b):
            continue
        if not _word_across(par, a) and not _word_across(par, b) and readings(par[a:b], t, 1):
            found.append((a, b))
    return found


def _between_words(par: str, a: int, b: int) -> bool:
    """The run's neighbours each end a word of their own side (回应|一线职工|诉求: 应诉 across the run is chance, no
    word the run splits)."""
    return a >= 2 and _han_word(par[a - 2:a]) and _han_word(par[b:b + 2])
