"""The cheap gates deciding which paragraphs the word model reads (cut fragments, sequence gate, page gate)."""

from __future__ import annotations

from functools import lru_cache

from .base import HAN_RUNS, SENTENCE_END, MAX_LEN, _common, PLACE_SUFFIX, SUBJECT_NEXT, subject_union
from .words import _is_word, loose_chars, _simplifier
from .title import Title, bare_place, left_is_mark, _opens_quoted_name, _whole_item, right_is_mark, title_runs, _title_chars
from .boundaries import title_boundaries, word_splits
from .runs import LOOSE, _word_across, glued, names_org, _run_shape, _whole_tiling, _title_starts


SEQ_MIN = 3     # clause-opening title chunks, in the title's order, a paragraph needs for the sequence gate
SEQ_COMMON = 2  # of them another such paragraph must repeat, in the same order


def marked_sequence(par: str, t: Title) -> list[str]:
    """The longest title-ordered sequence of short title runs that each open a clause (right after a
    clause mark, not the paragraph's start) and run on into it: where the salter puts most chunks."""
    # a run after a mark starts a stretch of title characters (marks are not Han): count those first
    led = [a for a, _ in _title_chars(par, t.han) if a > 0 and left_is_mark(par, a)]
    if len(led) < SEQ_MIN:
        return []
    rs = [r for r in title_runs(par, t) if r[1] - r[0] <= MAX_LEN - 1 and r[0] > 0 and left_is_mark(par, r[0])
          and not right_is_mark(par, r[1])]
    if len(rs) < SEQ_MIN:
        return []
    return [par[a:b] for a, b, _, _ in _longest_chain(rs)]


def _longest_chain(rs: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The longest chain of runs each starting in the title after the previous one ends (run[3] < next
    run[2]); among equal lengths the one ending first, built on the earliest predecessor. Linear in the runs
    (times the title's length): a whole article on one line holds tens of thousands of runs, and comparing
    each with every earlier one made it quadratic."""
    size = max(r[3] for r in rs) + 1
    top: list[tuple[int, int]] = [(0, -1)] * size  # top[k]: (length, earliest run) of the best chain ending at title index k
    length, parent = [], []
    for q, (_, _, first, last) in enumerate(rs):
        n, p = 0, -1
        for k in range(min(first, size)):
            m, pk = top[k]
            if m > n or (m == n and m and pk < p):
                n, p = m, pk
        length.append(n + 1)
        parent.append(p)
        if n + 1 > top[last][0]:
            top[last] = (n + 1, q)
    q = length.index(max(length))
    chain = []
    while q >= 0:
        chain.append(rs[q])
        q = parent[q]
    return chain[::-1]


def seq_gate(paragraphs: list[str], t: Title) -> set[int]:
    """The second gate, for salt made only of whole title words (贵州|铜仁|市总工会|奋力, which the cut gate
    misses): paragraphs where title chunks open three or more clauses in the title's order, and another
    paragraph repeats two of them in the same order (the salter reuses one chunk list on the page; real
    text opening clauses with the title's words, 工会|帮我们|工资 retelling a title, does not repeat it). The repeating
    paragraph's own sequence may be as short as the two it repeats (a salter gives each paragraph a prefix of its list)."""
    seqs = {}
    for pi, par in enumerate(paragraphs):
        seq = marked_sequence(par, t)
        if len(seq) >= SEQ_COMMON:
            seqs[pi] = seq
    if len(seqs) < 2:
        return set()
    return {pi for pi, s in seqs.items()
            if len(s) >= SEQ_MIN and any(qi != pi and _common(s, x) >= SEQ_COMMON for qi, x in seqs.items())}


def precheck(t: Title, paragraphs: list[str]) -> bool:
    """Cheap test before any word-model work: some paragraph holds a cut title fragment."""
    if len(t.han) < 4:
        return False
    tb = title_boundaries(t)
    return any(cut_fragment(par, t, tb) for par in paragraphs)


MAX_SHAPES = 2_000  # runs remembered per title before its memo starts afresh (a page has ~50)


@lru_cache(maxsize=64)
def _shapes(han: str, tb: frozenset[int]) -> dict[str, tuple]:
    """The memo of _run_shape for one title: a page's paragraphs repeat the same few title words, and
    most runs need nothing more (one dict lookup per run)."""
    return {}


def run_shape(run: str, han: str, tb: frozenset[int], shapes: dict[str, tuple]) -> tuple:
    """_run_shape of a run of title characters, from the title's memo ``shapes`` (``_shapes``) when it is there."""
    shape = shapes.get(run)
    if shape is None:
        if len(shapes) >= MAX_SHAPES:
            shapes.clear()
        shape = shapes[run] = _run_shape(run, han, tb)
    return shape


def cut_fragment(par: str, t: Title, tb: set[int], wide: bool = False) -> bool:
    """The paragraph gate: a short verbatim title piece cut at a place that is not a title word
    boundary (市盘 from 昆明市|盘龙区: salting cuts the title at arbitrary character offsets, real
    text restates whole words), or title characters dangling after the paragraph's final full stop.
    ``wide`` also takes a sparse chunk of three or more characters inside a clause (used once the page
    is open: too many unsalted pages show one)."""
    return gate_level(par, t, tb) >= (WIDE if wide else NARROW)


NARROW, WIDE = 2, 1  # gate_level: the narrow gate opens (so does the wide one), only the wide one opens


def gate_level(par: str, t: Title, tb: set[int], page: str = "") -> int:
    """cut_fragment's answers for both gates from one reading of the paragraph: NARROW, WIDE or 0 (``page``: the
    page's text, for the evidence of _page_word_end; without it the answer depends on the paragraph alone)."""
    han = t.han
    shapes = _shapes(han, tb)
    runs = _title_chars(par, han)
    hit = wide_only = False
    for a, b in runs:  # the pieces sit in runs of title characters; most runs hold none
        if run_shape(par[a:b], han, tb, shapes):
            hit = True
            break
    for o, e in runs if hit else ():  # the runs again, with their offsets for the context
        shape = run_shape(par[o:e], han, tb, shapes)
        if not shape or _whole_item(par, o, e):
            continue
        cut, sparse = shape
        for i, j, starts in cut:
            if open_cut(par, o + i, o + j, starts, t, tb, page):
                return NARROW
        # a sparse chunk (title characters with some skipped: 兰市总工会, 岗总开展秋) after a clause mark; whole title
        # words side by side there are a clause's own subject (,职工健康是… of 职工送健康), not a chunk, and so is
        # one dictionary word before 是 or 们 (,铸造业是… of 铸造行业: the sector named short, the clause's subject)
        for a, b in sparse:
            a, b = a + o, b + o
            if not _word_across(par, b):
                if left_is_mark(par, a) and not _opens_quoted_name(par, a, b) and not _whole_tiling(par[a:b], han, tb) \
                        and not (par[b:b + 1] in SUBJECT_NEXT and _is_word(par[a:b])) \
                        and not _opening_place_name(par, a, b, han, tb) and not (page and _written_twice(par[a:b], page)):
                    return NARROW
                if b - a >= 3 and not _word_across(par, a):
                    if _odd_inside(par, a, b, han, tb, page):
                        return NARROW
                    wide_only = True  # mid-clause only when three or more characters: two read as a word too often
    end = len(par.rstrip())
    k = end
    while k > 0 and par[k - 1] in t.where:
        k -= 1
    if k < end and k > 0 and par[k - 1] in SENTENCE_END:
        return NARROW
    return WIDE if wide_only else 0


def open_cut(par: str, i: int, j: int, starts: list[int], t: Title, tb: frozenset[int], page: str = "") -> bool:
    """The cut title piece par[i:j] (at title offsets ``starts``) opens the narrow gate: glued into no word of the
    sentence, no organisation's or union's name, not reused in the paragraph, no short form of the title's words
    (``page``: the page's text, for the evidence of _page_word_end)."""
    han = t.han
    return not glued(par, i, j, starts, tb, han) and not names_org(par, i, j, starts, han) \
        and not _reused(par, i, j, han) and not (page and _page_word_end(par, i, j, page)) \
        and not subject_union(par, i, j) and not _compound_tail(j - i, starts, han, tb) \
        and not _place_subject(par, i, j, t, tb)


def _compound_tail(n: int, starts: list[int], han: str, tb: frozenset[int]) -> bool:
    """The cut piece of n characters (at one of its title starts) drops the head word of a title word read as two
    words (``word_splits``) and ends on a title word boundary: 技能竞赛 of 职业技能|竞赛, the text's short form of the
    title's phrase (as 区总工会 drops the place of 南岗区|总工会), no cut. A piece ending inside such a word (年工会 of
    年|工会工作) stays a cut: a salter's chunk ends there as often. (The gate's view only: cut_pairs still reads a
    salter's two halves of the title word, 召开年工会 … 工作会议, as a cut.)"""
    splits = word_splits(han, tb)
    return any(s in splits and s + n in tb for s in starts)


def _place_subject(par: str, i: int, j: int, t: Title, tb: frozenset[int]) -> bool:
    """The cut piece par[i:j] is the title's place without its level word right before the copula (，涧西是… of
    涧西区|总工会): the clause's subject, the short name the text calls its place by. A salter's chunk cut there
    runs on into whatever the clause says next."""
    return par[j:j + 1] in SUBJECT_NEXT and bare_place(par[i:j], t, tb)


MID_SPARSE = 4  # characters of a sparse chunk inside a clause that opens the narrow gate on its own


def _odd_inside(par: str, a: int, b: int, han: str, tb: frozenset[int], page: str) -> bool:
    """The sparse chunk par[a:b], glued to no word on either side inside a clause, is MID_SPARSE or more characters
    that read as loose characters (区|会|开|年 of 年度|区会开年|工会工作), not whole title words side by side: a sentence
    shortening the title's phrases skips title characters too, but keeps words (果业|职工 of 苹果产业职工, 职工|书屋|进
    of 职工书屋开进); a shorter chunk (区会办) is a word's abbreviation too often."""
    return b - a >= MID_SPARSE and loose_chars(_simplifier()(par[a:b])) >= LOOSE \
        and not _whole_tiling(par[a:b], han, tb) and not (page and _written_twice(par[a:b], page))


PAGE_WORD = 2  # Han characters before (after) a two-character cut piece that, with its first (last) one, the page repeats


def _page_word_end(par: str, i: int, j: int, page: str) -> bool:
    """The two-character cut piece par[i:j] ends a word of the text on one side: its first character with the
    PAGE_WORD characters before it (砍蔗|工 of 砍蔗工送去, a word the dictionary lacks), or its last with those
    after it, comes back elsewhere on the page without the piece's other character. The text's own word, which the
    article uses again; what is left of the piece is one character, no cut. A salter's chunk put after (before)
    the sentence's characters repeats that context elsewhere only by chance."""
    if j - i != 2:
        return False
    left, right = par[i - PAGE_WORD:i + 1] if i >= PAGE_WORD else "", par[j - 1:j + PAGE_WORD]
    for w, other, after in ((left, par[i + 1], True), (right, par[i], False)):
        if len(w) != PAGE_WORD + 1 or not HAN_RUNS.fullmatch(w):
            continue
        k = page.find(w)
        while k >= 0:
            if after and page[k + len(w):k + len(w) + 1] != other or not after and page[k - 1:k] != other:
                return True
            k = page.find(w, k + 1)
    return False


def _opening_place_name(par: str, a: int, b: int, han: str, tb: frozenset[int]) -> bool:
    """par[a:b] opens the paragraph and is the title's place (from a title word boundary up to the level word that
    ends a title word: 曹妃甸 of 曹妃甸|区, 黄骅 of 黄骅市) and one character more: a name built on the place
    (曹妃甸港是…), the paragraph's subject. Salters put chunks after clause marks and between words; one opening a
    paragraph is rare, and cut inside the title's words (区总会举 of 堆龙德庆|区总工会|举办)."""
    n = b - a - 1
    return a == 0 and n >= 2 and any(s in tb and s + n + 1 in tb and han[s + n:s + n + 1] in PLACE_SUFFIX
                                     for s in _title_starts(par[a:b - 1], han))


def _written_twice(text: str, page: str) -> bool:
    """One paragraph of the page (lines of ``page``) holds text twice: the text's own word (曹妃甸港 of 位于曹妃甸港区…
    联合曹妃甸港集团, a place's port), which an article uses again and again; a salter puts each chunk of its list
    into a paragraph once (as _reused reads within one paragraph)."""
    k = page.find(text)
    while k >= 0:
        nxt = page.find(text, k + len(text))
        if nxt < 0:
            return False
        if "\n" not in page[k:nxt]:
            return True
        k = nxt
    return False


def page_gate(paragraphs: list[str], sus: set[int], t: Title, tb: set[int]) -> set[int]:
    """The paragraphs of sus whose narrow gate stays open once the page's own words are known (_page_word_end,
    _written_twice)."""
    page = "\n".join(paragraphs)
    return {pi for pi in sus if gate_level(paragraphs[pi], t, tb, page) >= NARROW}


def _reused(par: str, i: int, j: int, han: str) -> bool:
    """The cut piece par[i:j] comes back elsewhere in the same paragraph on its own (not inside a longer verbatim
    piece of the title, as 区总 inside 区总工会 is): the text's own word, which an article uses again and again
    (酒庄 of a title read 葡萄酒|庄), not a chunk: a salter puts each chunk of its title-ordered list into a
    paragraph once."""
    piece, n = par[i:j], j - i
    k = par.find(piece)
    while k >= 0:
        if k != i and not (k > 0 and par[k - 1:k + n] in han) and par[k:k + n + 1] not in han:
            return True
        k = par.find(piece, k + 1)
    return False
