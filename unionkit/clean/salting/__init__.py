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
from functools import partial, reduce

from .base import (
    HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, SENTENCE_END, CLOSERS, MAX_GAP, OPEN_QUOTES, CLOSE_QUOTES, PLACE_OBJECT,
    _find_all, NUM_TITLE, ORG_AFTER, PLACE_SUFFIX, UNION_NAME, _cut, _disjoint, _as_spans, _with_splits,
)
from .words import _simplifier, _is_word, Segmenter, _run_bounds, _piece_gain, _han_word
from .title import Title, prepare_title, Cand, left_is_mark, right_is_mark, _title_chars
from .boundaries import title_boundaries
from .runs import _word_across, _on_bounds
from .gate import seq_gate, NARROW, WIDE, gate_level, page_gate
from .features import _logit
from .chain import TRANS, score_page, Memo, snap, decode, title_memo
from .chunks import readings, Chunk, chunk_list, fit_spans
from .unions import (
    keep_unions, subject_unions, clause_subjects, short_levels, possessive_pairs, list_heads, level_unions,
)
from .leftovers import trim_leftovers, lone_gain
from .giveback import place_names, clause_bound, dangling_twins, evidenced
from .seams import PAGE_RULES
from .doubles import _clause_head, doubled_words, mark_tails, repeated_openings
from .marks import (
    glued_gaps, chunk_overlaps, chunk_tails, mark_style, marked_twins, marked_copies, clause_words, seam_tiles,
)
from .lones import list_items, seam_neighbours, lone_marks, listed_lones, _fits, _opens_union
from .marked import _title_interval, list_gaps, marked_tiling, marked_cover, marked_copy, head_copies
from .tails import title_tail, tail_words, missing_tile, shuffled_tails, carried_chunks
from .openings import restated_runs, paragraph_heads, opening_unions, continued_seams
from .pieces import cut_pieces
from .stops import stop_pieces, gapped_chunks, ordered_stops, _cut_out
from .copies import real_copies, name_parts, own_words


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


def _with_cut_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, memo: Memo) -> list[list[tuple[int, int]]]:
    """The spans with cut_pieces' added, when the cut page reads as clean, to cut_pieces too (idempotent)."""
    if len(t.han) < 6:
        return out
    return _joined_if_fixed(out, paragraphs, t.text, t, memo, (cut_pieces,))


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
