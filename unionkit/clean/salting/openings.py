"""Verbatim restatements of the title at sentence and paragraph openings, and continued seams."""

from __future__ import annotations

from .base import HAN, HAN_RUN, MAX_LEN, _without, UNION_NAME
from .title import Title
from .boundaries import title_boundaries
from .runs import verbatim_runs, _on_bounds
from .giveback import SUBJECT_MARKS


RESTATED_MIN = 4  # characters of a verbatim run of whole title words that restates the title's phrase in a sentence


def restated_runs(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans without those lying inside a longer verbatim run of the title that starts and ends on the title's word
    boundaries inside a clause (把[制茶]技能大赛办成…: the sentence restating the title's words in their order, a cut
    of it would leave a broken phrase). Not after a clause mark, where a salter's chunk joins the sentence's own
    title words (,[商城]县总工会…)."""
    tb = title_boundaries(t)
    restated: dict[str, list[tuple[int, int]]] = {}  # (per paragraph: the runs do not depend on the span)

    def inside(par: str, a: int, b: int, spans) -> bool:
        runs = restated.get(par)
        if runs is None:
            runs = restated[par] = [(i, j) for i, j, _ in verbatim_runs(par, t)
                                    if j - i >= RESTATED_MIN and i > 0 and HAN.match(par[i - 1]) is not None
                                    and _on_bounds(par[i:j], t.han, tb)]
        return any(i <= a and b <= j and (i, j) != (a, b) for i, j in runs)

    return _without(out, paragraphs, inside)


def paragraph_heads(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans without whole title words opening a paragraph (双江是…, 双江拉祜族…自治县总工会主席…): the paragraph's
    subject, the title's place or name (a salter puts its chunks after marks and between words, not before a
    paragraph's first word)."""
    tb = title_boundaries(t)
    return _without(out, paragraphs, lambda par, a, b, spans: a == 0 and _on_bounds(par[a:b], t.han, tb))


def opening_unions(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans without a place name opening a paragraph right before a level union name, the two together a verbatim
    piece of the title ([绥德]县总工会主席…说): the paragraph's subject, the title's own union named in full (a
    salter puts its chunks after marks and words, not before a paragraph's first word)."""
    def opens(par: str, a: int, b: int, spans) -> bool:
        return (a == 0 and bool(HAN_RUN.fullmatch(par[a:b])) and (m := UNION_NAME.match(par, b)) is not None
                and par[a:m.end()] in t.han)

    return _without(out, paragraphs, opens)


CONTINUED_MIN = 2  # found chunks tiling the title's head, and pieces continuing them, before continued_seams takes any


def continued_seams(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus, in the unsalted paragraphs after the last salted one, the title pieces that open clauses (right
    after a comma) and go on tiling the title exactly where the found chunks stop, one after another (武夷|山市 found,
    then ,[舉辦]… ,[岩茶]…): the salter's chunk list carried on into the next paragraph, whose chunks are whole
    title words the word model may read as the sentence's."""
    last = max((pi for pi, sp in enumerate(out) if sp), default=-1)
    texts = {paragraphs[pi][a:b] for pi, sp in enumerate(out) for a, b in sp}
    pos = n = 0
    while True:  # the found chunks tile the title from its start up to pos
        nxt = max((len(x) for x in texts if HAN_RUN.fullmatch(x) and x and t.han.startswith(x, pos)), default=0)
        if not nxt:
            break
        pos, n = pos + nxt, n + 1
    if n < CONTINUED_MIN or last < 0 or pos >= len(t.han):
        return out
    tb = title_boundaries(t)
    add: dict[int, list[tuple[int, int]]] = {}
    for pi in range(last + 1, len(paragraphs)):
        par = paragraphs[pi]
        for i, ch in enumerate(par[:-1]):
            if ch not in SUBJECT_MARKS or pos >= len(t.han):
                continue
            ln = max((k for k in range(2, MAX_LEN + 1) if pos + k in tb and par.startswith(t.han[pos:pos + k], i + 1)),
                     default=0) or _lone_seam(par, i + 1, pos, t.han, tb)
            if ln and HAN.match(par[i + 1 + ln:i + 2 + ln] or "x"):
                add.setdefault(pi, []).append((i + 1, i + 1 + ln))
                pos += ln
    if sum(map(len, add.values())) < CONTINUED_MIN:
        return out
    return [sorted(sp + add.get(pi, [])) for pi, sp in enumerate(out)]


def _lone_seam(par: str, i: int, pos: int, han: str, tb) -> int:
    """1 when par[i], opening a clause, is the title's character at pos ending a title word (动 of 启动, cut 工会启|动|年夏)
    and a later clause of the same paragraph opens with the title's next piece (a whole word or more, ending on a title
    word boundary): the salter's lone chunk, which one character alone cannot show; else 0."""
    if par[i:i + 1] != han[pos:pos + 1] or pos + 1 not in tb:
        return 0
    for x in (han[pos + 1:pos + 1 + k] for k in range(2, MAX_LEN + 1) if pos + 1 + k in tb):
        j = par.find(x, i + 2)
        while j >= 0:
            if par[j - 1] in SUBJECT_MARKS:
                return 1
            j = par.find(x, j + 1)
    return 0
