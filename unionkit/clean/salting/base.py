"""Shared low-level pieces of title salting: character tables, patterns, span helpers, small predicates."""

from __future__ import annotations

import re

from ... import lazyrx


HAN = lazyrx.cached(r"\p{Han}")
HAN_RUN = lazyrx.cached(r"\p{Han}*")
HAN_RUNS = lazyrx.cached(r"\p{Han}+")


class _CharTable(dict):
    """A one-character pattern's verdict on single characters, kept per character: the salting loops ask it of one
    character at a time, over and over (a dictionary look-up instead of a pattern call)."""

    __slots__ = ("rx",)

    def __init__(self, rx) -> None:
        super().__init__()
        self.rx = rx

    def __missing__(self, ch: str) -> bool:
        out = self[ch] = self.rx.match(ch) is not None
        return out


#: ``is_han(ch)``: the character ``ch`` (one character, or "") is Han, as HAN says.
is_han = _CharTable(HAN).__getitem__
#: Marks after which spam inserts fragments, and before which real fragments never sit.
#: Both widths: width-normalised pages (most real ones) use ASCII , ; : ! ?, others the full-width forms
#: (written as escapes so that no editor or formatter folds them into ASCII).
CLAUSE_MARKS = frozenset(",;:!?。、\uff0c\uff1b\uff1a\uff01\uff1f")
SENTENCE_END = frozenset("。!?\uff01\uff1f")
CLOSERS = frozenset("”’」』)）")
BOUND_SUFFIX = frozenset("们們")  # characters that end the word before them and start none
MAX_LEN = 6          # longest fragment considered
ODD_COST = 6.5      # per-character cost above which a span reads as a non-word (two loose characters)
MAX_GAP = 6          # most title characters a fragment may skip between two of its characters
MAX_FORCED = 4.0     # cost of forcing word boundaries at a span's ends beyond which it is not salt
MAX_WORD = 8         # longest dictionary word tried by the segmenter
UNKNOWN_COST = 22.0  # cost of a Han character the dictionary does not know
OTHER_COST = 8.0     # cost of a non-Han token (digits, Latin, punctuation)


OPEN_QUOTES = "“「『"
CLOSE_QUOTES = "”」』"


PLACE_OBJECT = frozenset("是在为于对向从到与和及同让使把给将為於對與給將")  # a copula or preposition taking a noun phrase


def _without(out: list[list[tuple[int, int]]], paragraphs: list[str], own) -> list[list[tuple[int, int]]]:
    """The spans without those ``own(par, a, b, spans)`` reads as the sentence's own words (a paragraph's list is
    kept as it is when it loses none)."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = [(a, b) for a, b in spans if not own(par, a, b, spans)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


def _find_all(par: str, x: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Every start of x inside par[lo:hi] (overlapping copies too)."""
    out, k = [], par.find(x, lo, hi)
    while k >= 0:
        out.append(k)
        k = par.find(x, k + 1, hi)
    return out


CLAUSE_MARK = re.compile("[" + re.escape("".join(sorted(CLAUSE_MARKS))) + "]")  # one clause mark (_mark_windows)


#: Title characters a number-bearing salt chain is read over: Han characters and digits (the year in 启动2024年度).
NUM_TITLE = lazyrx.cached(r"[\p{Han}0-9\uff10-\uff19]")
DIGIT = lazyrx.cached(r"[0-9\uff10-\uff19]")
#: ``is_num_title(ch)``, ``is_digit(ch)``: NUM_TITLE's and DIGIT's verdicts on one character.
is_num_title = _CharTable(NUM_TITLE).__getitem__
is_digit = _CharTable(DIGIT).__getitem__
COUNTED = frozenset("名个位家户人個戶")  # measure words after a number: a noun follows them (56名職工, 42名电焊工)
COUNT_REACH = 8  # characters after a count within which its noun written again names the noun a span before it holds


#: What a place name runs on into when it is part of the sentence's own proper name: its union federation.
ORG_AFTER = lazyrx.cached(r"[总總]?工[会會]")


def _common(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two lists of fragment texts."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            cur = row[j + 1]
            row[j + 1] = prev + 1 if x == y else max(row[j + 1], row[j])
            prev = cur
    return row[-1]


#: Characters that end a place name: the name without one of them is its usual short form (西秀区 -> 西秀).
PLACE_SUFFIX = frozenset("省市区县州旗镇乡村盟區縣鎮鄉")
UNION_END = frozenset("会會")  # the last character of 工会: a title piece opening on it is no short form of the title's words


#: A union federation named by its level (市总工会, 区总工会): the usual way body text names the title's
#: organisation, so salt is cut next to it, never inside it.
UNION_NAME = lazyrx.cached(r"[省市区县州旗镇區縣][总總]工[会會]")


#: What follows a union name that is the sentence's subject or the head of an officer's title (区总工会主席,
#: 市总工会将, 县总工会还为…, 区总工会表示): a salter's chunk is put before any clause text, and none of these
#: opens a clause on its own.
SUBJECT_AFTER = lazyrx.cached(r"[联聯]合|副?主席|党组|黨組|[书書]记|[机機][关關]|(?:[有相][关關])?[负負][责責]人|[将將]|[还還]|已|每年|今年|表示|介[绍紹]|坚持|堅持")


def _union_end(par: str, a: int, b: int) -> bool:
    """par[a:b] ends a union's name: a level union (县总工会, 江孜县总工会), a union named by one character before its 工会
    (校工会 of 校工会主席, 校工会坚持: the sentence's subject, whatever place the title gives it) or by its unit's name
    (医院工会将…, 学校工会还…: a unit word's last character before it; a sector's, 行业工会将…, 企业工会还…). A bare 工会
    there is as often a salter's chunk (,工会将绿豆…送到, ,工会已当场责令)."""
    if b - a >= 4 and UNION_NAME.fullmatch(par, b - 4, b):
        return True
    if par[b - 2:b] not in ("工会", "工會"):
        return False
    return b - a == 3 and HAN.match(par[a]) is not None or b - a >= 4 and par[b - 3] in UNIT_WORD_ENDS \
        and HAN_RUN.fullmatch(par, a, b) is not None


#: One-character names of a work unit (煤矿 → 矿, 工厂 → 厂, 学校 → 校, 医院 → 院) a body names its own union by (矿工会).
UNIT_CHARS = frozenset("矿礦厂廠校院局所站队隊场場")
#: The last characters of a unit's or a sector's word before its union's 工会 (医院, 行业, 企业): not one-character names
#: themselves (业工会 alone is a cut piece of 企业|工会).
UNIT_WORD_ENDS = UNIT_CHARS | frozenset("业業")


def _unit_union(par: str, a: int, b: int) -> bool:
    """par[a:b] is a union named by its unit's one character (矿工会 of 朱庄煤矿|工会) with the clause going on in Han
    right after it (,矿工会制定了…, ,矿工会把…): the sentence's subject, the body's short name of the title's union.
    A salter's chunk cut across the title's 煤矿|工会 leaves the same three characters, but a generated or real salter
    page has not shown one standing as a subject; cut out, it would leave the clause without one."""
    return (b - a == 3 and par[a] in UNIT_CHARS and par[b - 2:b] in ("工会", "工會")
            and HAN.match(par, b) is not None)


def subject_union(par: str, a: int, b: int) -> bool:
    """par[a:b] ends a union name right before an officer's title or a subject's adverb (县总工会|还…, 矿工会将…), or is
    a unit's union going on into its clause (_unit_union: 矿工会制定了…): the sentence's own subject, never a cut piece."""
    return SUBJECT_AFTER.match(par, b) is not None and _union_end(par, a, b) or _unit_union(par, a, b)


#: What a clause's subject is followed by and no clause opens with after a comma (职业技能大赛|是培养…, 劳模工匠|们还带来了…):
#: the copula or a bound suffix. (Not 已 or 将: a real page's salter put 技能 before ,已培育…; a clause opens on them.)
SUBJECT_NEXT = frozenset("是们們")


def _cut(par: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with the spans cut out."""
    out, last = [], 0
    for a, b in spans:
        out.append(par[last:a])
        last = b
    return "".join(out) + par[last:]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged (touching ones stay apart)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _as_spans(idx: set[int]) -> list[tuple[int, int]]:
    """Sorted offsets as maximal (start, end) runs."""
    out: list[tuple[int, int]] = []
    for k in sorted(idx):
        if out and out[-1][1] == k:
            out[-1] = (out[-1][0], k + 1)
        else:
            out.append((k, k + 1))
    return out


def _with_splits(out: list[list[tuple[int, int]]], splits: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Each paragraph's spans with its extra spans (word-splitting runs, a page rule's) added, overlapping ones merged."""
    return [_disjoint(sorted(set(sp) | set(x))) if x else sp for sp, x in zip(out, splits)]
