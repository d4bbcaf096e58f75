"""Title salad: short title pieces a salter put at clause openings in no title order, and whole title words glued
in no title order or inside words anywhere (word salad)."""

from __future__ import annotations

from functools import lru_cache

from ... import lazyrx

from .base import HAN, CLAUSE_MARKS, PLACE_SUFFIX, MAX_GAP, _find_all
from .title import Title, _title_chars, prepare_title
from .runs import _word_across, _between_words
from .boundaries import _boundaries, _gaps, title_boundaries
from .words import _is_word, _simplifier, _han_word
from .features import _opens_on_particle
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
    found = [(pi, a, b, h0) for pi, par in enumerate(paragraphs) for a, b, h0 in _openings(par, t.text)
             if b - a <= SALAD_LONGEST]
    if len(found) < SALAD_PIECES or len({pi for pi, *_ in found}) < SALAD_PARAS \
            or len({(h0, b - a) for _, a, b, h0 in found}) < SALAD_STRETCHES \
            or sum(not _is_word(_simplifier()(paragraphs[pi][a:b])) for pi, a, b, _ in found) < SALAD_CUTS:
        return res
    for pi, a, b, _ in found:
        res[pi].append((a, b))
    return res


@lru_cache(maxsize=4096)
def _openings(par: str, title: str) -> tuple[tuple[int, int, int], ...]:
    """The paragraph's clause-opening title pieces of two to PIECE_MAX Han characters that ``_opening`` keeps: (start,
    end, title Han start). (Memoised on the paragraph and the title: salad_openings and word_openings read the same
    paragraphs, and the fixed-point checks read them again.)"""
    t = prepare_title(title)
    folded, pos = title.translate(WIDTH), _han_offsets(title)
    out = []
    for a, _ in _title_chars(par, t.han):
        if a == 0 or par[a - 1] not in CLAUSE_MARKS:
            continue
        got = _opening_piece(par, a, folded, pos)
        if got is not None and got[0] - a <= PIECE_MAX and _opening(par, a, got, t):
            out.append((a, got[0], got[1]))
    return tuple(out)


def _opening(par: str, a: int, got: tuple[int, int, int, bool], t: Title) -> bool:
    """par[a:b] (title Han stretch h0..h1) may be salt: all Han characters, not a union's name, not
    an item's head (二、…), not a place named with its level (株洲市, the clause's subject), not before 的 (表示，晉江|的做法:
    the clause's own modifier), not the second of a pair the title joins (矿区、|工地: ``_paired_item``), followed by a Han character or a digit that starts no name with it (NAME_NEXT, …族: 清原|满族
    自治县), forms no word across the seam, and does not go on in the title's order (芦淞区|服饰行业: the title's
    phrase, shortened)."""
    b, h0, h1, crosses = got
    nxt = par[b:b + 1]
    if crosses or b - a != h1 - h0 or par[b - 1] in NAME_END or not nxt \
            or nxt in NAME_NEXT or not (HAN.match(nxt) or nxt.isdigit()):
        return False
    if a >= 2 and par[a - 2] in LIST_NUMBERS or "族" in par[b:b + 3] or _word_across(par, b) \
            or _list_repeats(par, a, b) or _opens_on_particle(par, a, b) or _paired_item(par, a, h0, t):
        return False
    return not any(h1 <= q <= h1 + MAX_GAP for q in t.where.get(nxt, ()))


def _paired_item(par: str, a: int, h0: int, t: Title) -> bool:
    """The piece at par[a] (title Han start h0) follows, after 、, an item that ends on the title word right before it in
    the title, a joining word between them at most (矿区、|工地 under …矿区和工地): the text lists the title's pair itself."""
    prev = par[a - 3:a - 1]
    return par[a - 1] == "、" and len(prev) == 2 and any(0 <= h0 - q - 2 <= 1 for q in _find_all(t.han, prev))


#: What closes a 、 list: any clause mark but 、 itself.
LIST_END = CLAUSE_MARKS - {"、"}


def _list_repeats(par: str, a: int, b: int) -> bool:
    """par[a:b] opens an item after 、 and its words stand in an earlier item of the same list (技能培训、岗位练兵、
    |技能|竞赛; 走技能成才、|技能|报国): parallel items sharing their head word are the text's list; a salter puts a
    chunk into a list once, beside items that do not repeat it (车工、|技能|钳工、电工), or twice, each copy at an
    item's head (运行、|刘家|检修、… 、|刘家|继电保护), or before the text's own copy in its item (参赛选手、|焊工|某公司焊工):
    the earlier copy must open an item's words, neither at its head after 、 (nor the clause's) nor at its end, and
    the piece be a dictionary word (区总 of 金凤区|总工会 is a cut, no item's head)."""
    if par[a - 1] != "、":
        return False
    lo = max((par.rfind(m, 0, a) for m in LIST_END), default=-1) + 1
    piece = par[a:b]
    if not _is_word(_simplifier()(piece)):
        return False
    return any(k != lo and par[k - 1] != "、" and par[k + b - a] != "、" for k in _find_all(par, piece, lo, a - 1))


#: What opens a clause going on from the one before, sharing its subject (…的讲解，|并现场解答…): a conjunction, not
#: the adverb 并 of a negation (公司|并不等同…, 工会|并未…), which follows the clause's own subject.
CONJUNCT = lazyrx.cached(r"[并並](?![不未非没沒无無])")


def conjunct_openings(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus, on a page with salt, a title piece at a clause opening (not a list item's head) right before a
    clause going on from the one before with 并 (…的讲解，|守法|并现场解答…, …的市级竞赛，|举办|并对获奖职工…): that clause
    shares the subject of the one before, so a title word before it is no subject of its own; a salter put it there.
    The piece is one ``_opening`` keeps (forms no word with 并: 合|并)."""
    if not any(out):
        return out
    res, added = [], False
    for par, spans in zip(paragraphs, out):
        new = []
        if "并" in par or "並" in par:
            new = [(a, b) for a, b, _ in _openings(par, t.text)
                   if par[a - 1] != "、" and CONJUNCT.match(par, b) and not any(x < b and a < y for x, y in spans)]
        res.append(sorted(spans + new) if new else spans)
        added = added or bool(new)
    return res if added else out


WORD_OPENINGS = 4        # clause-opening runs of whole title words a page must show before word_openings takes any
WORD_OPENING_PARAS = 3   # paragraphs holding them
WORD_OPENING_SHORTEST = 4  # Han characters of the shortest run looked at (two title words; a shorter one is a subject)


def word_openings(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Runs of two or more whole title words a salter put right after clause marks, the clause reading on without them
    (,劳动者开办|首批…, ,技能培训班|并安排…): the salter picks word runs of the title anywhere, so two of the page's runs
    cross in the title (each holds a part of the other and more: 劳动者开办 and 开办技能). Real text opens clauses with
    the title's words too, but restates its phrases, which nest (新就业形态 inside 新就业形态劳动者), never cross. The
    page must show WORD_OPENINGS such runs in WORD_OPENING_PARAS paragraphs, two of them crossing; a run ending a
    name or going on in the title's order is none (see ``_opening``). On such a page the runs ``word_salad`` reads
    (新就业形态|总工会为|劳动者) are salt too, however few."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 2 * WORD_OPENING_SHORTEST:
        return res
    tb = title_boundaries(t)
    found = [(pi, a, b, h0) for pi, par in enumerate(paragraphs) for a, b, h0 in _openings(par, t.text)
             if b - a >= WORD_OPENING_SHORTEST and h0 in tb and h0 + b - a in tb]
    if len(found) < WORD_OPENINGS or len({pi for pi, *_ in found}) < WORD_OPENING_PARAS:
        return res
    spans = {(h0, h0 + b - a) for _, a, b, h0 in found}
    if not any(x0 < y0 < x1 < y1 for x0, x1 in spans for y0, y1 in spans):
        return res
    for pi, a, b, _ in found:
        res[pi].append((a, b))
    for pi, par in enumerate(paragraphs):  # (such a salter's words inside clauses are word salad, whatever its count)
        res[pi].extend((a, b) for a, b, _ in _salad_runs(par, t.han, t.text) if (a, b) not in res[pi])
    return [sorted(x) for x in res]


WORD_SALAD_MIN = 4    # glued or word-splitting runs of whole title words a page must show before any is taken
WORD_SALAD_PARAS = 2  # paragraphs holding them
SALAD_PARTS = 3       # title stretches a run out of title order must read as when it splits no word
PIECE_MAX = 6         # Han characters of the longest whole-title-words piece a salter inserts as one
REJOIN_MIN = 4        # characters of the title stretch the two sides of an inserted run must rejoin into


def word_salad(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Runs of whole title words a salter inserted in no title order, anywhere in a sentence (, 清凉包夏日外卖骑手总工会,
    讲|清凉包总工会|解, 会员关|临泉县|系, 123|新就业形态|51): each run either steps back in the title between two of its
    words or splits a dictionary word, a number or the text's own title stretch (新就业|总工会|形态) that its removal
    rejoins, and glues into no word with either neighbour. Real text restates the title's words in its order and writes
    no word inside another, so a page must show WORD_SALAD_MIN such runs in WORD_SALAD_PARAS paragraphs, one title
    word recurring among them (a salter reuses its few words page-wide)."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 6:
        return res
    found = [(pi, a, b, used) for pi, par in enumerate(paragraphs) for a, b, used in _salad_runs(par, t.han, t.text)]
    if len(found) < WORD_SALAD_MIN or len({pi for pi, *_ in found}) < WORD_SALAD_PARAS:
        return res
    seen = 0  # (the title characters the runs use, as a mask: two runs sharing one share a title word)
    for *_, used in found:
        if seen & used:
            break
        seen |= used
    else:
        return res
    for pi, a, b, _ in found:
        res[pi].append((a, b))
    return res


@lru_cache(maxsize=256)
def _title_words(han: str, tb: frozenset[int]) -> dict[str, tuple[int, ...]]:
    """The title's pieces of two to PIECE_MAX Han characters from one word boundary to another (whole title words, as
    any segmentation coarser than the word model's reads them), with their title starts."""
    bounds = sorted(b for b in tb if 0 <= b <= len(han))
    out: dict[str, tuple[int, ...]] = {}
    for x, s in enumerate(bounds):
        for e in bounds[x + 1:]:
            if e - s > PIECE_MAX:
                break
            if e - s >= 2:
                out[han[s:e]] = out.get(han[s:e], ()) + (s,)
    return out


@lru_cache(maxsize=4096)
def _salad_runs(par: str, han: str, title: str) -> tuple[tuple[int, int, int], ...]:
    """word_salad's runs in one paragraph, whatever the page's count: (start, end, the title characters its words use
    as a mask of bits by title index). Of a title run's
    candidates the salt is one leaving the text's own title words at the run's ends: nothing or one title stretch
    (夏日滁州市外卖骑手|滁州市总工会, not 夏日滁州市|外卖骑手滁州市总工会), the one rejoining the most among those (a word or a
    number, then a title stretch: 新就业|总工会|形态劳动者 over 新就业总工会|形态劳动者); else the longest. (Memoised on the
    paragraph and the title (its Han characters and text): the fixed-point checks read the same paragraphs again.)"""
    gaps = _gaps(title)
    words = _title_words(han, _boundaries(title, han))
    out = []
    once = all(len(starts) == 1 for starts in words.values())
    for o, e in _title_chars(par, han):
        # (most runs are too short to step back over SALAD_PARTS stretches, and a run restating one stretch of a title
        # that holds each word once cannot step back: only a stretch that may rejoin is looked at)
        short = e - o < 2 * SALAD_PARTS or once and par[o:e] in han
        pairs = {(i, j) for i in range(o, e - 1) for j in range(i + 2, e + 1) if _beside_join(par, i, j, han)} \
            if short else set()
        if short and not pairs:
            continue
        best, key = None, None
        for i, j, used, back, parts in _tilings(par, sorted({i for i, _ in pairs}) if short else range(o, e - 1), e,
                                                words):
            if not (back and parts >= SALAD_PARTS or ((i, j) in pairs if short else _beside_join(par, i, j, han))):
                continue
            joined = _rejoined(par, i, j, han, gaps)
            # evidence: out of title order over SALAD_PARTS title stretches or rejoining a word or number; one title
            # stretch rejoining anything (the text's own phrase in the title's order is no salt: 孝感市|孝南区餐饮行业工资|集体)
            if not (back and (parts >= SALAD_PARTS or joined == WORD) or (parts == 1 or joined == STRETCH) and joined):
                continue
            # (a run out of title order that rejoins a word may end glued by chance: 劳|清凉包送上外卖骑|手|动)
            if not (back and joined == WORD or _glued_to_none(par, i, j, han)):
                continue
            rest = par[o:i] + par[j:e]
            own = not rest or _stretch(rest, han, gaps)
            k = (not own, -joined if own else 0, i - j)
            if key is None or k < key:
                best, key = (i, j, used), k
        if best:
            out.append(best)
    return tuple(out)


def _stretch(text: str, han: str, gaps: frozenset[int]) -> bool:
    """text is a stretch of the title's Han characters with none of the title's marks inside it: the text's own
    restatement writes the title's marks with its words (送上夏日“清凉包”), a salter's words glued together drop them."""
    k = han.find(text)
    while k >= 0:
        if not any(k < g < k + len(text) for g in gaps):
            return True
        k = han.find(text, k + 1)
    return False


def _glued_to_none(par: str, i: int, j: int, han: str) -> bool:
    """par[i:j] makes no word with a neighbour, nor goes on in the title's order into one (市|总工会为外卖骑手送|上: the
    text's own restatement of the title)."""
    return not (_word_across(par, i) or _word_across(par, j) or i > 0 and par[i - 1:i + 1] in han
                or par[j - 1:j + 1] in han and j < len(par))


def _tilings(par: str, starts, e: int, words: dict[str, tuple[int, ...]]):
    """Every stretch par[i:j] (i in ``starts``) of a run of title characters ending at e made of whole title words that use no title character twice: (i, j,
    the title characters they use as a mask, whether the run steps back in the title between two of its words, how many title stretches it reads
    as). A word the title holds twice is read where it goes on in the title's order if it can."""
    def walk(i: int, j: int, used: int, last: int, back: bool, parts: int):
        for k in range(j + 2, min(e, j + PIECE_MAX) + 1):
            mask = (1 << (k - j)) - 1  # (the title characters a word uses, as bits of a mask shifted to its start)
            free = [s for s in words.get(par[j:k], ()) if not used & mask << s]
            if not free:
                continue
            s = min(free, key=lambda x: (x != last, x < last, x))
            nb, np = back or s < last, parts + (s != last)
            yield i, k, used | mask << s, nb, np
            yield from walk(i, k, used | mask << s, s + k - j, nb, np)
    for i in starts:
        yield from walk(i, i, 0, -1, False, 0)


STRETCH, WORD = 1, 2  # _rejoined: the sides rejoin a title stretch; a dictionary word or a number


def _beside_join(par: str, i: int, j: int, han: str) -> bool:
    """par[i:j]'s two neighbours may rejoin (_rejoined's cheap part): two digits, two title characters side by side in
    the title, or a dictionary word."""
    if i == 0 or j >= len(par):
        return False
    pair = par[i - 1] + par[j]
    return pair.isdigit() or pair in han or _han_word(pair)


def _rejoined(par: str, i: int, j: int, han: str, gaps: frozenset[int]) -> int:
    """What par[i:j]'s neighbours join into without it: a dictionary word (关|临泉县|系) or a number (123|新就业形态|51),
    WORD; a title stretch (``_stretch``) of REJOIN_MIN or more characters running across the cut (新就业|总工会|形态劳动者),
    STRETCH; else 0. Inside a 《…》 name two characters joining into a word is no evidence: a law's or a book's name
    strings words together (《…共和国|安全举办职工生产|法》 joins 国法 by chance, the name's own 安全生产 around 举办职工)."""
    if i == 0 or j >= len(par):
        return 0
    left, right = par[i - 1], par[j]
    if left.isdigit() and right.isdigit() or _han_word(left + right) and not _between_words(par, i, j) \
            and not _in_book_name(par, i, j):
        return WORD
    if left + right not in han:  # (a stretch across the cut holds the two side by side)
        return 0
    a, b = i, j
    while a > 0 and par[a - 1] in han:
        a -= 1
    while b < len(par) and par[b] in han:
        b += 1
    return STRETCH if any(_stretch(par[x:i] + par[j:y], han, gaps) for x in range(a, i) for y in range(b, j, -1)
                          if y - j + i - x >= REJOIN_MIN) else 0


def _in_book_name(par: str, i: int, j: int) -> bool:
    """par[i:j] lies inside a 《…》 name: an opening mark before it and a closing one after it, none between."""
    k = par.find("》", j)
    return par.rfind("《", 0, i) > par.rfind("》", 0, i) and k >= 0 and par.find("《", j, k) < 0
