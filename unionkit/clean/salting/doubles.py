"""Doubled words and title pieces at mark tails, openings the page repeats, and pieces the text steps back over."""

from __future__ import annotations

from ... import lazyrx
from .base import (
    HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, CLOSE_QUOTES, OPEN_QUOTES, MAX_LEN, _find_all, ORG_AFTER, PLACE_SUFFIX,
    _disjoint, UNION_NAME, COUNTED, COUNT_REACH, CLAUSE_MARK, SENTENCE_END,
)
from .words import _simplifier, _is_word
from .title import Title, left_is_mark, right_is_mark, _title_chars
from .boundaries import title_boundaries
from .runs import _word_across, _on_bounds, _title_starts
from .chunks import readings


HEAD_BACK = 3  # Han characters clause_heads may reach back over, from a span to the clause mark before it


def _clause_head(par: str, a: int, b: int, t: Title, floor: int) -> int:
    """The start of the piece from the clause mark before par[a:b] (at most HEAD_BACK characters back, none before
    floor) to b when the span is a cut chunk (two characters or more, no word) and the piece reads the title in order;
    else a. A head naming a union with the text after the span (宜昌市|统展我|总工会) is the sentence's own, and so is one
    the text after the span goes on from along the title (,金台|会组|区…总工会: the sentence's 金台区 split by the chunk)."""
    if b - a < 2 or left_is_mark(par, a) or _is_word(_simplifier()(par[a:b])) or ORG_AFTER.match(par, b):
        return a
    for x in range(a - 1, max(floor, a - HEAD_BACK) - 1, -1):
        if not HAN.match(par[x]):
            return a
        if left_is_mark(par, x):
            return x if b - x <= MAX_LEN and readings(par[x:b], t) and par[x:a] + par[b:b + 1] not in t.han else a
    return a


def doubled_words(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus one copy of a title piece of two characters or more written twice in a row inside a run of
    title characters on a page with salt (职业技能|技能|大赛, 新就业|形态|形态劳动者): the salter put a chunk right
    beside the sentence's own copy of the same words, which real text does not double. When the second copy runs on
    verbatim along the title and stops inside a title word (在株洲市|株洲市总工|第二中学), or is a chunk the page
    shows removed (工作|工作会议|先进), that longer piece is the chunk; else one copy (``_doubled_copy``)."""
    if not any(out):
        return out
    res, added, tb = [], False, title_boundaries(t)
    texts = {par[a:b] for par, spans in zip(paragraphs, out) for a, b in spans}
    for par, spans in zip(paragraphs, out):
        new = [sp for k, e in _title_chars(par, t.han) if e - k >= 4 for sp in _doubled_in(par, k, e, t, spans, tb, texts)]
        res.append(_disjoint(sorted(spans + new)) if new else spans)
        added = added or bool(new)
    return res if added else out


#: Han characters glued right before a count (digits, an optional 余/多, a measure word): 環衛|200餘名
BEFORE_COUNT = lazyrx.cached(r"\p{Han}{2,4}(?=[0-9\uff10-\uff19]+[余餘多]?[" + "".join(sorted(COUNTED)) + "])")


def counted_doubles(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus a title piece (two to four characters) glued right before a count whose counted noun, within
    COUNT_REACH characters in the same clause, holds the same piece again (商家|12家爱心商家, 环卫|200余名环卫工人), on a
    page with salt: real text names its noun once, after the count; the salter put a chunk before the number."""
    if not any(out):
        return out
    res, added = [], False
    for par, spans in zip(paragraphs, out):
        new = []
        if any(ch.isdigit() for ch in par):
            for m in BEFORE_COUNT.finditer(par):
                e = m.end()
                a = next((a for a in range(m.start(), e - 1) if par[a:e] in t.han), None)
                if a is None or any(x < e and a < y for x, y in spans):
                    continue
                c = next(k for k in range(e, len(par)) if par[k] in COUNTED) + 1
                mark = CLAUSE_MARK.search(par, c)
                if par.find(par[a:e], c, min(c + COUNT_REACH, mark.start() if mark else len(par))) >= 0:
                    new.append((a, e))
        res.append(_disjoint(sorted(spans + new)) if new else spans)
        added = added or bool(new)
    return res if added else out


def _cut_end(piece: str, han: str, tb: frozenset[int]) -> bool:
    """The verbatim title piece ends inside a title word at each of its places in the title (株洲市总工|会)."""
    return all(k + len(piece) not in tb for k in _find_all(han, piece))


def _doubled_copy(par: str, i: int, n: int, spans: list[tuple[int, int]], t: Title) -> tuple[int, int]:
    """Which of two copies par[i:i+n], par[i+n:i+2n] is the chunk (the text reads the same either way): the one a
    span runs on from or into (外者|清凉|清凉油), else the first, unless the first, opening no clause, would grow back
    over the sentence's words to the clause mark before it (，为新就|新就业: clause_heads)."""
    if any(y == i for _, y in spans):
        return i, i + n
    if any(x == i + 2 * n for x, _ in spans) or _clause_head(par, i, i + n, t, 0) != i:
        return i + n, i + 2 * n
    return i, i + n


def _doubled_in(par: str, k: int, e: int, t: Title, spans: list[tuple[int, int]], tb: frozenset[int],
                texts: set[str]) -> list[tuple[int, int]]:
    """doubled_words' pieces in the title-character run par[k:e], none touching a span (``texts``: the page's span
    texts, the chunks it shows)."""
    got, i, han = [], k, t.han
    while i + 4 <= e:
        n = next((n for n in range(min(MAX_LEN, (e - i) // 2), 1, -1)
                  if par[i:i + n] == par[i + n:i + 2 * n] and par[i:i + n] in han), 0)
        if not n or any(x < i + 2 * n and i < y for x, y in spans):
            i += 1
            continue
        m = next((m for m in range(min(MAX_LEN, e - i - n), n, -1) if par[i + n:i + n + m] in han), n)
        run = par[i + n:i + n + m]
        got.append((i + n, i + n + m) if m > n and par[i + n:i + n + m + 1] not in han
                   and (run in texts or _cut_end(run, han, tb)) else _doubled_copy(par, i, n, spans, t))
        i += 2 * n
    return got


def mark_tails(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans opening a clause grown over the next one to three characters that go on reading the title in order
    and are no word of the sentence, the sentence's own words picking up after them (，兰市工会|位|兰州市总工会,
    。召开年工|议|区总工会): a salter's chunk sits at the clause mark, and the reading stopped at its last title word,
    leaving the scrap after it glued to the text."""
    res, grown = [], False
    for par, spans in zip(paragraphs, out):
        new = [(a, _mark_tail(par, a, b, t, spans[q + 1][0] if q + 1 < len(spans) else len(par)))
               for q, (a, b) in enumerate(spans)]
        grown = grown or new != spans
        res.append(new if new != spans else spans)
    return res if grown else out


#: Characters that open a clause's own words after a chunk (为全区48名, 对获得优胜单位): never a chunk's scrap.
TAIL_OPENERS = frozenset("为為爲对對在与與把将將向以从從给給让讓由被和及")


def _mark_tail(par: str, a: int, b: int, t: Title, limit: int) -> int:
    """mark_tails' new end for the span par[a:b] (none past limit, the next span), or b. The scrap must hold no
    dictionary word and make none with the text on either side, must not open the clause's own words
    (TAIL_OPENERS), end a place name on its level word or run on into a union name (平顶|市|总工会), go on
    verbatim along the title into the text after (the sentence restating the title), or be whole title words
    (助创 of 职工|助创|文明城: the text's own)."""
    if not left_is_mark(par, a) or b - a < 2 or not HAN_RUN.fullmatch(par, a, b):
        return b
    for n in (3, 2, 1):
        e = b + n
        if e > limit or e - a > MAX_LEN or not HAN_RUNS.fullmatch(par, b, e) or right_is_mark(par, e):
            continue
        scrap = par[b:e]
        if scrap[0] in TAIL_OPENERS or scrap[-1] in PLACE_SUFFIX or ORG_AFTER.match(par, e) or par[b:e + 1] in t.han \
                or (n >= 2 and _on_bounds(scrap, t.han, title_boundaries(t))):
            continue
        if readings(par[a:e], t) and not _word_across(par, e) and not _word_across(par, b) and not _holds_word(scrap) \
                and _text_resumes(par, e):
            return e
    return b


def _text_resumes(par: str, e: int) -> bool:
    """The sentence's own text picks up at e: a dictionary word of two or three characters or a preposition
    (TAIL_OPENERS) opens there, or no Han character follows (a scrap glued to the head of an unknown word, 叶|底, “枣|妹”, is that word's)."""
    if e >= len(par) or not HAN.match(par[e]) or par[e] in TAIL_OPENERS:
        return True
    simp = _simplifier()
    return any(_is_word(simp(par[e:e + m])) for m in (2, 3) if HAN_RUNS.fullmatch(par, e, min(len(par), e + m)))


def _holds_word(text: str) -> bool:
    """Some two or more of text's characters in a row make a dictionary word."""
    simp = _simplifier()
    return any(_is_word(simp(text[x:y])) for x in range(len(text)) for y in range(x + 2, len(text) + 1))


def repeated_openings(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus a piece of the title cut inside its words (no whole title words, no dictionary word, no union
    name, not opened by the clause's own preposition) that opens clauses at two places or more of a salted page,
    glued to text it makes no word with (，法守|接待农民工, ，法守|并提醒他): a salter repeats its chunks paragraph after
    paragraph; real text does not open clause after clause with the same scrap of the title."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    found: dict[str, list[tuple[int, int, int]]] = {}
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        for k, e in _title_chars(par, t.han):
            if k == 0 or par[k - 1] not in CLAUSE_MARKS:
                continue
            for n in range(min(MAX_LEN, e - k), 1, -1):
                piece = par[k:k + n]
                if k + n < len(par) and HAN.match(par[k + n]) and _cut_opening(piece, t, tb) \
                        and not _word_across(par, k + n) and not any(x < k + n and k < y for x, y in spans):
                    found.setdefault(piece, []).append((pi, k, k + n))
    add: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for places in found.values():
        if len(places) >= 2:
            for pi, a, b in places:
                add[pi].append((a, b))
    if not any(add):
        return out
    return [_disjoint(sorted(spans + _longest_first(extra))) if extra else spans for spans, extra in zip(out, add)]


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of spans starting at the same place (or overlapping), the longest earliest, the rest dropped."""
    keep: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda x: (x[0], -x[1])):
        if not keep or a >= keep[-1][1]:
            keep.append((a, b))
    return keep


def _cut_opening(piece: str, t: Title, tb: frozenset[int]) -> bool:
    """repeated_openings' piece: read in the title's order, cut inside a title word, no dictionary word, no union."""
    return piece[0] not in TAIL_OPENERS and bool(readings(piece, t)) and not _on_bounds(piece, t.han, tb) \
        and not _is_word(_simplifier()(piece)) \
        and not ORG_AFTER.search(piece) and not _holds_word(piece[:2])


def quoted_doubles(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus a quoted title piece's unquoted copy written right after its closing quote on a page with salt
    (接过“暖心包”暖心包连声道谢): the salter put the chunk beside the sentence's quoted copy, which real text never
    doubles; the quote marks break the run of title characters doubled_words reads."""
    return _with_pieces(out, paragraphs, t, lambda par, k, e: _quoted_copy(par, k, e, t)
                        if k > 1 and par[k - 1] in CLOSE_QUOTES else None)


def _with_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, piece) -> list[list[tuple[int, int]]]:
    """The spans plus the pieces ``piece(par, k, e)`` finds at the paragraphs' runs of title characters (par[k:e]) that
    overlap no span, on a page with salt; ``out`` itself when none is new."""
    if not any(out):
        return out
    res, added = [], False
    for par, spans in zip(paragraphs, out):
        new = [sp for k, e in _title_chars(par, t.han)
               if (sp := piece(par, k, e)) and not any(a < sp[1] and sp[0] < b for a, b in spans)]
        res.append(sorted(spans + new) if new else spans)
        added = added or bool(new)
    return res if added else out


def _quoted_copy(par: str, k: int, e: int, t: Title) -> tuple[int, int] | None:
    """The copy par[k:] of the quoted title piece closing at par[k - 1], when the run par[k:e] starts with it."""
    o = max(par.rfind(q, max(0, k - 2 - MAX_LEN), k - 1) for q in OPEN_QUOTES)
    piece = par[o + 1:k - 1] if o >= 0 else ""
    if len(piece) < 2 or not HAN_RUN.fullmatch(piece) or piece not in t.han or not par.startswith(piece, k):
        return None
    return (k, k + len(piece)) if k + len(piece) <= e else None


STEP_BACK = 3  # Han characters of the title run after a clause-opening piece that starts back in the title


def stepped_back(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus a verbatim title piece opening a clause, followed right away by a verbatim run of STEP_BACK or
    more title characters that starts back in the title, before the piece ends (,金秋|涧西区总工会 under 涧西区总工会
    “金秋助学”…, ,圆梦|“金秋助学”, ,涧西区|区总工会), on a page with salt: the sentence's own words restate the title
    and the salter put a piece of it before them, out of order. The run must be whole title words (a run cut inside
    one, 江北区总|通过, is a chunk itself, save a union name lying wholly before the piece: ``_union_opening``) naming the
    sentence's subject (``_named``)."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    return _with_pieces(out, paragraphs, t,
                        lambda par, k, e: (_back_piece(par, k, t, tb) or _gap_piece(par, k, e, t, tb))
                        if k and par[k - 1] in CLAUSE_MARKS else None)


def _gap_piece(par: str, k: int, e: int, t: Title, tb: frozenset[int]) -> tuple[int, int] | None:
    """stepped_back's piece when it skips title characters: a clause-opening piece reading the title with one gap,
    followed right away by that gap's title words naming the sentence's subject (,柳州集中|市总工会向… of
    柳州市|总工会|集中; a level union name counts, ``_union_opening``): the sentence names its subject as the title
    does, and the salter's sparse chunk before it reads the title out of order with it. None when there is none."""
    for s in range(k + 3, min(e, k + MAX_LEN + 1)):
        for r in readings(par[k:s], t):
            gaps = [q for q in range(len(r) - 1) if r[q + 1] > r[q] + 1]
            if len(gaps) != 1:
                continue
            gap = t.han[r[gaps[0]] + 1:r[gaps[0] + 1]]
            if len(gap) >= STEP_BACK and par.startswith(gap, s) and _named(gap, -1) \
                    and (_on_bounds(gap, t.han, tb) or _union_opening(gap, t.han, tb)):
                return k, s
    return None


def _back_piece(par: str, k: int, t: Title, tb: frozenset[int]) -> tuple[int, int] | None:
    """stepped_back's piece opening at par[k], or None (tb: the title's word boundaries)."""
    x = t.text
    for s in range(k + 2, k + MAX_LEN + 1):
        piece = par[k:s]
        if not HAN_RUN.fullmatch(piece) or piece not in x:
            return None
        p = s + _higher_place(par, s, x)  # (the sentence may name its subject under its city: 免费|阜阳市|颍州区总工会)
        n = next((n for n in range(min(len(x), len(par) - p), 0, -1) if par[p:p + n] in x), 0)  # the title run after it
        run = par[p:p + n]
        han_run = "".join(HAN.findall(run))
        if len(han_run) < STEP_BACK or par[k:p + n] in x:
            continue
        whole = _on_bounds(han_run, t.han, tb)
        if not whole and not _union_opening(han_run, t.han, tb):
            continue
        starts = _find_all(x, piece)
        last_end, last_start = max(starts) + len(piece), max(starts)
        if any((c < last_end if whole else c + len(run) <= last_start) and _named(run, c) for c in _find_all(x, run)):
            return k, s
    return None


HIGHER_PLACE = lazyrx.cached(r"\p{Han}{2}[省市州盟]")  # a city or province named before the title's own place


def _higher_place(par: str, s: int, title: str) -> int:
    """The length of a city's or province's name the title lacks at par[s] (阜阳市 before 颍州区总工会 under 颍州区总工会…),
    or 0: the sentence names the title's place under its city, the subject still the title's."""
    m = HIGHER_PLACE.match(par, s)
    return len(m.group()) if m and m.group() not in title else 0


def _union_opening(run: str, han: str, tb: frozenset[int]) -> bool:
    """The title run opens with a level union name and ends on a title word boundary, its start maybe inside a title word
    (县总工会 of a title read 来安县|总工会): the sentence's short name of the title's union, which the segmentation
    splits from its place. stepped_back takes it only when it lies wholly before the piece in the title."""
    return UNION_NAME.match(run) is not None and any(s + len(run) in tb for s in _title_starts(run, han))


def _named(run: str, c: int) -> bool:
    """The title run (at title index c) names the sentence's subject: it opens the title (the union or place the
    page is about), opens a quoted name, or holds a union's name or ends a place's (a run naming the title's object,
    培训|农牧民工 of …农牧民工技能培训, is the sentence's verb and object written in another order)."""
    return c == 0 or run[0] in OPEN_QUOTES or ORG_AFTER.search(run) is not None or run[-1] in PLACE_SUFFIX


def repeated_tails(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus a clause-opening copy of the tail of a paragraph's last span, later in the same sentence, when
    that span is a chunk cut inside a word that ends at the title's last character (…改革，[能大赛]持续开展…58家，[大赛]推动
    …): the salter's list had run out and it put the list's end again. The copy is two title characters or more,
    a proper tail of the chunk, opens a clause inside the sentence (after a comma or 、) and runs on into no word."""
    if not any(out):
        return out
    res, added = [], False
    for par, spans in zip(paragraphs, out):
        copy = _tail_copy(par, spans[-1], t) if len(spans) >= 2 else None
        res.append(sorted(spans + [copy]) if copy else spans)
        added = added or copy is not None
    return res if added else out


def _tail_copy(par: str, span: tuple[int, int], t: Title) -> tuple[int, int] | None:
    """repeated_tails' copy after the paragraph's last span, or None."""
    a, b = span
    chunk = par[a:b]
    if b - a < 3 or not HAN_RUN.fullmatch(chunk) or _is_word(_simplifier()(chunk)) \
            or not any(r[-1] == len(t.han) - 1 for r in readings(chunk, t)):
        return None
    end = next((x for x in range(b, len(par)) if par[x] in SENTENCE_END), len(par))
    for size in range(b - a - 1, 1, -1):  # the longest tail first
        tail = chunk[-size:]
        k = par.find(tail, b, end)
        while k >= 0:
            e = k + size
            if par[k - 1] in CLAUSE_MARKS and not right_is_mark(par, e) and not _word_across(par, e):
                return k, e
            k = par.find(tail, k + 1, end)
    return None
