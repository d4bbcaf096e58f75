"""Find title fragments salted into body sentences (the ``title_salt`` removal kind).

Spam copies of news pages cut the title's Han characters into short chunks (mostly two
characters, sometimes three to five, sometimes with characters skipped) and insert them,
in the title's order, into the first paragraphs: after commas and full stops, between two
words inside a clause, or dangling after the paragraph's last full stop. The same chunk
sequence is usually repeated in several paragraphs.

Detection combines several weak signals, because none is enough alone (real words such as
a city name can be salt, and the body mentions the title's words all the time):

* shape: the span is a subsequence of the title's Han characters, not part of a longer
  verbatim quotation of the title, and cut at odd places of the title's own words;
* fluency: a unigram word model (jieba's dictionary) says whether the span is a word and
  whether the sentence reads better without it (spans glued to their neighbours are not salt);
* position: after punctuation, dangling at the paragraph end, never right before a comma;
* chain: the fragments of one paragraph follow the title's order and support each other;
* repetition: the same fragment sits in other paragraphs of the page.

``salt_spans`` is pure and deterministic. A cheap gate per paragraph decides which paragraphs
the word model reads: a short verbatim piece of the title cut at a place that is not one of the
title's own word boundaries (市盘 from 昆明市|盘龙区) and not running on into a word of the
sentence (攀枝花创|建), a sparse chunk right after a clause mark, or title characters dangling
after the final full stop. Real text restating the title uses whole title words, so on most
unsalted pages no paragraph opens the gate. When none does, a second gate (``seq_gate``) catches salt
made only of whole title words (贵州|铜仁|市总工会|奋力): short title runs opening three or more clauses
in the title's order, two of them repeated in order in another such paragraph. Other paragraphs are read only when they contain a
confident fragment of a gated one. Spans that are a chunk seen in another paragraph plus more
are cut back to the chunk. The page is read again with the fragments found cut out until a
reading finds nothing, so salt_spans on its own output finds nothing (idempotent). Apart from the gates, a
salter that inserts chunks inside words (心理测|送去|评) shows itself by the halves of words left on either
side: four or more title runs that split a dictionary word make those runs salt (``split_spans``).

The readings' fragments are then decoded jointly, once, on the original text (``joint``): a
salter cuts the title once into an ordered chunk list and puts a prefix of it, in order, into each
salted paragraph. The chunk list is inferred from the fragments of all paragraphs (fragments seen in
more paragraphs claim their title characters first; a fragment is cut to the part that does not
collide; the order is the paragraphs' order, so a chunk the salter put out of the title's order, 拉开
in seed 000, stays where it was put). Fragments that do not fit the list are dropped; listed chunks a
paragraph lacks are looked for only in the stretch where the list puts them (between the found chunks
before and after, where word-like chunks such as 昆明 or 职工 are safe to take); title characters no
listed chunk covers are filled from the stretch between two chunks (a lone character when removing
it makes the sentence read much better); a confident continuation of the title after the last chunk
is taken. A level union name of the sentence (市总工会) is never cut into by a fragment that is not a
verbatim title piece. If that joint result is not a fixed point of the reading, the readings' own
result is kept, so idempotence holds. Some salters put the list's last chunk twice: at its place after a
comma or 、 and again dangling after the final full stop; the earlier copy is taken too (``dangling_twins``).
A title piece of three or more characters written twice in a row after a clause mark (,舞钢市舞钢市总工会) loses
its first copy, whatever the gates say (``doubled_spans``: real text does not double a name). Last, what the
page's salt shows as a whole corrects the spans (``_page_pattern``): a span running on into the next chunk's head
is cut back to its chunk, a paragraph left unsalted whose clause openings tile a stretch of the title from a later
chunk is salted, and on a page salted only at clause marks an in-clause title word after a gap is the text's.

A lone title character right after a clause mark, in the found chunks' title order, that the sentence reads
better without is a one-character chunk (``lone_marks``). The gate also takes a whole run of title characters
that is one chunk with wider skips than the greedy walk allows (``_sparse_whole``: 武侯|会), unless it is whole
title words side by side; with both, 91.80% / 91.27% removed and 0.292% / 0.291% lost (from 91.34% / 90.80%
and 0.292% / 0.291%).

Measured on 300 generated pages each (tests/salt_gen.py, seeds 0 and 1; chunks of 1-5
characters, 1-3 salted paragraphs, 15% traditional script): 90.9% / 90.7% of salted characters
removed, 0.29% / 0.29% of true characters of salted pages lost (``clause_bound``, which keeps a whole title
word restated inside a clause and removals right before a clause mark, took 0.33% / 0.32% down to it for
0.05 / 0.03 points of removed salt; the sequence gate added 0.8 points on
seed 1, nothing on seed 0; ``trim_leftovers`` ~0.3 points before), nothing lost on the same pages unsalted. A rule
anchoring a title piece cut the same odd way in two paragraphs (salt whose chunks all read as words) added
~0.8 points on seed 0 but cut whole title words out of an unsalted page (安全生产, which the title's own
segmentation splits 系统安全|生产), so it was taken out. Seed 000's two salted paragraphs
come back exactly. The goal (>= 95% / <= 0.2%) is not reached: pages whose chunks are all whole title
words (凝聚|职工|力量) rarely open the gate, a chunk inserted next to the same words (市总|工会,
技能技能) reads as real text, and trailing whole title words (健康, 就业) are taken as salt.
The gate opens on ~20% of unsalted generated pages (written to be full of title words) and on
1 of the 4 real unsalted seed pages. It opens on ~97.5% of salted generated pages.

Speed: one salt_spans call gates and scores each paragraph text once (``Memo``: the later readings, the
joint decoding and the fixpoint check reuse it; Segmenters by run text are shared across calls, bounded); the gate memoises what each
run of title characters holds per title and looks at the paragraph only around the runs that hold a
piece; memos across calls are bounded and keyed on a title or a few characters. CPU throughput with
the model loaded, every title new to the process (no cached title work, regex cache purged): ~0.5 MB/s
on generated salted pages (0.31 before this speed-up), ~2.4 MB/s on their unsalted twins (1.65), ~12 MB/s
on seeds 001-004 (6.6), ~5.2 MB/s on bench/corpus/pages-5mb (2.35; a fresh title's word boundaries cost
~0.03 ms, so short pages gain least). The runs of title characters are found by a standard ``re`` character
class of the title's characters (``_title_chars``, memoised per paragraph; the class per title).

Mirror sites also paste whole-word title pieces at seams the comma-cutting salter does not use: after ；, ：
or 、 or a doubled opening quote and running on into the clause, at the end of a short numbered heading, or
before a closing quote inside a longer quotation (``odd_seams``; three or more distinct pieces on a page, the
text after a piece not continuing the title). A single opening quote is no seam: real quotations open with the
title's phrases (“建设美丽繁荣和谐攀枝花”) too often.

Some salters cut the title into a few longer pieces (three to five characters, some holding the title's own
punctuation: 疗休养，我) and put them at clause openings or dangling after a paragraph's last full stop, a piece or two
per paragraph (``cut_pieces``: three distinct pieces cut inside the title's words or across its punctuation make one
cutting of the title, which whole-word pieces of three characters filling its stretches join). Last, spans that are the
sentence's own words are given back (``own_words``): a title word opening a 《》 name, the title's place opening a
paragraph as its subject, and the whole title words of a lead restating its headline when that is the page's only salt.

When a chunk's word also occurs in the sentence, the reading may cut the wrong copy. The copy heading a quoted or dotted
name (“|技能|进果园”, ·|宝鸡|有我) or a verbatim title run longer than any chunk (，|秭归|县总工会) is the sentence's: the
span moves to the paragraph's one loose copy (``real_copies``); a title word straddling the cut between two of the
paragraph's chunks (为脐|橙产, then 脐橙) is given back (``crossing_spans``). Two kinds of whole-word salt the chunk
list misses are taken at clause openings: the title words left after chunks tiling the title's head (``tail_words``),
and pieces that with the found chunks cover the title once over, whatever their order (``marked_cover``: a sparse
salter putting one or two whole words per paragraph). Generated pages (seeds 0, 1, 7) hardly show these kinds:
0.9359 / 0.9221 / 0.9026 removed, 0.00192 / 0.00145 / 0.00265 lost (0.00147 on seed 1 before).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache, partial, reduce

from ... import lazyrx
from .base import (
    HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, SENTENCE_END, CLOSERS, BOUND_SUFFIX, MAX_LEN, ODD_COST, MAX_GAP, OPEN_QUOTES,
    CLOSE_QUOTES, PLACE_OBJECT, _without, _find_all, CLAUSE_MARK, NUM_TITLE, DIGIT, ORG_AFTER, _common, PLACE_SUFFIX,
    UNION_NAME, SUBJECT_AFTER, _union_end, SUBJECT_NEXT, _cut, _disjoint, _as_spans, _with_splits,
)
from .words import _model, _simplifier, _is_word, Segmenter, _run_bounds, _piece_gain, _han_word
from .title import Title, prepare_title, Cand, _verbatim_ext, left_is_mark, right_is_mark, _dangling, _title_chars
from .boundaries import title_boundaries, _gaps
from .runs import (
    verbatim_runs, _verbatim_in, _word_across, glued, ORG_END, _org_end, names_org, LEVEL_CHARS, _whole_tiling,
    _on_bounds, _title_starts,
)
from .gate import seq_gate, WIDE, NARROW, gate_level, page_gate
from .features import _logit
from .chain import TRANS, score_page, Memo, snap, decode, title_memo
from .chunks import readings, Chunk, chunk_list, fit_spans


#: When a list, the final joint decoding appends ((paragraph, start, end), member features) to it
#: (used by tests/salt_gen.py to fit JOINT_W).
TRACE: list | None = None
MAX_PASSES = 4  # readings of the page with the fragments found so far cut out


def salt_spans(title: str, paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) spans of salted title fragments to remove: the readings'
    spans (``_salt_spans``) plus the pieces a salter glued right before sentence ends (``stop_pieces``),
    the latter kept only when the cut page is a fixed point of the reading (idempotent). Spans the final passes
    give back to the text (a union's name, a list item's head) are the page's evidence no longer: when a reading
    of the page with them masked finds no salt, the rest goes too (``_unsupported``). Last, of a title word's copies
    the sentence's own is given back for the salter's (``crossing_spans``, ``real_copies``), when the page so cut
    reads as clean."""
    out = _salt_spans_read(title, paragraphs)
    if not any(out):
        return out
    t = prepare_title(title or "")
    # (both at once first: the text's own copy a span took keeps the crossing word's reading as salt; with no
    # crossing word the two choices are one, read once)
    crossed = crossing_spans(out, paragraphs, t)
    for base in ((crossed, out) if crossed is not out else (out,)):
        new = real_copies(base, paragraphs, t)
        if new != out and not any(_salt_spans_read(title, [_cut(par, sp) for par, sp in zip(paragraphs, new)])):
            return new
    return out


def _salt_spans_read(title: str, paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """salt_spans before the choice between a title word's copies (``real_copies``, ``crossing_spans``)."""
    found, back = _final_spans(title, paragraphs)
    if any(back) and any(found) and _unsupported(title, paragraphs, back):
        return [[] for _ in paragraphs]
    t = prepare_title(title or "")
    return title_quotes(list_fills(recut_pieces(found, paragraphs, t), paragraphs, t), paragraphs, t)


def title_quotes(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus the title's own quote marks a salter cut with its chunks (届“ … 杯” of 第五届“金刀杯”): an opening
    quote right after one span and a closing quote right after a later span of the paragraph, each written after the
    span's text in the title too. Cut as a pair, so the paragraph's own quotations stay balanced (a real quotation's
    closing mark follows the sentence's words, not a chunk)."""
    if not any(out) or not any(q in t.text for q in OPEN_QUOTES):
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        opens = [q for q, (a, b) in enumerate(spans) if _quote_after(par, a, b, t.text, OPEN_QUOTES)]
        closes = [q for q, (a, b) in enumerate(spans) if _quote_after(par, a, b, t.text, CLOSE_QUOTES)]
        grow = set()
        for o in opens:
            c = next((c for c in closes if c > o and c not in grow
                      and not any(ch in OPEN_QUOTES + CLOSE_QUOTES for ch in par[spans[o][1] + 1:spans[c][0]])), None)
            if c is not None:
                grow |= {o, c}
        res.append([(a, b + 1) if q in grow else (a, b) for q, (a, b) in enumerate(spans)] if grow else spans)
    return res


def _quote_after(par: str, a: int, b: int, title: str, marks: str) -> bool:
    """The span par[a:b] is followed by one of ``marks`` in the paragraph, and the title writes that mark after the
    span's text too."""
    return b < len(par) and par[b] in marks and b - a >= 1 and par[a:b + 1] in title


def _unsupported(title: str, paragraphs: list[str], back: list[list[tuple[int, int]]]) -> bool:
    """A reading of the page with the given-back spans masked (written as non-title characters, so the sentence
    keeps its shape) finds no salt: what is left was found only with their help (教职工 of 广大教职工发扬, read as
    salt once the real 校工会 of 校工会主席 opened the gate; 举办 once 区工 of 区人社局、区工信局 did)."""
    masked = [_masked(par, sp) for par, sp in zip(paragraphs, back)]
    return not any(_final_spans(title, masked)[0])


def _masked(par: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with each span's characters written as MASK (offsets unchanged)."""
    for a, b in spans:
        par = par[:a] + MASK * (b - a) + par[b:]
    return par


MASK = "\u25a1"  # □: no title character, no clause mark, no word of the model


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


# --------------------------------------------------------------------------- pages salted with chunks cut anew per paragraph


RECUT_MIN = 1  # crossing pairs of verbatim title spans, from different paragraphs, that mark a page cut anew per paragraph
#                (one reused chunk list shows none; generated pages of one list, seeds 0 and 1, show one in 1 page of 150)
KEEP_TAIL = 7.0  # reading cost below which a span's last character glued into a word after it is the text's (as GAP_GAIN)


def recut_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans corrected on a page whose salter cut the title into new verbatim pieces for each paragraph (开展安 in
    one, 工会开展|安康杯竞 in another: their title stretches cross, which one chunk list reused on the page never
    does). There a span reading the title only with a gap is a piece plus the sentence's own title word after it
    (康杯竞|现场听取), a span whose last character makes a word with the text after it ran on (八百名户|外卖), a whole title
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


def _title_interval(text: str, han: str) -> tuple[int, int] | None:
    """The title stretch a verbatim Han piece of two characters or more reads (its first copy), None for others."""
    s = han.find(text) if len(text) >= 2 and HAN_RUN.fullmatch(text) else -1
    return (s, s + len(text) - 1) if s >= 0 else None


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


HEAD_BACK = 3  # Han characters clause_heads may reach back over, from a span to the clause mark before it


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


def _clause_head(par: str, a: int, b: int, t: Title, floor: int) -> int:
    """The start of the piece from the clause mark before par[a:b] (at most HEAD_BACK characters back, none before
    floor) to b when the span is a cut chunk (two characters or more, no word) and the piece reads the title in order;
    else a. A head naming a union with the text after the span (宜昌市|统展我|总工会) is the sentence's own."""
    if b - a < 2 or left_is_mark(par, a) or _is_word(_simplifier()(par[a:b])) or ORG_AFTER.match(par, b):
        return a
    for x in range(a - 1, max(floor, a - HEAD_BACK) - 1, -1):
        if not HAN.match(par[x]):
            return a
        if left_is_mark(par, x):
            return x if b - x <= MAX_LEN and readings(par[x:b], t) else a
    return a


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


def _final_spans(title: str, paragraphs: list[str]) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    """salt_spans before _unsupported's check: the spans, and per paragraph those the final passes gave back as a
    name or a list's item (the words own_words gives back are the page's salt evidence as often: 晉江 opening a
    paragraph next to a salter's chunks; so are those clause_subjects, possessive_pairs and short_levels give back,
    which the decoding takes where the page's salt continues the title's order: 劳模工匠 of ,劳模工匠们)."""
    memo = title_memo(title)

    def fixed(new: list[list[tuple[int, int]]]) -> bool:
        """The page with these spans cut out reads as clean (idempotent)."""
        return not any(_salt_spans(title, [_cut(par, sp) for par, sp in zip(paragraphs, new)], memo=memo))

    out = _salt_spans(title, paragraphs, memo=memo)
    t = prepare_title(title or "")
    stops = stop_pieces(paragraphs, t)
    heads = level_unions(out, paragraphs)
    if heads != out and fixed(heads):
        out = heads
    trimmed = gapped_chunks(out, paragraphs, t)
    if trimmed != out and fixed(trimmed):
        out = trimmed
    tiled = missing_tile(out, paragraphs, t)  # (on the trimmed chunks: a gapped span tiles no title stretch)
    if tiled != out and fixed(tiled):
        out = tiled
    if not any(stops):
        stops = ordered_stops(paragraphs, t, out)
    if any(stops):
        both = [_disjoint(sorted(set(a) | set(b))) for a, b in zip(out, stops)]
        if both != out and fixed(both):
            out = both
    if not any(out) or _doubled_only(out, paragraphs):
        # nothing read as salt but doubled names: a salter carrying one chunk list through the page shows as a tiling
        tiled = marked_tiling(paragraphs, t)
        if any(tiled):
            tiled = [_disjoint(sorted(set(a) | set(b))) for a, b in zip(out, tiled)]
            if fixed(tiled):
                out = tiled
    named = name_parts(out, paragraphs)
    kept = subject_unions(list_heads(named if named != out and fixed(named) else out, paragraphs), paragraphs)
    back = [[sp for sp in a if sp not in b] for a, b in zip(out, kept)]
    kept = short_levels(possessive_pairs(clause_subjects(kept, paragraphs, t), paragraphs), paragraphs)
    own = own_words(kept, paragraphs, t)
    if own != kept:
        moved = moved_openings(own, kept, paragraphs, t)
        if moved != own and fixed(moved):
            own = moved
    return own, back


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


NAME_DOTS = "·・"  # what joins the parts of a dotted name
NAME_OPENERS = frozenset(OPEN_QUOTES + NAME_DOTS)  # what opens a quoted or dotted name (“技能进果园”, “劳动最美·宝鸡有我”)
NAME_CLOSERS = frozenset(CLOSE_QUOTES)


def real_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved off the sentence's own copy of a title word to a loose copy of it in the same paragraph: a span
    that heads a quoted or dotted name (“|技能|进果园”, ·|宝鸡|有我) or a longer verbatim title name
    (，|秭归|县总工会联合) is the text's when another copy of it, no part of such a name and not inside a span, sits
    at a clause mark or reads at least as well cut (村|秭归|举办, 活动，|技能|推动): a salter inserts its chunk
    where it breaks the sentence, the sentence names its own things whole."""
    def pick(par: str, q: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        a, b = spans[q]
        return _loose_copy(par, a, b, spans, t) if b - a >= 2 and _names_whole(par, a, b, t) else None
    return _moved_spans(out, paragraphs, pick)


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


WHOLE_NAME = 6  # Han characters of a verbatim title run longer than any chunk a salter cuts (秭归县总工会): a name


def _names_whole(par: str, a: int, b: int, t: Title) -> bool:
    """par[a:b] is the head of a name the sentence writes whole: a quoted or dotted name going on after it, or a
    verbatim title run of WHOLE_NAME characters or more (秭归|县总工会)."""
    if a > 0 and par[a - 1] in NAME_OPENERS and b < len(par) and HAN.match(par[b]):
        close = next((k for k in range(b, min(len(par), b + 20)) if par[k] in NAME_CLOSERS), None)
        if close is not None and all(HAN.match(ch) or ch in NAME_DOTS for ch in par[b:close]):
            return True
    e = b + WHOLE_NAME - (b - a)
    return e <= len(par) and par[a:e] in t.han and bool(HAN_RUNS.fullmatch(par[a:e]))


def _loose_copy(par: str, a: int, b: int, spans: list[tuple[int, int]], t: Title) -> tuple[int, int] | None:
    """The one other copy of par[a:b] that real_copies moves the span to, or None."""
    piece, n = par[a:b], b - a
    if not HAN_RUNS.fullmatch(piece):
        return None
    gain = _piece_gain(par, a, b)
    got = [(k, k + n) for k in _find_all(par, piece)
           if (k + n < a or k > b) and not any(x < k + n and k < y for x, y in spans) and not _names_whole(par, k, k + n, t)
           and not _in_quotes(par, k, k + n) and (left_is_mark(par, k) or _piece_gain(par, k, k + n) >= gain)]
    return got[0] if len(got) == 1 else None


def _in_quotes(par: str, a: int, b: int) -> bool:
    """par[a:b] ends a quoted name (“金秋|助学|”) or opens one: the sentence's own words."""
    return (a > 0 and par[a - 1] in NAME_OPENERS) or (b < len(par) and par[b] in NAME_CLOSERS)


ORG_UNION = lazyrx.cached(r"(?:公司|集团|集團)(?:[总總]?工[会會])")


def _alone_in(spans: list[tuple[int, int]], a: int, b: int, x: int, y: int) -> bool:
    """No other span of the paragraph touches the name par[x:y] that the span par[a:b] is part of (市总|工会, two chunks
    side by side that read as a name together, are salt)."""
    return not any((c, d) != (a, b) and c < y and x < d for c, d in spans)


def name_parts(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those that end a union's name as the sentence writes it, its head standing (工会 of 涪城区总工会副主席,
    of 九洲集团工会相关负责人): keep_unions' rule, again on the final spans, which the page-pattern passes may have grown
    after it (a salter's chunk put inside a name would leave no name to read), unless another span takes part of the
    name too."""
    res = []
    for par, spans in zip(paragraphs, out):
        names = [m.span() for rx in (UNION_NAME, ORG_UNION) for m in rx.finditer(par)] if spans else []
        kept = [(a, b) for a, b in spans if not any(x < a and b == y and _alone_in(spans, a, b, x, y) for x, y in names)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


RESTATE_RUN = 6  # Han characters of a verbatim run of whole title words by which a lead restates its headline


def own_words(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans without the sentence's own words a salter never gives: a title word opening a book title's name
    (《工会法律知识手册》), the title's place name opening a paragraph as its subject (晋江是…: salt goes after marks
    and between words, never before a paragraph's first word), and, on a page whose only salted paragraph is a lead
    restating the headline (a verbatim run of RESTATE_RUN or more title characters on the title's word boundaries),
    that paragraph's whole title words."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    res = [_own_kept(par, spans, t, tb) for par, spans in zip(paragraphs, out)]
    salted = [pi for pi, sp in enumerate(res) if sp]
    if len(salted) == 1 and _restates_headline(paragraphs[salted[0]], res[salted[0]], t, tb):
        res[salted[0]] = []
    return res if res != out else out


def _in_book_title(par: str, a: int, b: int) -> bool:
    """par[a:b] opens a 《…》 name that goes on after it: a publication's name, written as it is (salt put inside
    one sits between its words: 《…活动的|安康|通知》)."""
    return a > 0 and par[a - 1] == "《" and b < len(par) and par[b] != "》" and par.find("》", b) >= 0


def _opening_place(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b] opens the paragraph, is the title's place name without its level word (晋江 of 晋江市) and runs on
    into a Han word that does not go on along the title: the paragraph's subject."""
    text = par[a:b]
    if par[:a].strip() or b - a < 2 or b >= len(par) or not HAN.match(par[b]) or par[a:b + 1] in t.han:
        return False
    return any(s in tb and t.han.startswith(text, s) and s + b - a < len(t.han) and t.han[s + b - a] in PLACE_SUFFIX
               for s in t.where.get(text[0], ()))


def _own_kept(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> list[tuple[int, int]]:
    """own_words' rules on one paragraph: the spans that are no sentence's own word, without the lone characters
    read after a given-back place in its clause (立区 after 是芦淞的: the gap between two chunks of the title, filled
    because the place read as one, has no chunk before it any more)."""
    kept, after = [], None
    for a, b in spans:
        if (_in_book_title(par, a, b) or _opening_place(par, a, b, t, tb) or _counted_noun(par, a, b, t, tb)
                or _inside_word(par, a, b)):
            continue
        if _possessive_place(par, a, b, t, tb):
            after = b
            continue
        if after is not None and b - a == 1 and not CLAUSE_MARK.search(par, after, a):
            continue
        kept.append((a, b))
    return kept


def _inside_word(par: str, a: int, b: int) -> bool:
    """par[a:b], two Han characters inside a clause, ends a longer dictionary word the character before it opens
    (高|技能|人才: 高技能): the sentence's word, a salter puts chunks between words. (A word the span opens with the
    character after it is no such sign: a chunk put before a word often reads so, 工会|法律 as 工会法, 就业|办理.)"""
    if b - a != 2 or a == 0 or b >= len(par) or not HAN_RUNS.fullmatch(par, a - 1, b + 1):
        return False
    return _is_word(_simplifier()(par[a - 1:b]))


def _counted_noun(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b], whole title words and a dictionary word, follows a number's measure word and runs on into the
    sentence's next Han word (48家|服饰|企业, 132名|职工|参加): the noun the sentence counts (_counted_word, in
    clause_words, asks a word across the span's end as well). A salter's chunk put there is as often cut inside a title
    word (185個|平頂|戶外 of 平顶山市), which this does not give back."""
    return (a >= 2 and _on_bounds(par[a:b], t.han, tb) and b < len(par) and par[a - 1] in COUNTED and DIGIT.match(par[a - 2]) is not None
            and b - a >= 2 and HAN_RUN.fullmatch(par, a, b) is not None and HAN.match(par[b]) is not None
            and _is_word(_simplifier()(par[a:b])))


def _possessive_place(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b] is the title's place name without its level word (芦淞 of 芦淞区) between a copula or preposition and
    the 的 that makes it own what follows (产业是芦淞的立区之本): the sentence's own noun phrase. A proper name the
    dictionary does not know reads as a great gain cut, but without it the sentence would read 是的, 在的 (a salter's
    place put before 的 follows a word: 今年|南岗|的, 发展|铜仁|的)."""
    if a == 0 or b - a < 2 or b >= len(par) or par[b] not in "的" or par[a - 1] not in PLACE_OBJECT:
        return False
    text = par[a:b]
    return any(s in tb and t.han.startswith(text, s) and s + b - a < len(t.han) and t.han[s + b - a] in PLACE_SUFFIX
               for s in t.where.get(text[0], ()))


def _restates_headline(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> bool:
    """The paragraph holds a verbatim run of RESTATE_RUN or more title characters that starts and ends on the title's
    word boundaries, apart from its spans (a span touching it doubles a piece of it: salt), and every span is a whole
    title word sitting where a salter does not put chunks: a lead restating its headline."""
    if not all(_on_bounds(par[a:b], t.han, tb) for a, b in spans) or any(_dangling(par, a, b) for a, b in spans):
        return False  # (a piece dangling after the last full stop, or opening a clause after a comma other than
    if any(a > 0 and par[a - 1] in ",;\uff0c\uff1b" and not t.han.startswith(par[a:b]) or par.startswith(par[a:b], b)
           for a, b in spans):
        return False  # the headline's own head, or a piece written twice in a row, is salt's)
    for a, n, _ in verbatim_runs(par, t):
        if n - a >= RESTATE_RUN and not any(x <= n and a <= y for x, y in spans) and _on_bounds(par[a:n], t.han, tb):
            return True
    return False


STOP_MARK = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")  # a sentence's final mark
STOP_GAIN = 12.0  # reading gain (cost units) above which a title piece glued before a sentence end is salt
STOP_MIN = 3      # such pieces a page must show, in two paragraphs or more, before any is taken
STOP_LONGEST = 5  # longest piece looked at


def stop_pieces(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Title pieces glued right before a sentence's final mark (免费借阅|杨林景。): some salters put their chunks
    there instead of after commas. A piece counts when it is the longest title piece ending at the mark, does not
    run on into a longer verbatim title run, is cut at an odd place of the title (real sentences ending on the
    title's words end on its word boundaries: 在沈阳召开。) and the sentence reads much better without it. The
    page must show three or more such pieces in two or more paragraphs."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 4:
        return res
    han = t.han
    cands = []
    for pi, par in enumerate(paragraphs):
        # a piece of two or more title characters before a mark ends one of the paragraph's memoised runs of title
        # characters (no walk over every sentence end)
        for _, e in _title_chars(par, han):
            if e < 3 or e >= len(par) or par[e] not in SENTENCE_END or par[e - 2:e] not in han:
                continue
            n = 2
            while n < STOP_LONGEST and e - n - 1 >= 0 and par[e - n - 1:e] in han:
                n += 1
            if e - n - 1 >= 0 and par[e - n - 1:e] in han or e - n < 1 or not HAN.match(par[e - n - 1]):
                continue  # part of a longer title run, or nothing of the sentence before it
            cands.append((pi, e - n, e))
    if len(cands) < STOP_MIN or len({c[0] for c in cands}) < 2:
        return res
    tb = title_boundaries(t)
    got = []
    for pi, a, e in cands:
        par = paragraphs[pi]
        if _on_bounds(par[a:e], han, tb):
            continue
        if _piece_gain(par, a, e) >= STOP_GAIN:
            got.append((pi, a, e))
    if len(got) < STOP_MIN or len({g[0] for g in got}) < 2:
        return res
    for pi, a, e in got:
        res[pi].append((a, e))
    return res


GAP_GAIN = 7.0  # reading gain (cost units) below which the part of a gapped span given back is the text's (为: 5.3, 红: 8.3)


def gapped_chunks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A span that reads the title only with a gap (县总|为 of 县总工会为…) whose skipped title characters are another
    span of the page (工会, the salter's next chunk) is a chunk plus real text that happens to come later in the title
    (县总为切实关心: a real 为): the salter's chunks tile the title, so the span is cut back to its longest gapless
    part when what it gives back reads as the sentence's own (a reading gain below GAP_GAIN; salters' own gapped
    chunks, 红航建 of 红船领航·建…, leave a loose character). A span that also reads the title without a gap is left
    as it is."""
    texts = {par[a:b] for par, spans in zip(paragraphs, out) for a, b in spans}
    res = []
    for par, spans in zip(paragraphs, out):
        new = [_gapless(par, a, b, t, texts) for a, b in spans]
        res.append(new if new != spans else spans)
    return res


def _gapless(par: str, a: int, b: int, t: Title, texts: set[str]) -> tuple[int, int]:
    """The span (a, b), or its longest gapless title part when its only readings skip title characters that
    another span of the page reads (see gapped_chunks)."""
    text = par[a:b]
    if len(text) < 3 or not HAN_RUN.fullmatch(text) or text in t.han:
        return a, b
    best = None
    for pos in readings(text, t):
        cuts = [k for k in range(1, len(pos)) if pos[k] > pos[k - 1] + 1]
        if not cuts or not all(_tiled_by(t.han, pos[k - 1] + 1, pos[k], texts) for k in cuts):
            return a, b
        bounds = [0, *cuts, len(pos)]
        i, j = max(zip(bounds, bounds[1:]), key=lambda x: (x[1] - x[0], -x[0]))
        if best is not None and best != (i, j):
            return a, b  # readings disagree on the part to keep
        best = (i, j)
    if best is None or best[1] - best[0] < 2:
        return a, b
    i, j = a + best[0], a + best[1]
    rest = par[:i] + par[j:]  # the paragraph with the gapless part cut: the parts left must read as its own words
    if any(_piece_gain(rest, x, y) >= GAP_GAIN for x, y in ((a, i), (i, i + b - j)) if y > x):
        return a, b
    return i, j


def _tiled_by(han: str, lo: int, hi: int, texts: set[str]) -> bool:
    """The title's characters han[lo:hi] are one span's text, or lie each inside a copy in the title of a span's
    text of two characters or more (a gap skipping several of the salter's chunks: 绥化|工 of 区职绥化工服务中心 over
    市北, 林区, 总工)."""
    if han[lo:hi] in texts:
        return True
    covered = {i for x in texts if len(x) >= 2 for k in _find_all(han, x) for i in range(k, k + len(x))}
    return all(i in covered for i in range(lo, hi))


ORDER_MIN = 3      # title chunks, in the title's order, a paragraph's found salt must show before ordered_stops looks
ORDER_GAIN = 8.0   # reading gain (cost units) above which such a trailing piece is salt
ORDER_PARS = 2     # paragraphs that must end on such a piece before any is taken (salters do it paragraph after paragraph)


def ordered_stops(paragraphs: list[str], t: Title, found: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """A title piece glued right before a paragraph's sentence end, after the salt already found in that paragraph
    and further on in the title than all of it (连平|县总|工会 ... 参加比赛|竞赛。): the salter's chunk list goes on past
    the paragraph's last clause, and a sentence end is a seam like a clause mark. The paragraph's found spans must read
    as ORDER_MIN or more title chunks in the title's order; the piece is the longest title piece ending at the mark
    (no run on into a longer verbatim title run), after a Han character or a closing quote (暖心包”|心包。), and the
    sentence must read better without it. Unsalted paragraphs (no found chunks) are never looked at, and ORDER_PARS
    paragraphs must show such a piece (a real sentence ending on the title's words, 进行了|表彰。, shows in one)."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    han = t.han
    if len(han) < 4:
        return res
    for pi, par in enumerate(paragraphs):
        spans = found[pi] if pi < len(found) else []
        last = _ordered_end(par, spans, han)
        if last is None:
            continue
        for m in STOP_MARK.finditer(par):
            e = m.start()
            if e - 2 < spans[-1][1] or par[e - 2:e] not in han:
                continue
            n = 2
            while n < STOP_LONGEST and e - n - 1 >= spans[-1][1] and par[e - n - 1:e] in han:
                n += 1
            a = e - n
            if par[a - 1:e] in han or not (HAN.match(par[a - 1]) or par[a - 1] in CLOSERS):
                continue
            if han.find(par[a:e], last) < 0:
                continue  # not further on in the title than the paragraph's found chunks
            if _piece_gain(par, a, e) >= ORDER_GAIN:
                res[pi].append((a, e))
    if sum(1 for sp in res if sp) < ORDER_PARS:  # one such piece is a sentence ending on the title's words
        return [[] for _ in paragraphs]
    return res


def _ordered_end(par: str, spans: list[tuple[int, int]], han: str) -> int | None:
    """The title offset after the last of the spans, when they read as ORDER_MIN or more title pieces in the
    title's order (each found at or after the end of the one before); None otherwise."""
    if len(spans) < ORDER_MIN:
        return None
    at = 0
    for a, b in spans:
        piece = "".join(HAN_RUNS.findall(par[a:b]))
        k = han.find(piece, at) if piece else -1
        if k < 0:
            return None
        at = k + len(piece)
    return at


def _cut_out(par: str, removed: set[int]) -> tuple[array, str]:
    """The original offsets of what is left of par once the removed offsets are cut out, and that text.
    Built from slices, the offsets packed 4 bytes each: a whole article on one line would otherwise cost a
    list entry and a one-character string per character (some 100 bytes each)."""
    kept, parts, at = array("i"), [], 0
    for a, b in _as_spans(removed) + [(len(par), len(par))]:
        if a > at:
            kept.extend(range(at, a))
            parts.append(par[at:a])
        at = max(at, b)
    return kept, "".join(parts)


def _salt_spans(title: str, paragraphs: list[str], memo: Memo | None = None) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) spans of salted title fragments to remove.

    The page is read again with the fragments found cut out until a reading finds nothing: a
    fragment next to removed salt (or in a chain that the removed salt broke) shows on the cleaner
    text, and the result is idempotent -- salt_spans on the cleaned paragraphs finds nothing."""
    # kept[pi]: the original offsets of what is left of paragraph pi (None while nothing is removed)
    kept: list[array | None] = [None] * len(paragraphs)
    removed: list[set[int]] = [set() for _ in paragraphs]
    pieces: list[set[tuple[int, int]]] = [set() for _ in paragraphs]
    first: dict = {}  # the first reading's scored candidates (it reads the original text)
    cur = paragraphs
    memo = memo if memo is not None else Memo()
    for _ in range(MAX_PASSES):
        found = _salt_once(title, cur, first if cur is paragraphs else None, memo)
        if not any(found):
            break
        cur = list(cur)
        for pi, sp in enumerate(found):
            if not sp:
                continue
            kp = kept[pi] if kept[pi] is not None else range(len(paragraphs[pi]))
            for a, b in sp:
                removed[pi].update(kp[a:b])
                pieces[pi].add((kp[a], kp[b - 1] + 1))
            kept[pi], cur[pi] = _cut_out(paragraphs[pi], removed[pi])
    spans = [_as_spans(r) for r in removed]
    if not any(spans):
        return _with_cut_pieces(_with_doubled(spans, paragraphs, title, memo), paragraphs, prepare_title(title), memo)
    # the readings found fragments separately: decode the page's chunk list once on the original text
    t = prepare_title(title)
    rows = first.get("rows", [])
    todo = {pi for pi, sp in enumerate(spans) if sp} - first.get("paras", set())
    if todo:
        rows = rows + score_page(title, paragraphs, only=todo, memo=memo)
    # each reading's fragments separately (two removed side by side are two chunks, not one)
    frags = [_disjoint(sorted(ps)) for ps in pieces]
    final = keep_unions(joint(frags, paragraphs, t, rows, final=True, memo=memo), paragraphs, t.han)
    if final != spans and _finds_more(title, paragraphs, final, memo):
        # the joint reading is not a fixed point: keep the readings' own result (idempotent), without the
        # pieces of union names (keep_unions) when that too is a fixed point
        final = keep_unions(spans, paragraphs, t.han)
        if final != spans and _finds_more(title, paragraphs, final, memo):
            final = spans
    more = trim_leftovers(final, paragraphs, t, memo.segs)
    if more != final and not _finds_more(title, paragraphs, more, memo):
        final = more
    final = evidenced(_bounded(title, place_names(final, paragraphs, t), paragraphs, t, memo), paragraphs, t)
    twins = dangling_twins(final, paragraphs, t)
    if twins != final and not _finds_more(title, paragraphs, twins, memo):
        final = twins
    # (the first reading read the original paragraphs: its word-splitting runs are these)
    splits = first["splits"] if "splits" in first else split_spans(paragraphs, t, memo.splits)
    if any(splits):  # word-splitting runs are salt whatever the chunk list says: kept when still a fixed point
        both = _with_splits(final, splits)
        if both != final:
            final = both if not _finds_more(title, paragraphs, both, memo) else spans
    return _with_cut_pieces(_with_doubled(_page_pattern(final, paragraphs, t, memo), paragraphs, title, memo),
                            paragraphs, t, memo)


def _page_pattern(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, memo: Memo) -> list[list[tuple[int, int]]]:
    """The spans corrected by what the page's salt shows as a whole: a span running on into the next chunk's
    head (``chunk_overlaps``) or past another paragraph's chunk into the next one (``chunk_tails``), a run of chunks
    tiling the title from a later chunk (``seam_tiles``), the title's last piece after a list carried through the
    page (``title_tail``), in-clause title words after a gap on a page salted at clause marks (``mark_style``), and
    a chunk's shuffled rest the paragraphs repeat after it (``shuffled_tails``). Each correction
    is kept only when the cut page is still a fixed point of the reading (the chunks seam_tiles finds count for
    mark_style's view of where the page's salt sits)."""
    for step in (chunk_overlaps, chunk_tails, seam_tiles, mark_style, marked_twins, clause_words, marked_copies, partial(lone_marks, segs=memo.segs),
                 partial(listed_lones, segs=memo.segs), glued_gaps, seam_neighbours,
                 opening_unions, list_items, continued_seams, title_tail, tail_words, carried_chunks, list_gaps, marked_cover, marked_copy, slot_copies, restated_runs, paragraph_heads,
                 shuffled_tails, doubled_words, mark_tails, repeated_openings, head_copies):
        if not any(out):
            return out
        new = step(out, paragraphs, t)
        if new != out and not _finds_more(t.text, paragraphs, new, memo):
            out = new
    return out


CUT_PIECES = 3     # distinct cut title pieces a page's clause openings must show before cut_pieces takes any
CUT_LONG = 2       # of them holding three Han characters or more
CUT_LONGEST = 8    # longest piece looked at (characters, the title's punctuation included)
WIDTH = str.maketrans("\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09", ",;:!?()")  # full-width marks read as ASCII


def cut_pieces(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the longer title pieces a salter put at clause openings (or dangling after a paragraph's last
    full stop) when it cuts the title into a few pieces of three to five characters (第一次参 | 加劳模 | 疗休养，我),
    some holding the title's own punctuation: CUT_PIECES or more distinct pieces cut inside the title's words, across
    its punctuation or dangling, whose title stretches do not overlap (one cutting of the title), show the salt; then
    whole-word pieces of three characters or more opening clauses are taken too when they fill the title stretches
    between them. A piece ending a union name (区总工会) or a level place, or running on into a level word (宜春|市),
    is the text's own shorthand, never one."""
    tb = title_boundaries(t)
    folded = t.text.translate(WIDTH)
    pos = _han_offsets(t.text)
    found: list[tuple[int, int, int, int, int, bool]] = []  # (paragraph, start, end, title han start, end, cut)
    for pi, par in enumerate(paragraphs):
        for a, _ in _title_chars(par, t.han):
            if a == 0 or par[a - 1] not in CLAUSE_MARKS:
                continue
            got = _opening_piece(par, a, folded, pos)
            if got is None:
                continue
            b, h0, h1, crosses = got
            dangle = _dangling(par, a, b)
            if b < len(par.rstrip()) and not dangle and not NUM_TITLE.match(par, b):
                continue  # (a piece runs on into the sentence or dangles; before a mark it is the clause itself)
            if ORG_AFTER.search(par, max(a, b - 3), b) and par[b - 1] in "会會" or par[b - 1] in LEVEL_CHARS \
                    or _resumed(par, b, t, h1):
                continue
            # (a two-character piece cut inside the title's words is as often the text's word: 职工 of 困难职工)
            c = crosses or dangle or h1 - h0 >= 3 and (h0 not in tb or h1 not in tb)
            if c or par[b:b + 1] not in PLACE_SUFFIX:  # (a whole-word piece before a level word: 江西宜春|市, the text's)
                found.append((pi, a, b, h0, h1, c))
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    cut = _one_cutting(Counter((h0, h1) for *_, h0, h1, c in found if c))
    if len(cut) < CUT_PIECES or sum(h1 - h0 >= 3 for h0, h1 in cut) < CUT_LONG \
            or len({pi for pi, _, _, h0, h1, _ in found if (h0, h1) in cut}) < 2:
        return res
    # (a stretch the cutting shows elsewhere, here whole title words opening a clause, counts only in a paragraph that
    # shows a cut piece too: ，招聘会当天 in a paragraph the salter left alone is the sentence's subject, even when the
    # same words dangle after other paragraphs' last full stops)
    cut_in = {pi for pi, _, _, h0, h1, c in found if c and (h0, h1) in cut}
    for pi, a, b, h0, h1, c in found:
        if not c and (h0, h1) in cut and pi not in cut_in:
            continue
        if (h0, h1) in cut or not c and h1 - h0 >= 3 and not any(h0 < y and x < h1 for x, y in cut):
            res[pi].append((a, b))
    return res


def _with_cut_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, memo: Memo) -> list[list[tuple[int, int]]]:
    """The spans with cut_pieces' added, when the cut page reads as clean, to cut_pieces too (idempotent)."""
    if len(t.han) < 6:
        return out
    return _joined_if_fixed(out, paragraphs, t.text, t, memo, (cut_pieces,))


def _resumed(par: str, b: int, t: Title, h1: int) -> bool:
    """After par[:b], a run of title characters (another chunk) and then the title going on from h1 (公益法律|展尊|
    服务, salt put inside the sentence's own restatement of the title): the piece is the text's."""
    nxt = t.han[h1:h1 + 2]
    if len(nxt) < 2:
        return False
    k = b
    while k < len(par) and k - b <= MAX_LEN and par[k] in t.where:
        k += 1
        if par.startswith(nxt, k):
            return True
    return False


def _one_cutting(pieces: Counter) -> set[tuple[int, int]]:
    """The title stretches of the cut pieces that make one cutting of the title: longer (then more often seen) ones
    first, a stretch overlapping one kept is the text's word (第一 of 第一天 against the piece 第一次参)."""
    kept: set[tuple[int, int]] = set()
    for x in sorted(pieces, key=lambda x: (x[0] - x[1], -pieces[x], x)):
        if not any(x[0] < y[1] and y[0] < x[1] for y in kept):
            kept.add(x)
    return kept


@lru_cache(maxsize=128)
def _han_offsets(title: str) -> tuple[int, ...]:
    """For each offset of the title's text (and its end), the number of Han characters before it."""
    out, n, at = [], 0, 0
    for m in HAN_RUNS.finditer(title):  # (by maximal Han runs: the count stays put over what lies between)
        a, b = m.span()
        out.extend([n] * (a - at))
        out.extend(range(n, n + b - a))
        n, at = n + b - a, b
    out.extend([n] * (len(title) - at))
    return tuple(out + [n])


def _opening_piece(par: str, a: int, folded: str, pos: tuple[int, ...]) -> tuple[int, int, int, bool] | None:
    """The longest verbatim piece of the title (its punctuation matched, or left out by the page: 工匠”培育 written
    工匠培育) opening at par[a] and not going on from the text before the clause mark: (end, title Han start, end,
    whether it crosses the title's punctuation); None when it holds fewer than two Han characters."""
    best = None
    k = folded.find(par[a])
    while k >= 0:
        if not (k > 0 and folded[k - 1] == par[a - 1].translate(WIDTH)):
            j, q, crosses, last = a, k, False, None
            while j < len(par) and q < len(folded) and j - a < CUT_LONGEST:
                if par[j].translate(WIDTH) == folded[q]:
                    if HAN.match(par[j]):
                        last = (j + 1, q + 1)
                    elif last is not None:
                        crosses = True
                    j, q = j + 1, q + 1
                elif not HAN.match(folded[q]) and last is not None:
                    q, crosses = q + 1, True
                else:
                    break
            if last is not None and j - a < CUT_LONGEST:  # (a longer run restates the title: no piece)
                b, qe = last
                h0, h1 = pos[k], pos[qe]
                inner = crosses and any(not HAN.match(ch) for ch in par[a:b]) or h1 - h0 < b - a or \
                    any(not HAN.match(ch) for ch in folded[k:qe])
                if h1 - h0 >= 2 and (best is None or b > best[0]):
                    best = (b, h0, h1, inner)
        k = folded.find(par[a], k + 1)
    return best


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
                     default=0)
            if ln and HAN.match(par[i + 1 + ln:i + 2 + ln] or "x"):
                add.setdefault(pi, []).append((i + 1, i + 1 + ln))
                pos += ln
    if sum(map(len, add.values())) < CONTINUED_MIN:
        return out
    return [sorted(sp + add.get(pi, [])) for pi, sp in enumerate(out)]


TAIL_CHAIN = 6  # found chunks, in page and title order, a page must show before title_tail looks past them
TAIL_SKIP = 2   # title characters that chain may pass over between two chunks, and leave at the title's end


def title_tail(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title's last piece opening a clause in a paragraph after the last salted one (,运动会今年以来…
    after 玉州|区总|工会|开展|快乐|劳动|最美|职工|趣味运动 found): a salter carrying one chunk list through the page puts
    its last chunk after the others. Taken only when every found span, in page order, walks the title from its head
    (TAIL_CHAIN of them or more, passing over at most TAIL_SKIP title characters each time) and stops short of its
    end by at most TAIL_SKIP, and the piece, running on into the clause, completes the title from inside the last
    chunk; the first such piece after the last salted paragraph is the only one taken."""
    han = t.han
    chain = [(pi, a, b) for pi, sp in enumerate(out) for a, b in sp]
    if len(chain) < TAIL_CHAIN:
        return out
    at = start = 0
    for pi, a, b in chain:
        x = paragraphs[pi][a:b]
        k = han.find(x, at, at + TAIL_SKIP + len(x)) if HAN_RUNS.fullmatch(x) else -1
        if k < 0:
            return out
        start, at = k, k + len(x)
    if not 0 < len(han) - at <= TAIL_SKIP:
        return out
    tails = [han[s:] for s in range(start + 1, at + 1) if len(han) - s >= 2]
    for pi in range(chain[-1][0] + 1, len(paragraphs)):
        par = paragraphs[pi]
        for i, ch in enumerate(par[:-1]):
            if ch not in SUBJECT_MARKS:
                continue
            n = next((len(x) for x in tails if par.startswith(x, i + 1) and HAN.match(par, i + 1 + len(x))), 0)
            if n:
                return [sorted(sp + [(i + 1, i + 1 + n)]) if qi == pi else sp for qi, sp in enumerate(out)]
    return out


TAIL_WORDS_MIN = 6  # distinct found chunks, tiling the title's head, a page must show before tail_words looks


def tail_words(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title words the page's chunks leave at the title's end, each where a salted paragraph (two
    found chunks or more) has exactly one copy of it opening a clause (琼海|市总|…|劳动者|入会 found, then
    部门，|集中|采取 and 方式，|行动|推动): the salter's list runs to the title's end, and a whole title word reads as
    the sentence's own to the word model. A copy running on into the title's characters around it (此次集中行动) is
    the sentence restating the title; a paragraph with fewer chunks shows no salter's hand."""
    han, tb = t.han, title_boundaries(t)
    ivs = {_title_interval(paragraphs[pi][a:b], han) for pi, sp in enumerate(out) for a, b in sp}
    if None in ivs or len(ivs) < TAIL_WORDS_MIN or len({pi for pi, sp in enumerate(out) if sp}) < 2:
        return out
    end = 0
    for s, e in sorted(ivs):  # the chunks must tile the title's head without a hole
        if s > end:
            return out
        end = max(end, e + 1)
    cuts = [k for k in range(end + 1, len(han)) if k in tb] + [len(han)]
    words = [han[x:y] for x, y in zip([end] + cuts, cuts) if y - x >= 2]
    if not words or len(words) != len(cuts) or end not in tb:
        return out
    res = []
    for par, sp in zip(paragraphs, out):
        add = []
        if len(sp) >= 2:
            for w in words:
                ks = [k for k in _find_all(par, w) if k > 0 and par[k - 1] in CLAUSE_MARKS
                      and not any(a < k + len(w) and k < b for a, b in sp)]
                if len(ks) == 1 and han.find(par[ks[0] - 1:ks[0] + len(w)]) < 0 and han.find(par[ks[0]:ks[0] + len(w) + 1]) < 0:
                    add.append((ks[0], ks[0] + len(w)))
        res.append(sorted(sp + add) if add else sp)
    return res


MISSING_MIN = 6  # found chunks, tiling the whole title but one piece, a page must show before missing_tile looks


def missing_tile(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the one title piece the page's chunks leave out when they tile the rest of the title in pieces of one
    width, the piece's too (绥化|市北|林区|总工|会启|动冬|季送|专项|行动 without 温暖): such a salter cuts the whole title
    and put the piece in the paragraph holding the chunks before and after it, in their stretch (its list may swap two
    chunks: 动冬 … 温暖 … 季送), where the reading took it for a word of the sentence (资金温暖156万元). Taken only
    where that stretch holds it once outside the title's verbatim words (“冬季送温暖” restated stays); pages whose
    chunks vary in width skip pieces of the title as often (湖州|市总工会举|办年|职业 without 职工)."""
    han = t.han
    where: dict[tuple[int, int], tuple[int, int]] = {}  # title interval -> (paragraph, index of the span)
    covered: set[int] = set()
    for pi, (par, sp) in enumerate(zip(paragraphs, out)):
        for q, (a, b) in enumerate(sp):
            iv = _title_interval(par[a:b], han)
            if iv is None:
                return out
            where[iv] = (pi, q)
            covered.update(range(iv[0], iv[1] + 1))
    if len(where) < MISSING_MIN or len({pi for pi, _ in where.values()}) < 2:
        return out
    gap = [i for i in range(len(han)) if i not in covered]
    if not gap or gap[-1] - gap[0] + 1 != len(gap) or gap[0] == 0 or gap[-1] == len(han) - 1:
        return out
    if {iv[1] - iv[0] + 1 for iv in where} != {len(gap)}:  # a salter cutting the title into pieces of one width
        return out
    before = next((v for iv, v in where.items() if iv[1] == gap[0] - 1), None)
    after = next((v for iv, v in where.items() if iv[0] == gap[-1] + 1), None)
    if before is None or after is None or before[0] != after[0] or after[1] <= before[1]:
        return out
    pi, sp = before[0], out[before[0]]
    par, piece = paragraphs[pi], han[gap[0]:gap[-1] + 1]
    lo, hi = (sp[before[1] - 1][1] if before[1] else 0), sp[after[1]][0]
    hits = [k for k in _find_all(par, piece, lo, hi)
            if han.find(par[max(0, k - 1):k + len(piece)]) < 0 and han.find(par[k:k + len(piece) + 1]) < 0
            and not any(a < k + len(piece) and k < b for a, b in sp)]
    if len(hits) != 1:
        return out
    k = hits[0]
    return [sorted(s + [(k, k + len(piece))]) if qi == pi else s for qi, s in enumerate(out)]


def shuffled_tails(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans grown by the shuffled rest of their chunk: some salters shuffle a title piece's characters (会比技大能 of
    技能大比), so the reading takes the chunk's head (会比) and leaves the rest (技大能展示…). Taken when two paragraphs
    or more follow the same span text with the same characters and part right after them (技大能|展示, 技大能|精准),
    and those characters are a title piece's characters out of the title's order: real text repeats the title's
    words as written (会比|技能)."""
    after: dict[str, list[tuple[int, int]]] = {}
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        for k, (a, b) in enumerate(spans):
            if b - a >= 2 and b < len(par) and HAN.match(par[b]) and not (k + 1 < len(spans) and spans[k + 1][0] == b):
                after.setdefault(par[a:b], []).append((pi, k))
    grow: dict[tuple[int, int], int] = {}
    for places in after.values():
        if len({pi for pi, _ in places}) < 2:
            continue
        rest = _common_rest([paragraphs[pi][out[pi][k][1]:out[pi][k][1] + SHUFFLE_LONGEST + 1] for pi, k in places])
        if rest and _shuffled_piece(rest, t.han):
            grow.update({place: len(rest) for place in places})
    if not grow:
        return out
    return [[(a, b + grow.get((pi, k), 0)) for k, (a, b) in enumerate(spans)] for pi, spans in enumerate(out)]


SHUFFLE_LONGEST = 6  # longest shuffled rest shuffled_tails looks at


def _common_rest(texts: list[str]) -> str:
    """The characters all texts open with, when they part right after them (a text ending there: no parting)."""
    n = 0
    while all(len(x) > n for x in texts) and len({x[n] for x in texts}) == 1:
        n += 1
    return texts[0][:n] if n <= SHUFFLE_LONGEST and all(len(x) > n for x in texts) else ""


def _shuffled_piece(text: str, han: str) -> bool:
    """text (two Han characters or more) holds the characters of a piece of the title in another order."""
    n = len(text)
    if n < 2 or not HAN_RUNS.fullmatch(text) or text in han:
        return False
    key = sorted(text)
    return any(sorted(han[i:i + n]) == key for i in range(len(han) - n + 1))


CARRY_SKIP = 3     # title characters a salter may pass over between two chunks it carries from one paragraph to the next
CARRY_LONGEST = 4  # longest chunk looked at there


def carried_chunks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the chunks a salter put in the paragraphs before the first one found salted, when it carries one
    chunk list on through the page (铁力 in paragraph 1, then 市总, 新就 in paragraph 2): the first salted paragraph's
    spans must read two or more title chunks in order, and an earlier paragraph with no salt yields its clause-opening
    title pieces only when they tile the title from its head up to those chunks (in order, at most CARRY_SKIP title
    characters passed over each time). Going on past the last salted paragraph is continued_seams' work, which asks
    for a tiling from the title's head (real clauses open on the title's later words too often for less)."""
    han = t.han
    first = next(((pi, r) for pi, sp in enumerate(out) if (r := _title_range(paragraphs[pi], sp, han))), None)
    if first is None or len(han) < 6:
        return out
    add: dict[int, list[tuple[int, int]]] = {}
    end = first[1][0]
    for pi in range(first[0] - 1, -1, -1):
        if out[pi] or end <= 0:
            break
        got = _leading_run(paragraphs[pi], han, end)
        if got is None:
            break
        add[pi], end = got
    if not add:
        return out
    return [sorted(sp + add.get(pi, [])) for pi, sp in enumerate(out)]


LIST_BETWEEN = 3  # most chunks another paragraph may show between two chunks list_gaps fills in


def list_gaps(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title,
              openings: bool = False) -> list[list[tuple[int, int]]]:
    """Spans plus the chunks a paragraph's found chunks skip where another paragraph's show them: a salter reuses one
    chunk list on the page, each salted paragraph taking a prefix of it in order, so when paragraph B reads 西城 … 为新
    and paragraph A reads 西城 | 区总 | 为新, B's 区总 sits between its 西城 and 为新 (or, for the chunks A shows before
    B's first one, before it: the list's head). Each such chunk (two characters or more) is taken only where it
    occurs once in that stretch of B; the reading missed it there because it reads as the sentence's own words
    (,区总工会送来…). With openings, a copy opening the paragraph or a sentence as its subject is not counted."""
    seqs = [[par[a:b] for a, b in sp] for par, sp in zip(paragraphs, out)]
    if sum(1 for s in seqs if s) < 2:
        return out
    res = []
    for pi, (par, sp) in enumerate(zip(paragraphs, out)):
        add: list[tuple[int, int]] = []
        held = {par[a:b] for a, b in sp if left_is_mark(par, a)}
        for u, v in zip([None] + sp[:-1], sp) if sp else ():
            # (a chunk the paragraph already holds at a clause mark is no gap: the salter puts each chunk once there)
            mids = [z for z in _list_between(seqs, pi, par[u[0]:u[1]] if u else None, par[v[0]:v[1]]) if z not in held]
            add += _placed_once(par, mids, u[1] if u else 0, v[0], t.han, openings)
        res.append(sorted(sp + add) if add else sp)
    return res


def _list_between(seqs: list[list[str]], pi: int, before: str | None, after: str) -> list[str]:
    """The chunks another paragraph's sequence shows between before and after (at most LIST_BETWEEN of them; before
    None: the ones opening that sequence, ahead of after)."""
    for qi, q in enumerate(seqs):
        if qi == pi:
            continue
        for j, x in enumerate(q):
            if x != after:
                continue
            if before is None:
                if 1 <= j <= LIST_BETWEEN:
                    return q[:j]
                continue
            for i in range(j - 2, max(-1, j - LIST_BETWEEN - 2), -1):
                if q[i] == before:
                    return q[i + 1:j]
    return []


def _placed_once(par: str, chunks: list[str], lo: int, hi: int, han: str, openings: bool = False) -> list[tuple[int, int]]:
    """The spans of chunks, in order, each found exactly once in par[lo:hi] after the one before ([] when one is
    not; with openings, copies opening a sentence as its subject not counted), without those that are part of the
    title's place or union name as the sentence writes it (_in_name)."""
    got, pos = [], lo
    for z in chunks:
        ks = [k for k in _find_all(par, z, pos, hi) if not (openings and _opens_sentence(par, k, k + len(z)))]
        if len(z) < 2 or not HAN_RUNS.fullmatch(z) or len(ks) != 1:
            return []
        k = ks[0]
        if not _in_name(par, k, k + len(z), han):
            got.append((k, k + len(z)))
        pos = k + len(z)
    return got


def _opens_sentence(par: str, a: int, b: int) -> bool:
    """par[a:b] opens the paragraph or a sentence and runs on into a word (包头钢铁…): the sentence's subject, not
    a chunk the salter put there (it puts chunks between words or after clause marks inside the sentence)."""
    return (a == 0 or par[a - 1] in SENTENCE_END) and b < len(par) and bool(HAN.match(par[b]))


def _in_name(par: str, a: int, b: int, han: str) -> bool:
    """par[a:b] joins the text around it into a longer verbatim piece of the title that names its place or union:
    title characters on both sides (神木|市总|工会), or after it up to a level character or 工会 (泗阳|县总工会,
    江西|宜春市). Real pages write the title's names so; with no reading of its own to go by, such a copy is
    the sentence's."""
    if a > 0 and b < len(par) and par[a - 1:b + 1] in han:
        return True
    e = b
    while e < len(par) and par[a:e + 1] in han:
        e += 1
    return e > b and (any(ch in LEVEL_CHARS for ch in par[b:e]) or bool(ORG_AFTER.search(par, b, e)))


TILE_SKIP = 2       # title characters a salter may pass over between two chunks of one page-wide tiling
TILE_PIECES = 4     # clause-opening pieces such a tiling needs, over two paragraphs or more
TILE_COVER = 0.5    # share of the title's Han characters they must cover


def marked_tiling(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans of a page whose clause openings, read in page order, tile the title from its head (黎平 | 县总 in one
    paragraph, 慰问 | 侗寨 | 景区 in the next): a salter carrying one chunk list on through the page rather than
    restarting it in each paragraph, so no paragraph repeats another's chunks and the chunk-list reading finds
    nothing. Each piece (two to four characters, right after a clause mark, running on into the sentence but not on
    along the title) must take the title on within TILE_SKIP characters of the one before; TILE_PIECES or more pieces
    over two paragraphs or more must cover TILE_COVER of the title, and one must be cut at an odd place of the title
    (a real text restating its title in its clause openings uses the title's words whole)."""
    han = t.han
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(han) < 8:
        return res
    pieces, pos = [], 0
    for pi, par in enumerate(paragraphs):
        # a piece is two or more title characters after a clause mark: it opens one of the paragraph's memoised
        # runs of title characters (no walk over every clause mark)
        for a, _ in _title_chars(par, han):
            if pos >= len(han) or a == 0 or par[a - 1] not in CLAUSE_MARKS:
                continue
            got = _title_piece_at(par, a, han, pos, TILE_SKIP, len(han), whole=True)
            if got is not None:
                pieces.append((pi, a, a + got[0]))
                pos = got[1] + got[0]
    if len(pieces) < TILE_PIECES or len({p[0] for p in pieces}) < 2 \
            or sum(b - a for _, a, b in pieces) < TILE_COVER * len(han):
        return res
    tb = title_boundaries(t)
    if all(_on_bounds(paragraphs[pi][a:b], han, tb) for pi, a, b in pieces):
        return res
    for pi, a, b in pieces:
        res[pi].append((a, b))
    return res


COVER_PIECES = 5   # clause-opening title pieces, over two paragraphs or more, marked_cover needs
COVER_SHARE = 0.75  # share of the title's Han characters they and the found chunks must cover, each stretch once


def marked_cover(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title pieces opening clauses that, with the found chunks, cover the title once over (麦积9月10日,
    体检为180余名, 工会麦积区总工会 … besides the found 区总 and 暖新): a sparse salter puts one or two chunks of a single
    cutting of the title in each paragraph, in any order, and whole title words read as the sentence's own to the
    word model. Each piece (two to four title characters right after a clause mark, not running on along the title,
    its text opening no other clause, its title stretch apart from the found chunks') must claim a title stretch no
    other piece claims; COVER_PIECES of them, in two paragraphs or more, with the found chunks over COVER_SHARE of the title, and
    a found chunk cut at an odd place of the title (the page's salt shown), before any is taken. Real text restating
    the title in its clause openings repeats a title word or runs on into the title's next ones."""
    han = t.han
    spans = [(pi, a, b) for pi, sp in enumerate(out) for a, b in sp]
    ivs = [_title_interval(paragraphs[pi][a:b], han) for pi, a, b in spans]
    if not spans or None in ivs or len(han) < 8:
        return out
    tb = title_boundaries(t)
    if all(_on_bounds(paragraphs[pi][a:b], han, tb) for pi, a, b in spans):
        return out
    found = [(pi, a, a + n, s) for pi, par in enumerate(paragraphs) for a, n, s in _marked_pieces(par, han, out[pi])]
    by_text = Counter(paragraphs[pi][a:b] for pi, a, b, _ in found)
    claimed = Counter(k for s, e in ivs for k in range(s, e + 1))
    # (a piece over a found chunk's stretch is the sentence naming the title's thing: 下一步，区总工会将…)
    pieces = [f for f in found if by_text[paragraphs[f[0]][f[1]:f[2]]] == 1
              and not any(k in claimed for k in range(f[3], f[3] + f[2] - f[1]))]
    for _, a, b, s in pieces:
        claimed.update(range(s, s + b - a))
    if any(v > 1 for v in claimed.values()) or len(pieces) < COVER_PIECES or len({p[0] for p in pieces}) < 2 \
            or len(claimed) < COVER_SHARE * len(han):
        return out
    res = [list(sp) for sp in out]
    for pi, a, b, _ in pieces:
        res[pi].append((a, b))
    return [sorted(sp) for sp in res]


def _marked_pieces(par: str, han: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, length, title offset) of the longest title piece of two to four characters after each clause mark of
    par, running on into a Han character or a digit but not along the title, outside the spans."""
    got = []
    for a, _ in _title_chars(par, han):
        if a == 0 or par[a - 1] not in CLAUSE_MARKS or any(x <= a < y for x, y in spans):
            continue
        for n in range(min(4, len(par) - a - 1), 1, -1):
            piece, k = par[a:a + n], han.find(par[a:a + n])
            if k >= 0 and HAN_RUN.fullmatch(piece) and NUM_TITLE.match(par[a + n]) and par[a:a + n + 1] not in han \
                    and not any(x < a + n and a < y for x, y in spans):
                got.append((a, n, k))
                break
    return got


def marked_copy(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved from a copy of a piece inside a word of the sentence (42名女|职工|和) to a copy of the same piece
    that opens a clause in the same paragraph and is not taken (，|职工|由五指山市…): a salter puts its chunks at
    clause marks, and the word the text holds reads worse cut; the clause-opening copy must read better without it."""
    res, moved = [], False
    for par, spans in zip(paragraphs, out):
        taken = set(spans)
        new = []
        for a, b in spans:
            alt = _clause_copy(par, a, b, taken)
            if alt is not None:
                taken.add(alt)
                new.append(alt)
                moved = True
            else:
                new.append((a, b))
        res.append(sorted(set(new)))
    return res if moved else out


def head_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved from a longer title piece inside a clause (为一线|劳动者送|去: the sentence's own word, read with
    the title's next characters) to a clause-opening copy of its head between the previous span and it (，|劳动|走进):
    a salter puts its chunk at the clause mark, and the copy must read better cut than the span does. Reprints of
    aggregator sites whose salt sits at commas (the jammer pages' kind)."""
    def pick(par: str, q: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        return _head_copy(par, *spans[q], spans[q - 1][1] if q else 0, t.han)
    return _moved_spans(out, paragraphs, pick)


HEAD_GAIN = 4.0  # reading gain (cost units) above which a clause-opening copy of a span's head reads as the chunk


def _head_copy(par: str, a: int, b: int, lo: int, han: str) -> tuple[int, int] | None:
    """The clause-opening copy of a head of par[a:b] (a verbatim title piece of two characters or more) in par[lo:a]
    that head_copies moves the span to, or None: the span is sparse (劳动者送, skipping the title's “夏) and sits inside a
    clause, Han on both sides; the copy does not run on into the title (，武侯|区总工会 is the text naming the title's
    union, and a sparse chunk 武侯总 glued after 司机 is the salter's)."""
    if b - a < 3 or a == 0 or b >= len(par) or left_is_mark(par, a) or not HAN.match(par[a - 1]) or not HAN.match(par[b]) \
            or not HAN_RUN.fullmatch(par[a:b]) or par[a:b] in han:
        return None
    for n in range(b - a - 1, 1, -1):
        head = par[a:a + n]
        for k in _find_all(par, head, lo, a) if head in han else ():
            if k > 0 and par[k - 1] in SUBJECT_MARKS and par[k:k + n + 1] not in han and _piece_gain(par, k, k + n) > HEAD_GAIN:
                return k, k + n
    return None


def _clause_copy(par: str, a: int, b: int, taken: set) -> tuple[int, int] | None:
    """The clause-opening copy of par[a:b] that marked_copy moves the span to, or None: the span must sit inside a
    dictionary word of the sentence (a character before it joins it into one) and not open a clause itself."""
    piece, n = par[a:b], b - a
    if n < 2 or left_is_mark(par, a) or not HAN_RUN.fullmatch(piece) or a == 0 or not _is_word(_simplifier()(par[a - 1:b])):
        return None
    k = par.find(piece)
    while k >= 0:
        if k != a and (k, k + n) not in taken and k > 0 and par[k - 1] in SUBJECT_MARKS and HAN.match(par[k + n:k + n + 1] or "x") \
                and not any(x < k + n and k < y for x, y in taken) and _piece_gain(par, k, k + n) > _piece_gain(par, a, b):
            return k, k + n
        k = par.find(piece, k + 1)
    return None


def _title_range(par: str, spans: list[tuple[int, int]], han: str) -> tuple[int, int] | None:
    """(title offset of the first span's reading, title offset after the last) when the spans read two or more
    title pieces in the title's order, else None."""
    if len(spans) < 2:
        return None
    at, first = 0, None
    for a, b in spans:
        k = han.find(par[a:b], at) if HAN_RUN.fullmatch(par[a:b]) else -1
        if k < 0:
            return None
        first = k if first is None else first
        at = k + b - a
    return first, at


def _leading_run(par: str, han: str, hi: int) -> tuple[list[tuple[int, int]], int] | None:
    """The clause-opening title pieces of ``par`` that tile han[:hi] in order (the first within CARRY_SKIP of the
    title's head, each next within CARRY_SKIP of the one before, the last ending within CARRY_SKIP of ``hi``), and
    the title offset of the first; None when they do not. A piece the text runs on into the title's union or place
    name (,县总|工会工作人员: the clause's subject named in full) is the sentence's, no carried chunk."""
    spans, first, at = [], None, 0
    for i, ch in enumerate(par[:-1]):
        if ch not in SUBJECT_MARKS:
            continue
        got = _title_piece_at(par, i + 1, han, at, CARRY_SKIP, hi)
        if got is not None and not _in_name(par, i + 1, i + 1 + got[0], han):
            n, k = got
            spans.append((i + 1, i + 1 + n))
            first = k if first is None else first
            at = k + n
    if not spans or at < hi - CARRY_SKIP:
        return None
    return spans, first


def _title_piece_at(par: str, j: int, han: str, at: int, skip: int, end: int, whole: bool = False) -> tuple[int, int] | None:
    """(length, title offset) of the longest title piece of two to CARRY_LONGEST characters opening at par[j] that
    takes the title on within ``skip`` characters of offset ``at`` (ending by ``end``) and runs on into a Han
    character; with ``whole``, one that runs on along the title (the title restated, 黎平县总工会走进) is none."""
    for n in range(min(CARRY_LONGEST, len(par) - j - 1), 1, -1):
        piece = par[j:j + n]
        k = han.find(piece, at, min(at + skip + n, end))
        if k >= 0 and HAN_RUN.fullmatch(piece) and HAN.match(par[j + n]) and not (whole and par[j:j + n + 1] in han):
            return n, k
    return None


LIST_JOIN = frozenset("、和及与與")  # what separates or ends the items of a list (困难职工、困难劳模和一线职工)


def list_items(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans without the title words that make a list item parallel to the item before it: the item's head
    repeating the head of the item before the 、 (困难职工、[困难]劳模), or its tail repeating the tail of an
    earlier item of the same clause after 和/、 (困难职工、…和一线[职工]): the sentence's own list, whose items
    share words; a salter's chunk does not fall into such a parallel slot."""
    return _without(out, paragraphs, lambda par, a, b, spans: _parallel_head(par, a, b, spans)
                    or _parallel_tail(par, a, b, spans))


def _parallel_head(par: str, a: int, b: int, spans) -> bool:
    """par[a:b] opens a list item after 、 and the item before ends on the same words plus as many characters
    as follow the span before the next list mark (困难职工、[困难]劳模和)."""
    w = par[a:b]
    if a < 1 or par[a - 1] != "、" or not HAN_RUN.fullmatch(w):
        return False
    rest = HAN_RUNS.match(par, b)
    if rest is None:
        return False
    n = next((k for k in range(1, min(4, len(rest.group())) + 1) if rest.group()[k - 1] in LIST_JOIN), None)
    n = (n - 1) if n is not None else len(rest.group())
    if not 1 <= n <= 3 or (b + n < len(par) and par[b + n] not in LIST_JOIN and par[b + n] not in CLAUSE_MARKS):
        return False
    before = par[:a - 1]
    return (before.endswith(w + before[len(before) - n:]) and HAN_RUN.fullmatch(before[len(before) - n - len(w):])
            and not any(x < a - 1 and a - 1 - n - len(w) < y for x, y in spans))


def _parallel_tail(par: str, a: int, b: int, spans) -> bool:
    """par[a:b] closes a list item after 和/、 (1-3 characters after the joiner) and an earlier item of the same
    clause ends on the same words before a list mark (困难职工、…和一线[职工])."""
    w = par[a:b]
    if not HAN_RUN.fullmatch(w):
        return False
    j = next((k for k in range(a - 1, max(a - 4, 0) - 1, -1) if par[k] in LIST_JOIN), None)
    if j is None or j == a - 1 or not HAN_RUN.fullmatch(par[j + 1:a]):
        return False
    lo = max((k for k in range(j) if par[k] in CLAUSE_MARKS and par[k] != "、"), default=-1) + 1
    k = par.find(w, lo, j)
    while k >= 0:
        if k + len(w) <= j and par[k + len(w)] in LIST_JOIN and not any(x < k + len(w) and k < y for x, y in spans):
            return True
        k = par.find(w, k + 1, j)
    return False


NEIGHBOUR_MIN = 3  # found chunks, tiling a stretch of the title, before seam_neighbours extends the stretch


def seam_neighbours(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A title piece (two to four characters) right after a clause mark that the salter cut next to the page's
    chunks: the found chunks tile a stretch of the title (为苗|族刺|绣女) and the piece is the title's next or
    previous characters (工开 after 绣女, 工会 before 为苗), cut at a place that is no title word boundary on one
    end, opening a clause it does not end, not running on into a word of the sentence, not whole title words
    (为|渔民 提供…) unless a title piece holding it follows at once (工会县总工会), and no level union name
    (县总工会: the text's own short name, see own_unions). Salters that do not
    keep the title's order in a paragraph put these where the chain decoding does not look for them."""
    if not any(out):
        return out
    chunks = {par[a:b] for par, sp in zip(paragraphs, out) for a, b in sp}
    lo, hi = _tiled_stretch(chunks, t.han)
    if lo is None:
        return out
    tb = title_boundaries(t)
    res = []
    for par, spans in zip(paragraphs, out):
        taken = set(spans)
        for k in range(1, len(par) - 2):
            if par[k - 1] not in CLAUSE_MARKS or any(a <= k < b for a, b in taken):
                continue
            for n in (2, 3, 4):
                for s in (hi, lo - n):
                    if s < 0 or par[k:k + n] != t.han[s:s + n] or k + n >= len(par) or par[k + n] in CLAUSE_MARKS:
                        continue
                    if (s in tb and s + n in tb) or _word_across(par, k + n) or UNION_NAME.fullmatch(par[k:k + n]):
                        continue
                    if _whole_tiling(par[k:k + n], t.han, tb) and not _restated_after(par, k, k + n, t.han):
                        continue  # title words the clause opens with (为|渔民 提供…, 职工 只能…)
                    taken.add((k, k + n))
        res.append(sorted(taken))
    return res


def _restated_after(par: str, a: int, b: int, han: str) -> bool:
    """A title piece of three or more characters holding par[a:b] follows it at once (工会|县总工会): the
    word said twice, which real text does not do."""
    return any(par[a:b] in par[b:b + n] and par[b:b + n] in han for n in range(3, MAX_LEN + 2) if b + n <= len(par))


def _tiled_stretch(chunks: set[str], han: str) -> tuple[int | None, int | None]:
    """The longest stretch of the title that NEIGHBOUR_MIN or more of the chunks (verbatim, two or more characters)
    tile with nothing skipped: (start, end), (None, None) when there is none."""
    pos = sorted({(s, s + len(c)) for c in chunks if len(c) >= 2 for s in range(len(han)) if han.startswith(c, s)})
    best = (None, None, 0)
    for s, e in pos:
        n, end = 1, e
        while True:
            nxt = next((e2 for s2, e2 in pos if s2 == end), None)
            if nxt is None:
                break
            n, end = n + 1, nxt
        if n >= NEIGHBOUR_MIN and (best[0] is None or end - s > best[1] - best[0]):
            best = (s, end, n)
    return best[0], best[1]


LONE_GAIN = 2.0  # reading gain (cost units) above which a lone title character at a clause mark, in title order, is salt
LONE_MARGIN = 1.0  # gain by which the lone character taken must beat another copy of it in the same stretch
LONE_MIN = 2     # spans a paragraph must hold before a lone character at a clause mark is taken


def lone_marks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """A lone title character right after a clause mark, in the paragraph's salted chunks' title order (between
    the title ends of the chunks before and after it, or just after the last one), that the sentence reads
    better without (,[山]为户外 between 平顶 and 市总 of 平顶山市总工会): the salter put a one-character chunk
    where it puts most chunks. Only in a paragraph holding two or more found chunks; a character that runs on
    into the title's next characters (,市总工会) is the sentence naming the title's words."""
    res = []
    for par, spans in zip(paragraphs, out):
        if len(spans) < LONE_MIN:
            res.append(spans)
            continue
        placed, lo = [], -1
        for a, b in spans:  # the chunks' title readings, in the paragraph's order
            r = _fits(par[a:b], t.han, lo, len(t.han))
            if r is None:
                break
            placed.append((a, b, r[0], r[-1]))
            lo = r[-1]
        else:
            spans = spans + _lone_at_marks(par, placed, t, segs)
        res.append(sorted(spans))
    return res


def _lone_at_marks(par: str, placed: list[tuple[int, int, int, int]], t: Title, segs: dict | None) -> list[tuple[int, int]]:
    """lone_marks for one paragraph whose chunks have the title readings ``placed`` (start, end, t0, t1)."""
    add = []
    for k, (a, b, t0, t1) in enumerate(placed):
        nxt = placed[k + 1] if k + 1 < len(placed) else None
        end = nxt[0] if nxt else len(par)
        hi = nxt[2] if nxt else t1 + 4
        # one lone chunk per stretch: the one the sentence reads best without; none when another copy of the
        # same character at a clause mark reads about as well without it (，为附近…、为快递员: either may be salt)
        best, where, gains = LONE_GAIN, None, []
        for p in range(b + 1, end):
            if par[p - 1] not in CLAUSE_MARKS or par[p] not in t.where:
                continue
            q = next((q for q in t.where[par[p]] if t1 < q < hi), None)
            if q is None or (q + 1 < len(t.han) and p + 1 < len(par) and par[p + 1] == t.han[q + 1]):
                continue
            if _lone_item(par, p):
                continue
            if not _word_across(par, p + 1):
                gain = lone_gain(par, p, segs)
                gains.append((p, gain))
                if gain > best and not _opens_union(par, p, t.han):
                    best, where = gain, p
        if where is not None and not any(p != where and par[p] == par[where] and g > best - LONE_MARGIN for p, g in gains):
            add.append((where, where + 1))
    return add


ITEM_ENDS = LIST_JOIN | {"等"}  # what follows a list item (顺丰、中通等)


def _lone_item(par: str, p: int) -> bool:
    """par[p], after a list's 、, heads an item that would be one character without it (顺丰、|中|通等平台): list
    items are words, so the character is the item's own."""
    return par[p - 1] == "、" and p + 2 < len(par) and bool(HAN.match(par[p + 1])) and par[p + 2] in ITEM_ENDS


def listed_lones(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """lone_marks for a paragraph holding fewer chunks than it needs: a character another paragraph's salt holds as
    a one-character chunk right after a clause mark, found once after a mark in this paragraph ahead of its first
    chunk, in the title's order, and that the sentence reads better without (,[盐]变电… ,[城]使巡检… before a
    dangling 布会 when another paragraph reads ,盐|盐城… ,城|来自…): the page's chunk list, put in where it puts most
    chunks."""
    lones = {par[a] for par, sp in zip(paragraphs, out) for a, b in sp if b - a == 1 and left_is_mark(par, a)}
    if not lones:
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        if not spans or len(spans) >= LONE_MIN:
            res.append(spans)
            continue
        first = _fits(par[spans[0][0]:spans[0][1]], t.han, -1, len(t.han))
        add, lo = [], -1
        for p in range(1, spans[0][0]) if first is not None else ():
            ch = par[p]
            if ch not in lones or par[p - 1] not in CLAUSE_MARKS:
                continue
            q = next((q for q in t.where[ch] if lo < q < first[0]), None)
            if q is None or sum(par[k] == ch and par[k - 1] in CLAUSE_MARKS for k in range(1, spans[0][0])) > 1 \
                    or q + 1 < len(t.han) and par[p + 1:p + 2] == t.han[q + 1] or _word_across(par, p + 1) \
                    or lone_gain(par, p, segs) <= LONE_GAIN:
                continue
            add.append((p, p + 1))
            lo = q
        res.append(sorted(spans + add) if add else spans)
    return res


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


COUNTED = frozenset("名个位家户人個戶")  # measure words after a number: a noun follows them (56名職工, 42名电焊工)


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


SEAM_MIN = 3  # title chunks a paragraph must show at clause marks, tiling the title, for seam_tiles


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
              for k, w in _mark_windows(par, t.where, HAN) for s in t.where[w[0]] if t.han.startswith(w, s)]
    return [(a, b) for _, a, b in _tiling_chain([(0, *pc) for pc in pieces])]


def _mark_windows(par: str, where: dict, char) -> Iterator[tuple[int, str]]:
    """(k, w) for the windows w of 2-4 characters right after a clause mark at par[k], opening with a character of
    where and all matching char, in paragraph order: the seam pieces seam_tiles and digit_seams read."""
    for m in CLAUSE_MARK.finditer(par, 0, len(par) - 1):  # (the marks found in C, not by a walk over every character)
        k = m.start() + 1
        if par[k] not in where:
            continue
        for n in (2, 3, 4):
            w = par[k:k + n]
            if len(w) == n and all(char.match(ch) for ch in w):
                yield k, w


def digit_seams(paragraphs: list[str], title: str) -> list[list[tuple[int, int]]]:
    """Salt of a title holding a number (a year, a count, 第N届), whose chunk list cuts the number too
    (启动|20|24|年度 from 启动2024年度): per paragraph, SEAM_MIN or more pieces of the title's Han characters and
    digits, each right after a clause mark, tiling a stretch of the title in order, one
    of them cutting the title's number apart (,启动20今年… ,24将… ,年度全年…); the same chain read across the
    page in page order (a salter spreading its list over paragraphs: ,故城|,县总工会 before, ,安康 after), with
    the list's last chunk dangling after a paragraph's final full stop once such a chain is found. The Han-only
    reading misses it (the digits break its chain). Real text quoting a number writes it whole, so a cut number
    at a clause seam tiling the title is the salter's."""
    x = "".join(NUM_TITLE.findall(title or ""))
    if not DIGIT.search(x) or not HAN.search(x):
        return [[] for _ in paragraphs]
    where: dict[str, list[int]] = {}
    for k, ch in enumerate(x):
        where.setdefault(ch, []).append(k)
    # title indices inside a number where a piece may not start or end without cutting it
    inner = {k for k in range(1, len(x)) if DIGIT.match(x[k - 1]) and DIGIT.match(x[k])}
    pieces = [_seam_pieces(par, x, where) for par in paragraphs]
    out = [[(a, b) for _, a, b in _tiling_chain([(0, *pc) for pc in ps], inner)] for ps in pieces]
    # a salter spreading one chunk list over several paragraphs: the chain read across the page, in page order
    page = _tiling_chain([(pi, *pc) for pi, ps in enumerate(pieces) for pc in ps], inner)
    out = _with_splits(out, [[(a, b) for qi, a, b in page if qi == pi] for pi in range(len(paragraphs))])
    if page:  # and the list's last chunk, dangling after a paragraph's final full stop (…参加。动)
        out = _with_splits(out, [_dangling_tail(par, x) for par in paragraphs])
    return out


def _dangling_tail(par: str, x: str) -> list[tuple[int, int]]:
    """The title's last 1-4 characters dangling after the paragraph's final full stop, as a span, for digit_seams."""
    end = len(par.rstrip())
    n = next((n for n in range(4, 0, -1) if end > n and par[end - n - 1] in SENTENCE_END
              and x.endswith(par[end - n:end])), 0)
    return [(end - n, end)] if n else []


def _seam_pieces(par: str, x: str, where: dict) -> list[tuple[int, int, int, int]]:
    """Pieces (start, end, title start, title end) of 2-4 of the title's Han characters and digits right after a
    clause mark, that the sentence does not run on with the title's next character, for digit_seams."""
    pieces = []
    for k, w in _mark_windows(par, where, NUM_TITLE):
        n = len(w)
        # (a piece the sentence runs on with the title's next character is a prefix of a longer
        # verbatim stretch, ,2024年度 written whole; one it runs on with another digit is another
        # number, ,2023年 under a title with 2024: neither is a cut of the number)
        if k + n < len(par) and DIGIT.match(par[k + n]) and DIGIT.match(w[-1]):
            continue
        pieces.extend((k, k + n, s, s + n) for s in where[w[0]] if x.startswith(w, s)
                      and not (k + n < len(par) and s + n < len(x) and par[k + n] == x[s + n]))
    return pieces


def _tiling_chain(pieces: list[tuple[int, int, int, int, int]], inner: set[int] | None = None) -> list[tuple[int, int, int]]:
    """The longest chain of pieces (paragraph, start, end, title start, title end), in page order, tiling the
    title (with one of them cutting its number when ``inner``, the title indices inside a number, is given), as
    (paragraph, start, end); [] under SEAM_MIN pieces. Shared by seam_tiles and digit_seams."""
    best: dict[int, list] = {}  # the longest chain ending with each piece
    for i, pc in enumerate(pieces):
        prev = [best[j] for j in range(i) if (pieces[j][0], pieces[j][2]) <= (pc[0], pc[1]) and pieces[j][4] == pc[3]]
        best[i] = max(prev, key=len, default=[]) + [pc]
    chains = [c for c in best.values()
              if len(c) >= SEAM_MIN and (inner is None or any(pc[3] in inner or pc[4] in inner for pc in c))]
    chain = max(chains, key=len, default=[])
    # its last piece read at its longest where it stands (,新就业工作人员: 新就业, not 新就 leaving 业 to the text)
    chain = max((c for c in chains if c[:-1] == chain[:-1] and c[-1][:2] == chain[-1][:2]), key=lambda c: c[-1][2],
                default=chain)
    return [(pi, a, b) for pi, a, b, _, _ in chain]


DOUBLED_MIN = 3  # shortest title piece whose doubling alone is salt (two characters double by chance: 免费健康|健康体检进)


def doubled_spans(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A verbatim piece of the title of DOUBLED_MIN or more characters written twice in a row right after a
    clause mark (,舞钢市舞钢市总工会, 、市总工会市总工会主席): the salter put a chunk before the sentence's own
    copy of the same words, which real text never doubles; the first copy is the salt. A two-character piece counts
    when its second copy runs on along the title (，清原|清原县总工会: the sentence's own name after a cut chunk)."""
    out: list[list[tuple[int, int]]] = []
    for par in paragraphs:
        found = []
        # both copies are title characters after a clause mark: a memoised run of title characters opening after
        # the mark holds them (no scan of the paragraph for doubled text)
        for k, e in _title_chars(par, t.han):
            if k == 0 or e - k < 5 or par[k - 1] not in CLAUSE_MARKS:
                continue
            n = next((n for n in range(MAX_LEN, 1, -1)
                      if par[k:k + n] == par[k + n:k + 2 * n] and par[k:k + n] in t.han
                      and (n >= DOUBLED_MIN or par[k + n:k + 2 * n + 1] in t.han)), 0)
            if n:
                found.append((k, k + n))
        out.append(found)
    return out


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


SEAM_PIECE = 4    # Han characters a whole-word title piece needs for seam_repeats
SEAM_REPEATED = 3  # distinct such pieces a page must show at clause seams in two paragraphs each


def seam_repeats(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Salt of long whole-word title pieces put in no title order (mirror sites pasting 铜鼓县总工会, “法援+调解”,
    追回欠薪 after random commas): a piece of the title's text (quotes, digits and all) of four or more Han
    characters on the title's word boundaries, opening a clause it does not end, is salt when three or more
    distinct such pieces each open clauses in two or more paragraphs; a piece seen once is taken on such a page
    when it holds one of the repeated pieces (为农民工追回欠薪86万元 beside 追回欠薪). A bare level union name
    (县总工会) is the text's own short name and never counts. Real text restating the title opens a clause with
    one of its phrases now and then, not three phrases over and over."""
    out: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 2 * SEAM_PIECE:
        return out
    tb = title_boundaries(t)
    found = [(pi, a, b, par[a:b]) for pi, par in enumerate(paragraphs) for a, b in _seam_pieces_at(par, t, tb)]
    where: dict[str, set[int]] = {}
    for pi, _, _, x in found:
        where.setdefault(x, set()).add(pi)
    rep = {x for x, ps in where.items() if len(ps) >= 2}
    if len(rep) < SEAM_REPEATED:
        return out
    for pi, a, b, x in found:
        if x in rep or any(r in x for r in rep):
            out[pi].append((a, b))
    return [sorted(sp) for sp in out]


# A piece opens with a Han character or a quote (_balanced) right after a clause mark: a title character there
# followed by another one starts one of the paragraph's memoised runs of title characters; the other starts
# (a quote, or a Han character before a digit or quote) are found by one shared pattern.
# (The mark is matched, not looked behind at: a lookbehind is tried at every offset of the paragraph.)
SEAM_OTHER = lazyrx.cached(r"[,;:!?。、\uff0c\uff1b\uff1a\uff01\uff1f](?:[“「]|\p{Han}(?!\p{Han}))")


def _seam_starts(par: str, t: Title) -> list[int]:
    """The offsets k (1 <= k < len(par) - 1) right after a clause mark where a seam_repeats piece can start, in
    order (the same answers as a walk over every character, without the walk)."""
    n = len(par)
    ks = {a for a, _ in _title_chars(par, t.han) if a > 0 and par[a - 1] in CLAUSE_MARKS}
    ks.update(m.start() + 1 for m in SEAM_OTHER.finditer(par) if par[m.start() + 1] in t.text)
    return sorted(k for k in ks if 1 <= k < n - 1)


def _by_text(fn):
    """``fn(par, t, tb)`` kept by paragraph text under one title: the page rules read a page and then its cut
    copy (salt_spans' checks, the pipeline's second pass), which shares most of its paragraph texts."""
    memo: dict[tuple, tuple] = {}

    def cached(par: str, t: Title, tb: frozenset[int]) -> list[tuple[int, int]]:
        key = (par, t.text, tb)
        got = memo.get(key)
        if got is None:
            if len(memo) > PIECES_KEPT:
                memo.clear()
            got = memo[key] = tuple(fn(par, t, tb))
        return list(got)

    cached.__doc__ = fn.__doc__
    return cached


PIECES_KEPT = 20_000  # paragraph texts each _by_text cache holds at most


@_by_text
def _seam_pieces_at(par: str, t: Title, tb: frozenset[int]) -> list[tuple[int, int]]:
    """The longest whole-word title text pieces (seam_repeats) right after a clause mark, running on into the clause."""
    res = []
    for k in _seam_starts(par, t):
        best = None
        # (a piece shorter than SEAM_PIECE holds too few Han characters; its title test is implied by a longer one's)
        for e in range(k + SEAM_PIECE, min(len(par), k + 3 * MAX_LEN)):
            piece = par[k:e]
            if piece not in t.text:
                break
            han = "".join(HAN.findall(piece))
            if (len(han) >= SEAM_PIECE and par[e] not in CLAUSE_MARKS and _balanced(piece)
                    and _on_bounds(han, t.han, tb) and not UNION_NAME.fullmatch(han)):
                best = e
        if best is not None:
            res.append((k, best))
    return res


ODD_LEFT = frozenset("；：;:、“")  # seams where a mirror site's pasted title piece opens what follows
ODD_PIECE = 4  # Han characters and digits a piece after such a seam needs
ODD_MIN = 3  # distinct pasted pieces a page must show at these seams
HEADING = lazyrx.cached(r"[一二三四五六七八九十]{1,3}、")


def _odd_marks(par: str, t: Title) -> list[int]:
    """Offsets of the marks where odd_seams looks for a piece: a mark right before a run of two or more title
    characters, a closing quote right after one, and the marks before an opening quote (the paragraph's runs are
    memoised by the gates, so a page's many list marks are not walked one by one)."""
    n, marks = len(par), set()
    for a, b in _title_chars(par, t.han):
        if a > 0 and par[a - 1] in ODD_LEFT:
            marks.add(a - 1)
        if b < n and par[b] == "”":
            marks.add(b)
    q = par.find("“")
    while q >= 0:
        if q + 1 < n and par[q + 1] == "“":
            marks.add(q)  # a quote opened twice: the piece starts at the second one
        if q > 0 and par[q - 1] in ODD_LEFT:
            marks.add(q - 1)  # a piece opening with a quote (：“工匠学院”我们)
        q = par.find("“", q + 1)
    return sorted(marks)


def odd_seams(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Salt of whole-word title pieces pasted at seams the comma-cutting salter does not use (mirror sites): right
    after ；, ：, 、 or an opening quote and running on into the clause (；产业工人入学学员, “滕州市总工会理论+实操),
    right before a closing quote inside a longer quotation (“技术大拿结果揭晓”), or ending a short numbered
    heading (一、聚焦重点产业选树活动). Real text opens a clause with a title phrase now and then; three or more
    distinct such pieces on one page are salt. A bare level union name (县总工会) never counts."""
    out: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 2 * ODD_PIECE:
        return out
    tb = title_boundaries(t)
    found = [(pi, a, b) for pi, par in enumerate(paragraphs) for a, b in _odd_pieces(par, t, tb)]
    if len({paragraphs[pi][a:b] for pi, a, b in found}) < ODD_MIN:
        return out
    for pi, a, b in found:
        out[pi].append((a, b))
    return [_disjoint(sorted(sp)) for sp in out]


def _odd_piece_ok(piece: str, t: Title, tb: frozenset[int], least: int) -> bool:
    """The piece is title text on the title's word boundaries, opening with a Han character, a digit or a quote and
    closing the quotes it opens, with enough Han characters and digits."""
    if len(piece) < least or not _quotes_closed(piece):
        return False  # (cheap tests first: the loops ask for every prefix of a seam's title text)
    if NUM_TITLE.match(piece) is None and piece[0] not in "“「":
        return False
    han = "".join(HAN.findall(piece))
    return (len(NUM_TITLE.findall(piece)) >= least and len(han) >= 2 and _in_title_text(piece, t.text)
            and _on_bounds(han, t.han, tb) and not UNION_NAME.fullmatch(han))


QUOTES = "“”「」‘’\""


@lru_cache(maxsize=64)
def _unquoted(text: str) -> str:
    """The title's text without its quotation marks (the salter pastes 工匠学院开班 from “工匠学院”开班)."""
    return text.translate({ord(q): None for q in QUOTES})


def _in_title_text(piece: str, text: str) -> bool:
    """The piece is the title's text as written, or, holding no quotation mark, as written without its quotes."""
    return piece in text or not any(q in piece for q in QUOTES) and piece in _unquoted(text)


@_by_text
def _odd_pieces(par: str, t: Title, tb: frozenset[int]) -> list[tuple[int, int]]:
    """odd_seams's pieces in one paragraph."""
    res = []
    m = HEADING.match(par)
    if m and len(par) <= 30 and not any(c in SENTENCE_END or c in CLAUSE_MARKS for c in par[m.end():]):
        end = len(par.rstrip())
        best = None
        for a in range(end - 2, m.end() + 3, -1):  # the heading keeps four characters of its own
            if par[a:end] not in t.text:
                break
            if _odd_piece_ok(par[a:end], t, tb, 2):
                best = a
        if best is not None:
            res.append((best, end))
    n, text = len(par), t.text
    for p in _odd_marks(par, t):
        k = p + 1
        # after ；：、 (not a heading's number), or a quote opened twice (““工匠学院”我们): real quotations open
        # with the title's phrases all the time, so a single opening quote is no seam
        left = k < n - 1 and par[k] in text and (par[p] in ODD_LEFT and not (m and k == m.end()) if par[p] != "“"
                                                 else par[k] == "“")
        if left and par[k] not in CLAUSE_MARKS:
            best = None
            for e in range(k + 2, min(n, k + 3 * MAX_LEN)):
                if not _in_title_text(par[k:e], t.text):
                    break
                if par[e] not in CLAUSE_MARKS and par[e] not in CLOSERS and _odd_piece_ok(par[k:e], t, tb, ODD_PIECE):
                    best = e
            # the sentence goes on with its own words: text continuing the title is a restatement of it
            if best is not None and not _in_title_text(par[k:best + 1], t.text):
                res.append((k, best))
        k = p
        if par[k] == "”" and 1 <= k < n - 1 and par[k - 1] in text and par[k - 1] not in CLOSERS:
            o = par.rfind("“", 0, k)
            if o < 0:
                continue
            best = None
            for a in range(k - 2, o + 2, -1):  # the quotation keeps two characters of its own
                if par[a:k] not in t.text:
                    break
                if HAN.match(par[a]) and _odd_piece_ok(par[a:k], t, tb, ODD_PIECE):
                    best = a
            if best is not None and par[o + 1:k] not in t.text and par[best - 1:k] not in t.text:
                res.append((best, k))
    return sorted(res)


def _balanced(piece: str) -> bool:
    """The piece opens with a Han character or a quote and closes every quote it opens (“法援+调解”, not “法援)."""
    return (HAN.match(piece[0]) is not None or piece[0] in "“「") and _quotes_closed(piece)


def _quotes_closed(piece: str) -> bool:
    """As many closing as opening quotation marks of each kind in the piece (a pasted title piece is whole)."""
    return piece.count("“") == piece.count("”") and piece.count("「") == piece.count("」")


def _with_doubled(out: list[list[tuple[int, int]]], paragraphs: list[str], title: str, memo: Memo) -> list[list[tuple[int, int]]]:
    """The spans with the doubled title pieces and the cut-number chains (digit_seams) added, when the result is
    still a fixed point of the reading."""
    t = prepare_title(title or "")
    if len(t.han) < 4:
        return out
    return _joined_if_fixed(out, paragraphs, title, t, memo, PAGE_RULES)


def _joined_if_fixed(out: list[list[tuple[int, int]]], paragraphs: list[str], title: str, t: Title, memo: Memo,
                     rules) -> list[list[tuple[int, int]]]:
    """The spans with the page-wide ``rules``' spans added, when the page cut by them is a fixed point: the reading
    and the rules themselves find nothing more on it (cutting a chain can open new seams); else ``out``."""
    extra = reduce(_with_splits, [rule(paragraphs, t) for rule in rules])
    if not any(extra):
        return out
    both = _with_splits(out, extra)
    if both == out:
        return out
    cut = [_cut(par, sp) for par, sp in zip(paragraphs, both)]
    if any(_salt_once(title, cut, memo=memo)) or any(any(rule(cut, t)) for rule in rules):
        return out
    return both


def _title_digit_seams(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """digit_seams for a prepared title (it reads the title's text, digits and all)."""
    return digit_seams(paragraphs, t.text)


def dangling_ends(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Two to MAX_LEN title characters left dangling after a paragraph's final sentence end (…获得二等奖。大賽), read
    as one verbatim title piece or two (表|宜宾市总): a salter's last chunk, put after the closing mark; real text
    does not leave an unpunctuated scrap of the title after its last sentence."""
    out: list[list[tuple[int, int]]] = []
    for par in paragraphs:
        end = len(par.rstrip())
        k = end
        while k > 0 and par[k - 1] in t.where:
            k -= 1
        run = par[k:end]
        ok = (k > 0 and par[k - 1] in SENTENCE_END and 2 <= len(run) <= MAX_LEN and HAN_RUNS.fullmatch(run) is not None
              and any(run[:m] in t.han and run[m:] in t.han for m in range(1, len(run) + 1)))
        out.append([(k, end)] if ok else [])
    return out


#: The page-wide rules whose spans _with_doubled joins to the reading's (in this order) and asks of the cut page.
PAGE_RULES = (doubled_spans, _title_digit_seams, seam_repeats, odd_seams, dangling_ends)
HIGHER_PLACE = frozenset("省市州盟")


def place_names(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans that are the title's whole place name (鼓楼区) written as part of a longer proper name of the
    sentence are kept: after the higher level place (徐州市|鼓楼区) or before its union (鼓楼区|总工会). The salter
    inserts chunks between words, so a copy there would double the place, which these do not."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = []
        for a, b in spans:
            text = par[a:b]
            if (b - a >= 2 and text[-1] in PLACE_SUFFIX and text in t.han and _on_bounds(text, t.han, title_boundaries(t))
                    and (a > 0 and par[a - 1] in HIGHER_PLACE or ORG_AFTER.match(par, b))):
                continue
            if _bare_place_in_name(par, a, b, t) or _company_name(par, a, b, t):
                continue
            kept.append((a, b))
        res.append(kept)
    return res


FIRM_WORDS = 3  # Han characters a firm's full name writes between the title's short name and its legal form (工具)


def _full_firm(par: str, a: int, b: int, starts: list[int], han: str) -> bool:
    """The verbatim title piece par[a:b] sits inside the firm's full name that the title writes short (company sites:
    株洲|南方合金|工具有限公司工会 for the title's 南方合金|公司工会): a Han character before it, a few more after it and
    then a legal form (有限公司, 股份…, 集团), while the title goes on after the piece with a name ending. A salter puts
    its chunks between the sentence's words, not inside a name that runs on into its legal form."""
    if a == 0 or not HAN.match(par[a - 1]) or not any(_org_end(han, s + b - a) for s in starts):
        return False
    for k in range(b, min(len(par), b + FIRM_WORDS + 1)):
        if par.startswith(LEGAL_FORMS, k) and _org_end(par, k):
            return True
        if not HAN.match(par[k]):
            return False
    return False


LEGAL_FORMS = ("有限", "股份", "控股", "集团", "集團")


def _company_name(par: str, a: int, b: int, t: Title) -> bool:
    """The span is a verbatim title piece that is part of a company's name which the title names too: its own
    words before the name's ending (金岭电力|有限公司, see names_org), or the ending that closes the title's company
    word (公司 of 电力公司) opening a clause and running on into the company's union (公司|工会: the company's own
    union, in its short form). The sentence's subject."""
    text = par[a:b]
    if b - a < 2 or text not in t.han:
        return False
    starts = [s for s in t.where[text[0]] if t.han.startswith(text, s)]
    if names_org(par, a, b, starts, t.han) or _full_firm(par, a, b, starts, t.han):
        return True
    tb = title_boundaries(t)
    return (ORG_END.fullmatch(text) is not None and _org_end(par, a) > b - a and any(s + b - a in tb for s in starts)
            and (a == 0 or par[a - 1] in CLAUSE_MARKS or not HAN.match(par[a - 1])))


# provincial-level short names: a company or body named after its province and city (湖南|冷水江|锑都有限公司)
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")


def _bare_place_in_name(par: str, a: int, b: int, t: Title) -> bool:
    """The span is the title's place name without its level suffix (冷水江 of 冷水江市), written right after a
    province name and running on into more Han characters: part of a longer proper name (湖南冷水江锑都有限公司),
    where a salter, which puts chunks between words, would not leave a province before it."""
    text = par[a:b]
    if b - a < 2 or b >= len(par) or not HAN.match(par[b]) or not any(par.endswith(p, 0, a) for p in PROVINCES):
        return False
    tb = title_boundaries(t)
    return any(s in tb and t.han.startswith(text, s) and s + b - a < len(t.han) and t.han[s + b - a] in PLACE_SUFFIX
               for s in t.where.get(text[0], ()))


def clause_bound(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Removals that sit where the salter does not put chunks are the sentence's own words: a span right
    before a clause mark (salt goes after marks, between two words, or after the final full stop), and a
    paragraph's last span when it is a whole title word between two Han characters that no other paragraph
    shows and that does not go on from the span before it in the title (达成|就业|意向 after 送岗 of
    春送岗位促就业, 培养高|技能|人才): real text restating the title, with none of salt's marks -- no clause
    boundary, no repetition, no cut, no chunk sequence."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    texts = [{par[a:b] for a, b in sp} for par, sp in zip(paragraphs, out)]
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        kept = [(a, b) for a, b in spans if not (b < len(par) and par[b] in CLAUSE_MARKS)]
        if kept and _restated_last(par, kept, t, tb) and not any(
                par[kept[-1][0]:kept[-1][1]] in x for qi, x in enumerate(texts) if qi != pi):
            kept.pop()
        res.append(kept if len(kept) != len(spans) else spans)
    return res


def dangling_twins(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A paragraph's dangling chunk (removed after its final sentence mark) taken out a second time where the
    salter put it first: some salters put the list's last chunk at its place in the list, right after a clause
    mark, and again after the paragraph's last full stop (…[线户]毛巾、劳动者防暑药品等慰问品。[劳动者]). The copy
    looked for sits after the paragraph's previous removal, goes on from it in the title (at most two title
    characters skipped), opens a clause inside a sentence (after a comma or 、, not a full stop: a sentence's
    subject restates title words, 。驿站面积…) and runs on into no word of the sentence; the first such copy is taken."""
    if not any(out):
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        twin = _dangling_twin(par, spans, t) if len(spans) >= 2 else None
        res.append(sorted(spans + [twin]) if twin else spans)
    return res


def _dangling_twin(par: str, spans: list[tuple[int, int]], t: Title) -> tuple[int, int] | None:
    """The span of the earlier copy of the paragraph's dangling chunk, for dangling_twins; None when none."""
    a, b = spans[-1]
    text = par[a:b]
    if b - a < 2 or not HAN_RUN.fullmatch(text) or not _dangling(par, a, b):
        return None
    p0, p1 = spans[-2]
    prev = par[p0:p1]
    ends = _reading_ends(prev, t)
    if not ends or not any(0 <= r[0] - e - 1 <= 2 for r in readings(text, t) for e in ends):
        return None  # the dangling chunk does not go on from the one before it in the title
    k = par.find(text, p1, a)
    while k >= 0:
        e = k + len(text)
        if (k > 0 and par[k - 1] in CLAUSE_MARKS and par[k - 1] not in SENTENCE_END and not right_is_mark(par, e) and par[e:e + 1] not in BOUND_SUFFIX
                and not _word_across(par, e) and not _verbatim_ext(par, k, e, t.text)):
            return k, e
        k = par.find(text, k + 1, a)
    return None


def _reading_ends(text: str, t: Title) -> set[int]:
    """The title positions where the readings of a Han fragment end (empty for a fragment with other characters):
    what a following chunk must go on from."""
    return {r[-1] for r in readings(text, t)} if HAN_RUN.fullmatch(text) else set()


def _restated_last(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> bool:
    """The last span is whole title words inside a clause (Han on both sides), cut across none of the
    places where the title puts digits or quotes, and no tight continuation of the span before it."""
    a, b = spans[-1]
    text = par[a:b]
    if a == 0 or b >= len(par) or not HAN.match(par[a - 1]) or not HAN.match(par[b]) or not HAN_RUN.fullmatch(text):
        return False
    gaps = _gaps(t.text)
    starts = [s for s in t.where.get(text[0], ()) if t.han.startswith(text, s)
              and s in tb and s + len(text) in tb and not any(s < g < s + len(text) for g in gaps)]
    if not starts:
        return False
    if len(spans) >= 2:
        prev = par[spans[-2][0]:spans[-2][1]]
        ends = _reading_ends(prev, t)
        if any(s - 1 in ends for s in starts):
            return False
    return True


def evidenced(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The removals of the paragraphs that show salt, others left untouched: real text restates the title's
    whole words in the title's order all the time (西秀区总工会…蜡染…技艺…职工), so a paragraph's removals
    stand only on a fragment cut where real text does not cut (``cut_evidence``) or on a fragment sequence
    that another paragraph repeats (the salter reuses one chunk list on the page)."""
    if not any(out):
        return out
    out = own_unions(out, paragraphs, t)
    tb = title_boundaries(t)
    texts = [[par[a:b] for a, b in sp] for par, sp in zip(paragraphs, out)]
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        if spans and not cut_evidence(par, spans, t, tb) and not tiles_head(texts[pi], t) and not any(
                qi != pi and texts[qi] and _common(texts[pi], texts[qi]) >= 2 for qi in range(len(out))):
            spans = []
        res.append(spans)
    return res


LIST_MARKS = frozenset("、")  # a list's separator: a union name after it is an item, no clause's subject
SUBJECT_MARKS = CLAUSE_MARKS - LIST_MARKS  # the marks after which a union name may be a clause's subject


def own_unions(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Removals that are exactly a level union name (县总工会) opening a clause are the sentence's subject when
    the page names the union so in running text elsewhere (a paragraph opening 县总工会女职工委员会主任…): the
    text's usual short name of the title's organisation in its subject slot (据了解，县总工会今年计划…), not a
    salter's chunk. Not when another paragraph loses the same name after a clause mark (the salter's chunk list
    repeats; a name opening a paragraph is its subject and counts for neither) or when
    the paragraph's removal before it is the title's chunk right before the name (东城|区总工会: the chunk sequence)."""
    lost: dict[str, set[int]] = {}  # each removal's text -> the paragraphs that lose it after their start
    for qi, (q, sp) in enumerate(zip(paragraphs, out)):
        for x, y in sp:
            if x > 0:
                lost.setdefault(q[x:y], set()).add(qi)
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        kept = []
        for k, (a, b) in enumerate(spans):
            name = par[a:b]
            if (not (k and par[spans[k - 1][0]:spans[k - 1][1]] + name in t.han) and UNION_NAME.fullmatch(name)
                    and (a == 0 or par[a - 1] in SUBJECT_MARKS) and b < len(par) and HAN.match(par[b])
                    and _named_elsewhere(name, pi, (a, b), paragraphs, out)
                    and (a == 0 or not lost.get(name, set()) - {pi})):
                continue
            kept.append((a, b))
        res.append(kept)
    return res


def _named_elsewhere(name: str, pi: int, span: tuple[int, int], paragraphs: list[str], out) -> bool:
    """The union name occurs on the page outside every removal, other than at span of paragraph pi."""
    for qi, par in enumerate(paragraphs):
        x = par.find(name)
        while x >= 0:
            y = x + len(name)
            if (qi, (x, y)) != (pi, span) and not any(a < y and x < b for a, b in out[qi]):
                return True
            x = par.find(name, x + 1)
    return False


def tiles_head(texts: list[str], t: Title) -> bool:
    """Three or more fragments, in order, cut the title from its first character into consecutive chunks
    with nothing skipped (凝聚|职工|力量|助创): the salter's cut. Real text restating the title in order
    skips its small words (让, 在, 为) or keeps its head words together."""
    if len(texts) < 3:
        return False
    pos = 0
    for text in texts:
        r = next((r for r in readings(text, t) if r[0] == pos), None)
        if r is None:
            return False
        pos = r[-1] + 1
    return True


def cut_evidence(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> bool:
    """Some removed fragment is salt by its shape, read in the paragraph with every removed fragment cut out:
    title characters dangling after the final sentence mark, a verbatim title piece cut inside a title word
    and not running on into a word of the sentence (市盘, 北区总工会 from 渝北区), or title characters with
    some skipped that make no word and stand apart from the sentence's words (岗总开展秋)."""
    removed = {k for a, b in spans for k in range(a, b)}
    simp = _simplifier()
    for a, b in spans:
        text = par[a:b]
        left = "".join([par[k] for k in range(max(0, a - 8), a) if k not in removed]).rstrip()[-2:]
        right = "".join([par[k] for k in range(b, min(len(par), b + 8)) if k not in removed])
        if not par[b:].strip() or not right.strip() and b + 8 >= len(par.rstrip()):
            k = len(left)
            while k > 0 and left[k - 1] in CLOSERS:
                k -= 1
            if k > 0 and left[k - 1] in SENTENCE_END:
                return True  # dangling after the last full stop (one character is enough: 。工)
        right = right[:2]
        if b - a < 2 or not HAN_RUN.fullmatch(text):
            continue
        ctx, i, j = left + text + right, len(left), len(left) + len(text)
        if text in t.han:
            if (b - a == 2 and not left_is_mark(ctx, i) and _alone_run(par, a, b, t.where, removed)
                    and _is_word(simp(text))):
                # a two-character word standing alone inside a clause, no title character or removal beside it
                # (开展海上救生, against the title's 送上海|上安全): the sentence's word too often; salt chunks
                # mostly sit beside other title characters (合会|余名)
                continue
            starts = [s for s in t.where[text[0]] if t.han.startswith(text, s)]
            if not any(_restates(s, s + len(text), t.han, tb) for s in starts) and not glued(ctx, i, j, starts, tb):
                return True
        elif readings(text, t, 1) and not _is_word(simp(text)):
            if len(text) >= 3 and (_alone_cost(simp(text)) >= ODD_COST or _cut_piece(text, t, tb)):
                return True  # loose title characters with some skipped (市春岗促就), or a cut piece in it (力量|明城)
            if left_is_mark(ctx, i) and not _word_across(ctx, i) and not _word_across(ctx, j):
                return True  # two characters only after a mark: mid-clause they read as a word too often (制|茶工)
    return False


def _alone_run(par: str, a: int, b: int, where: dict, removed: set[int]) -> bool:
    """par[a:b] is inside the paragraph with neither a title character nor a removal right before or after it."""
    return (a > 0 and b < len(par) and par[a - 1] not in where and par[b] not in where
            and a - 1 not in removed and b not in removed)


def _cut_piece(text: str, t: Title, tb: frozenset[int]) -> bool:
    """Some maximal verbatim title piece of two or more characters in the text is not a restatement."""
    for i, j, starts in _verbatim_in(text, 0, len(text), t.han, t.where):
        if not any(_restates(s, s + j - i, t.han, tb) for s in starts):
            return True
    return False


def _restates(s: int, e: int, han: str, tb: frozenset[int]) -> bool:
    """The title piece han[s:e] is how real text restates the title: whole title words, a level union name
    (区总工会), a title word's dictionary-word tail (工会 from 总工会) or a place name's short form (西秀 from
    西秀区, 石景山 from 石景山区). A word's head otherwise is a cut (石景, 总工, 州市 from 兰州市 is not a head)."""
    if s in tb and e in tb or s + 1 in tb and e in tb and e - s >= 4:
        return True
    ws = max((b for b in tb if b <= s), default=0)
    we = min((b for b in tb if b >= e), default=len(han))
    if any(s < b < e for b in tb):
        return False
    if e == we:
        return _is_word(_simplifier()(han[s:e]))
    return s == ws and we - e == 1 and han[e] in PLACE_SUFFIX


def _alone_cost(text: str) -> float:
    """Best segmentation cost per character of a (simplified) string on its own."""
    return Segmenter(text).f[len(text)] / len(text)


EDGE_GAIN = 1.5  # reading gain (cost units) above which a title character left touching a removed chunk is salt


def trim_leftovers(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title,
                   segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """On a page found salted, the pieces of title chunks the readings left: title characters dangling
    after a paragraph's final sentence mark (the salter's last chunk, often one character: ...十件实事。事),
    and a title character left touching a removed chunk that continues it in the title (批名|一, 举|办:
    the chunk was read shorter than it was put) when removing it does not make the sentence read worse."""
    if not any(out):
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        idx = {k for a, b in spans for k in range(a, b)}
        tail = dangling_tail(par, idx, t)
        if tail is not None:
            idx.update(range(*tail))
        if spans:
            idx.update(touching(par, idx, t, segs))
        res.append(_as_spans(idx) if len(idx) != sum(b - a for a, b in spans) else spans)
    return res


def dangling_tail(par: str, idx: set[int], t: Title) -> tuple[int, int] | None:
    """The span of title characters (in the title's order, at most MAX_LEN - 1) that ends the paragraph,
    once the removed offsets ``idx`` are left out, right after its final sentence mark."""
    end = len(par.rstrip())
    while end > 0 and end - 1 in idx:
        end -= 1
        while end > 0 and par[end - 1].isspace():
            end -= 1
    k = end
    while k > 0 and par[k - 1] in t.where and k - 1 not in idx:
        k -= 1
    if k == end or end - k >= MAX_LEN:
        return None
    j = k
    while j > 0 and (par[j - 1].isspace() or j - 1 in idx):
        j -= 1
    while j > 0 and par[j - 1] in CLOSERS:
        j -= 1
    if j == 0 or par[j - 1] not in SENTENCE_END or not readings(par[k:end], t, 1):
        return None
    return k, end


def touching(par: str, idx: set[int], t: Title, segs: dict | None = None) -> list[int]:
    """Offsets of single title characters right after (or before) a removed run that continue the run's
    title reading by one character, and whose removal does not make the sentence read worse."""
    out = []
    han = t.han
    for a, b in _as_spans(idx):
        text = par[a:b]
        if not HAN_RUN.fullmatch(text):
            continue
        rs = readings(text, t)
        for p, q in ((b, 1), (a - 1, -1)):
            if not (0 <= p < len(par)) or p in idx or par[p] not in t.where:
                continue
            # the title position the character would take, for each reading that it continues
            at = [r[-1] + 1 if q > 0 else r[0] - 1 for r in rs]
            at = [x for x in at if 0 <= x < len(han) and han[x] == par[p]]
            if not at:
                continue
            # the text goes on with the title beyond it: a restatement of the title (于都县总|工会党组), not a cut
            nxt = p + q
            if 0 <= nxt < len(par) and any(0 <= x + q < len(han) and han[x + q] == par[nxt] for x in at):
                continue
            if outer_word(par, p, q):
                continue  # it makes a word with the sentence on its other side (职|工 before a chunk 会开)
            if lone_gain(par, p, segs) > EDGE_GAIN:
                out.append(p)
    return out


def outer_word(par: str, p: int, q: int) -> bool:
    """The character at p makes a dictionary word of two or three characters with the text on the side
    away from the chunk it touches (q = 1: the chunk is on its left, so the text on its right)."""
    get, simp = _model()[0].get, _simplifier()
    for n in (2, 3):
        a, b = (p, p + n) if q > 0 else (p - n + 1, p + 1)
        if a >= 0 and b <= len(par) and get(simp(par[a:b])):
            return True
    return False


def lone_gain(par: str, p: int, segs: dict | None = None) -> float:
    """How much better (in cost units) the Han run around offset p reads without the character at p."""
    return _piece_gain(par, p, p + 1, segs)
#: A union named by its level word (基层工会, 街道工会, 各级工会, (街道)工会 of 各乡镇(街道)工会负责人): the body's own way of
#: naming the unions below the title's, kept whole as keep_unions keeps 市总工会.
LEVEL_UNION = lazyrx.cached(r"(?:基[层層]|街道|[乡鄉][镇鎮]|社[区區]|各[级級]|[)）])工[会會]")


def _han_piece(text: str, han: str) -> bool:
    """The text is a contiguous piece of the title's Han characters."""
    return text in han


def keep_unions(out: list[list[tuple[int, int]]], paragraphs: list[str], han: str) -> list[list[tuple[int, int]]]:
    """Spans cut back so that a level union name (市总工会) of the sentence stays whole: a span that is
    not a verbatim piece of the title (平顶|市总工会, a chunk glued before the name) or that takes part of
    the name leaves it standing; a span that is exactly the name, or a title piece holding it, stays."""
    res = []
    for par, spans in zip(paragraphs, out):
        names = [m.span() for m in UNION_NAME.finditer(par)]
        kept = []
        for a, b in spans:
            for x, y in names:
                if a < x < b < y and HAN_RUN.fullmatch(par[a:b]) and _han_piece(par[a:b], han):
                    a = b = 0  # the title's place name before the level (鼓楼区 of 鼓楼区总工会): the sentence's own
                    break
                if x <= a and b <= y and (a, b) != (x, y):
                    # part of the name (区总工 of 区总工会将把, 总工会 of 镇总工会将): what it leaves reads as no
                    # salter's cut, and salt put inside a name would not leave it readable as one
                    a = b = 0
                    break
                if b <= x or y <= a or (a, b) == (x, y) or HAN_RUN.fullmatch(par[a:b]) and _han_piece(par[a:b], han):
                    continue  # apart, the name itself, or a verbatim piece of the title (a chunk holding the name)
                if a < x:
                    b = min(b, x)
                elif b > y:
                    a = y
                else:
                    a = b = 0
                    break
            if a < b:
                kept.append((a, b))
        res.append(kept)
    return res


def subject_unions(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those ending a union name (县总工会, 江孜县总工会) right before an officer's title or a
    subject's adverb (SUBJECT_AFTER): the sentence's own subject, never a cut chunk however the title reads."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = [(a, b) for a, b in spans if not (SUBJECT_AFTER.match(par, b) and _union_end(par, a, b))
                and not _union_goes_on(par, a, b)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


#: What a union's full name goes on with after its 工会 (行业工会联合会, 产业工会委员会).
UNION_BODY = ("联合会", "聯合會", "委员会", "委員會")


def _union_goes_on(par: str, a: int, b: int) -> bool:
    """par[a:b] is a bare 工会 inside a clause (Han before it) that the sentence's union name goes on from
    (芦淞区服饰行业|工会|联合会承办): the name's own word. A salter's 工会 put there would leave a name no one writes;
    one opening a clause (,工会|联合…) is not read here."""
    return (b - a == 2 and par[a:b] in ("工会", "工會") and a > 0 and HAN.match(par[a - 1]) is not None
            and par.startswith(UNION_BODY, b))


def clause_subjects(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans without those of whole title words opening a clause right before 是 or 们 (SUBJECT_NEXT): the
    clause's own subject (,职业技能大赛是培养…); cut out, they would leave a clause opening on 是 or 们, which the
    sentence before the salter did not have."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    return _without(out, paragraphs, lambda par, a, b, _: _clause_subject(par, a, b, t, tb))


def _clause_subject(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b] is whole title words between a clause mark and a SUBJECT_NEXT character."""
    return (0 < a and par[a - 1] in CLAUSE_MARKS and par[b:b + 1] in SUBJECT_NEXT and b - a >= 2
            and _on_bounds(par[a:b], t.han, tb))


SHORT_LEVELS = LEVEL_CHARS | frozenset("區縣鎮鄉")  # level words a sentence names a body of its own level by (市人社局)
CO_VERBS = ("联合", "聯合")  # a verb taking the body it works with as its object, as PLACE_OBJECT's words do


def short_levels(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without a lone level word (市, 区) right after a preposition or 联合 and before a Han character
    (在|市|技师学院, 联合|市|人社局): the sentence's short name of a body of that level. A salter's lone chunk
    sits at a clause mark or between words, and one glued after a preposition would leave it with no object."""
    return _without(out, paragraphs, lambda par, a, b, _: _short_level(par, a, b))


def _short_level(par: str, a: int, b: int) -> bool:
    """par[a:b] is one level word between a preposition (or 联合) and a Han character."""
    return (b - a == 1 and par[a] in SHORT_LEVELS and a > 0 and (par[a - 1] in PLACE_OBJECT or par.startswith(CO_VERBS, a - 2))
            and HAN.match(par, b) is not None)


def possessive_pairs(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without two that only a 的 parts (解答了|女职工|的|健康|咨询): a modifier and its head, the sentence's
    own noun phrase. A salter puts its chunks one to a clause or seam, never two around the sentence's 的."""
    res = []
    for par, spans in zip(paragraphs, out):
        pair = {q for k, ((_, b), (c, _)) in enumerate(zip(spans, spans[1:])) if c == b + 1 and par[b] == "的"
                for q in (k, k + 1)}
        res.append([sp for k, sp in enumerate(spans) if k not in pair] if pair else spans)
    return res


ITEM_LEN = (3, 6)  # Han characters of a list item list_heads compares with the item before it
BODY_END = frozenset("局委办厅部院所站队处科会社司辦廳處隊")  # what ends the name of a government body or unit (人社局, 工信局)


def list_heads(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those that open a list item after 、 shaped like the item before it: both of one length,
    opening on one character and ending on a body's last character they share (BODY_END), the span short of the
    item's end (区人社局、[区工]信局: bodies of one level named in a row). A salter's chunk put after 、 is followed by the next item's own words,
    which repeat the item before's head and ending only by chance."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = [(a, b) for a, b in spans if not _parallel_item(par, a, b, spans)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


def _parallel_item(par: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """par[a:b] opens, after 、, an item of n Han characters (b - a < n) whose first and last characters are those
    of the n characters before the 、 (a body's ending: 局 of 区人社局、区工信局), none of them removed."""
    if a < 1 or par[a - 1] != "、":
        return False
    for n in range(max(ITEM_LEN[0], b - a + 1), ITEM_LEN[1] + 1):
        cur, prev = par[a:a + n], par[max(0, a - 1 - n):a - 1]
        if len(cur) == len(prev) == n and cur[0] == prev[0] and cur[-1] == prev[-1] and cur[-1] in BODY_END \
                and HAN_RUNS.fullmatch(cur) \
                and HAN_RUNS.fullmatch(prev) and not any(x < a - 1 and a - 1 - n < y for x, y in spans):
            return True
    return False


def level_unions(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those that are just the 工会 of a union named by its level word (基层|工会, (街道)|工会:
    LEVEL_UNION), the sentence's own; a span running on past it (基层|工会举) is left to the other rules."""
    res = []
    for par, spans in zip(paragraphs, out):
        if not spans:  # (nothing to drop: no scan)
            res.append(spans)
            continue
        heads = {(m.end() - 2, m.end()) for m in LEVEL_UNION.finditer(par)}
        kept = [sp for sp in spans if sp not in heads]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


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


def _salt_once(title: str, paragraphs: list[str], sink: dict | None = None, memo: Memo | None = None,
               bound_check: bool = True) -> list[list[tuple[int, int]]]:
    """One reading of the page: spans of salted title fragments per paragraph (``sink`` receives
    the scored candidates and the paragraphs read, for reuse; ``memo`` holds work on paragraph texts
    that earlier readings of the same page already did; ``bound_check``: see ``_bounded``)."""
    if memo is None:
        return _read_once(title, paragraphs, sink, Memo(), bound_check)
    key = (tuple(paragraphs), bound_check)
    got = memo.once.get(key)
    if got is not None and (sink is None or not any(got)):  # (a reading that found nothing leaves the sink unread)
        return [list(sp) for sp in got]
    got = _read_once(title, paragraphs, sink, memo, bound_check)
    memo.once[key] = [list(sp) for sp in got]
    return got


def _read_once(title: str, paragraphs: list[str], sink: dict | None, memo: Memo,
               bound_check: bool) -> list[list[tuple[int, int]]]:
    """``_salt_once`` without its page-level memo."""
    empty: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    t = prepare_title(title or "")
    if not paragraphs or len(t.han) < 4:
        return empty
    # the word model only reads structurally suspect paragraphs, then the paragraphs that
    # repeat one of their fragments (a salted paragraph may hold a single chunk)
    tb = title_boundaries(t)
    gate = memo.gate

    def cut(par: str, wide: bool) -> bool:
        """cut_fragment, both gates from one reading per paragraph text."""
        v = gate.get(par)
        if v is None:
            v = gate[par] = gate_level(par, t, tb)
        return v >= (WIDE if wide else NARROW)

    splits = split_spans(paragraphs, t, memo.splits)
    if sink is not None:
        sink["splits"] = splits
    sus = {pi for pi, par in enumerate(paragraphs) if cut(par, False)}
    if sus:  # (the page's evidence only where a paragraph's own reading opens the gate)
        sus = page_gate(paragraphs, sus, t, tb)
    if not sus:  # salt of whole title words only: chunk sequences repeated after clause marks
        sus = seq_gate(paragraphs, t)
    if not sus:
        return splits
    sus |= {pi for pi, par in enumerate(paragraphs) if pi not in sus and cut(par, True)}
    rows = score_page(title, paragraphs, only=sus, memo=memo)
    texts = {c.text for c, _ in rows if c.prob > TRANS["anchor"]}
    more = {pi for pi, par in enumerate(paragraphs) if pi not in sus and any(x in par for x in texts)}
    if more:
        rows += score_page(title, paragraphs, only=more, memo=memo)
    found = decode(rows, len(paragraphs), t.han)
    if any(splits):  # the chunks seen inside words join the chunk list the joint decoding infers
        found = _with_splits(found, splits)
    if sink is not None:
        sink["rows"], sink["paras"] = list(rows), sus | more
    out = joint(snap(found, paragraphs), paragraphs, t, rows, memo=memo)
    if any(out):
        placed = place_names(out, paragraphs, t)
        out = evidenced(_bounded(title, placed, paragraphs, t, memo) if bound_check else clause_bound(placed, paragraphs, t),
                        paragraphs, t)
    return _with_splits(out, splits) if any(splits) else out


def _finds_more(title: str, paragraphs: list[str], spans: list[list[tuple[int, int]]], memo: Memo,
                bound_check: bool = True) -> bool:
    """A reading of the page with the spans cut out finds salt (the spans are then no fixed point: cleaning the
    clean text would take more, not idempotent)."""
    return any(_salt_once(title, [_cut(par, sp) for par, sp in zip(paragraphs, spans)], memo=memo,
                          bound_check=bound_check))


def _bounded(title: str, out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, memo: Memo) -> list[list[tuple[int, int]]]:
    """``clause_bound`` of the spans, when the words it keeps leave no salt that another reading of the
    cut page finds (else cleaning the clean text would take them then: not idempotent)."""
    bounded = clause_bound(out, paragraphs, t)
    if bounded != out and _finds_more(title, paragraphs, bounded, memo, bound_check=False):
        return out
    return bounded


FILL_FLOOR = -8.0   # local log-odds above which a listed chunk is taken in the stretch where the list puts it
HEAD = 3            # title index by which a paragraph's first chunk starts (the list starts with the title)
MIN_HEADLESS = 3    # fragments a paragraph needs to count as salted when it lacks the list's first chunk
OPEN_BLIND = False
NEXT_FLOOR = -4.0   # the same for the chunk that follows the paragraph's last one (an open-ended stretch)


def _into_union(par: str, a: int, b: int) -> bool:
    """A level union name (縣總工會) starts inside par[a:b] and runs on past its end: the span is the place
    name that opens the sentence's own union name, which keep_unions never cuts."""
    return any(a < m.start() < b < m.end() for m in UNION_NAME.finditer(par, max(0, a - 1), b + 4))


def _take(par: str, text: str, lo: int, hi: int, pi: int, local: dict, floor: float, blind: bool = False) -> tuple[int, int] | None:
    """The occurrence of a chunk inside par[lo:hi] with the best local evidence, among those it does not
    rule out (the first one when none is scored): the sentence's own word and its salted copy may both
    sit in the stretch (区总|工会入会 ... ,工会为), and the copy that breaks into the sentence scores better.
    An occurrence opening the sentence's own union name is never the copy (陸河縣總工會…,陸河縣|縣總工會:
    the paragraph's start reads as well as a clause mark, but keep_unions would give that one back)."""
    k = par.find(text, lo, hi)
    best, where = None, None
    while k >= 0:
        if _into_union(par, k, k + len(text)):
            k = par.find(text, k + 1, hi)
            continue  # the sentence's own place name before its union (陸河縣|總工會): keep_unions keeps it
        c = local.get((pi, k, k + len(text)))
        if c is not None and c.prob > floor and not c.quoted:
            if best is None or c.prob > best:
                best, where = c.prob, (k, k + len(text))
        elif c is None and blind and where is None:
            where = (k, k + len(text))
        k = par.find(text, k + 1, hi)
    return where


def joint(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, rows, final: bool = False,
          memo: Memo | None = None) -> list[list[tuple[int, int]]]:
    """Decode the page's chunk list jointly: infer it from the fragments of every paragraph, drop
    fragments that do not fit it, and look for the listed chunks a paragraph lacks only in the stretch
    where the list puts them (between the found chunks before and after), where word-like chunks
    (昆明, 帷幕, 职工) are safe to take."""
    found = {pi: [(a, b, paragraphs[pi][a:b]) for a, b in sp] for pi, sp in enumerate(out) if sp}
    if not found:
        return out
    local = {(c.para, c.start, c.end): c for c, _ in rows}
    found = {pi: best_prefixes(pi, spans, found, local) for pi, spans in found.items()}
    chunks = chunk_list(found, t)
    # paragraphs without fragments that hold the list's first two chunks in order are read too
    heads = [c.text for c in chunks[:2]]
    extra = {pi for pi, par in enumerate(paragraphs) if pi not in found and len(heads) == 2
             and 0 <= par.find(heads[0]) < par.find(heads[1], par.find(heads[0]) + len(heads[0]))}
    if extra:
        rows = list(rows) + score_page(t.text, paragraphs, only=extra, memo=memo)
    local = {(c.para, c.start, c.end): c for c, _ in rows}
    by_par: dict[int, list[Cand]] = {}
    for c, _ in rows:
        by_par.setdefault(c.para, []).append(c)
    res = [list(sp) for sp in out]
    tb = title_boundaries(t)
    for pi in sorted(set(found) | extra):
        par = paragraphs[pi]
        fit = fit_spans(found.get(pi, []), chunks, t)
        if len(fit) == 1 and fit[0][2] != 0 and chunks[fit[0][2]].support < 2:
            fit = []
        got = fill_list(par, pi, fit, chunks, local)
        if got and chunks[got[0][2]].t0 > HEAD and len(got) < MIN_HEADLESS and not _repeated_cuts(par, got, chunks, tb):
            got = []  # every salted paragraph holds the list's first chunk: without it, few fragments are words
        if pi in extra and len(got) < 2:
            got = []
        fitted = {(a, b) for a, b, _ in fit}
        xs = [member_features(par, pi, got, q, chunks, local, fitted, len(found), tb) for q in range(len(got))]
        if TRACE is not None and final:
            TRACE.extend(((pi, a, b), x) for (a, b, _), x in zip(got, xs))
        got = [g for g, x in zip(got, xs) if _logit(JOINT_W, x) > JOINT_MIN]
        spans = [(a, b) for a, b, _ in got]
        spans += fill_gaps(par, got, chunks, by_par.get(pi, []), t, memo.segs if memo is not None else None)
        res[pi] = _as_spans({k for a, b in spans for k in range(a, b)})
    return res


def _repeated_cuts(par: str, got, chunks: list[Chunk], tb: frozenset[int]) -> bool:
    """Every chunk taken in a paragraph lacking the list's head is one that two or more paragraphs show, cut inside
    the title's words (ends on no title word boundary: 能大 of 技能|大赛) and opening a clause: a salter that puts a
    few chunks of its list in any order, not words of the sentence (those restate whole title words)."""
    return all(chunks[q].support >= 2 and chunks[q].t0 not in tb and chunks[q].t1 + 1 not in tb
               and left_is_mark(par, a) for a, _, q in got)


def member_features(par: str, pi: int, got, q: int, chunks: list[Chunk], local: dict, fitted: set, n_found: int, tb=frozenset()) -> dict:
    """Evidence about one chunk taken in a paragraph: its local score, how many paragraphs show it,
    where it sits in the paragraph's run of chunks and whether it tiles the title with its neighbours."""
    a, b, k = got[q]
    c = local.get((pi, a, b))
    ch = chunks[k]

    def tight(x: int, y: int) -> float:
        return 1.0 if 0 <= chunks[y].t0 - chunks[x].t1 - 1 <= 2 else 0.0

    return {
        "prob": max(-8.0, min(8.0, c.prob)) if c else -8.0,
        "none": 0.0 if c else 1.0,
        "sup1": 1.0 if ch.support == 1 else 0.0,
        "sup3": 1.0 if ch.support >= 3 else 0.0,
        "last": 1.0 if q == len(got) - 1 else 0.0,
        "first": 1.0 if q == 0 else 0.0,
        "head": 1.0 if ch.t0 <= HEAD else 0.0,
        "tight_prev": tight(got[q - 1][2], k) if q else 0.0,
        "tight_next": tight(k, got[q + 1][2]) if q + 1 < len(got) else 0.0,
        "filled": 0.0 if (a, b) in fitted else 1.0,
        "multi": 1.0 if n_found > 1 else 0.0,
        "n_got": float(min(len(got), 8)),
        "len": float(b - a),
        "is_word": 1.0 if _is_word(_simplifier()(par[a:b])) else 0.0,
        "left_mark": 1.0 if left_is_mark(par, a) else 0.0,
        "right_mark": 1.0 if right_is_mark(par, b) else 0.0,
        "aligned": 1.0 if ch.t0 in tb and ch.t1 + 1 in tb else 0.0,
        "aligned_sup1": 1.0 if ch.t0 in tb and ch.t1 + 1 in tb and ch.support == 1 else 0.0,
        "gap_prev": math.log1p(a - got[q - 1][1]) if q else 0.0,
        "end": 1.0 if b >= len(par.rstrip()) - 1 else 0.0,
    }


#: Logistic weights for keeping a chunk taken by the joint decoding (fitted on generated pages).
JOINT_W = {'bias': -2.3255, 'aligned': -0.1848, 'aligned_sup1': -0.0317, 'end': -0.6766, 'filled': 0.2426, 'first': 1.9743, 'gap_prev': 0.2085, 'head': 0.1515, 'is_word': 0.3478, 'last': 1.931, 'left_mark': 0.9101, 'len': 0.2139, 'multi': -0.4263, 'n_got': 0.1934, 'none': 1.127, 'prob': 0.5257, 'right_mark': -1.3207, 'sup1': -1.0654, 'sup3': 0.7893, 'tight_next': 2.0833, 'tight_prev': 1.5581}
JOINT_MIN = -2.0  # log-odds below which a taken chunk is dropped


PREFIX_MARGIN = 1.0  # local log-odds by which a prefix must beat the whole fragment to replace it


def best_prefixes(pi: int, spans, found: dict, local: dict) -> list[tuple[int, int, str]]:
    """Fragments seen in no other paragraph cut to their prefix with the best local score: a chunk grown
    into the sentence's next characters (区工开金助|为) scores worse than the chunk alone."""
    seen = {x for qi, sp in found.items() if qi != pi for _, _, x in sp}
    out = []
    for a, b, text in spans:
        if text not in seen and b - a > 2:
            opts = [(local[pi, a, e].prob, e) for e in range(a + 2, b + 1) if (pi, a, e) in local]
            if opts and (pi, a, b) in local and max(opts)[0] > local[pi, a, b].prob + PREFIX_MARGIN:
                e = max(opts)[1]
                b, text = e, text[:e - a]
        out.append((a, b, text))
    return out


def fill_list(par: str, pi: int, fit, chunks: list[Chunk], local: dict) -> list[tuple[int, int, int]]:
    """The paragraph's fitting fragments plus the listed chunks found in the stretches where the list
    puts them: between two found chunks, and after the last one (the next chunks, while they are found)."""
    got: list[tuple[int, int, int]] = []
    prev_end, prev_k = 0, -1
    for a, b, k in fit + [(len(par), len(par), len(chunks))]:
        if k <= prev_k:
            continue
        for m in range(prev_k + 1, k):  # listed chunks that belong between the two found ones
            between = k < len(chunks)
            hit = _take(par, chunks[m].text, prev_end, a, pi, local, FILL_FLOOR if between else NEXT_FLOOR,
                        blind=(between or OPEN_BLIND and got) and chunks[m].support >= 2 and len(chunks[m].text) >= 2)
            if hit:
                got.append((hit[0], hit[1], m))
                prev_end = hit[1]
            elif k == len(chunks):
                break
        if k < len(chunks):
            got.append((a, b, k))
            prev_end, prev_k = b, k
    return got


GAP_FLOOR = -3.0    # local log-odds above which a fragment fills a title gap left between two taken chunks
SINGLE_GAIN = 6.0   # reading gain (cost units) above which a lone title character in such a gap is salt


def fill_gaps(par: str, got, chunks: list[Chunk], cands: list[Cand], t: Title, segs: dict | None = None) -> list[tuple[int, int]]:
    """Fragments for title characters no listed chunk covers: in the stretch between two taken chunks
    of the paragraph (and before the first one), candidates that read from the title stretch between
    their chunks, best first, or a lone character of that stretch whose removal makes the sentence
    read much better; after the last chunk, a confident candidate that continues the title tightly."""
    if not got:
        return []
    out: list[tuple[int, int]] = []
    bounds = [(0, 0, -1)] + [(a, b, k) for a, b, k in got]
    for (a0, b0, k0), (a1, b1, k1) in zip(bounds, bounds[1:]):
        lo = chunks[k0].t1 if k0 >= 0 else -1
        _fill(par, b0, a1, lo, chunks[k1].t0, cands, t, out, first=k0 < 0, segs=segs)
    _, b, k = got[-1]
    t1 = chunks[k].t1
    while True:  # the chunks that continue the title after the paragraph's last listed one
        nxt = min((c for c in cands if c.start >= b and not c.quoted and c.prob > TAIL_FLOOR
                   and _fits(c.text, t.han, t1, t1 + 4) and not _chunk_head(c, par, t.han, t1, chunks)
                   and not _gapped_word(c, par, t.han)),
                  key=lambda c: (c.start, -c.prob), default=None)  # the nearest: the list goes on in order
        if nxt is None:
            return out
        out.append((nxt.start, nxt.end))
        b, t1 = nxt.end, _fits(nxt.text, t.han, t1, t1 + 4)[-1]


TAIL_FLOOR = -2.0  # local log-odds above which a candidate continuing the title after the last chunk is taken


def _gapped_word(c: Cand, par: str, han: str) -> bool:
    """A candidate that is no verbatim piece of the title (it skips title characters: 匠人 of 铁匠”技能人才) and is a
    dictionary word inside a clause (年轻|匠人|断档): the sentence's own word. A salter cuts its chunks from the title
    whole, so a chunk continuing the list reads verbatim."""
    simple = _simplifier()(c.text)
    return (simple not in han and c.text not in han and 0 < c.start and c.end < len(par) and HAN.match(par[c.start - 1]) is not None
            and HAN.match(par[c.end]) is not None and _is_word(simple))


def _chunk_head(c: Cand, par: str, han: str, t1: int, chunks: list[Chunk]) -> bool:
    """A tail candidate inside a clause that is the head of a longer listed chunk that other paragraphs show
    (劳动 of the chunk 劳动者, in 高温天气|劳动|保护规定): the salter puts whole chunks, so this is the sentence's
    own word that shares the chunk's head."""
    if left_is_mark(par, c.start):
        return False
    r = _fits(c.text, han, t1, t1 + 4)
    return any(ch.support >= 2 and ch.t0 == r[0] and len(ch.text) > len(c.text) and ch.text.startswith(c.text)
               for ch in chunks)


def _fill(par: str, p0: int, p1: int, lo: int, hi: int, cands: list[Cand], t: Title, out: list, first: bool = False,
          segs: dict | None = None) -> None:
    """Fill par[p0:p1] with fragments reading from title positions strictly between lo and hi."""
    if hi - lo < 2 or p1 <= p0:
        return
    best = max((c for c in cands if p0 <= c.start and c.end <= p1 and not c.quoted and _fits(c.text, t.han, lo, hi, True)),
               key=lambda c: c.prob, default=None)
    if best is not None and best.prob > GAP_FLOOR:
        out.append((best.start, best.end))
        r = _fits(best.text, t.han, lo, hi, True)
        _fill(par, p0, best.start, lo, r[0], cands, t, out, first, segs)
        _fill(par, best.end, p1, r[-1], hi, cands, t, out, segs=segs)
    elif hi - lo <= (3 if first else 4):
        one = lone_char(par, p0, p1, set(t.han[lo + 1:hi]), segs, t.han)
        if one is not None:
            out.append((one, one + 1))


@lru_cache(maxsize=4096)
def _fits(text: str, han: str, lo: int, hi: int, inside: bool = False) -> tuple[int, ...] | None:
    """A title reading of the fragment that starts after title index lo and by hi (or, ``inside``,
    lies wholly between lo and hi); None when there is none."""
    for r in readings(text, prepare_title(han)):
        if lo < r[0] and (r[-1] < hi if inside else r[0] <= hi):
            return r
    return None


def _opens_union(par: str, p: int, han: str) -> bool:
    """The character at p opens a verbatim piece of the title that holds a level union name (于|都县总工会…):
    the sentence naming the title's union, not a character put in on its own."""
    e = p + 1
    while e < len(par) and par[p:e + 1] in han:
        e += 1
    return e - p >= 4 and UNION_NAME.search(par, p, e) is not None


def lone_char(par: str, lo: int, hi: int, chars: set[str], segs: dict | None = None, title_han: str = "") -> int | None:
    """The offset in par[lo:hi] of the character of ``chars`` whose removal improves the reading most,
    when the gain is above SINGLE_GAIN (a single inserted character reads as a typo); None when that
    character opens the sentence's own naming of the title's union (``title_han``: 于|都县总工会 at a
    paragraph's start reads much better without 于, as any name does without its head). ``segs``: Segmenters by string,
    shared with the rest of the page's reading."""
    best, where = SINGLE_GAIN, None
    segs = {} if segs is None else segs
    for p in range(lo, hi):
        if par[p] not in chars:
            continue
        gain = lone_gain(par, p, segs)
        if gain > best:
            best, where = gain, p
    if where is not None and title_han and _opens_union(par, where, title_han):
        return None
    return where


# --------------------------------------------------------------------------- copies of a span inside clauses


def _glued_word(par: str, a: int, b: int) -> bool:
    """par[a:b] with one or two Han characters before or after it is a dictionary word (石景|山, 困难|职工): the
    copy is the sentence's own word."""
    simp = _simplifier()
    for x, y in ((a - 1, b), (a - 2, b), (a, b + 1), (a, b + 2)):
        if x >= 0 and y <= len(par) and HAN_RUNS.fullmatch(par[x:y]) and _is_word(simp(par[x:y])):
            return True
    return False


COPY_MARGIN = 2.0  # reading gain (cost units) by which another copy of a span's text must beat it for slot_copies


def slot_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved off a copy of their text glued into a word of the sentence (,|石景|山区总工会召开…) to another
    copy between the same two neighbouring spans that is glued to no word and reads better cut by COPY_MARGIN
    (会议。|石景|区总工会主席…): the salter put its chunk somewhere in that stretch, and the sentence's own word
    reads worse cut. marked_copy moves spans only to clause-opening copies; this one moves them inside clauses too.
    (The unigram reading cannot choose between two copies of a whole word that stand alone: 职工体育 … 职工常态化.)"""
    res, moved = [], False
    for par, spans in zip(paragraphs, out):
        new = list(spans)
        for q, (a, b) in enumerate(spans):
            lo = new[q - 1][1] if q else 0
            hi = new[q + 1][0] if q + 1 < len(new) else len(par)
            alt = _better_copy(par, a, b, lo, hi)
            if alt is not None:
                new[q], moved = alt, True
        res.append(sorted(new))
    return res if moved else out


def _better_copy(par: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The copy of par[a:b] in par[lo:hi] that slot_copies moves the span to, or None: the span must be glued into a
    dictionary word of the sentence and the copy not."""
    piece = par[a:b]
    if b - a < 2 or not HAN_RUNS.fullmatch(piece) or not _glued_word(par, a, b):
        return None
    best, where = _piece_gain(par, a, b) + COPY_MARGIN, None
    k = par.find(piece, lo, hi)
    while k >= 0:
        if (k + len(piece) <= a or k >= b) and not _glued_word(par, k, k + len(piece)):
            gain = _piece_gain(par, k, k + len(piece))
            if gain > best:
                best, where = gain, (k, k + len(piece))
        k = par.find(piece, k + 1, hi)
    return where
