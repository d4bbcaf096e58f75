"""Two cut title pieces that tile the title across their cut: the halves of one title word, put apart."""

from __future__ import annotations

from .base import HAN, UNION_NAME, CLAUSE_MARK
from .words import _is_word, _simplifier
from .title import Title, _title_chars
from .boundaries import title_boundaries
from .runs import _word_across
from .gate import _shapes, run_shape
from .leftovers import _restates


def cut_pairs(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans of verbatim title pieces, two per pair, that a paragraph writes apart, the second after the first, and
    that meet in the title inside a title word (莲湖区总 … 工会举办女 of 莲湖区|总工会|举办|女职工): a salter cuts its
    chunks anywhere in the title, and a chunk ending inside a word has the next chunk start there. Neither piece is how
    real text restates a title (whole words, a union's level name, a word's dictionary tail: ``_restates``) nor a
    dictionary word, so the text's own words do not pair up. A piece running on, away from the cut, past the piece
    another paragraph pairs at the same cut is cut back to it (毛球|比赛设 where the others show 毛球: the
    sentence's own title word written right after a chunk)."""
    han = t.han
    tb = title_boundaries(t)
    shapes = _shapes(han, tb)
    found: list[list[tuple[int, int, int, int]]] = []  # per paragraph: (start, end, title start, cut side)
    for par in paragraphs:
        # (a piece cut inside a title word is one of its run's cut pieces, which the gate's memo holds)
        ps = [(o + i, o + j, s) for o, e in _title_chars(par, han) if (shape := run_shape(par[o:e], han, tb, shapes))
              for i, j, starts in shape[0] for s in starts]
        at: dict[int, list[tuple[int, int]]] = {}
        for i, j, s in ps:
            at.setdefault(s, []).append((i, j))
        ok: dict[tuple[int, int, int], bool] = {}  # (the checks only for pieces that pair: most paragraphs have none)
        got = set()
        for i, j, s in ps:
            e = s + j - i
            if e in tb:
                continue
            for x, y in at.get(e, ()):
                if x >= j and CLAUSE_MARK.search(par, j, x) and _loose(par, i, j, s, t, tb, ok) \
                        and _loose(par, x, y, e, t, tb, ok):
                    got.update(((i, j, s, 1), (x, y, e, 0)))
        found.append(sorted(got))
    return [sorted({_cut_back(par, p, found, paragraphs, pi) for p in ps}) for pi, (par, ps) in
            enumerate(zip(paragraphs, found))]


def _cut_back(par: str, piece: tuple[int, int, int, int], found: list, paragraphs: list[str], pi: int) -> tuple[int, int]:
    """The piece's span, cut back on the side away from its cut to the shortest piece another paragraph pairs at the
    same cut (side 1: the cut is at the piece's end; 0: at its start)."""
    i, j, s, side = piece
    best = j - i
    for qi, ps in enumerate(found):
        if qi == pi:
            continue
        for x, y, s2, side2 in ps:
            n = y - x
            if side2 == side and n < best and (s2 + n == s + j - i if side else s2 == s):
                best = n
    return (j - best, j) if side else (i, i + best)


def _runs_on(par: str, i: int, j: int, title: str) -> bool:
    """The piece par[i:j] goes on along the title past one of its ends over the title's own marks (工会开展“尊法 of a
    title …工会开展“尊法守法…”…): the text restating the title, quote marks and all, not a chunk."""
    return j + 2 <= len(par) and not HAN.match(par[j]) and par[i:j + 2] in title \
        or i >= 2 and not HAN.match(par[i - 1]) and par[i - 2:j] in title


def _loose(par: str, i: int, j: int, s: int, t: Title, tb: frozenset[int], memo: dict) -> bool:
    """The piece par[i:j] (title offset s) can be a cut chunk (cut_pairs): no restatement of the title, no union's
    level name, no dictionary word, glued into no word of the sentence, not going on along the title over its marks."""
    key = (i, j, s)
    v = memo.get(key)
    if v is None:
        v = memo[key] = not _word_across(par, i) and not _word_across(par, j) \
            and not _is_word(_simplifier()(par[i:j])) and not UNION_NAME.search(par, i, j) \
            and not _restates(s, s + j - i, t.han, tb) and not _runs_on(par, i, j, t.text)
    return v
