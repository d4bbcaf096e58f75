"""Hard wraps: paragraphs a scraper or a plain-text copy cut into lines of one width, joined again.

A page copied from a fixed-width view (e-paper text, old forums, e-mail) has
its paragraphs broken every N characters: the broken lines do not end a
sentence, have about the same length, and follow each other with no blank
line. Joining them gives one paragraph per line again, and names cut in two
(贵阳市总工|会) whole for ``extract``. The rule wants the page to show the
damage (two or more such breaks of one width), so a heading or a short line
without a full stop on an ordinary page stays a line of its own; joined
paragraphs have no common width any more, so cleaning the output again joins
nothing (idempotent). A run of cut lines must end on a line that ends a
sentence: the lines of a list (units, names) end none; and lines with no clause in them do not close on a
line longer than the width (the paragraph after a list or a heading is not their rest). Paragraphs cut at random
widths (no common width) join when the page shows two of them cut inside the text, clauses in their cut lines.
"""

from __future__ import annotations

from .. import lazyrx
from .lines import HAN

#: Marks that end a paragraph (a line ending with one is not cut mid-sentence).
CLOSERS = frozenset("。!?…;:”」』)】]》>.！？；：）’\"'")
#: Marks no paragraph opens with: a line opening with one continues the line before.
# (not a closing bracket: joined to an opening one it can make a reading, 區(qū, that only the next
# cleaning cuts)
_CONTINUE_CHARS = frozenset(",，。、;；:：!！?？”」』")
# List items and section heads start a line of their own (a WeChat post numbers its subheads "01 ", "02 ").
_ITEM = lazyrx.cached(r"^\s*(?:0\d\s|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[.、)]|第[一二三四五六七八九十\d]+[条章节部]"
                      r"|[•·●◆■□▲△※*>-])")
# Table rows and name lists: Han characters set apart by spaces.
_SPACED = lazyrx.cached(r"\p{Han}\s+\p{Han}")
# A clause break inside a line: cut prose has them, list items and headings do not.
_CLAUSE = lazyrx.cached(r"[,，;；]")
#: Shortest broken line (a wrap width below this is a list, not a layout).
MIN_WIDTH = 16
#: How far a broken line's length may stray from the page's wrap width (their median).
WIDTH_SLACK = 0.25


def _breakable(p: str, q: str) -> bool:
    """Line p may be the first part of a paragraph cut before q."""
    # (a line opening with a bracket stays apart: a reading cut off its character, 區 / (qū), would join up
    # and be cut on the second cleaning only)
    return (len(p) >= MIN_WIDTH and p[-1] not in CLOSERS and not _ITEM.match(p) and not _ITEM.match(q)
            and q[0] not in "(（"
            and not _SPACED.search(p) and not _SPACED.search(q) and _prose(p) and _prose(q))


# Symbols prose does not use: a line with one is junk or markup, and joining it would hand the line
# rules a new line to read (a jammer glued to the next paragraph reads as an inline one).
_JUNK = lazyrx.cached(r"[<>{}\[\]^~|\\`@#$&*_=＜＞｛｝［］＾～｜＼｀＠＃＄＆＊＿＝]")  # ("+" names: 工会驿站+)


def _prose(t: str) -> bool:
    """Running text: mostly Han characters, none of the symbols of junk and markup."""
    return len(HAN.findall(t)) >= 0.6 * len(t) and not _JUNK.search(t)


def join_wraps(texts: list[str]) -> list[str]:
    """The paragraphs with cut ones joined, until nothing more joins (the output is a fixed point: clean's
    output read again has its paragraphs next to each other, whatever lines stood between them on the page)."""
    return [joined_group(texts, g) for g in wrap_groups(texts)]


def wrap_groups(texts: list[str]) -> list[list[int]]:
    """The indexes of ``texts`` that ``join_wraps`` makes into each output paragraph, in order."""
    groups = [[k] for k in range(len(texts))]
    if not may_join(texts):
        return groups  # (most pages: no two neighbouring lines could join, no rule needs to read them)
    for _ in range(MAX_ROUNDS):
        join = wrap_joins(texts)
        if not any(join):
            break
        out: list[str] = []
        merged: list[list[int]] = []
        for k, t in enumerate(texts):
            if k and join[k - 1]:
                out[-1] = join_text(out[-1], t)
                merged[-1].extend(groups[k])
            else:
                out.append(t)
                merged.append(list(groups[k]))
        texts, groups = out, merged
    return groups


def may_join(texts: list[str]) -> bool:
    """False when ``wrap_joins`` cannot join anything: no line opens with a continuing mark, fewer than two lines
    before a non-empty one are long enough and end without a closer (the width rules), and fewer than
    ``_random_cuts`` needs end on a character (two runs of two such lines): a cheap test before the rules."""
    wide = cut = 0
    for i in range(len(texts) - 1):
        p, q = texts[i], texts[i + 1]
        if not p or not q:
            continue
        if q[0] in _CONTINUE_CHARS:
            return True
        wide += len(p) >= MIN_WIDTH and p[-1] not in CLOSERS
        cut += len(p) >= MIN_PART and p[-1].isalnum()
        if wide >= 2 or cut >= 2 * MIN_CUT_RUNS:
            return True
    return False


def joined_group(texts: list[str], group: list[int]) -> str:
    """The paragraph made of the texts of one group (``wrap_groups``)."""
    out = texts[group[0]]
    for k in group[1:]:
        out = join_text(out, texts[k])
    return out


#: Rounds of joining at most (a page's cut lines join in one; a second finds nothing on every page seen).
MAX_ROUNDS = 4


def wrap_joins(texts: list[str]) -> list[bool]:
    """``join[i]``: paragraph i is cut and goes on in paragraph i+1."""
    n = len(texts)
    join = [False] * n
    cands = []
    for i in range(n - 1):
        if not texts[i] or not texts[i + 1]:
            continue
        if texts[i + 1][0] in _CONTINUE_CHARS and _prose(texts[i]) and _prose(texts[i + 1][1:]):  # "。市总工会…": cut before a mark
            join[i] = True
        elif _breakable(texts[i], texts[i + 1]):
            cands.append(i)
    if len(cands) < 2:
        return _with_random_cuts(texts, join)
    widths = sorted(len(texts[i]) for i in cands)
    width = widths[len(widths) // 2]
    same = {i for i in cands if abs(len(texts[i]) - width) <= WIDTH_SLACK * width}
    # a cut paragraph ends a sentence on its last line; lines of a list (names, units) end none
    runs = []
    for i in sorted(same):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    # ...and a run of lines with no clause in them (list items, headings) does not close on a line longer than
    # the width: that is a paragraph of its own after lines that happen to be of about one length (prose cut at
    # random widths leaves a long rest, but its cut lines hold clauses)
    runs = [r for r in runs if texts[r[-1] + 1][-1] in CLOSERS
            and (len(texts[r[-1] + 1]) <= (1 + WIDTH_SLACK) * width or any(_CLAUSE.search(texts[i]) for i in r))]
    if sum(len(r) for r in runs) >= 2:
        for r in runs:
            for i in r:
                join[i] = True
    return _with_random_cuts(texts, join)


def _with_random_cuts(texts: list[str], join: list[bool]) -> list[bool]:
    """``join`` with the lines of paragraphs cut at random widths (``_random_cuts``) set too."""
    for i in _random_cuts(texts):
        join[i] = True
    return join


#: Shortest part of a paragraph cut at random widths; how many such paragraphs show the damage.
MIN_PART = 6
MIN_CUT_RUNS = 2


def _random_cuts(texts: list[str]) -> list[int]:
    """Lines of paragraphs cut at random widths (no common width to tell them by): runs of two prose lines or
    more cut inside the text (ending on a character, no mark: a poem's lines end on commas) closed by a line
    ending a sentence, a clause mark inside the run (中国海员建设工会主席王 / 建华表示，船员是特殊的 / 职工群体，…。),
    on a page showing MIN_CUT_RUNS of them. A heading over its paragraph is one unclosed line, and a list's
    lines hold no clause; the indexes to join to the next line."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for i in range(len(texts)):
        p, q = texts[i], texts[i + 1] if i + 1 < len(texts) else ""
        if (p and q and len(p) >= MIN_PART and p[-1].isalnum() and q[0] not in "(（" and not _ITEM.match(p)
                and not _ITEM.match(q) and not _SPACED.search(p) and _prose(p) and not _JUNK.search(q)):
            cur.append(i)
            continue
        if len(cur) >= 2 and p and p[-1] in "。!?！？" and not _SPACED.search(p) \
                and any(_CLAUSE.search(texts[k]) for k in cur):
            runs.append(cur)
        cur = []
    if len(runs) < MIN_CUT_RUNS:
        return []
    return [i for r in runs for i in r]


def join_text(a: str, b: str) -> str:
    """Two parts of a cut paragraph as one (a space only between two Latin letters or digits)."""
    return a + " " + b if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum() else a + b
