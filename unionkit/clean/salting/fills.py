"""What the page's chunk list leaves between two chunks: list fills, sparse splits, glued fills, numbers."""

from __future__ import annotations

import re

from .base import HAN_RUNS, CLAUSE_MARKS, CLOSERS, MAX_GAP, _find_all, NUM_TITLE
from .title import Title
from .boundaries import title_boundaries
from .chunks import readings


# --------------------------------------------------------------------------- what the page's chunk list leaves between two chunks


def list_fills(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus what fills the title between two consecutive chunks of the page's list where the readings do not
    look: a cut title piece glued after a chunk up to the next chunk's start (``glued_fills``) and the title's number
    between two chunks of a paragraph (``title_numbers``); first, a sparse span that is two verbatim chunks around the
    sentence's character (``sparse_splits``)."""
    if not any(out):
        return out
    return title_numbers(glued_fills(sparse_splits(out, paragraphs, t), paragraphs, t), paragraphs, t)


def sparse_splits(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A sparse span (title characters with some skipped) whose head and skipped characters the text writes right
    before it, from exactly where the paragraph's previous span ends in the title (建[市總]成[工會]|工[打造]: 市總|工會|打造
    tile the title): two verbatim chunks of the list, and the span's head is the sentence's own character (成工會驛站,
    where the sparse reading 工打造 left 成工會會驛站)."""
    han = t.han
    res = []
    for par, spans in zip(paragraphs, out):
        new = list(spans)
        for q in range(1, len(spans)):
            (a, b), (c, d) = spans[q - 1], spans[q]
            if par[c:d] in han or not HAN_RUNS.fullmatch(par[a:b] + par[c:d]):
                continue
            split = _split_sparse(par, b, c, d, {pos[-1] + 1 for pos in readings(par[a:b], t)}, han)
            if split:
                new[q:q + 1] = split
        res.append(new if len(new) != len(spans) else spans)
    return res


def _split_sparse(par: str, b: int, c: int, d: int, ends: set[int], han: str) -> list[tuple[int, int]] | None:
    """The two verbatim chunks the sparse span par[c:d] reads as, when the title from one of ``ends`` (where the
    previous span, ending at b, stops) holds its head and skipped characters written right before it, then its rest."""
    x = par[c:d]
    for i in range(1, len(x) - 1):
        head, rest = x[:i], x[i:]
        for e in ends:
            if not han.startswith(head, e):
                continue
            k = han.find(rest, e + i + 1, e + i + 1 + MAX_GAP + len(rest))
            before = han[e:k] if k > 0 else ""
            if before and c - len(before) >= b and par.startswith(before, c - len(before)):
                return [(c - len(before), c), (c + i, d)]
    return None


FILL_LONGEST = 4  # title characters glued_fills takes after a chunk


def glued_fills(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title characters glued right after a span up to exactly where the page's next span (in page
    order, in the next paragraph too) starts in the title (two to FILL_LONGEST of them), when a clause or sentence mark (or the paragraph's end)
    follows them and they are cut inside the title's words (…第36天[区总工情暖环卫]爱心早。 before 餐惠 opening the next
    paragraph: one chunk of the list, 爱心早, the reading took for the sentence's word 爱心). Real text running on
    with the title's words after a salter's chunk stops at that chunk list's next cut only by chance; whole title
    words there (爱心早餐。) may be the sentence's own and stay."""
    han, tb = t.han, title_boundaries(t)
    chain = [(pi, a, b) for pi, sp in enumerate(out) for a, b in sp]
    add: dict[int, list[tuple[int, int]]] = {}
    for (pi, a, b), (qi, c, d) in zip(chain, chain[1:]):
        par, x, y = paragraphs[pi], paragraphs[pi][a:b], paragraphs[qi][c:d]
        if not (HAN_RUNS.fullmatch(x) and HAN_RUNS.fullmatch(y)):
            continue
        for e in sorted({pos[-1] + 1 for pos in readings(x, t)}):  # (a sparse chunk too: 区总工情暖环卫 skips 会)
            k = next((k for k in range(e + 2, e + FILL_LONGEST + 1) if han.startswith(y, k)), -1)
            gap = han[e:k] if k >= 0 else ""
            if not gap or (e in tb and k in tb) or not par.startswith(gap, b) or (pi == qi and b + len(gap) > c):
                continue
            end = b + len(gap)
            if end == len(par.rstrip()) or par[end] in CLAUSE_MARKS or par[end] in CLOSERS:
                add.setdefault(pi, []).append((b, end))
                break
    return [sorted(sp + add[pi]) if pi in add else sp for pi, sp in enumerate(out)]


NUMBER = re.compile("[0-9\uff10-\uff19]+")  # a run of digits (standard re: no cached pattern needed)
NUMBER_GOES_ON = frozenset("0123456789.%\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff0e\uff05")


def title_numbers(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title's number, written whole, between two consecutive spans of a paragraph whose title stretch
    it fills (及|2300|名环 of 惠及2300名, 打造|15|分鐘 of 打造“15分鐘): glued right after the first span or right after a
    clause mark, once in that stretch, and not followed by the title's character after it (2300名 restates the
    title's count). The Han-only readings do not see digits, and digit_seams only numbers cut apart; real text
    quoting the title's number writes its unit after it."""
    x = "".join(NUM_TITLE.findall(t.text))
    nums = [(m.group(), m.start(), m.end()) for m in NUMBER.finditer(x) if m.start() > 0 and m.end() < len(x)]
    if not nums:
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        add = []
        for (a, b), (c, d) in zip(spans, spans[1:]):
            for num, p, q in nums:
                if par[b - 1] != x[p - 1] or par[c] != x[q]:
                    continue
                hits = [k for k in _find_all(par, num, b, c)
                        if (k == b or par[k - 1] in CLAUSE_MARKS) and par[k - 1:k] not in NUMBER_GOES_ON
                        and (k + len(num) == c or par[k + len(num)] not in NUMBER_GOES_ON and par[k + len(num)] != x[q])]
                if len(hits) == 1:
                    add.append((hits[0], hits[0] + len(num)))
        res.append(sorted(spans + add) if add else spans)
    return res
