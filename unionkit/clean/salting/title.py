"""The title's shape: its Han characters, the candidate fragments of a paragraph and their marks and runs."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .base import HAN, CLAUSE_MARKS, SENTENCE_END, CLOSERS, MAX_LEN, MAX_GAP, PLACE_SUFFIX


# --------------------------------------------------------------------------- title shape


@dataclass(frozen=True)
class Title:
    """The title prepared for matching: its Han characters and where each one sits."""

    text: str
    han: str
    where: dict


@lru_cache(maxsize=8)
def prepare_title(title: str) -> Title:
    """Index the title's Han characters by character (memoised for the few titles a page is read with: every rule
    of a salt_spans call prepares the same title again; a Title is frozen and its index shared already)."""
    han = "".join(HAN.findall(title))
    return Title(title, han, _title_where(han))


@lru_cache(maxsize=128)
def _title_where(han: str) -> dict[str, list[int]]:
    """The title indices of each of the title's Han characters (shared: callers only read it)."""
    where: dict[str, list[int]] = {}
    for k, ch in enumerate(han):
        where.setdefault(ch, []).append(k)
    return where


def bare_place(text: str, t: Title, tb: frozenset[int]) -> bool:
    """text is the title's place name without its level word (晋江 of 晋江市, 涧西 of 涧西区), from one of the title's
    word boundaries: the short name body text calls the place by, cut where the title's words are not."""
    n = len(text)
    return n >= 2 and any(s in tb and t.han.startswith(text, s) and s + n < len(t.han) and t.han[s + n] in PLACE_SUFFIX
                          for s in t.where.get(text[0], ()))


@dataclass(slots=True)
class Cand:
    """A paragraph span that is a subsequence of the title's Han characters."""

    para: int
    start: int
    end: int
    t0: int       # title index of the first character
    t1: int       # title index of the last character
    text: str
    prob: float = 0.0
    free: bool = False    # both ends are word boundaries of the paragraph's best segmentation
    quoted: bool = False  # inside a longer verbatim quotation of the title
    odd: bool = False  # reads as loose characters, or skips title characters
    aligned: bool = False  # starts and ends on the title's own word boundaries (whole title words)
    marked: bool = False  # opens the paragraph or a clause (where a salter puts its chunks)


def candidates(par: str, t: Title, pi: int = 0) -> list[Cand]:
    """All spans of 2..MAX_LEN characters of ``par`` that follow the title's order."""
    return [Cand(pi, i, j, t0, t1, par[i:j]) for i, j, t0, t1 in _cand_spans(par, t)]


def _cand_spans(par: str, t: Title) -> list[tuple[int, int, int, int]]:
    """candidates as (start, end, t0, t1), in the same order; they only hold title characters, so only
    the runs of two or more title characters are walked."""
    where, step, out = t.where, _steps(t.han, MAX_GAP + 1), []
    for a, n in _title_chars(par, t.han):
        for i in range(a, n - 1):
            seen = set()
            for t0 in where[par[i]]:
                tk, j = t0, i + 1
                while j < n and j - i < MAX_LEN:
                    nxt = step.get((tk, par[j]))
                    if nxt is None:
                        break
                    tk, j = nxt, j + 1
                    if (j, tk) not in seen:
                        seen.add((j, tk))
                        out.append((i, j, t0, tk))
    return out


def verbatim_extended(par: str, c: Cand, title: str) -> bool:
    """True when the span sits inside a longer verbatim quotation of the title."""
    return _verbatim_ext(par, c.start, c.end, title)


def _verbatim_ext(par: str, i: int, j: int, title: str) -> bool:
    """verbatim_extended for the span par[i:j]."""
    if par[i:j] not in title:
        return False
    if i > 0 and par[i - 1:j] in title:
        return True
    return j < len(par) and par[i:j + 1] in title


def left_is_mark(par: str, i: int) -> bool:
    """The span starts the paragraph or follows a clause mark (an opening quote counts too)."""
    return i == 0 or par[i - 1] in CLAUSE_MARKS or par[i - 1] in "“‘「『(（"


def _opens_quoted_name(par: str, a: int, b: int) -> bool:
    """par[a:b] opens a quoted name that goes on after it (“工匠绝活进课堂”): a campaign's name reusing the
    title's words, not a chunk put after a clause mark."""
    if a == 0 or par[a - 1] not in "“「『":
        return False
    close = next((k for k in range(b, min(len(par), b + 20)) if par[k] in "”」』"), None)
    # (a slogan's halves may be set apart by a space or a dot: “书香润初心 阅读促成长”)
    return close is not None and close > b and all(HAN.match(ch) or ch in " ·・—　" for ch in par[b:close])


def title_quoted_name(par: str, a: int, b: int, title: str) -> bool:
    """par[a:b] lies inside a quoted name that the title quotes too, marks and all (今年的“夏送清凉”活动 under a
    title holding “夏送清凉”): the page's own mention of the campaign the title names; a salter's chunk put inside a
    quotation does not rebuild the title's whole quoted name around it."""
    lo = max(par.rfind(q, 0, a) for q in "“「『")
    if lo < 0:
        return False
    hi = min((k for k in (par.find(q, b) for q in "”」』") if k >= 0), default=-1)
    return hi >= 0 and par[lo:hi + 1] in title


def _whole_item(par: str, a: int, b: int) -> bool:
    """The run of title characters par[a:b] is a whole list item: after 、 and right before 和/及/与 (劳动模范、[鄞州工匠]和
    技术能手), the list's own item (the title's place and a word of it: an honour's name); a salter's chunk put there
    is followed by the sentence's words."""
    return a > 0 and par[a - 1] == "、" and b < len(par) and par[b] in LIST_END


LIST_END = frozenset("和及与與")  # what joins a list's last item to the one before it


def right_is_mark(par: str, j: int) -> bool:
    """The span is directly followed by a clause mark or a closing quote."""
    return j < len(par) and (par[j] in CLAUSE_MARKS or par[j] in CLOSERS)


def dangling(par: str, c: Cand) -> bool:
    """The span ends the paragraph right after a sentence end: a leftover, not a sentence."""
    return _dangling(par, c.start, c.end)


def _dangling(par: str, start: int, end: int) -> bool:
    """dangling for the span par[start:end]."""
    if end != len(par.rstrip()) or start == 0:
        return False
    k = start - 1
    while k > 0 and par[k] in CLOSERS:
        k -= 1
    return par[k] in SENTENCE_END


def _increasing(pos: list[int]) -> int:
    """Length of the longest strictly increasing subsequence."""
    tails: list[int] = []
    for q in pos:
        k = bisect.bisect_left(tails, q)
        tails[k:k + 1] = [q]
    return len(tails)


def title_runs(par: str, t: Title) -> list[tuple[int, int, int, int]]:
    """Greedy left-to-right maximal runs (start, end, first title index, last title index) of
    characters following the title's order with gaps of at most two title characters."""
    where, out = t.where, []
    step = _steps(t.han, 3)
    for a, b in _title_chars(par, t.han):  # runs only hold title characters
        _runs_in(par, a, b, where, out, step)
    return out


@lru_cache(maxsize=128)
def _steps(han: str, gap: int) -> dict[tuple[int, str], int]:
    """For a title index p and a character, its first title index in p+1..p+gap: one dict lookup
    per step of a title-ordered walk instead of a scan of the character's positions."""
    out: dict[tuple[int, str], int] = {}
    for p in range(len(han)):
        for q in range(p + 1, min(len(han), p + gap + 1)):
            out.setdefault((p, han[q]), q)
    return out


def _runs_in(par: str, i: int, n: int, where: dict, out: list, step: dict) -> None:
    """title_runs inside par[i:n], a stretch made only of title characters."""
    while i < n - 1:
        starts = where.get(par[i])
        if not starts or par[i + 1] not in where:
            i += 1
            continue
        best = None
        for t0 in starts:
            tk, j = t0, i + 1
            while j < n:
                nxt = step.get((tk, par[j]))
                if nxt is None:
                    break
                tk, j = nxt, j + 1
            if j - i >= 2 and (best is None or j - i > best[1] - best[0]):
                best = (i, j, t0, tk)
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1


def suspect(par: str, t: Title) -> bool:
    """Cheap structural test for one paragraph: two or more short title-ordered runs in the title's
    order, one of them after a clause mark (where most salt sits) or dangling after the last full stop.
    Long runs are verbatim mentions of the title and do not count."""
    rs = [r for r in title_runs(par, t) if r[1] - r[0] <= MAX_LEN - 1]
    if len(rs) < 2 or _increasing([r[2] for r in rs]) < 2:
        return False
    end = len(par.rstrip())
    return any(left_is_mark(par, a) or (b == end and a > 0 and par[a - 1] in SENTENCE_END) for a, b, _, _ in rs)


# Runs of title characters, fallback: a character class of the title's characters compiled with the standard ``re``
# module (~0.2 ms per fresh title, memoised per title; the ``regex`` module's class is no cheaper).
@lru_cache(maxsize=64)
def _title_class(han: str):
    """The pattern of maximal runs of two or more of the title's characters."""
    return re.compile("[" + re.escape("".join(sorted(set(han)))) + "]{2,}")


# Compiling a fresh title's class costs more than marking a page's paragraphs (0.05 ms for a short page, 0.22 ms
# for a bench page of 2,000 characters, against 0.2-0.28 ms with the class): the paragraph is translated with the
# title's characters turned into MARK_CHAR (one character for one: offsets kept) and MARK_CHAR's runs found by one
# fixed pattern, the same runs as the class's. A paragraph holding MARK_CHAR itself falls back to the class.
MARK_CHAR = "\x01"
MARK_RUNS = re.compile(MARK_CHAR + "{2,}")


@lru_cache(maxsize=64)
def _title_marks(han: str) -> dict[int, str]:
    """The translation table turning each of the title's characters into MARK_CHAR."""
    return dict.fromkeys(map(ord, han), MARK_CHAR)


@lru_cache(maxsize=2048)
def _title_chars(par: str, han: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the maximal runs of two or more of the title's characters in par (memoised: the gates,
    the candidates and the readings each walk the same paragraph's runs)."""
    if MARK_CHAR in par:
        return tuple(m.span() for m in _title_class(han).finditer(par))
    return tuple(m.span() for m in MARK_RUNS.finditer(par.translate(_title_marks(han))))
