"""The salter's chunk list: readings of a text by the title's words, the list, its order, fitted spans."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cmp_to_key, lru_cache

from .base import MAX_GAP
from .title import Title, _title_where


# --------------------------------------------------------------------------- joint decoding of the chunk list


def readings(text: str, t: Title, cap: int = 64) -> list[tuple[int, ...]]:
    """The title positions of the title-ordered readings of a fragment (at most ``cap``, earliest first)."""
    return list(_readings(text, t.han, cap))


@lru_cache(maxsize=1024)
def _readings(text: str, han: str, cap: int) -> tuple[tuple[int, ...], ...]:
    """readings, memoised on (fragment, title): the joint decoding asks about the same few fragments
    many times."""
    out: list[tuple[int, ...]] = []
    where = _title_where(han)

    def walk(pos: tuple[int, ...]) -> None:
        if len(out) >= cap:
            return
        if len(pos) == len(text):
            out.append(pos)
            return
        for q in where.get(text[len(pos)], ()):
            if pos[-1] < q <= pos[-1] + MAX_GAP + 1:
                walk(pos + (q,))

    for t0 in where.get(text[0], ()):
        walk((t0,))
    return tuple(out)


@dataclass
class Chunk:
    """One chunk of the page's inferred chunk list: its text, title interval and paragraph support."""

    text: str
    t0: int
    t1: int
    support: int


def chunk_list(found: dict[int, list[tuple[int, int, str]]], t: Title) -> list[Chunk]:
    """The page's chunk list inferred from the fragments found in every paragraph: the salter cuts the
    title once into non-overlapping chunks, so fragments seen in more paragraphs claim their title
    characters first, and a fragment overlapping a claimed one is cut to its prefix that does not
    (a chunk glued to the sentence's own title word), or left out."""
    support: dict[str, int] = {}
    for spans in found.values():
        for text in dict.fromkeys(x for _, _, x in spans):  # page order: ties in the sort below stay put
            support[text] = support.get(text, 0) + 1
    first = {x: min((r[0] for r in readings(x, t)), default=99) for x in support}
    order = [x for x in sorted(support, key=lambda x: (-support[x], -len(x), first[x]))
             if support[x] >= 2 or not _joined_pieces(x, found)]
    out: list[Chunk] = []
    claimed: set[int] = set()
    for text in order:
        i = 0
        while i < len(text) and (i == 0 or support[text] >= 2):  # a repeated fragment may be two chunks side by side
            for k in range(len(text) - i, 0, -1):
                r = next((r for r in readings(text[i:i + k], t) if claimed.isdisjoint(r)), None)
                if r:
                    out.append(Chunk(text[i:i + k], r[0], r[-1], support[text]))
                    claimed.update(r)
                    i += k
                    break
            else:
                break
    return in_page_order(out, found)


JOINED_PIECES = 3  # fragments another paragraph shows apart that a fragment must spell to be no chunk of its own


def _joined_pieces(text: str, found: dict[int, list[tuple[int, int, str]]]) -> bool:
    """text is what another paragraph shows as JOINED_PIECES fragments or more one after another, each apart from the
    next (竞秀区总工会 where another paragraph reads 竞秀 … 区总 … 工会): those chunks, not one of its own (the
    sentence's name the chunks spell). Two side by side (工会|开展尊) are as often one chunk the salter cut so."""
    for spans in found.values():
        for i in range(len(spans) - 1):
            joined, end, n = spans[i][2], spans[i][1], 1
            for a, b, x in spans[i + 1:]:
                joined, n = joined + x, n + 1
                if a <= end or not text.startswith(joined):
                    break
                if joined == text:
                    return n >= JOINED_PIECES
                end = b
    return False


def in_page_order(chunks: list[Chunk], found: dict[int, list[tuple[int, int, str]]]) -> list[Chunk]:
    """The chunks in the order the paragraphs show them (one list is reused on the whole page, and it
    may put a chunk out of the title's order: 拉开 early), the title's order where they do not tell."""
    before: dict[tuple[int, int], int] = {}
    for spans in found.values():
        seq = [k for _, _, k in _decompose(spans, chunks)]
        for x in range(len(seq)):
            for y in range(x + 1, len(seq)):
                before[seq[x], seq[y]] = before.get((seq[x], seq[y]), 0) + 1

    def cmp(x: int, y: int) -> int:
        d = before.get((y, x), 0) - before.get((x, y), 0)
        return d if d else chunks[x].t0 - chunks[y].t0

    return [chunks[k] for k in sorted(range(len(chunks)), key=cmp_to_key(cmp))]


def fit_spans(spans, chunks: list[Chunk], t: Title) -> list[tuple[int, int, int]]:
    """The paragraph's fragments that fit the chunk list, as (start, end, chunk index): a fragment is
    read as listed chunks one after another (two chunks inserted side by side); what is left after the
    last listed chunk is the sentence's own text and stays."""
    return ordered(_decompose(spans, chunks))


def _decompose(spans, chunks: list[Chunk]) -> list[tuple[int, int, int]]:
    """Fragments read as listed chunks one after another, as (start, end, chunk index)."""
    by_text = {c.text: k for k, c in enumerate(chunks)}
    out = []
    for a, b, text in spans:
        i = 0
        while i < len(text):
            n = next((n for n in range(len(text) - i, 0, -1) if text[i:i + n] in by_text), 0)
            if not n:
                break
            out.append((a + i, a + i + n, by_text[text[i:i + n]]))
            i += n
    return out


def ordered(fit: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The longest (in characters) run of fragments whose chunks follow the list's order, each once."""
    best: list[tuple[int, int]] = []
    for q, (a, b, k) in enumerate(fit):
        v, back = b - a, -1
        for r in range(q):
            if fit[r][2] < k and best[r][0] + b - a > v:
                v, back = best[r][0] + b - a, r
        best.append((v, back))
    if not fit:
        return []
    q = max(range(len(fit)), key=lambda x: best[x][0])
    out = []
    while q >= 0:
        out.append(fit[q])
        q = best[q][1]
    return out[::-1]
