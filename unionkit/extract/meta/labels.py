"""``label:value`` fields of a header row: where each value starts and where it stops.

A row carries several fields side by side (时间:… 来源:… 作者:…); a value stops where the next known label,
a wide gap or a bar starts.  Also an info box flattened into one label per row, each over its value.
"""

from __future__ import annotations

import functools
import re

import regex

from ... import lazyrx
from ... import recode
from ...record import Removal
from ..wordrx import trie_pattern
from .base import _LABEL_FIELD, _TRIM, _strip_keeping_pairs, normalise_line

_ALT = "|".join(regex.escape(x) for x in sorted(_LABEL_FIELD, key=len, reverse=True))
# (a label glued to the value before it has two characters or more: 全文: is no 文: field)
_ALT_GLUED = "|".join(regex.escape(x) for x in sorted(_LABEL_FIELD, key=len, reverse=True) if len(x) > 1)
# A label at a boundary followed by a colon, a space or the row's end (a self-media header closes its row with the
# count before its word: 2024-05-11 19:06 · 某地 · 2,874阅读, 3.2万阅读, a video's 18426次播放: a count's unit, or 次
# after it, is a boundary too); or any
# multi-character label glued to the previous value but followed by a colon (来源:中工网作者:张三).
# A portal may box its labels (【发布时间】2024-02-27 【浏览次数】3105) and a WeChat tail bars the label from
# its value (来源｜美兰工会, 责编丨孙悦): the closing bracket or the bar then ends the label.
_LABEL_RX = lazyrx.compile(
    rf"(?:(?:(?<![\p{{Han}}A-Za-z])|(?<=\d\s*(?:万|萬|[wWkK]))|(?<=\d\s*(?:万|萬|[wWkK])?\s*次))(?P<a>{_ALT})\s*(?::|(?=\s|$)|(?=\d)|(?=[|｜丨])|(?=[(（]\s*\d)|(?<=【(?:{_ALT}))】)"
    rf"|(?P<b>{_ALT_GLUED})(?<=\p{{Han}}{{2}})\s*:)"
)
# Any label as plain text (every _LABEL_RX reading holds one): a cheap first test, standard re over a trie.
_ANY_LABEL = recode.compile(trie_pattern(_LABEL_FIELD))
# Where a value ends even without a next label: a wide gap, a bar, a bracket opening a new part, a date run onto a
# name (作者:张三2024-01-22 07:18, the row's stamp glued after the value).
_HARD_END = lazyrx.compile(r"\s{2,}|\t|[|｜丨┃【\[]|(?<=\p{Han})(?=(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d)")
_BAR = ("|", "｜", "丨")

# A value written inside square brackets right after its label (阅读次数：[ 211 ], 来源：【工人日报】).
_BOXED = lazyrx.compile(r"\s*[\[【]\s*([^\[\]【】\s|｜]{1,30})\s*[\]】]")


# A count written before its label, after a gap (a reprint library's row: 秦川书香 2024-02-28 | 346 阅读 | 12 转藏),
# or after a gap and glued to a label closing the row (某某圈 2024-05-11 · 某地 · 2,874阅读): the number right before
# a views label with no count of its own after it, maybe with 次 between (a video's row: 18426次播放 · 2024-04-26).
_COUNT_BEFORE = lazyrx.compile(r"(?:^|(?<=[\s|｜丨·•]))(\d[\d,]*(?:\.\d+)?\s*(?:万|萬|[wWkK])?)\s*次?\s*$")
_NUM_FIRST = lazyrx.compile(r"\s*[:：]?\s*[\[【]?\s*\d")
# The number after a views label that is the next counter's, glued to its own word (1562阅读 36评论, an app's
# row of counts each before its word): the views count is then the one before the label.
_NEXT_COUNTER = lazyrx.compile(r"\s*\d[\d,.]*(?:万|萬)?(?:评论|評論|点赞|點贊|赞|讚|分享|转发|轉發|收藏|在看|回复|回覆)")


# Labels that are also written as a value (作者:小编 点击:57次, an aggregator signing its posts): a label only before
# a colon or a bar (小编:晓雨).
_VALUE_TOO = frozenset({"小编", "小編"})


def labelled_fields(line: str, header_row: bool = False) -> list[tuple[str, str]]:
    """(field, value) pairs of a header line, each value cut at the next label or gap. ``header_row``: the line is a
    row of the page's header, where an outlet's name may open the row with its byline role glued to it."""
    return list(_labelled_fields(line, header_row))


@functools.lru_cache(maxsize=4096)
def _labelled_fields(line: str, header_row: bool) -> tuple[tuple[str, str], ...]:
    """labelled_fields, cached: a page asks about its header lines several times, a site's pages share them."""
    line = normalise_line(line)
    if not _ANY_LABEL.search(line):  # most removed lines hold no label at all
        return ()
    hits = []
    for mt in _LABEL_RX.finditer(line):
        lab = mt["a"] or mt["b"]
        if (len(lab) == 1 or lab in _VALUE_TOO) and not line[mt.start():mt.end()].rstrip().endswith((":", "|", "｜", "丨")):
            continue  # a one-character label (文) counts only before a colon or a bar, as does one that is a value too
        start = mt.start("a") if mt["a"] else mt.start("b")
        hits.append((start, mt.end(), _LABEL_FIELD[lab]))
    if (header_row or any(f == "source" for _, _, f in hits)) and _ROLE_CHARS.search(line):
        hits = _glued_role_hits(line, hits, header_row)
    out = []
    for i, (_, end, field) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
        if (field in ("author", "editor") and i + 1 < len(hits) and hits[i + 1][2] == "reporter"
                and not line[end:stop].strip(_TRIM)):
            # 作者：本报记者 陈立 — the role word opens the value: the next label's names are this one's too
            stop = hits[i + 2][0] if i + 2 < len(hits) else len(line)
            end = hits[i + 1][1]
        value = line[end:stop]
        if field in ("views", "plays") and (lead := _COUNT_BEFORE.search(line, hits[i - 1][1] if i else 0, hits[i][0])):
            if not _NUM_FIRST.match(value) or _NEXT_COUNTER.match(line, end):
                # 346 阅读 | 12 转藏: the count stands before its label, not after
                out.append((field, lead[1].strip()))
                continue
        if value.lstrip()[:1] in _BAR:  # 来源 | 泰州日报: a WeChat repost card bars the label from its value
            value = value.lstrip()[1:]
        if field in ("published",):
            value = value.strip()
        else:
            boxed = _BOXED.match(value)  # 阅读次数：[ 211 ]: the value inside a square bracket
            value = boxed[1] if boxed else _HARD_END.split(value.lstrip(), 1)[0]
        value = _strip_keeping_pairs(value, _TRIM)  # (运城广播电视台《运城新闻》: a programme's closing 》 stays)
        if field == "poster" and _ACCOUNT_NAME.match(value):
            continue
        if field and value:
            out.append((field, value))
    return tuple(out)


# A byline role glued to the end of a source's name, then a space and a name (来源：南宁日报记者 陆思琪, where a
# template sets the source and the byline in adjacent elements with no space): the source ends before the role,
# which opens a field of its own. The space after the role is required: a role word inside a name (记者协会,
# 编辑部, 记者站) is followed by more of the name, never by a gap; a title that ends in a role word (总编辑,
# 社会工作者) is no role glued to a source.
_GLUED_ROLE = lazyrx.compile(r"(?<=\p{Han}{2})(?P<role>本报记者|本報記者|记者|記者|本报通讯员|本報通訊員|通讯员|通訊員|"
                             r"(?<![总總主])(?:编辑|編輯)|(?<![工著])作者)(?=[ \u3000]+\p{Han}{2,4}(?:[·・•‧]\p{Han}{1,8})?(?:\s|$))")
# The first characters of those roles: a cheap test before the search.
_ROLE_CHARS = re.compile(r"[记記通编編作]")


def _glued_role_hits(line: str, hits: list[tuple[int, int, str]], header_row: bool) -> list[tuple[int, int, str]]:
    """``hits`` with a label hit added for each byline role glued to the end of a source value, and in a header
    row to the outlet's name opening the row before any label (an app's info bar: 渝快讯 渝快讯记者 何佳怡 2024/7/3)."""
    extra = []
    head = hits[0][0] if hits else len(line)
    if header_row and head >= 4 and (mt := _GLUED_ROLE.search(line, 0, head)):
        extra.append((mt.start("role"), mt.end("role"), _LABEL_FIELD[mt["role"]]))
    for i, (_, end, field) in enumerate(hits):
        if field != "source":
            continue
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
        mt = _GLUED_ROLE.search(line, end, stop)
        if mt:
            extra.append((mt.start("role"), mt.end("role"), _LABEL_FIELD[mt["role"]]))
    return sorted(hits + extra) if extra else hits


# A CMS login posting for the site (admin, editor01, 管理员, 系统管理员): no author's name.
_ACCOUNT_NAME = lazyrx.compile(r"^(?:[A-Za-z][A-Za-z0-9_.-]*|\d+|(?:系统|網站|网站|超级)?(?:管理员|管理員))$")


# A label alone on its removed line, maybe with its colon (来源, 责任编辑：): a flattened box's, its value on the next line.
_LONE_LABEL = lazyrx.compile(rf"^\s*(?P<label>{_ALT_GLUED})\s*[:：]?\s*$")
#: The longest lone label line looked at (a cheap test before the pattern).
_LONE_LABEL_MAX = 8


def stacked_pairs(rows: list[Removal]) -> list[tuple[str, str]]:
    """(label, value) pairs of a flattened info box: a bare label's removed line, then its value's on the next
    filled line, filed with the same kind (发布时间 / 2024年4月27日 09:30 / 来源 / 湖南工人报 / 审核： / 钱卫国)."""
    out = []
    for a, b in zip(rows, rows[1:]):
        if len(a.text) > _LONE_LABEL_MAX or a.line is None or b.line is None or not 0 < b.line - a.line <= 2 \
                or a.kind != b.kind:  # (the cleaner files a box's lines alike: a menu under a label is no value)
            continue
        mt = _LONE_LABEL.match(normalise_line(a.text))
        value = normalise_line(b.text).strip(_TRIM) if mt else ""
        if value and not _LONE_LABEL.match(value) and not labelled_fields(value):
            out.append((mt["label"], value))
    return out


def _stacked_fields(rows: list[Removal]) -> list[tuple[str, str]]:
    """(field, value) pairs of a flattened info box (``stacked_pairs``) whose label names a meta field."""
    return [(field, value) for label, value in stacked_pairs(rows) if (field := _LABEL_FIELD[label])]
