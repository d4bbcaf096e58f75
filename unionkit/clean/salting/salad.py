"""Title salad: short title pieces a salter put at clause openings in no title order."""

from __future__ import annotations

from .base import HAN, CLAUSE_MARKS, PLACE_SUFFIX, MAX_GAP
from .title import Title, _title_chars
from .runs import _word_across
from .words import _is_word, _simplifier
from .pieces import WIDTH, _han_offsets, _opening_piece


SALAD_PIECES = 5   # clause-opening pieces a page must show before salad_openings takes any
SALAD_PARAS = 3    # paragraphs holding them
SALAD_STRETCHES = 4  # distinct title stretches among them
SALAD_CUTS = 2     # of them no dictionary word (县总, 态劳: cut inside the title's words, no restatement)
SALAD_LONGEST = 3  # Han characters of the longest piece looked at (a longer one restates the title: 环卫工人|吴桂英)
#: What after a piece makes it the start of a name or a subject: a level or union word (芦淞|区, 县|总工会),
#: a plural (职工|们).
NAME_NEXT = frozenset(PLACE_SUFFIX | set("们們总總工"))
#: What ends a piece that names the sentence's subject: a union (县总工会) or a place with its level (株洲市).
NAME_END = frozenset(PLACE_SUFFIX | set("会會"))
LIST_NUMBERS = frozenset("0123456789一二三四五六七八九十")


def salad_openings(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Short verbatim title pieces (two or three characters) a salter put right after clause marks in no title
    order, the clause reading on without them (,县总|她说, ,工装|谢谢工会惦记, 、技能|分级筛选). Real text opens
    clauses with the title's words too (,县总工会还…, ,职工可以…), so the page must show many such pieces: SALAD_PIECES
    or more in SALAD_PARAS paragraphs, over SALAD_STRETCHES title stretches, SALAD_CUTS of them no word at all (a
    restatement keeps whole words). A piece glued into the sentence is none (see ``_opening``)."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 6:
        return res
    folded, pos = t.text.translate(WIDTH), _han_offsets(t.text)
    found = [(pi, a, b, h0) for pi, par in enumerate(paragraphs) for a, b, h0 in _openings(par, t, folded, pos)]
    if len(found) < SALAD_PIECES or len({pi for pi, *_ in found}) < SALAD_PARAS \
            or len({(h0, b - a) for _, a, b, h0 in found}) < SALAD_STRETCHES \
            or sum(not _is_word(_simplifier()(paragraphs[pi][a:b])) for pi, a, b, _ in found) < SALAD_CUTS:
        return res
    for pi, a, b, _ in found:
        res[pi].append((a, b))
    return res


def _openings(par: str, t: Title, folded: str, pos: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """The paragraph's clause-opening title pieces that ``_opening`` keeps: (start, end, title Han start)."""
    out = []
    for a, _ in _title_chars(par, t.han):
        if a == 0 or par[a - 1] not in CLAUSE_MARKS:
            continue
        got = _opening_piece(par, a, folded, pos)
        if got is not None and _opening(par, a, got, t):
            out.append((a, got[0], got[1]))
    return out


def _opening(par: str, a: int, got: tuple[int, int, int, bool], t: Title) -> bool:
    """par[a:b] (title Han stretch h0..h1) may be salt: two to SALAD_LONGEST Han characters, not a union's name, not
    an item's head (二、…), not a place named with its level (株洲市, the clause's subject), followed by a Han character or a digit that starts no name with it (NAME_NEXT, …族: 清原|满族
    自治县), forms no word across the seam, and does not go on in the title's order (芦淞区|服饰行业: the title's
    phrase, shortened)."""
    b, h0, h1, crosses = got
    nxt = par[b:b + 1]
    if crosses or not 2 <= b - a == h1 - h0 <= SALAD_LONGEST or par[b - 1] in NAME_END or not nxt \
            or nxt in NAME_NEXT or not (HAN.match(nxt) or nxt.isdigit()):
        return False
    if a >= 2 and par[a - 2] in LIST_NUMBERS or "族" in par[b:b + 3] or _word_across(par, b):
        return False
    return not any(h1 <= q <= h1 + MAX_GAP for q in t.where.get(nxt, ()))
