"""One reading of the page and the readings after it, with page-wide rules joined when the result is fixed."""

from __future__ import annotations

from array import array
from functools import partial, reduce

from .base import _cut, _disjoint, _as_spans, _with_splits, subject_union
from .title import Title, prepare_title, left_is_mark, _opens_quoted_name, _dangling
from .boundaries import title_boundaries
from .gate import seq_gate, WIDE, NARROW, gate_level, page_gate, marked_sequence, SEQ_MIN
from .chain import TRANS, score_page, Memo, snap, decode
from .unions import keep_unions
from .leftovers import trim_leftovers
from .giveback import place_names, clause_bound, dangling_twins, evidenced
from .seams import PAGE_RULES
from .doubles import doubled_words, mark_tails, repeated_openings, quoted_doubles, stepped_back, counted_doubles, repeated_tails
from .marks import (
    glued_gaps, chunk_overlaps, chunk_tails, mark_style, marked_twins, marked_copies, clause_words, seam_tiles,
)
from .lones import list_items, seam_neighbours, lone_marks, listed_lones, item_heads
from .marked import list_gaps, marked_cover, marked_copy, head_copies
from .tails import title_tail, tail_words, shuffled_tails, carried_chunks
from .openings import restated_runs, paragraph_heads, opening_unions, continued_seams
from .pieces import cut_pieces
from .salad import salad_openings, word_salad, word_openings, conjunct_openings
from .cuts import cut_pairs
from .counts import counted_nothing
from .stops import _cut_out
from .slots import slot_copies
from .quotes import open_quote_chunks
from .splits import split_spans, lone_splits, spliced_pieces
from .repeats import odd_repeats
from .joint import joint
from .runs import glued, _title_starts, _on_bounds
from .words import _han_word


MAX_PASSES = 4  # readings of the page with the fragments found so far cut out


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
        # (salt only the page rules find, a dangling title piece say, still makes a page with salt for _page_pattern)
        t = prepare_title(title)
        out = _with_doubled(spans, paragraphs, title, memo)
        return _with_cut_pieces(_page_pattern(out, paragraphs, t, memo) if any(out) else out, paragraphs, t, memo)
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
    mark_style's view of where the page's salt sits). Last, a chunk carrying the title's opening quote mark left
    unbalanced (``open_quote_chunks``)."""
    for step in (chunk_overlaps, chunk_tails, seam_tiles, mark_style, marked_twins, clause_words, marked_copies, partial(lone_marks, segs=memo.segs),
                 partial(listed_lones, segs=memo.segs), partial(lone_splits, segs=memo.segs), spliced_pieces, glued_gaps, seam_neighbours,
                 opening_unions, list_items, item_heads, continued_seams, title_tail, tail_words, carried_chunks, list_gaps, marked_cover, marked_copy, slot_copies, restated_runs, paragraph_heads,
                 shuffled_tails, doubled_words, counted_doubles, repeated_tails, mark_tails, repeated_openings, head_copies, open_quote_chunks, counted_nothing, quoted_doubles, stepped_back,
                 conjunct_openings, odd_repeats):
        if not any(out):
            return out
        new = step(out, paragraphs, t)
        if new != out and not _finds_more(t.text, paragraphs, new, memo):
            out = new
    return out


def _with_cut_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, memo: Memo) -> list[list[tuple[int, int]]]:
    """The spans with cut_pieces' added, then salad_openings', each when the cut page reads as clean, to it too
    (idempotent; one after the other: cutting a piece can open a clause to a title word, which must not undo the
    cut)."""
    if len(t.han) < 6:
        return out
    out = _joined_if_fixed(out, paragraphs, t.text, t, memo, (cut_pieces,))
    out = _joined_if_fixed(out, paragraphs, t.text, t, memo, (cut_pairs,), apart=True)
    out = _joined_if_fixed(out, paragraphs, t.text, t, memo, (word_salad,), apart=True, beside=True)
    out = _joined_if_fixed(out, paragraphs, t.text, t, memo, (word_openings,), apart=True, beside=True)
    # (the salad is the salt the title-ordered readings missed: on a page where they found more spans, the
    # clause-opening title words left are as often the text's own: 工会驿站|采取…; on a tie the salad's pieces the
    # readings lack are taken, each page cut reading as clean: ,助力|深入实施… ,成长|推动…)
    if sum(map(len, out)) > sum(map(len, salad_openings(paragraphs, t))):
        return out
    return _joined_if_fixed(out, paragraphs, t.text, t, memo, (salad_openings,))


def _with_doubled(out: list[list[tuple[int, int]]], paragraphs: list[str], title: str, memo: Memo) -> list[list[tuple[int, int]]]:
    """The spans with the doubled title pieces and the cut-number chains (digit_seams) added, when the result is
    still a fixed point of the reading."""
    t = prepare_title(title or "")
    if len(t.han) < 4:
        return out
    return _joined_if_fixed(out, paragraphs, title, t, memo, PAGE_RULES)


def _joined_if_fixed(out: list[list[tuple[int, int]]], paragraphs: list[str], title: str, t: Title, memo: Memo,
                     rules, apart: bool = False, beside: bool = False) -> list[list[tuple[int, int]]]:
    """The spans with the page-wide ``rules``' spans added, when the page cut by them is a fixed point: the reading
    and the rules themselves find nothing more on it (cutting a chain can open new seams); else ``out``. ``apart``:
    only the rules' spans that overlap none of ``out`` (a piece running on from a found chunk into the text, 工会|开展
    of ,工会开展“安康杯”… where 工会 was found, is the chunk and the sentence's own title word); ``beside``: nor touch
    one (区总工|麦积区总工会举办第三届|会举: the found chunks' neighbour is the sentence's own title words)."""
    extra = reduce(_with_splits, [rule(paragraphs, t) for rule in rules])
    if apart:
        extra = [[(a, b) for a, b in x if not any(c < b + beside and a < d + beside for c, d in sp)]
                 for x, sp in zip(extra, out)]
    if not any(extra):
        return out
    both = _with_splits(out, extra)
    if both == out:
        return out
    cut = [_cut(par, sp) for par, sp in zip(paragraphs, both)]
    if any(_salt_once(title, cut, memo=memo)) or any(any(rule(cut, t)) for rule in rules):
        return out
    return both


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
    # once the page is open, a paragraph whose clauses open with title words in the title's order is read too: its
    # salter may have used whole title words only (,职工… ,力量… ,助创…), which no gate of its own shows
    sus |= {pi for pi, par in enumerate(paragraphs)
            if pi not in sus and (cut(par, True) or len(marked_sequence(par, t)) >= SEQ_MIN)}
    rows = score_page(title, paragraphs, only=sus, memo=memo)
    texts = {c.text for c, _ in rows if c.prob > TRANS["anchor"]}
    more = {pi for pi, par in enumerate(paragraphs) if pi not in sus and any(x in par for x in texts)}
    if more:
        rows += score_page(title, paragraphs, only=more, memo=memo)
    found = _restating(decode(rows, len(paragraphs), t.han, _in_subjects(rows, paragraphs)), paragraphs, more, t, tb)
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


def _restating(found: list[list[tuple[int, int]]], paragraphs: list[str], more: set[int], t: Title,
               tb: frozenset[int]) -> list[list[tuple[int, int]]]:
    """The decoded spans without those of a paragraph read only for holding a gated paragraph's fragment (``more``)
    when each of them is the sentence's own use of the title's words (``_restated``: “冬捕一線… … 漁工送|去 of
    冬捕|現場|為|漁工|送溫暖) and not all of them are pieces the gated paragraphs show too: its own title pieces opened
    no gate, none sits the way a salter's chunk does, and they are no repeat of the page's chunk list (区总|体检 …
    工作|工会|常态化 after ,区总 … ,工会 in a gated paragraph); or when they leave out the list's middle
    (``_skips_chunk``)."""
    shown = {paragraphs[pi][a:b] for pi, sp in enumerate(found) if pi not in more for a, b in sp}
    seqs = [[paragraphs[pi][a:b] for a, b in sp] for pi, sp in enumerate(found) if pi not in more and sp]
    drop = {pi for pi in more if found[pi] and (all(_restated(paragraphs[pi], a, b, t.han, tb) for a, b in found[pi])
            and not all(paragraphs[pi][a:b] in shown for a, b in found[pi])
            or _skips_chunk(paragraphs[pi], found[pi], seqs))}
    return [[] if pi in drop else sp for pi, sp in enumerate(found)] if drop else found


def _skips_chunk(par: str, spans: list[tuple[int, int]], seqs: list[list[str]]) -> bool:
    """Dictionary words of two characters, two or more, read in a paragraph no gate opened, that leave out a chunk
    the gated paragraphs all put between two of them, the paragraph holding no copy of it there (在|十堰|汇达… 。|工会|律师
    under ,十堰|市总|工会 twice): a salter puts a prefix of its chunk list, in order, into each paragraph; words read
    apart with the list's middle missing are the sentence's."""
    pieces = [par[a:b] for a, b in spans]
    if len(pieces) < 2 or not all(_han_word(x) for x in pieces):
        return False
    for (x, y), (_, b), (c, _) in zip(zip(pieces, pieces[1:]), spans, spans[1:]):
        gaps = [s[s.index(x) + 1:s.index(y, s.index(x) + 1)] for s in seqs if x in s and y in s[s.index(x) + 1:]]
        if gaps and all(gap and not any(m in par[b:c] for m in gap) for gap in gaps):
            return True
    return False


def _restated(par: str, a: int, b: int, han: str, tb: frozenset[int]) -> bool:
    """par[a:b] is a verbatim title piece opening a quoted name (the page's campaign named with the title's words), or
    one cut inside the title's words that runs on into a word of the sentence inside a clause (漁工送|去, ``glued``).
    Whole title words between two words (覃美玲|柳州|获得) are a salter's chunks as often, and so are pieces at a
    clause's opening, dangling after the last full stop, or splitting a word in two (徒|十年|弟)."""
    starts = list(_title_starts(par[a:b], han))
    if not starts or _dangling(par, a, b) or 0 < a and b < len(par) and _han_word(par[a - 1] + par[b]):
        return False
    if left_is_mark(par, a):
        return _opens_quoted_name(par, a, b)
    return not _on_bounds(par[a:b], han, tb) and glued(par, a, b, starts, tb, han)


def _in_subjects(rows: list, paragraphs: list[str]) -> set[int]:
    """The ids of the candidates inside a union name that is its sentence's subject (宝安|区总工会|将…): the text's own
    name, which a chain of weak fragments should not take over a confident chunk elsewhere in the paragraph."""
    names: dict[int, set[tuple[int, int]]] = {}
    for c, _ in rows:
        if c.text[-1] in "会會" and subject_union(paragraphs[c.para], c.start, c.end):
            names.setdefault(c.para, set()).add((c.start, c.end))
    if not names:
        return set()
    return {id(c) for c, _ in rows if any(a < c.end and c.start < b for a, b in names.get(c.para, ()))}


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
