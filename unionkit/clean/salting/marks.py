"""Found chunks at clause marks: gaps, overlaps and tails between chunks, mark style, twins, seam tiles."""

from __future__ import annotations

from collections import Counter

from ... import lazyrx
from .base import HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, _without, _find_all, NUM_TITLE, DIGIT, UNION_NAME, is_han, COUNTED
from .words import _simplifier, _is_word
from .title import Title, _verbatim_ext, left_is_mark, _dangling
from .boundaries import title_boundaries
from .runs import _word_across, _on_bounds, _title_starts
from .chunks import readings
from .giveback import _reading_ends, _restated_last, _named_elsewhere
from .seams import _mark_windows, _tiling_chain


def _moved_spans(out: list[list[tuple[int, int]]], paragraphs: list[str], pick) -> list[list[tuple[int, int]]]:
    """out with each span moved to the copy ``pick(par, q, spans)`` names (None: it stays; ``spans`` holds the
    paragraph's spans with those before q already moved), or out itself when none moves: the shared walk of
    real_copies, head_copies and marked_twins."""
    res, moved = [], False
    for par, spans in zip(paragraphs, out):
        new = list(spans)
        for q in range(len(spans)):
            alt = pick(par, q, new)
            if alt is not None:
                new[q], moved = alt, True
        res.append(sorted(new) if new != spans else spans)
    return res if moved else out


GAP_LONGEST = 3  # title characters glued_gaps fills between two of the page's chunks


def glued_gaps(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title characters between two consecutive chunks of the page's list that no chunk covers, where
    two paragraphs or more write them glued right before the later chunk (会鄞 … [工匠]心劳 in both: one chunk 工匠心劳,
    the reading took its word 工匠 for the sentence's). Real text writes a title word right before a salter's chunk
    in two paragraphs only by chance."""
    where: dict[tuple[str, str, str], list[tuple[int, int, int]]] = {}
    for pi, (par, sp) in enumerate(zip(paragraphs, out)):
        for (u0, u1), (v0, v1) in zip(sp, sp[1:]):
            prev, x = par[u0:u1], par[v0:v1]
            s = t.han.find(prev)
            e = t.han.find(x, s + len(prev)) if s >= 0 else -1
            gap = t.han[s + len(prev):e] if e > s else ""
            if 0 < len(gap) <= GAP_LONGEST and v0 - len(gap) >= u1 and par.startswith(gap, v0 - len(gap)):
                where.setdefault((prev, gap, x), []).append((pi, v0 - len(gap), v0))
    add: dict[int, list[tuple[int, int]]] = {}
    for places in where.values():
        if len({pi for pi, _, _ in places}) >= 2:
            for pi, a, b in places:
                add.setdefault(pi, []).append((a, b))
    if not add:
        return out
    return [sorted(sp + add[pi]) if pi in add else sp for pi, sp in enumerate(out)]


def chunk_overlaps(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A span that is a chunk removed elsewhere on the page plus the first characters of the paragraph's next
    span, itself a chunk removed elsewhere (,[工会为]清河镇、[为人]头道镇 where the chunks are 工会 and 为人): the
    salter put each chunk once, so the extra characters are the sentence's own (为清河镇); the span is cut back
    to the chunk."""
    texts = [{par[a:b] for a, b in sp} for par, sp in zip(paragraphs, out)]
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        new = list(spans)
        others = [other for qi, other in enumerate(texts) if qi != pi]
        for k in range(len(spans) - 1):
            (a, b), (c, d) = spans[k], spans[k + 1]
            x, y = par[a:b], par[c:d]
            if not any(y in other for other in others):
                continue  # the next span is no chunk seen elsewhere either: nothing to measure the first by
            cut = next((n for n in range(1, len(x) - 1) if x[-n:] == y[:n] and any(x[:-n] in other for other in others)), 0)
            if cut:
                new[k] = (a, b - cut)
        res.append(new)
    return res


def chunk_tails(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A verbatim title span that takes in a whole chunk removed in another paragraph and then ends inside the
    chunk after it ([業態勞動者]掃碼 where the page's chunks are 勞動 and 者建): the salter cut the title once and put
    whole chunks, so the span's own chunk ends where the other chunk starts and the rest is the sentence's words
    (勞動者掃碼); the span is cut back to its head. A head that is the title's place right before the level union name
    the rest holds (石台|县总工会把…) is the sentence's own name, as keep_unions reads it: the span goes."""
    texts = [{par[a:b] for a, b in sp if HAN_RUNS.fullmatch(par[a:b])} for par, sp in zip(paragraphs, out)]
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        others = set().union(*(x for qi, x in enumerate(texts) if qi != pi))
        new = []
        for a, b in spans:
            k = _head_before_chunk(par, a, b, others, t.han)
            if not k:
                new.append((a, b))
            elif not (UNION_NAME.match(par, a + k, b) or UNION_NAME.match(par, a + k - 1, b)):
                new.append((a, a + k))
        res.append(new if new != spans else spans)
    return res


def _head_before_chunk(par: str, a: int, b: int, others: set[str], han: str) -> int:
    """Length of the head of the span par[a:b] that ends where another paragraph's chunk starts inside it, when the
    span runs past that chunk into part of a later one and the text after it goes on (0 when it does not)."""
    x = par[a:b]
    if len(x) < 5 or not others or x not in han or not HAN.match(par[b:b + 1] or "x"):
        return 0
    for k in range(2, len(x) - 2):
        rest = x[k:]
        if rest in others:
            continue  # two whole chunks side by side: nothing tells which is the text's
        for y in others:
            if len(y) >= 2 and rest.startswith(y) and len(rest) > len(y) and rest[len(y):] not in others:
                return k
    return 0


#: Spans at clause marks a page needs, per span inside a clause, before its in-clause title words are the text's.
MARK_STYLE = 4
#: Title characters a span must skip after the paragraph's span before it (two chunks the paragraph lacks).
SKIP_MIN = 4


def _at_mark(par: str, a: int, b: int) -> bool:
    """par[a:b] sits where a salter puts its chunks: at a clause mark, or dangling after the last full stop."""
    return left_is_mark(par, a) or _dangling(par, a, b)


def _mark_counts(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> tuple[int, int]:
    """How many found spans sit at a clause mark (or dangle after the last full stop), and how many inside a clause."""
    marked = sum(1 for par, spans in zip(paragraphs, out) for a, b in spans if _at_mark(par, a, b))
    return marked, sum(len(spans) for spans in out) - marked


def mark_style(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """On a page whose salt sits at clause marks (after a comma or 、, or dangling after the last full stop), a span
    that is whole title words between two Han characters, far on in the title from the paragraph's span before it
    (two chunks or more skipped), is the sentence's own (,[送清]为园区内 of …进园区活动, 23家养殖企业 after
    ,[工会]): the salter puts a prefix of its chunk list, in order, so a chunk does not come after a gap."""
    tb = title_boundaries(t)
    marked, inside = _mark_counts(out, paragraphs)
    if not inside or marked < MARK_STYLE * inside:
        return out
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        kept = [sp for k, sp in enumerate(spans) if k == 0 or _at_mark(par, *sp)
                or not _own_words(par, pi, spans[:k + 1], paragraphs, out, t, tb)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


BOUND_AFTER = frozenset("的和与及")  # particles binding a clause-opening word to what follows (职工的…, 职工和…)


def marked_twins(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """On a page whose salt sits at clause marks (mark_style's gate), a span inside a clause moved to the one other
    copy of it in the paragraph that opens a clause and is not taken (,矿工县总工会… then 广大|矿工|在家门口): the salter
    puts its words after marks, the sentence writes its own inside its clauses."""
    marked, inside = _mark_counts(out, paragraphs)
    if not inside or marked < MARK_STYLE * inside:
        return out

    def pick(par: str, q: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        a, b = spans[q]
        return None if b - a < 2 or _at_mark(par, a, b) else _marked_twin(par, a, b, spans, t.han)
    return _moved_spans(out, paragraphs, pick)


def _marked_twin(par: str, a: int, b: int, spans: list[tuple[int, int]], han: str) -> tuple[int, int] | None:
    """The one untaken copy of par[a:b] elsewhere in the paragraph right after a clause mark (no paragraph's opening
    word, no quoted one: “工会送来的…), neither running on into the title's next characters (,西城区总工会…: the text
    naming the title's union) nor bound to what follows by a particle (,职工的知情权: the clause's subject), or None."""
    piece, n = par[a:b], b - a
    got = [(k, k + n) for k in _find_all(par, piece)
           if k > 0 and k != a and par[k - 1] in CLAUSE_MARKS and not any(x < k + n and k < y for x, y in spans)
           and not _verbatim_ext(par, k, k + n, han) and par[k + n:k + n + 1] not in BOUND_AFTER]
    return got[0] if len(got) == 1 else None


MARKED_WORD_COPIES = 2  # clause openings of one paragraph a found chunk that is also a word must take there


def marked_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Copies of a found chunk that no dictionary knows (慰问困, 难职工, 縣總) right after a clause mark elsewhere on the
    page, not running on into a word of what follows, are salt too: copied pages put one chunk after several marks of a
    paragraph (、慰问困高坪镇 … ,慰问困走访), while the chunk decoding takes each chunk once per paragraph. A chunk cut from
    the title that is a word as well (总工 of 总工会) counts only in a paragraph where it opens MARKED_WORD_COPIES clauses
    or more not yet taken (,总工县农技中心… ,总工现场讲解… ,总工手把手…): no text opens its clauses with one word again and
    again."""
    chunks = {par[a:b] for par, spans in zip(paragraphs, out) for a, b in spans if _at_mark(par, a, b)}
    tb = title_boundaries(t)
    chunks = {c for c in chunks if len(c) >= 2 and HAN_RUN.fullmatch(c)
              and not _on_bounds(c, t.han, tb)}  # (whole title words open real sentences: 。市总工会相关负责人)
    if not chunks:
        return out
    order = sorted(chunks, key=lambda c: (-len(c), c))  # (the longest chunk first where two start together)
    words = {c for c in chunks if _is_word(_simplifier()(c))}
    shan = _simplifier()(t.han)
    res = []
    for par, spans in zip(paragraphs, out):
        taken = {k for a, b in spans for k in range(a, b)}
        add = []
        for c in order:
            at = [k for k in _marked_at(par, c, shan) if not taken.intersection(range(k, k + len(c)))]
            if c in words and len(at) < MARKED_WORD_COPIES:
                continue  # (a cut chunk that is a word too, 总工 of 总工会: only when it opens several clauses)
            for k in at:
                if not taken.intersection(range(k, k + len(c))):
                    add.append((k, k + len(c)))
                    taken.update(range(k, k + len(c)))
        res.append(sorted(spans + add) if add else spans)
    return res


def _marked_at(par: str, chunk: str, shan: str) -> list[int]:
    """Offsets where chunk follows a clause mark and is followed by a Han character it forms no word with and that does
    not go on with the title (,助创文明城 restates the title's 助创文明城市), nor holds or opens a level union name
    (``shan``: the title's Han characters, simplified)."""
    out, k = [], par.find(chunk, 1)
    while k >= 0:
        e = k + len(chunk)
        if (par[k - 1] in CLAUSE_MARKS and e < len(par) and HAN.match(par[e]) and not _word_across(par, e)
                and _simplifier()(par[k:e + 1]) not in shan and not UNION_NAME.search(par, k, e + 3)):
            # (,新区总工会将… is the clause's subject)
            out.append(k)
        k = par.find(chunk, k + 1)
    return out


MARKED_PAGE = 2  # spans at clause marks a page must show for clause_words
MARKED_RATIO = 1  # times as many as inside clauses


def clause_words(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """On a page whose salt sits at clause marks (real copied pages: 、慰问困高坪镇, ,县总提醒) at least as often as
    inside clauses, a span inside a clause that is whole title words and a dictionary word, touching Han or a digit
    on both sides, is the sentence's own word in a phrase it needs (共计慰问186户, 12351职工服务热线, 在建光伏和储能,
    56名職工參加): the salter's copy of a whole word after a mark is what marks the page."""
    marked, inside = _mark_counts(out, paragraphs)
    if not inside or marked < max(MARKED_PAGE, MARKED_RATIO * inside):
        return out
    tb = title_boundaries(t)
    texts = Counter(par[a:b] for par, spans in zip(paragraphs, out) for a, b in spans)
    return _without(out, paragraphs, lambda par, a, b, spans: not _at_mark(par, a, b)
                    and (_phrase_word(par, a, b, t, tb, texts[par[a:b]] > 1) or _counted_word(par, a, b)))


def _counted_word(par: str, a: int, b: int) -> bool:
    """par[a:b], a dictionary word, follows a number's measure word and runs on into a dictionary word of the
    sentence (3名工会|法律顾问: 工会法 straddles its end): the noun phrase the sentence counts, not a chunk put in."""
    return (a >= 2 and par[a - 1] in COUNTED and DIGIT.match(par[a - 2]) is not None and HAN_RUN.fullmatch(par, a, b)
            is not None and b - a >= 2 and _word_across(par, b) and _is_word(_simplifier()(par[a:b])))




def _phrase_word(par: str, a: int, b: int, t: Title, tb: frozenset[int], repeated: bool = False) -> bool:
    """par[a:b] is one dictionary word inside a clause, bound to a number beside it: a number before it (12351职工服务热线),
    or after it (共计慰问186户), or a number and its measure word when the page cuts the text nowhere else (56名職工參加;
    a salter puts its chunks after 6名 too, and then puts them elsewhere as well: ``repeated``). Salters insert chunks
    between Han characters; a word written against a number is what the sentence counts or names."""
    text = par[a:b]
    if a == 0 or b >= len(par) or not HAN_RUN.fullmatch(text) or len(text) < 2:
        return False
    before = bool(DIGIT.match(par[a - 1])) or (not repeated and a >= 2 and par[a - 1] in COUNTED
                                               and bool(DIGIT.match(par[a - 2])))
    if not (before or DIGIT.match(par[b])) or not NUM_TITLE.match(par[a - 1]) or not NUM_TITLE.match(par[b]):
        return False
    if any(text in q for q in TITLE_QUOTED.findall(t.text)):
        return False  # (a piece of a name the title quotes, 金秋 of “金秋助学”: the text quotes the name, salt does not)
    return _ends_title_word(text, t.han, tb) and _is_word(_simplifier()(text))


TITLE_QUOTED = lazyrx.cached(r"[“「『‘\"]([^”」』’\"]+)[”」』’\"]")  # a name the title quotes


def _ends_title_word(text: str, han: str, tb: frozenset[int]) -> bool:
    """text is a piece of the title that ends on one of the title's word boundaries (职工 of 困难职工; a salter's odd
    cut such as 工职 of 职工|职业 does not)."""
    return any(s + len(text) in tb for s in _title_starts(text, han))


def _own_words(par: str, pi: int, spans: list[tuple[int, int]], paragraphs: list[str], out, t: Title,
               tb: frozenset[int]) -> bool:
    """The last span, inside a clause, is the sentence's own words: whole title words far on in the title from the
    span before it (SKIP_MIN), or a span _after_cut skipping any title character, its text used elsewhere too."""
    prev, sp = spans[-2], spans[-1]
    if _restated_last(par, spans, t, tb):
        return _skipped(par, prev, sp, t) >= SKIP_MIN
    return (_after_cut(par, prev, sp, t, tb) and _named_elsewhere(par[sp[0]:sp[1]], pi, sp, paragraphs, out)
            and _skipped(par, prev, sp, t) >= 1)


def _after_cut(par: str, prev: tuple[int, int], cur: tuple[int, int], t: Title, tb: frozenset[int]) -> bool:
    """The span, of four characters or more, sits inside a clause (Han on both sides) and ends on a title word's end
    (形态劳动 of 劳动者 does not: a salter's cut), and the span before it ends inside a title word: with the span's
    words used elsewhere on the page too, a span that then skips title
    characters (在重 … 还为[项目工地]配送, 重点项目工地 in another paragraph) is the sentence's own."""
    a, b = cur
    ends = _reading_ends(par[a:b], t)
    return (0 < a and b < len(par) and b - a >= 4 and bool(HAN.match(par[a - 1])) and bool(HAN.match(par[b]))
            and bool(ends) and all(e + 1 in tb for e in ends) and _cut_inside(par, prev, t, tb))


def _cut_inside(par: str, prev: tuple[int, int], t: Title, tb: frozenset[int]) -> bool:
    """The span ends inside a title word on every reading (在重 of 在|重点): the salter's next chunk starts right
    after it (its chunks tile the title), so a span skipping even one title character is no chunk of it."""
    ends = _reading_ends(par[prev[0]:prev[1]], t)
    return bool(ends) and all(e + 1 not in tb for e in ends)


def _skipped(par: str, prev: tuple[int, int], cur: tuple[int, int], t: Title) -> int:
    """The fewest title characters between where the span prev ends and cur starts in the title (0 when either
    has no reading or cur does not come after prev)."""
    a, b = prev
    c, d = cur
    if not HAN_RUN.fullmatch(par[c:d]):
        return 0
    ends = _reading_ends(par[a:b], t)  # (none for a span with other characters: no gap, 0)
    gaps = [r[0] - e - 1 for r in readings(par[c:d], t) for e in ends if r[0] > e]
    return min(gaps, default=0)


def seam_tiles(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """In a paragraph with no salt found, on a page that shows salt, three or more title pieces right after clause
    marks that, in the paragraph's order, cut a stretch of the title into consecutive chunks (,开展… ,牡蛎…
    ,养殖… ,行业…): the salter put its chunk list there from a later chunk, not from the title's head. Real text
    opening its clauses with the title's words does not tile the title with nothing skipped."""
    if not any(out):
        return out
    return [spans or _seam_chain(par, t) for par, spans in zip(paragraphs, out)]


def _seam_chain(par: str, t: Title) -> list[tuple[int, int]]:
    """The longest chain of title pieces (2 to 4 characters) after clause marks tiling the title, for seam_tiles."""
    pieces = [(k, k + len(w), s, s + len(w))  # (start in par, end in par, title start, title end)
              for k, w in _mark_windows(par, t.where, is_han) for s in t.where[w[0]] if t.han.startswith(w, s)]
    return [(a, b) for _, a, b in _tiling_chain([(0, *pc) for pc in pieces])]
