"""Pages salted with chunks cut anew per paragraph: recut and filled pieces, clause heads, crossing spans."""

from __future__ import annotations

from .base import HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, SENTENCE_END, PLACE_OBJECT, _find_all, ORG_AFTER, PLACE_SUFFIX
from .words import _simplifier, _is_word, Segmenter, _run_bounds, _piece_gain, _han_word
from .title import Title, left_is_mark, right_is_mark
from .boundaries import title_boundaries
from .runs import _word_across, _on_bounds
from .chunks import readings
from .doubles import _clause_head
from .marked import _title_interval, list_gaps


# --------------------------------------------------------------------------- pages salted with chunks cut anew per paragraph


RECUT_MIN = 1  # crossing pairs of verbatim title spans, from different paragraphs, that mark a page cut anew per paragraph
#                (one reused chunk list shows none; generated pages of one list, seeds 0 and 1, show one in 1 page of 150)
KEEP_TAIL = 7.0  # reading cost below which a span's last character glued into a word after it is the text's (as GAP_GAIN)


def recut_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans corrected on a page whose salter cut the title into new verbatim pieces for each paragraph (开展安 in
    one, 工会开展|安康杯竞 in another: their title stretches cross, which one chunk list reused on the page never
    does). There a span reading the title only with a gap is a piece plus the sentence's own title word after it
    (康杯竞|现场听取; not before a number or a mark: ，市总开展|230余名 is one sparse chunk), a span whose last character makes a word with the text after it ran on (八百名户|外卖), a whole title
    phrase opening a sentence that the page writes in its clauses too is the sentence's subject (。户外劳动者还可), a
    piece the reading stopped short of at a clause mark goes on (，为|八百发放), and a clause-opening piece reading the
    title between two spans is one more (``_between_pieces``). Pages of one reused chunk list (``_recut_page`` false)
    are left alone there. On any page: a place name with another level word than the title's inside a clause is the
    text's (在|东台|镇), holes and doubled tails are filled (``filled_pieces``) and cut chunks grow back to the clause mark
    before them (``clause_heads``). Only pages with salt pay for this."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    res = [[sp for sp in spans if not _other_level(par, *sp, t)] for par, spans in zip(paragraphs, out)]
    if _recut_page(res, paragraphs, t):
        res = [_recut_fixed(pi, t, tb, paragraphs, res) for pi in range(len(paragraphs))]
        res = [_between_pieces(par, spans, t) for par, spans in zip(paragraphs, res)]
    res = clause_heads(filled_pieces(res, paragraphs, t), paragraphs, t)
    return res if res != out else out


def _recut_page(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> bool:
    """RECUT_MIN or more pairs of verbatim title spans from two paragraphs whose title stretches cross (neither holds the
    other: 开展安 and 安康杯竞): the salter cut the title anew for each paragraph."""
    per = [{iv for a, b in sp if (iv := _title_interval(par[a:b], t.han))} for par, sp in zip(paragraphs, out)]
    pairs = set()
    for pi, xs in enumerate(per):
        for qi in range(pi + 1, len(per)):
            for x in xs:
                for y in per[qi]:
                    lo, hi = (x, y) if x < y else (y, x)
                    if lo[0] < hi[0] <= lo[1] < hi[1]:
                        pairs.add((lo, hi))
    return len(pairs) >= RECUT_MIN


def _recut_fixed(pi: int, t: Title, tb: frozenset[int], paragraphs: list[str],
                 out: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """recut_pieces' corrections of paragraph pi's spans on a page cut anew per paragraph."""
    par, spans, res = paragraphs[pi], out[pi], []
    others = {p[x:y] for qi, (p, sp) in enumerate(zip(paragraphs, out)) if qi != pi for x, y in sp}
    for q, (a, b) in enumerate(spans):
        if _sentence_subject(par, a, b, t, tb, paragraphs, out):
            continue
        if par[a:b] not in others:  # (a gapped span another paragraph shows too is the salter's own sparse chunk)
            b = _verbatim_head(par, a, b, t)
        nxt = spans[q + 1][0] if q + 1 < len(spans) else len(par)
        res.append((a, _word_tail(par, a, _mark_piece_end(par, a, b, t, nxt), t)))
    return res


def _verbatim_head(par: str, a: int, b: int, t: Title) -> int:
    """The end of the span's verbatim head when every reading of it skips title characters right after that head of
    two characters or more (康杯竞|现场 reads 竞 then 现, skipping 赛): the rest is the sentence's own; else b."""
    text = par[a:b]
    if len(text) < 3 or not HAN_RUN.fullmatch(text) or text in t.han:
        return b
    rs = readings(text, t)
    heads = {next((k for k in range(1, len(r)) if r[k] > r[k - 1] + 1), len(r)) for r in rs}
    if len(heads) != 1:
        return b
    k = heads.pop()
    if any(par.startswith(t.han[r[k - 1] + 1:r[k]], b) for r in rs if k < len(r)):
        return b  # the text after the span goes on with the skipped characters (区总|会举|工会): the head is the text's
    if b < len(par) and not HAN.match(par[b]):
        return b  # the rest runs on into no word of the text (，市总开展|230余名): it is the salter's sparse chunk
    return a + k if 2 <= k < len(text) else b


def _word_tail(par: str, a: int, b: int, t: Title) -> int:
    """The span's end cut back by its last character when that character makes a dictionary word with the text after
    it, the text after makes no word without it, and keeping it costs the reading little (八百名户|外卖送餐员); else b."""
    if b - a < 3 or b >= len(par) or not HAN.match(par[b]) or par[a:b - 1] not in t.han:
        return b
    simp = _simplifier()
    if not any(_is_word(simp(par[b - 1:b + m])) for m in (1, 2) if b + m <= len(par) and HAN_RUNS.fullmatch(par, b, b + m)):
        return b
    if any(_is_word(simp(par[b:b + m])) for m in (2, 3) if b + m <= len(par) and HAN_RUNS.fullmatch(par, b, b + m)):
        return b  # the text after reads as its own word without it (总工会|社区, 会为|新发放 by chance 会社, 新发)
    return b - 1 if _keep_cost(par, a, b - 1, b) < KEEP_TAIL else b


def _keep_cost(par: str, a: int, c: int, b: int) -> float:
    """How much worse (cost units) the Han run around par[a:b] reads with only par[a:c] cut than with all of it."""
    r0, r1 = _run_bounds(par, a)
    seg = Segmenter(_simplifier()(par[r0:r1]))
    return seg.cost_without(a - r0, c - r0) - seg.cost_without(a - r0, b - r0)


MARK_PIECE = 12.0  # reading gain (cost units) above which the title's next characters after a clause mark's span are salt


def _mark_piece_end(par: str, a: int, b: int, t: Title, limit: int) -> int:
    """The span's end moved on over the next two or three characters when the span opens a clause and they go on
    verbatim along the title, make no word with the span's end and read as salt (，为|八百|发放); else b."""
    text = par[a:b]
    if not left_is_mark(par, a) or not HAN_RUN.fullmatch(text) or text not in t.han:
        return b
    s = t.han.find(text)
    for n in (3, 2):
        e = b + n
        if e <= limit and par[b:e] == t.han[s + len(text):s + len(text) + n] and not right_is_mark(par, e) \
                and not _word_across(par, b) and _piece_gain(par, b, e) > MARK_PIECE:
            return e
    return b


def _between_pieces(par: str, spans: list[tuple[int, int]], t: Title) -> list[tuple[int, int]]:
    """The spans plus, between two of them, a piece opening a clause that reads the title verbatim between their
    stretches and reads as salt (…[市旌]…，会金|区总工会…，[秋助]: the reading took the sentence's 区总工会 for it); a
    sentence's opening after its full stop is its subject's place."""
    add = []
    for (a0, b0), (a1, b1) in zip(spans, spans[1:]):
        lo, hi = _title_interval(par[a0:b0], t.han), _title_interval(par[a1:b1], t.han)
        if lo is None or hi is None or lo[1] + 2 >= hi[0]:
            continue
        for m in range(b0 + 1, a1):
            if par[m - 1] in CLAUSE_MARKS and par[m - 1] not in SENTENCE_END:
                got = _piece_between(par, m, a1, t, lo[1], hi[0])
                if got:
                    add.append(got)
    return sorted(spans + add) if add else spans


def _piece_between(par: str, m: int, limit: int, t: Title, lo: int, hi: int) -> tuple[int, int] | None:
    """The longest piece of two to four characters at par[m:], before limit, that reads the title verbatim strictly
    between title indices lo and hi, makes no word with the text after it, names no union and reads as salt
    (MARK_PIECE)."""
    for n in (4, 3, 2):
        e = m + n
        if e > limit or not HAN_RUN.fullmatch(par, m, e):
            continue
        s = t.han.find(par[m:e], lo + 1)
        if 0 <= s and s + n <= hi and not _word_across(par, e) and not ORG_AFTER.search(par, m, e) \
                and _piece_gain(par, m, e) > MARK_PIECE:
            return m, e
    return None


SUBJECT_LEN = 4  # Han characters of a whole-title-words span opening a sentence before it may be the sentence's subject


def _sentence_subject(par: str, a: int, b: int, t: Title, tb: frozenset[int], paragraphs: list[str],
                      out: list[list[tuple[int, int]]]) -> bool:
    """par[a:b] opens a sentence inside the paragraph (after its full stop), is SUBJECT_LEN or more characters of whole
    title words, and the page writes it inside a clause where nothing was cut (让|户外劳动者|冷了): the sentence's
    subject, not a piece."""
    text = par[a:b]
    if a == 0 or par[a - 1] not in SENTENCE_END or b >= len(par) or not HAN.match(par[b]) or len(text) < SUBJECT_LEN \
            or not HAN_RUN.fullmatch(text) or not _on_bounds(text, t.han, tb):
        return False
    for other, spans in zip(paragraphs, out):
        for k in _find_all(other, text):
            e = k + len(text)
            if 0 < k and e < len(other) and HAN.match(other[k - 1]) and HAN.match(other[e]) \
                    and not any(x < e and k < y for x, y in spans):
                return True
    return False


def _other_level(par: str, a: int, b: int, t: Title) -> bool:
    """par[a:b], inside a clause, is the title's place name without its level word (东台 of 东台市) followed by another
    level word (在|东台|镇): another place of that name, the sentence's own."""
    text = par[a:b]
    if a == 0 or b >= len(par) or b - a < 2 or par[b] not in PLACE_SUFFIX or not HAN.match(par[a - 1]) \
            or par[a - 1] in CLAUSE_MARKS or par[b + 1:b + 2] in PLACE_SUFFIX or _han_word(par[a - 1] + par[b]):
        return False  # (叙|宜宾|州区: a piece put inside another place's name, 叙州区)
    return any(t.han.startswith(text, s) and s + b - a < len(t.han) and t.han[s + b - a] in PLACE_SUFFIX
               and t.han[s + b - a] != par[b] for s in t.where.get(text[0], ()))


def filled_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans with a lone character between two of them filled in when the three read verbatim along the title from
    a clause mark (，东台|市|总免费: the place's level word is no name there), and with a span opening a clause grown
    by the title's next characters when the text right after repeats them (，阳|区区总工会, ，邓州|市总市总工会: the
    piece ended where the sentence's own name begins)."""
    res = []
    for par, spans in zip(paragraphs, out):
        new = []
        for a, b in spans:
            if new and b - a >= 1 and new[-1][1] + 1 == a and left_is_mark(par, new[-1][0]) \
                    and HAN_RUN.fullmatch(par, new[-1][0], b) and par[new[-1][0]:b] in t.han:
                new[-1] = (new[-1][0], b)
                continue
            new.append((a, _doubled_end(par, a, b, t)))
        res.append(new if new != spans else spans)
    return res


def clause_heads(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans with each cut chunk that opens no clause grown back to the clause mark one to three characters before
    it, when the grown piece still reads the title in order (，工会|岗位就, 。总工会|届职: salters put their chunks after
    clause marks, and the reading took only the chunk's tail, the head making words with the text's)."""
    res = []
    for par, spans in zip(paragraphs, out):
        new = []
        for a, b in spans:
            x = _clause_head(par, a, b, t, new[-1][1] if new else 0)
            new.append((x, b))
        res.append(new if new != spans else spans)
    return res


def _doubled_end(par: str, a: int, b: int, t: Title) -> int:
    """The span's end moved on over the next one or two characters when the span opens a clause, they go on verbatim
    along the title and the text repeats them right after (阳|区|区总工会); else b."""
    if not left_is_mark(par, a) or not HAN_RUN.fullmatch(par, a, b) or par[a:b] not in t.han:
        return b
    for n in (2, 1):
        e = b + n
        if e + n <= len(par) and par[e:e + n] == par[b:e] and par[a:e] in t.han and HAN_RUN.fullmatch(par, b, e):
            return e
    return b


def _doubled_only(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> bool:
    """Every span is the first copy of a piece the text writes twice in a row (doubled_spans' kind)."""
    return any(out) and all(par[a:b] == par[b:2 * b - a] for par, sp in zip(paragraphs, out) for a, b in sp)


def moved_openings(out: list[list[tuple[int, int]]], before: list[list[tuple[int, int]]], paragraphs: list[str],
                   t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus the copy of a chunk own_words gave back at a paragraph's opening word (包头钢铁…, the sentence's
    subject) that the salter put further on: the chunk is the list's entry the other paragraphs show before the
    paragraph's next chunk (``list_gaps``), its one copy in that stretch past the opening word, glued between a Han
    word and a count (已有|包头|5名: a place or name is no count's head; 在|包头 after a preposition is the sentence's)."""
    gaps = list_gaps(out, paragraphs, t, openings=True)
    res = []
    for par, spans, old, new in zip(paragraphs, out, before, gaps):
        back = {par[a:b] for a, b in old if (a, b) not in spans}
        add = [(a, b) for a, b in new if (a, b) not in spans and par[a:b] in back and _before_count(par, a, b)]
        res.append(sorted(spans + add) if add else spans)
    return res


def _before_count(par: str, a: int, b: int) -> bool:
    """par[a:b] sits inside a clause between a Han character (no preposition or copula taking a noun phrase, no 的) and
    a digit."""
    return (a > 0 and b < len(par) and bool(HAN.match(par[a - 1])) and par[a - 1] not in PLACE_OBJECT
            and par[a - 1] != "的" and par[b].isdigit())


#: A union named after its organisation (九洲集团工会, 永艺家具股份有限公司工会): the org's name ending, then its union.
def crossing_spans(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans given back that cross a cut of the title two other spans of the paragraph make (为脐|橙产 found, then
    120余名|脐橙|采摘): a salter cuts the title once, so a title word across two of its chunks is the sentence's."""
    res = []
    for par, spans in zip(paragraphs, out):
        texts = [par[a:b] for a, b in spans]
        res.append([sp for sp, x in zip(spans, texts) if not _crosses_cut(x, [y for y in texts if y != x], t.han)])
    return res if res != out else out


def _crosses_cut(x: str, others: list[str], han: str) -> bool:
    """Every place of x in the title straddles a cut: it runs from inside one of others into another that starts
    where that one ends, or from one into the inside of the other (市红|谷滩 then 红谷滩区). One holding both whole
    (景德镇|陶瓷 then 景德镇陶瓷行业) may be the salter's longer chunk."""
    if len(x) < 2 or x not in han:
        return False
    places = [(han.find(y), han.find(y) + len(y)) for y in others if y in han]
    k = han.find(x)
    while k >= 0:
        e = k + len(x)
        if not any(k < c < e and (y0 < k or e < y1) for y0, c in places for c2, y1 in places if c2 == c):
            return False
        k = han.find(x, k + 1)
    return True
