"""Page-wide rules at clause seams: digit seams, doubled pieces, seam repeats, odd seams, dangling ends."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ... import lazyrx
from .base import (
    HAN, HAN_RUNS, CLAUSE_MARKS, SENTENCE_END, CLOSERS, MAX_LEN, CLAUSE_MARK, NUM_TITLE, DIGIT, UNION_NAME, _disjoint,
    _with_splits, is_digit, is_han, is_num_title,
)
from .title import Title, _title_chars
from .boundaries import title_boundaries
from .runs import _on_bounds


SEAM_MIN = 3  # title chunks a paragraph must show at clause marks, tiling the title, for seam_tiles


def _mark_windows(par: str, where: dict, char) -> Iterator[tuple[int, str]]:
    """(k, w) for the windows w of 2-4 characters right after a clause mark at par[k], opening with a character of
    where and all of whose characters ``char`` (a test of one character) takes, in paragraph order: the seam pieces
    seam_tiles and digit_seams read."""
    for m in CLAUSE_MARK.finditer(par, 0, len(par) - 1):  # (the marks found in C, not by a walk over every character)
        k = m.start() + 1
        if par[k] not in where:
            continue
        for n in (2, 3, 4):
            w = par[k:k + n]
            if len(w) == n and all(map(char, w)):
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
    x = _numbered_title(title or "")
    if not x:
        return [[] for _ in paragraphs]
    where: dict[str, list[int]] = {}
    for k, ch in enumerate(x):
        where.setdefault(ch, []).append(k)
    # title indices inside a number where a piece may not start or end without cutting it
    inner = {k for k in range(1, len(x)) if is_digit(x[k - 1]) and is_digit(x[k])}
    pieces = [_seam_pieces(par, x, where) for par in paragraphs]
    out = [[(a, b) for _, a, b in _tiling_chain([(0, *pc) for pc in ps], inner)] for ps in pieces]
    # a salter spreading one chunk list over several paragraphs: the chain read across the page, in page order
    page = _tiling_chain([(pi, *pc) for pi, ps in enumerate(pieces) for pc in ps], inner)
    out = _with_splits(out, [[(a, b) for qi, a, b in page if qi == pi] for pi in range(len(paragraphs))])
    if page:  # and the list's last chunk, dangling after a paragraph's final full stop (…参加。动)
        out = _with_splits(out, [_dangling_tail(par, x) for par in paragraphs])
    return out


@lru_cache(maxsize=64)
def _numbered_title(title: str) -> str:
    """The title's Han characters and digits, in order, when it holds both (else ""): what digit_seams reads,
    worked out once per title (the page rules ask it of every cut copy of a page)."""
    x = "".join(NUM_TITLE.findall(title))
    return x if DIGIT.search(x) and HAN.search(x) else ""


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
    for k, w in _mark_windows(par, where, is_num_title):
        n = len(w)
        # (a piece the sentence runs on with the title's next character is a prefix of a longer
        # verbatim stretch, ,2024年度 written whole; one it runs on with another digit is another
        # number, ,2023年 under a title with 2024: neither is a cut of the number)
        if k + n < len(par) and is_digit(par[k + n]) and is_digit(w[-1]):
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
            han = "".join(filter(is_han, piece))
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
    if not is_num_title(piece[0]) and piece[0] not in "“「":
        return False
    han = "".join(filter(is_han, piece))
    return (sum(map(is_num_title, piece)) >= least and len(han) >= 2 and _in_title_text(piece, t.text)
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
                if is_han(par[a]) and _odd_piece_ok(par[a:k], t, tb, ODD_PIECE):
                    best = a
            if best is not None and par[o + 1:k] not in t.text and par[best - 1:k] not in t.text:
                res.append((best, k))
    return sorted(res)


def _balanced(piece: str) -> bool:
    """The piece opens with a Han character or a quote and closes every quote it opens (“法援+调解”, not “法援)."""
    return (is_han(piece[0]) or piece[0] in "“「") and _quotes_closed(piece)


def _quotes_closed(piece: str) -> bool:
    """As many closing as opening quotation marks of each kind in the piece (a pasted title piece is whole)."""
    return piece.count("“") == piece.count("”") and piece.count("「") == piece.count("」")


def _title_digit_seams(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """digit_seams for a prepared title (it reads the title's text, digits and all)."""
    return digit_seams(paragraphs, t.text)


def dangling_ends(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Two to MAX_LEN title characters left dangling after a paragraph's final sentence end (…获得二等奖。大賽), read
    as one verbatim title piece or two (表|宜宾市总): a salter's last chunk, put after the closing mark; real text
    does not leave an unpunctuated scrap of the title after its last sentence. A title holding a number gives pieces
    cutting it (…万元。和20 of 和2024年, …感悟。赛36名 of 竞赛 36名): read on the title's Han characters and digits, the
    piece opening on a Han character (a dateline or a count opens on its digits)."""
    x = "".join(NUM_TITLE.findall(t.text)) if DIGIT.search(t.text) else t.han
    chars = set(x)
    out: list[list[tuple[int, int]]] = []
    for par in paragraphs:
        end = len(par.rstrip())
        k = end
        while k > 0 and par[k - 1] in chars:
            k -= 1
        run = par[k:end]
        ok = (k > 0 and par[k - 1] in SENTENCE_END and 2 <= len(run) <= MAX_LEN and run[0] in t.where
              and any(run[:m] in x and run[m:] in x for m in range(1, len(run) + 1)))
        out.append([(k, end)] if ok else [])
    return out


#: The page-wide rules whose spans _with_doubled joins to the reading's (in this order) and asks of the cut page.
PAGE_RULES = (doubled_spans, _title_digit_seams, seam_repeats, odd_seams, dangling_ends)
